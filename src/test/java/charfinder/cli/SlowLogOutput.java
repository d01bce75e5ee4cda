package charfinder.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.TimeUnit;

/**
 * A log output that takes its time over each line (a slow disk, a log collector that lags), then
 * prints the line's message on standard error.
 */
public final class SlowLogOutput extends AppenderBase<ILoggingEvent> {

    private long millis = 300;

    public void setMillis(long millis) {
        this.millis = millis;
    }

    @Override
    protected void append(ILoggingEvent event) {
        // A slow output does not hurry when asked to stop: only a wait for it gets the line out.
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        boolean interrupted = false;
        for (long left; (left = end - System.nanoTime()) > 0; ) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        System.err.println("slow log: " + event.getFormattedMessage());
        System.err.flush();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
