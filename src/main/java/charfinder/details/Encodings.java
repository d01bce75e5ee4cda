package charfinder.details;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/** How an item's text is written in bytes, code units, HTML and the escapes of a few languages. */
final class Encodings {

    /**
     * jsoup escapes with the WHATWG list of named character references when the output charset
     * cannot carry a character: with ASCII, every non-ASCII character that has a name gets it.
     */
    private static final Document.OutputSettings NAMED = new Document.OutputSettings()
        .charset(StandardCharsets.US_ASCII)
        .escapeMode(Entities.EscapeMode.extended);

    private Encodings() {
    }

    /** {@code C3 A9}. A lone surrogate, which UTF-8 cannot carry, as the three bytes CESU-8 would use. */
    static String utf8(int[] codePoints) {
        StringBuilder out = new StringBuilder();
        for (int cp : codePoints) {
            for (byte b : utf8Bytes(cp)) {
                hexByte(out, b);
            }
        }
        return out.toString();
    }

    private static byte[] utf8Bytes(int cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return new byte[] {(byte) 0xED, (byte) (0x80 | ((cp >> 6) & 0x3F)), (byte) (0x80 | (cp & 0x3F))};
        }
        return Character.toString(cp).getBytes(StandardCharsets.UTF_8);
    }

    private static void hexByte(StringBuilder out, byte b) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
    }

    /** {@code D83D DE00}. */
    static String utf16(int[] codePoints) {
        StringBuilder out = new StringBuilder();
        for (int cp : codePoints) {
            for (char c : Character.toChars(cp)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(String.format(Locale.ROOT, "%04X", (int) c));
            }
        }
        return out.toString();
    }

    /** {@code \u00E9}, {@code \uD83D\uDE00}: the same in JSON, Java and JavaScript strings. */
    static String jsonEscape(int[] codePoints) {
        StringBuilder out = new StringBuilder();
        for (int cp : codePoints) {
            for (char c : Character.toChars(cp)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /** {@code \0000E9}: six digits, so that no following character can be read as part of it. */
    static String cssEscape(int[] codePoints) {
        StringBuilder out = new StringBuilder();
        for (int cp : codePoints) {
            out.append(String.format(Locale.ROOT, "\\%06X", cp));
        }
        return out.toString();
    }

    /** {@code \xe9}, {@code \u65e5}, {@code \U0001f600}: as Python's {@code repr} escapes. */
    static String pythonEscape(int[] codePoints) {
        StringBuilder out = new StringBuilder();
        for (int cp : codePoints) {
            if (cp < 0x100) {
                out.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp < 0x10000) {
                out.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                out.append(String.format(Locale.ROOT, "\\U%08x", cp));
            }
        }
        return out.toString();
    }

    /** {@code &eacute;} where HTML names the character, else {@code &#xE9;}; code point by code point. */
    static String html(int[] codePoints) {
        StringBuilder out = new StringBuilder();
        for (int cp : codePoints) {
            String named = cp >= 0xD800 && cp <= 0xDFFF ? "" : Entities.escape(Character.toString(cp), NAMED);
            if (named.startsWith("&") && !named.startsWith("&#")) {
                out.append(named);
            } else {
                out.append("&#x").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append(';');
            }
        }
        return out.toString();
    }
}
