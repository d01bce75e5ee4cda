package charfinder.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected values are what Python 3's repr() prints for the same strings. */
class PythonReprTest {

    @Test
    void plainStringsInSingleQuotes() {
        assertThat(PythonRepr.of("chess black")).isEqualTo("'chess black'");
        assertThat(PythonRepr.of("")).isEqualTo("''");
        assertThat(PythonRepr.of("☃♜")).isEqualTo("'☃♜'");
    }

    @Test
    void doubleQuotesWhenOnlyASingleQuoteIsInside() {
        assertThat(PythonRepr.of("jabberwocky's vest")).isEqualTo("\"jabberwocky's vest\"");
        assertThat(PythonRepr.of("say \"hi\"")).isEqualTo("'say \"hi\"'");
        assertThat(PythonRepr.of("it's \"x\"")).isEqualTo("'it\\'s \"x\"'");
    }

    @Test
    void escapesWhatIsNotPrintable() {
        assertThat(PythonRepr.of("a\tb\nc\rd\\e")).isEqualTo("'a\\tb\\nc\\rd\\\\e'");
        assertThat(PythonRepr.of("\u001b[31m")).isEqualTo("'\\x1b[31m'");
        assertThat(PythonRepr.of("\u202Eevil")).isEqualTo("'\\u202eevil'");
        assertThat(PythonRepr.of("\u00A0\u2028")).isEqualTo("'\\xa0\\u2028'");
        assertThat(PythonRepr.of("\uDB40\uDC01")).isEqualTo("'\\U000e0001'");
        assertThat(PythonRepr.of("e\u0301")).isEqualTo("'e\u0301'");
    }
}
