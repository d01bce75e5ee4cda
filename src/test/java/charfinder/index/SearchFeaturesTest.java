package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What people mean, on the real index: Unicode 17.0 on any JDK, aliases, code point ranges,
 * keywords of every language, emoji sequences, meanings and the tiers, prefixes, exclusions.
 */
class SearchFeaturesTest {

    private static final UnicodeNameIndex INDEX = TestIndex.get();

    private static List<String> codes(Answer answer) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < answer.total(); i++) {
            codes.add(answer.item(i).code());
        }
        return codes;
    }

    private static List<String> codes(String query) throws QueryException {
        return codes(INDEX.search(query));
    }

    /** The positions of an answer in tier {@code tier}, as codes. */
    private static List<String> tier(Answer answer, int tier) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < answer.total(); i++) {
            if (answer.tier(i) == tier) {
                codes.add(answer.item(i).code());
            }
        }
        return codes;
    }

    private static int position(Answer answer, String code) {
        for (int i = 0; i < answer.total(); i++) {
            if (answer.item(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void unicode17OnAnyJdk() throws QueryException {
        assertThat(INDEX.unicodeVersion()).isEqualTo("17.0");
        assertThat(codes("melting face")).first().isEqualTo("U+1FAE0");
        assertThat(codes("pink heart")).first().isEqualTo("U+1FA77");
        assertThat(codes("goose")).first().isEqualTo("U+1FABF");
        assertThat(codes("harp")).first().isEqualTo("U+1FA89");
        assertThat(INDEX.name(0x1FA89)).isEqualTo("HARP");
    }

    @Test
    void everyKindOfAliasFinds() throws QueryException {
        String[][] cases = {
            {"zwj", "U+200D", "ZWJ"}, {"nbsp", "U+00A0", "NBSP"}, {"bom", "U+FEFF", "BOM"},
            {"byte order mark", "U+FEFF", "BYTE ORDER MARK"}, {"nul", "U+0000", "NUL"},
            {"line feed", "U+000A", "LINE FEED"}, {"del", "U+007F", "DEL"}, {"escape", "U+001B", "ESCAPE"},
            {"bang", "U+0021", "bang"}, {"factorial", "U+0021", "factorial"},
            {"latin capital letter gha", "U+01A2", "LATIN CAPITAL LETTER GHA"}};
        for (String[] c : cases) {
            Answer answer = INDEX.search(c[0]);
            int at = position(answer, c[1]);
            assertThat(at).as(c[0]).isNotNegative();
            assertThat(answer.tier(at)).as(c[0]).isEqualTo(1);
            assertThat(answer.match(at)).as(c[0]).isEqualTo(new Match("alias", c[2], null));
        }
        assertThat(INDEX.nameOrLabel(0x0A)).isEqualTo("<control-000A>");
        assertThat(INDEX.aliases(0x01A2)).contains(new Alias("correction", "LATIN CAPITAL LETTER GHA"));
        assertThat(INDEX.aliases(0x200D)).contains(new Alias("abbreviation", "ZWJ"));
    }

    @Test
    void aNameMatchSaysNothingMore() throws QueryException {
        Answer answer = INDEX.search("zero width joiner");
        int at = position(answer, "U+200D");
        assertThat(answer.tier(at)).isEqualTo(1);
        assertThat(answer.match(at)).isNull();
    }

    @Test
    void rangesAnswerEveryCodePointInOrder() throws QueryException {
        Answer answer = INDEX.search("U+0378..U+037B");
        assertThat(answer.kind()).isEqualTo(QueryKind.CODEPOINTS);
        assertThat(codes(answer)).containsExactly("U+0378", "U+0379", "U+037A", "U+037B");
        assertThat(INDEX.nameOrLabel(0x0378)).isEqualTo("<unassigned-0378>");
        assertThat(INDEX.nameOrLabel(0x0379)).isEqualTo("<unassigned-0379>");
        assertThat(INDEX.nameOrLabel(0x037A)).isEqualTo("GREEK YPOGEGRAMMENI");
        assertThat(INDEX.search("u+2600..u+26ff U+1F600").total()).isEqualTo(257);
        assertThat(INDEX.search("U+0000..U+FFFF").total()).isEqualTo(65_536);
    }

    @Test
    void badRangesAreClearErrors() {
        assertThatThrownBy(() -> INDEX.search("U+26FF..U+2600")).isInstanceOf(QueryException.class)
            .hasMessageContaining("backwards");
        assertThatThrownBy(() -> INDEX.search("U+0000..U+10000")).isInstanceOf(QueryException.class)
            .hasMessageContaining("65537 code points").hasMessageContaining("at most 65536");
        assertThatThrownBy(() -> INDEX.search("U+10FFFF..U+110000")).isInstanceOf(QueryException.class)
            .hasMessageContaining("U+110000");
        // Many ranges in one line cannot add up to more either: memory stays bounded.
        assertThatThrownBy(() -> INDEX.search("U+0000..U+FFFF U+10000..U+1FFFF")).isInstanceOf(QueryException.class)
            .hasMessage("a query asks for at most 65536 code points; U+10000..U+1FFFF would make 131072");
    }

    @Test
    void keywordsOfEveryLanguageAreTierTwo() throws QueryException {
        Answer happy = INDEX.search("happy");
        int at = position(happy, "U+1F600");
        assertThat(at).isNotNegative();
        assertThat(happy.tier(at)).isEqualTo(2);
        assertThat(happy.match(at).field()).isEqualTo("keyword");
        for (String word : List.of("고양이", "Katze", "KATZE", "ネコ")) {
            Answer cat = INDEX.search(word);
            assertThat(codes(cat)).as(word).contains("U+1F431");
        }
        Answer cat = INDEX.search("고양이");
        assertThat(cat.kind()).isEqualTo(QueryKind.WORDS);
        assertThat(cat.match(position(cat, "U+1F431"))).isEqualTo(new Match("keyword", "고양이", "ko"));
    }

    @Test
    void decomposedTextMatchesComposed() throws QueryException {
        assertThat(codes("cafe\u0301")).contains("U+2615");
        assertThat(codes("café")).contains("U+2615");
    }

    @Test
    void emojiSequencesAreItems() throws QueryException {
        Answer korea = INDEX.search("flag korea");
        assertThat(codes(korea)).contains("U+1F1F0 U+1F1F7");
        assertThat(INDEX.nameOrLabel(korea.item(position(korea, "U+1F1F0 U+1F1F7")))).isEqualTo("flag: South Korea");
        Answer family = INDEX.search("family");
        assertThat(tier(family, 1)).contains("U+1F46A");
        assertThat(tier(family, 2)).contains("U+1F468 U+200D U+1F469 U+200D U+1F467", "U+1F468 U+200D U+1F468 U+200D U+1F466");
        assertThat(family.tier(0)).isEqualTo(1);
    }

    @Test
    void pastedSequencesAreOneItemEach() throws QueryException {
        Answer answer = INDEX.search("👍🏽 🇰🇷");
        assertThat(answer.kind()).isEqualTo(QueryKind.CHARACTERS);
        assertThat(codes(answer)).containsExactly("U+1F44D U+1F3FD", "U+1F1F0 U+1F1F7");
        Answer family = INDEX.search("👨‍👩‍👧");
        assertThat(codes(family)).containsExactly("U+1F468 U+200D U+1F469 U+200D U+1F467");
        assertThat(codes("한")).containsExactly("U+D55C");
        assertThat(codes("猫")).containsExactly("U+732B");
        assertThat(INDEX.search("한").kind()).isEqualTo(QueryKind.CHARACTERS);
        assertThat(INDEX.search("a").kind()).isEqualTo(QueryKind.WORDS);
    }

    @Test
    void wordsOfOtherScriptsThatMatchNothingAreCharacters() throws QueryException {
        Answer answer = INDEX.search("한글한글한글");
        assertThat(answer.kind()).isEqualTo(QueryKind.CHARACTERS);
        assertThat(codes(answer)).containsExactly("U+D55C", "U+AE00");
    }

    @Test
    void sunTheBooksAnswerThenEmojiThenTheIdeographs() throws QueryException {
        Answer sun = INDEX.search("sun");
        List<String> names = tier(sun, 1);
        assertThat(names).isEqualTo(codes(INDEX.search("sun", true)));
        for (String code : names) {
            int cp = Integer.parseInt(code.substring(2), 16);
            List<String> words = new ArrayList<>(Words.ofName(cp, INDEX.name(cp) == null ? "" : INDEX.name(cp)));
            INDEX.aliases(cp).forEach(a -> words.addAll(Words.of(a.text())));
            assertThat(words).as(code).contains("sun");
        }
        assertThat(names).contains("U+2609", "U+1F31E");
        assertThat(tier(sun, 2)).contains("U+1F304", "U+1F305");
        assertThat(tier(sun, 3)).first().isEqualTo("U+65E5");
        assertThat(sun.match(position(sun, "U+65E5")).text()).startsWith("sun; day; daytime");
        assertThat(tier(INDEX.search("water"), 3)).first().isEqualTo("U+6C34");
    }

    @Test
    void chessBlackNamesAloneAreTheBooksAnswer() throws QueryException {
        Answer all = INDEX.search("chess black");
        Answer names = INDEX.search("chess black", true);
        assertThat(names.total()).isEqualTo(35);
        assertThat(tier(all, 1)).isEqualTo(codes(names));
        assertThat(codes(all).subList(0, 35)).isEqualTo(codes(names));
    }

    @Test
    void prefixesMatchEveryWordThatStartsSo() throws QueryException {
        Answer kni = INDEX.search("kni*");
        List<String> tier1 = tier(kni, 1);
        assertThat(tier1).contains("U+2658", "U+1F52A");
        for (String code : tier1) {
            int cp = Integer.parseInt(code.substring(2), 16);
            List<String> words = new ArrayList<>(Words.ofName(cp, INDEX.name(cp)));
            INDEX.aliases(cp).forEach(a -> words.addAll(Words.of(a.text())));
            assertThat(words).as(code).anyMatch(w -> w.startsWith("kni"));
        }
        assertThat(tier(kni, 2)).isNotEmpty();
        assertThat(codes(kni)).containsAll(codes("chess kni*"));
        assertThat(codes("chess kni*")).contains("U+2658", "U+265E").doesNotContain("U+1F52A");
        assertThat(INDEX.search("Knie").total()).isPositive();
    }

    @Test
    void aPrefixOfTooManyWordsIsAClearError() {
        assertThatThrownBy(() -> INDEX.search("s*")).isInstanceOf(QueryException.class)
            .hasMessage("s* matches more than 2000 words; make the prefix longer");
    }

    @Test
    void exclusionsLeaveOutWhatHasTheWord() throws QueryException {
        List<String> heart = codes("heart");
        List<String> heartBlack = codes("heart black");
        List<String> expected = new ArrayList<>(heart);
        expected.removeAll(heartBlack);
        List<String> without = codes("heart -black");
        assertThat(without).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
        assertThat(without).doesNotContain("U+2665", "U+1F5A4");
        assertThat(codes("EURO-CURRENCY")).isEqualTo(codes("euro currency"));
        assertThatThrownBy(() -> INDEX.search("-black")).isInstanceOf(QueryException.class)
            .hasMessageContaining("not only words to leave out");
    }

    @Test
    void misspellingsGetSuggestionsThatMatch() throws QueryException {
        assertThat(INDEX.search("kngiht").suggestions()).first().isEqualTo("knight");
        assertThat(INDEX.search("sqaured").suggestions()).first().isEqualTo("squared");
        assertThat(INDEX.search("bishpo").suggestions()).first().isEqualTo("bishop");
        assertThat(INDEX.search("chess kngiht black").suggestions()).first().isEqualTo("chess knight black");
        for (String query : List.of("kngiht", "sqaured", "bishpo", "chess kngiht black", "white kngiht")) {
            List<String> suggestions = INDEX.search(query).suggestions();
            assertThat(suggestions).as(query).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            for (String s : suggestions) {
                assertThat(INDEX.search(s).total()).as(s).isPositive();
            }
        }
        assertThat(INDEX.search("white kngiht").suggestions()).allMatch(s -> s.startsWith("white "));
        assertThat(INDEX.search("xqzvjwkpfy").suggestions()).isEmpty();
        assertThat(INDEX.search("chess").suggestions()).isEmpty();
    }
}
