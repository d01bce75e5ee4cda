package charfinder.index;

/**
 * Reads {@link UnicodeDataVersions#expected()} on a thread of its own. In a fresh JVM, both the
 * versions (a file read from the jar) and the first {@code FileChannel.map} (the JDK's method
 * handle set-up) take a few milliseconds in the interpreter; a command-line lookup does them at
 * once, on two cores. A class, not a lambda: a lambda would itself need that set-up first.
 */
final class VersionsReader extends Thread {

    private String versions;
    private Throwable failure;

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
        } catch (RuntimeException | Error e) {
            // A jar without its versions fails its class's initialization: an Error, thrown here too.
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
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return versions;
    }
}
