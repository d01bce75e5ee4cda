package charfinder.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class IdleSessionCloserTest {

    @Test
    void saysGoodbyeAndClosesAnIdleSession() {
        EmbeddedChannel channel = new EmbeddedChannel(new IdleSessionCloser(Duration.ofMinutes(5)));
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
        assertThat(Outbound.text(channel)).isEqualTo("Idle for 5 minutes; goodbye.\r\n");
        assertThat(channel.isOpen()).isFalse();
        assertThat(SessionEnd.reason(channel)).isEqualTo("idle for 5 minutes");
        channel.finishAndReleaseAll();
    }

    @Test
    void passesOtherEventsOn() {
        EmbeddedChannel channel = new EmbeddedChannel(new IdleSessionCloser(Duration.ofSeconds(1)));
        channel.pipeline().fireUserEventTriggered("another event");
        assertThat(channel.isOpen()).isTrue();
        assertThat(Outbound.text(channel)).isEmpty();
        channel.finishAndReleaseAll();
    }

    @Test
    void describesTheTimeoutForPeople() {
        assertThat(IdleSessionCloser.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(IdleSessionCloser.describe(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(IdleSessionCloser.describe(Duration.ofMillis(300))).isEqualTo("300 ms");
    }
}
