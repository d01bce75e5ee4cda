package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnicodeVersionTest {

    /** The Unicode version of each JDK release, from the JDK release notes. */
    private static final Map<Integer, String> BY_JDK = Map.of(
        17, "13.0", 18, "13.0", 19, "14.0", 20, "15.0", 21, "15.0", 22, "15.1", 23, "15.1", 24, "16.0",
        25, "16.0");

    @Test
    void theVersionReadOffTheDataIsTheJdksOwn() {
        String expected = BY_JDK.get(Runtime.version().feature());
        if (expected != null) {
            assertThat(UnicodeVersion.current()).isEqualTo(expected);
        } else {
            assertThat(Double.parseDouble(UnicodeVersion.current())).isGreaterThanOrEqualTo(16.0);
        }
    }
}
