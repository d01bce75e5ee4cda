package charfinder.index;

/**
 * The Unicode version of the running JDK's character data.
 *
 * <p>Read off the data itself rather than a table of JDK releases, so that a JDK that
 * back-ports or skips a Unicode update still reports what it really knows.
 */
public final class UnicodeVersion {

    /** A code point first assigned in each version, newest first. */
    private static final int[][] PROBES = {
        {0x1CC00, 16, 0}, // SYMBOLS FOR LEGACY COMPUTING SUPPLEMENT
        {0x2FFC, 15, 1},  // IDEOGRAPHIC DESCRIPTION CHARACTER SURROUND FROM RIGHT
        {0x1FA75, 15, 0}, // LIGHT BLUE HEART
        {0x1FAE0, 14, 0}, // MELTING FACE
        {0x1FAD0, 13, 0}, // BLUEBERRIES
        {0x1FA70, 12, 0}, // BALLET SHOES
        {0x1F970, 11, 0}, // SMILING FACE WITH SMILING EYES AND THREE HEARTS
    };

    private static final String CURRENT = detect();

    private UnicodeVersion() {
    }

    /** The running JDK's Unicode version, such as {@code 13.0}. */
    public static String current() {
        return CURRENT;
    }

    private static String detect() {
        for (int[] probe : PROBES) {
            if (Character.isDefined(probe[0])) {
                return probe[1] + "." + probe[2];
            }
        }
        return "10.0";
    }
}
