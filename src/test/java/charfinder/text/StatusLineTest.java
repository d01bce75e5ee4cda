package charfinder.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusLineTest {

    @Test
    void wordingForNoneOneAndMany() {
        assertThat(StatusLine.of(0, "jabberwocky's vest")).isEqualTo("No match for \"jabberwocky's vest\"");
        assertThat(StatusLine.of(1, "white bishop")).isEqualTo("1 match for 'white bishop'");
        assertThat(StatusLine.of(6, "chess black")).isEqualTo("6 matches for 'chess black'");
    }
}
