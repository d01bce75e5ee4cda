package charfinder.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The test's reader of scrapes refuses what Prometheus would refuse, so that it proves something. */
class PrometheusTextTest {

    private static final String GOOD = """
        # HELP requests_total Requests, by endpoint
        # TYPE requests_total counter
        requests_total{endpoint="/api/search",status="200"} 3.0
        requests_total{endpoint="say \\"hi\\"\\\\",status="404"} 1
        # HELP duration_seconds Durations
        # TYPE duration_seconds histogram
        duration_seconds_bucket{endpoint="/",le="0.001"} 1
        duration_seconds_bucket{endpoint="/",le="+Inf"} 2
        duration_seconds_count{endpoint="/"} 2
        duration_seconds_sum{endpoint="/"} 0.0125
        # HELP pause_seconds Pauses
        # TYPE pause_seconds summary
        pause_seconds_count{gc="young"} 3
        pause_seconds_sum{gc="young"} 0.02
        # HELP up Up
        # TYPE up gauge
        up 1.0E-4 1700000000000
        """;

    @Test
    void readsFamiliesSeriesAndValues() {
        PrometheusText scrape = PrometheusText.parse(GOOD);
        assertThat(scrape.type("requests_total")).isEqualTo("counter");
        assertThat(scrape.help("duration_seconds")).isEqualTo("Durations");
        assertThat(scrape.value("requests_total", "status", "200", "endpoint", "/api/search")).isEqualTo(3.0);
        assertThat(scrape.value("requests_total", "endpoint", "say \"hi\"\\", "status", "404")).isEqualTo(1.0);
        assertThat(scrape.value("duration_seconds_count", "endpoint", "/")).isEqualTo(2.0);
        assertThat(scrape.value("up")).isEqualTo(1.0E-4);
        assertThat(scrape.value("pause_seconds_sum", "gc", "young")).isEqualTo(0.02);
        assertThat(scrape.series()).hasSize(9);
        assertThat(scrape.valueOrZero("requests_total", "endpoint", "/", "status", "500")).isZero();
        assertThatThrownBy(() -> scrape.value("requests_total", "endpoint", "/")).hasMessageContaining("no series");
    }

    @Test
    void refusesWhatIsNotTheFormat() {
        assertRefused(GOOD.replace("# TYPE up gauge\n", ""), "outside its family");
        assertRefused(GOOD.replace("up 1.0E-4", "up one"), "not a number");
        assertRefused(GOOD.replace("up 1.0E-4", "up 1 now"), "neither");
        assertRefused(GOOD.replace("status=\"200\"", "status=200"), "malformed labels");
        assertRefused(GOOD.replace(",status=\"200\"", " status=\"200\""), "");
        assertRefused(GOOD + "up 2\n", "seen twice");
        assertRefused(GOOD.replace("pause_seconds_sum", "pause_seconds_bucket"), "outside its family");
        assertRefused(GOOD.replace("# HELP up Up\n", "# HELP up Up\n# HELP up Again\n"), "second HELP");
        assertRefused(GOOD.replace("# TYPE up gauge", "# TYPE up meter"), "neither");
        assertRefused(GOOD.replace("le=\"+Inf\"} 2", "le=\"+Inf\"} 3"), "+Inf bucket");
        assertRefused(GOOD.replace("le=\"0.001\"} 1", "le=\"0.001\"} 5"), "go down");
        assertRefused(GOOD + "\n", "neither");
        assertRefused(GOOD.substring(0, GOOD.length() - 1), "line feed");
    }

    private static void assertRefused(String text, String why) {
        assertThatThrownBy(() -> PrometheusText.parse(text)).isInstanceOf(AssertionError.class).hasMessageContaining(why);
    }
}
