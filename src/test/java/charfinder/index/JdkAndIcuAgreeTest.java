package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDK names the code points its Unicode version assigns, ICU4J the rest: on every code
 * point both know, they must give the same Name property. General categories come from ICU4J,
 * since a few changed after the JDK's version.
 */
class JdkAndIcuAgreeTest {

    @Test
    void onEveryCodePointTheJdkAssigns() {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED) {
                continue;
            }
            compared++;
            String jdk = UnicodeNames.nameOf(cp);
            String icu = UnicodeNames.isNamed(cp) ? UCharacter.getName(cp) : null;
            if (jdk == null ? icu != null : !jdk.equals(icu)) {
                differ.add(String.format("U+%04X name: JDK %s, ICU4J %s", cp, jdk, icu));
            }
        }
        assertThat(compared).isGreaterThan(280_000);
        assertThat(differ).as("code points where the JDK and ICU4J disagree").isEmpty();
    }

    @Test
    void categoriesAreUnicode17s() {
        // U+0295 LATIN LETTER PHARYNGEAL VOICED FRICATIVE: Ll until Unicode 14.0, Lo since.
        assertThat(UnicodeDataSource.generalCategory(0x0295)).isEqualTo((int) Character.OTHER_LETTER);
        assertThat(TestIndex.get().generalCategory(0x0295)).isEqualTo((int) Character.OTHER_LETTER);
        assertThat(TestIndex.get().generalCategory(0x1FAE0)).isEqualTo((int) Character.OTHER_SYMBOL);
        assertThat(TestIndex.get().generalCategory(0xE000)).isEqualTo((int) Character.PRIVATE_USE);
    }

    @Test
    void icuNamesWhatTheJdkDoesNotKnow() {
        assertThat(UnicodeDataSource.nameOf(0x1FAE0, UnicodeDataSource.generalCategory(0x1FAE0))).isEqualTo("MELTING FACE");
        assertThat(UnicodeDataSource.generalCategory(0x1FAE0)).isEqualTo((int) Character.OTHER_SYMBOL);
        assertThat(UnicodeDataSource.nameOf(0x323B0, UnicodeDataSource.generalCategory(0x323B0)))
            .isEqualTo("CJK UNIFIED IDEOGRAPH-323B0");
    }
}
