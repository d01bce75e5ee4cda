package charfinder.index;

import charfinder.data.CldrAnnotationData;
import charfinder.data.NameAlias;
import charfinder.data.NameAliasData;
import charfinder.data.UnihanData;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.UnicodeSet;
import java.nio.ByteBuffer;

/**
 * The data of the index: names and general categories from the JDK for the code points it
 * assigns and from ICU4J for the rest (so Unicode 17.0 whatever the JDK), aliases, CLDR
 * annotations and Unihan from the bundled data, RGI emoji sequences from ICU4J.
 *
 * <p>ICU4J is used here only, when the index is built; a lookup with a valid cache never loads it.
 */
final class UnicodeDataSource {

    private static final int VS16 = 0xFE0F;

    private UnicodeDataSource() {
    }

    static ByteBuffer build() {
        IndexBuilder builder = new IndexBuilder(UnicodeDataVersions.expected());
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = generalCategory(cp);
            String name = nameOf(cp, type);
            if (name != null) {
                builder.addCodePoint(cp, name, type);
            }
        }
        for (NameAlias alias : NameAliasData.read()) {
            int cp = alias.codePoint();
            if (UnicodeNames.isNoncharacter(cp) || generalCategory(cp) == Character.CONTROL) {
                // Controls have no name: their aliases make them findable, their label names them.
                builder.addCodePoint(cp, null, generalCategory(cp));
            }
            builder.addAlias(cp, alias.type().label(), alias.text());
        }
        for (String sequence : new UnicodeSet("[:RGI_Emoji:]").strings()) {
            int[] cps = sequence.codePoints().toArray();
            // A character with VARIATION SELECTOR-16 is that character, shown as emoji.
            if (!(cps.length == 2 && cps[1] == VS16)) {
                builder.addSequence(cps);
            }
        }
        CldrAnnotationData.forEach(a -> builder.addAnnotation(a.locale(), a.codePoints(), a.shortName(), a.keywords()));
        UnihanData.forEach(u -> builder.addUnihan(u.codePoint(), new UnihanFields(u.definition(), u.mandarin(),
            u.cantonese(), u.japaneseOn(), u.japaneseKun(), u.korean())));
        return builder.build();
    }

    /**
     * The general category of Unicode 17.0 from ICU4J, in Java's numbering (a few characters
     * changed category since the JDK's version: U+0295 is a letter without case now); the
     * JDK's for a code point only a newer JDK assigns.
     */
    static int generalCategory(int cp) {
        int icu = UCharacter.getType(cp);
        if (icu == UCharacterCategory.UNASSIGNED) {
            return Character.getType(cp);
        }
        // Java leaves out the value 17, so from PRIVATE_USE on its numbers are one above ICU's.
        return icu < UCharacterCategory.PRIVATE_USE ? icu : icu + 1;
    }

    /** The Name property: the JDK's (put right) where it assigns the code point, else ICU4J's. */
    static String nameOf(int cp, int type) {
        if (Character.getType(cp) != Character.UNASSIGNED) {
            return UnicodeNames.nameOf(cp);
        }
        if (type == Character.UNASSIGNED || type == Character.CONTROL || type == Character.PRIVATE_USE
            || type == Character.SURROGATE || UnicodeNames.isNoncharacter(cp)) {
            return null;
        }
        return UCharacter.getName(cp);
    }
}
