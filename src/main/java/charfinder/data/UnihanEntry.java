package charfinder.data;

/**
 * What Unihan says of an ideograph: {@code kDefinition}, and the readings {@code kMandarin},
 * {@code kCantonese}, {@code kJapaneseOn}, {@code kJapaneseKun} and {@code kKorean}; empty
 * strings where it says nothing.
 */
public record UnihanEntry(int codePoint, String definition, String mandarin, String cantonese, String japaneseOn,
                          String japaneseKun, String korean) {
}
