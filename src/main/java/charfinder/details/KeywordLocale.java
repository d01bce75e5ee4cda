package charfinder.details;

import charfinder.index.Item;
import charfinder.index.UnicodeNameIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which locale's CLDR keywords are shown beside English: the first of the user's languages in
 * which the item has keywords. A tag with a region or script ({@code ko-KR}, {@code zh-Hant})
 * is tried as it is, then as its language alone ({@code ko}, {@code zh}).
 */
public final class KeywordLocale {

    private KeywordLocale() {
    }

    /**
     * The locale to show for {@code item}, or {@code null} for English alone. English and its
     * regional variants ({@code en-US}) are passed over: English is shown anyway.
     */
    public static String pick(UnicodeNameIndex index, Item item, List<String> tags) {
        for (String tag : tags) {
            int dash = tag.indexOf('-');
            String language = dash > 0 ? tag.substring(0, dash) : tag;
            if (language.equalsIgnoreCase(Details.ENGLISH)) {
                continue;
            }
            if (index.annotation(item, tag) != null) {
                return tag;
            }
            if (dash > 0 && index.annotation(item, language) != null) {
                return language;
            }
        }
        return null;
    }

    /**
     * The language of a POSIX locale as the {@code LANG} environment variable gives it:
     * {@code ko_KR.UTF-8} is {@code ko-KR}; {@code C}, {@code POSIX} and an empty value are none.
     */
    public static List<String> fromPosix(String lang) {
        if (lang == null) {
            return List.of();
        }
        String tag = lang;
        int cut = indexOfAny(tag, ".@");
        if (cut >= 0) {
            tag = tag.substring(0, cut);
        }
        if (tag.isEmpty() || tag.equals("C") || tag.equals("POSIX")) {
            return List.of();
        }
        return List.of(tag.replace('_', '-'));
    }

    /**
     * The language ranges of an {@code Accept-Language} header, most preferred first (by
     * {@code q}, then in the order given), without {@code *} and those refused with {@code q=0}.
     */
    public static List<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            List<String> tags = new ArrayList<>();
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0 && !range.getRange().equals("*")) {
                    tags.add(range.getRange());
                }
            }
            return tags;
        } catch (IllegalArgumentException e) {
            // A header we cannot read asks for nothing we could honour.
            return List.of();
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
