package charfinder.data;

import java.util.List;

/**
 * The CLDR annotation of a character or emoji sequence in one locale: its short name (CLDR's
 * {@code tts}, possibly empty) and keywords. {@code locale} is a BCP 47 tag: {@code de}, {@code zh-Hant}.
 */
public record CldrAnnotation(String locale, int[] codePoints, String shortName, List<String> keywords) {
}
