package charfinder.index;

import java.util.List;

/** The CLDR annotation of an item in one locale: its short name and keywords. */
public record Annotation(String lang, String shortName, List<String> keywords) {
}
