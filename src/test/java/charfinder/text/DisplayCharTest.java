package charfinder.text;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.TestIndex;
import org.junit.jupiter.api.Test;

class DisplayCharTest {

    @Test
    void ordinaryCharactersAreThemselves() {
        assertThat(DisplayChar.of('A')).isEqualTo("A");
        assertThat(DisplayChar.of(0x1F600)).isEqualTo("😀");
        assertThat(DisplayChar.of(' ')).isEqualTo(" ");
    }

    @Test
    void harmfulCharactersAreShownByAStandIn() {
        assertThat(DisplayChar.of(0x202E)).isEqualTo("[format]");
        assertThat(DisplayChar.of(0x200B)).isEqualTo("[format]");
        assertThat(DisplayChar.of(0xE0041)).isEqualTo("[format]");
        assertThat(DisplayChar.of(0x2028)).isEqualTo("[line separator]");
        assertThat(DisplayChar.of(0x2029)).isEqualTo("[paragraph separator]");
        assertThat(DisplayChar.of(0x1B)).isEqualTo("[control]");
        assertThat(DisplayChar.of(0x85)).isEqualTo("[control]");
        assertThat(DisplayChar.of(0x3000)).isEqualTo("[space]");
        assertThat(DisplayChar.of(0xD800)).isEqualTo("[surrogate]");
        assertThat(DisplayChar.of(0xE000)).isEqualTo("[private use]");
        assertThat(DisplayChar.of(0x378)).isEqualTo("[unassigned]");
        assertThat(DisplayChar.of(0xFFFF)).isEqualTo("[noncharacter]");
        assertThat(DisplayChar.of(0x3164)).isEqualTo("[ignorable]");
        assertThat(DisplayChar.of(0xFE0F)).isEqualTo("[ignorable]");
    }

    @Test
    void combiningMarksSitOnADottedCircle() {
        assertThat(DisplayChar.of(0x0301)).isEqualTo("\u25CC\u0301");
        assertThat(DisplayChar.of(0x20DD)).isEqualTo("\u25CC\u20DD");
    }

    @Test
    void rowsAreTabSeparatedAndTerminalSafe() {
        assertThat(row("U+2656")).isEqualTo("U+2656\t♖\tWHITE CHESS ROOK");
        assertThat(row("U+1F600")).isEqualTo("U+1F600\t😀\tGRINNING FACE");
        assertThat(row("U+202E")).isEqualTo("U+202E\t[format]\tRIGHT-TO-LEFT OVERRIDE");
        assertThat(row("U+0009")).isEqualTo("U+0009\t[control]\t<control-0009>");
        // Newer than Java 17's Unicode 13.0: the index knows it is a symbol, not unassigned.
        assertThat(row("U+1FAE0")).isEqualTo("U+1FAE0\t🫠\tMELTING FACE");
    }

    private static String row(String codePoint) {
        try {
            return TextRows.row(TestIndex.get(), TestIndex.get().search(codePoint), 0);
        } catch (charfinder.index.QueryException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noRowOfTheWholeIndexHoldsARawHarmfulCharacter() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String shown = DisplayChar.of(cp);
            int first = shown.codePointAt(0);
            int type = Character.getType(first);
            assertThat(type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || DisplayChar.isCombiningMark(first))
                .as("U+%04X is shown as U+%04X", cp, first).isFalse();
        }
    }
}
