package charfinder.http;

import charfinder.index.Item;
import charfinder.index.UnicodeNameIndex;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The address of an item in a path: {@code U+1F600}, and for a sequence its code points joined
 * by {@code _}: {@code U+1F1F0_U+1F1F7}. Hex digits in any case; 4 to 6 of them, as in queries.
 */
final class ItemPath {

    static final String FORM = "use U+ and 4 to 6 hex digits, such as U+1F600, and join the code points "
        + "of an emoji sequence with _, such as U+1F1F0_U+1F1F7";

    /** More code points than any RGI emoji sequence has. */
    private static final int MAX_CODE_POINTS = 16;

    private ItemPath() {
    }

    /** The path of an item's page: {@code /U+1F1F0_U+1F1F7}. */
    static String of(Item item) {
        return "/" + item.code().replace(' ', '_');
    }

    /**
     * The item an address names.
     *
     * @throws HttpError 400 for an address that is not of the form, 404 for a code point above
     *     U+10FFFF or code points that are not an RGI emoji sequence
     */
    static Item parse(UnicodeNameIndex index, String address) throws HttpError {
        String[] parts = address.split("_", -1);
        if (address.isEmpty() || parts.length > MAX_CODE_POINTS) {
            throw malformed(address);
        }
        int[] cps = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            cps[i] = codePoint(address, parts[i]);
        }
        for (int cp : cps) {
            if (cp > Character.MAX_CODE_POINT) {
                throw new HttpError(HttpResponseStatus.NOT_FOUND, String.format(
                    "U+%X is beyond the last code point of Unicode, U+10FFFF", cp));
            }
        }
        if (cps.length == 1) {
            return Item.of(cps[0]);
        }
        Item sequence = index.sequence(cps);
        if (sequence == null) {
            throw new HttpError(HttpResponseStatus.NOT_FOUND,
                Item.of(cps).code() + " is not an emoji sequence that Unicode recommends (RGI); see each code point alone");
        }
        return sequence;
    }

    private static int codePoint(String address, String part) throws HttpError {
        int digits = part.length() - 2;
        if (digits < 4 || digits > 6 || (part.charAt(0) != 'U' && part.charAt(0) != 'u') || part.charAt(1) != '+') {
            throw malformed(address);
        }
        int cp = 0;
        for (int i = 2; i < part.length(); i++) {
            int d = Character.digit(part.charAt(i), 16);
            if (d < 0 || part.charAt(i) > 'f') {
                throw malformed(address);
            }
            cp = cp * 16 + d;
        }
        return cp;
    }

    private static HttpError malformed(String address) {
        return new HttpError(HttpResponseStatus.BAD_REQUEST, "not the address of a character: '" + address + "'; " + FORM);
    }
}
