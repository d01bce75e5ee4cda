package charfinder.cli;

/** Sets the log level before the first logger exists; slf4j-simple reads it only once. */
final class Logging {

    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    static void configure(String defaultLevel) {
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, defaultLevel);
        }
    }
}
