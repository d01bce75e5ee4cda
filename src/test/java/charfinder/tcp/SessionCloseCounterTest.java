package charfinder.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.metrics.ServerMetrics;
import charfinder.testing.PrometheusText;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SessionCloseCounterTest {

    @Test
    void countsEachClosedSessionUnderItsReasonsKindAndEveryKindFromTheStart() {
        ServerMetrics metrics = new ServerMetrics();
        SessionCloseCounter counter = new SessionCloseCounter(metrics);
        for (CloseReason kind : CloseReason.values()) {
            assertThat(closed(metrics, kind.label())).as(kind.label()).isZero();
        }
        EmbeddedChannel ctrlC = new EmbeddedChannel(counter);
        EmbeddedChannel idle = new EmbeddedChannel(counter);
        EmbeddedChannel unexplained = new EmbeddedChannel(counter);
        SessionEnd.close(ctrlC, "client sent Ctrl-C");
        SessionEnd.close(idle, "idle for 5 minutes");
        unexplained.close();
        assertThat(closed(metrics, "ctrl_c")).isEqualTo(1);
        assertThat(closed(metrics, "idle")).isEqualTo(1);
        assertThat(closed(metrics, "other")).isEqualTo(1);
        assertThat(closed(metrics, "client_closed")).isZero();
    }

    private static double closed(ServerMetrics metrics, String reason) {
        return PrometheusText.parse(new String(metrics.scrape(), StandardCharsets.UTF_8))
            .value("charfinder_telnet_sessions_closed_total", "reason", reason);
    }
}
