package charfinder.net;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.log.LogCapture;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AcceptorTest {

    @Test
    void failuresToAcceptAreOneLinePerIntervalAndAcceptingPausesThenResumes() {
        try (LogCapture log = LogCapture.of(Acceptor.class)) {
            EmbeddedChannel listening = new EmbeddedChannel(
                new Acceptor("telnet", new DefaultChannelGroup(GlobalEventExecutor.INSTANCE), 10));
            for (int i = 0; i < 1000; i++) {
                listening.pipeline().fireExceptionCaught(new IOException("Too many open files"));
            }
            assertThat(log.lines()).containsExactly("WARN Cannot accept telnet connections: Too many open files");
            // Netty's pause: no accepting for a second, then again.
            assertThat(listening.config().isAutoRead()).isFalse();
            listening.advanceTimeBy(1, TimeUnit.SECONDS);
            listening.runScheduledPendingTasks();
            assertThat(listening.config().isAutoRead()).isTrue();
            listening.finishAndReleaseAll();
        }
    }

    @Test
    void aRateLimitedWarningCountsTheTimesSinceItsLastLine() {
        try (LogCapture log = LogCapture.of(AcceptorTest.class)) {
            RateLimitedWarning warning = new RateLimitedWarning(org.slf4j.LoggerFactory.getLogger(AcceptorTest.class), 0);
            warning.warn(n -> n + " times");
            RateLimitedWarning quiet = new RateLimitedWarning(org.slf4j.LoggerFactory.getLogger(AcceptorTest.class),
                TimeUnit.HOURS.toNanos(1));
            for (int i = 0; i < 5; i++) {
                quiet.warn(n -> "quiet " + n);
            }
            assertThat(log.lines()).containsExactly("WARN 1 times", "WARN quiet 1");
        }
    }
}
