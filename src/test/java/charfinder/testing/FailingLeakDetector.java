package charfinder.testing;

import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * Netty's leak detector, made to remember every leak it reports, so that {@link LeakCheck} can
 * fail the test that caused it rather than leave a log line among thousands. Netty loads it by
 * name: {@code -Dio.netty.customResourceLeakDetector=charfinder.testing.FailingLeakDetector}
 * (see the pom's test arguments).
 */
public final class FailingLeakDetector<T> extends ResourceLeakDetector<T> {

    private static final List<String> LEAKS = new ArrayList<>();
    /** Set while a test leaks on purpose: its leak is remembered but not logged. */
    static volatile boolean quiet;

    public FailingLeakDetector(Class<?> resourceType, int samplingInterval, long maxActive) {
        super(resourceType, samplingInterval, maxActive);
    }

    public FailingLeakDetector(Class<?> resourceType, int samplingInterval) {
        super(resourceType, samplingInterval);
    }

    @Override
    protected boolean needReport() {
        return true;
    }

    @Override
    protected void reportTracedLeak(String resourceType, String records) {
        remember("LEAK: " + resourceType + ".release() was not called before it was garbage-collected." + records);
        if (!quiet) {
            super.reportTracedLeak(resourceType, records);
        }
    }

    @Override
    protected void reportUntracedLeak(String resourceType) {
        remember("LEAK: " + resourceType + ".release() was not called before it was garbage-collected.");
        if (!quiet) {
            super.reportUntracedLeak(resourceType);
        }
    }

    private static void remember(String leak) {
        synchronized (LEAKS) {
            LEAKS.add(leak);
        }
    }

    /** The leaks reported since the last call, and forgets them. */
    static List<String> takeLeaks() {
        synchronized (LEAKS) {
            List<String> taken = new ArrayList<>(LEAKS);
            LEAKS.clear();
            return taken;
        }
    }
}
