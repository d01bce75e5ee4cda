package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliArgumentsTest {

    @Test
    void wordsAndLookupOptions() throws UsageException {
        CliArguments cli = CliArguments.parse(new String[] {"chess", "--json", "--start=2", "--stop", "5", "black"});
        assertThat(cli.mode).isEqualTo(CliArguments.Mode.LOOKUP);
        assertThat(cli.words).containsExactly("chess", "black");
        assertThat(cli.json).isTrue();
        assertThat(cli.start).isEqualTo(2);
        assertThat(cli.stop).isEqualTo(5);
    }

    @Test
    void serveAndItsOptions() throws UsageException {
        CliArguments cli = CliArguments.parse(new String[] {"--cache-dir", "/tmp/x", "serve", "--tcp-port", "0",
            "--http-port=9000", "--host", "::1", "--tcp-idle-timeout", "2"});
        assertThat(cli.mode).isEqualTo(CliArguments.Mode.SERVE);
        assertThat(cli.cacheDir).isEqualTo(Path.of("/tmp/x"));
        assertThat(cli.tcpPort).isZero();
        assertThat(cli.httpPort).isEqualTo(9000);
        assertThat(cli.host).isEqualTo("::1");
        assertThat(cli.tcpIdleSeconds).isEqualTo(2);
    }

    @Test
    void defaults() throws UsageException {
        CliArguments cli = CliArguments.parse(new String[] {"serve"});
        assertThat(cli.host).isEqualTo("127.0.0.1");
        assertThat(cli.tcpPort).isEqualTo(2323);
        assertThat(cli.httpPort).isEqualTo(8888);
        assertThat(cli.tcpIdleSeconds).isEqualTo(300);
    }

    @Test
    void aDoubleDashEndsTheOptions() throws UsageException {
        CliArguments cli = CliArguments.parse(new String[] {"--", "serve", "--json"});
        assertThat(cli.mode).isEqualTo(CliArguments.Mode.LOOKUP);
        assertThat(cli.words).containsExactly("serve", "--json");
        assertThat(CliArguments.parse(new String[] {"chess", "serve"}).words).containsExactly("chess", "serve");
    }

    @Test
    void infoAndItsLanguage() throws UsageException {
        CliArguments cli = CliArguments.parse(new String[] {"--info", "--lang", "ko_KR", "U+1F600"});
        assertThat(cli.info).isTrue();
        assertThat(cli.lang).isEqualTo("ko-KR");
        assertThat(CliArguments.parse(new String[] {"--info", "--lang=zh-Hant", "cat"}).lang).isEqualTo("zh-Hant");
        assertThat(CliArguments.parse(new String[] {"--info", "cat"}).lang).isNull();
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"--lang", "ko", "cat"}))
            .hasMessageContaining("--lang picks the keywords of --info");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"--info", "--lang", "k o", "cat"}))
            .hasMessage("--lang takes a language tag such as ko or zh-Hant, not 'k o'");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"serve", "--info"})).hasMessageContaining("for lookups");
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"--bogus"})).hasMessage("unknown option --bogus");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"cat", "--start", "-1"}))
            .hasMessageContaining("--start takes a whole number");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"cat", "--stop", "x"}))
            .hasMessageContaining("--stop takes a whole number");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"cat", "--start", "5", "--stop", "2"}))
            .hasMessage("--stop (2) must not be less than --start (5)");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"cat", "--stop"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {})).hasMessageContaining("give a query");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"cat", "--tcp-port", "1"}))
            .hasMessageContaining("option of serve");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"serve", "--json"})).hasMessageContaining("for lookups");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"serve", "--http-port", "70000"}))
            .hasMessageContaining("port number");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"cat", "--json=yes"})).hasMessage("--json takes no value");
        assertThatThrownBy(() -> CliArguments.parse(new String[] {"serve", "--tcp-idle-timeout", "0"}))
            .hasMessageContaining("1 or more");
    }
}
