package charfinder.http;

import charfinder.details.KeywordLocale;
import charfinder.index.Item;
import charfinder.index.UnicodeNameIndex;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The second keyword locale of an item for a request's {@code Accept-Language}, remembered:
 * finding it reads the item's keywords in every locale, up to a millisecond for an emoji, and
 * browsers send the same header on every request.
 */
final class LocaleChoice {

    /** At most this many choices are kept, for headers of at most this length: under 8 MB. */
    static final int REMEMBERED = 16_384;
    static final int REMEMBERED_HEADER_LENGTH = 256;

    private static final String ENGLISH_ALONE = "";

    private final UnicodeNameIndex index;
    private final Map<String, String> chosen = new ConcurrentHashMap<>();

    LocaleChoice(UnicodeNameIndex index) {
        this.index = index;
    }

    /** The locale to show beside English, or {@code null} for English alone. */
    String of(Item item, HttpRequest request) {
        String header = request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return null;
        }
        if (header.length() > REMEMBERED_HEADER_LENGTH) {
            return pick(item, header);
        }
        String key = item.code() + '\n' + header;
        String lang = chosen.get(key);
        if (lang == null) {
            String picked = pick(item, header);
            lang = picked == null ? ENGLISH_ALONE : picked;
            if (chosen.size() >= REMEMBERED) {
                chosen.clear();
            }
            chosen.put(key, lang);
        }
        return lang.isEmpty() ? null : lang;
    }

    private String pick(Item item, String header) {
        return KeywordLocale.pick(index, item, KeywordLocale.fromAcceptLanguage(header));
    }
}
