package charfinder.index;

/**
 * What Unihan says of an ideograph: its meaning ({@code kDefinition}) and readings; an empty
 * string where Unihan has no value.
 */
public record UnihanFields(String definition, String mandarin, String cantonese, String japaneseOn,
                           String japaneseKun, String korean) {
}
