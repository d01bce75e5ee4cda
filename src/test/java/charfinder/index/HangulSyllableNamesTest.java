package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HangulSyllableNamesTest {

    @Test
    void theStandardsExamples() {
        UnicodeNameIndex index = TestIndex.get();
        assertThat(index.name(0xAC00)).isEqualTo("HANGUL SYLLABLE GA");
        assertThat(index.name(0xAC01)).isEqualTo("HANGUL SYLLABLE GAG");
        assertThat(index.name(0xD4DB)).isEqualTo("HANGUL SYLLABLE PWILH");
        assertThat(index.name(0xD7A3)).isEqualTo("HANGUL SYLLABLE HIH");
        assertThat(index.name(0xC544)).isEqualTo("HANGUL SYLLABLE A");
    }

    @Test
    void everySyllableHasItsOwnNameAndIsFoundByIt() throws QueryException {
        UnicodeNameIndex index = TestIndex.get();
        Set<String> names = new HashSet<>();
        for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
            String name = index.name(cp);
            assertThat(name).startsWith("HANGUL SYLLABLE ");
            assertThat(names.add(name)).as("%s is unique", name).isTrue();
            Answer answer = index.search(name);
            assertThat(answer.total()).as(name).isEqualTo(1);
            assertThat(answer.item(0).first()).isEqualTo(cp);
        }
        assertThat(names).hasSize(11_172);
        assertThat(index.search("hangul syllable").total()).isEqualTo(11_172);
    }

    @Test
    void theCharacterQueryNamesASyllable() throws QueryException {
        Answer answer = TestIndex.get().search("한");
        assertThat(answer.kind()).isEqualTo(QueryKind.CHARACTERS);
        assertThat(TestIndex.get().name(answer.item(0).first())).isEqualTo("HANGUL SYLLABLE HAN");
    }
}
