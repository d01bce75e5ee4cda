package charfinder.index;

/**
 * Reads {@link UnicodeDataVersions#expected()} on a thread of its own. In a fresh JVM, both the
 * versions (a file read from the jar) and the first {@code FileChannel.map} (the JDK's method
 * handle set-up) take a few milliseconds in the interpreter; a command-line lookup does them at
 * once, on two cores. A class, not a lambda: a lambda would itself need that set-up first.
 */
final class VersionsReader extends Thread {

    private String versions;
    private RuntimeException failure;

    private VersionsReader() {
        super("versions-reader");
        setDaemon(true);
    }

    static VersionsReader started() {
        VersionsReader reader = new VersionsReader();
        reader.start();
        return reader;
    }

    @Override
    public void run() {
        try {
            versions = UnicodeDataVersions.expected();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** The expected versions, once read; a failure to read them is thrown here. */
    String expected() {
        boolean interrupted = false;
        while (isAlive()) {
            try {
                join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        return versions;
    }
}
