package charfinder.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LineBatchTest {

    @Test
    void keepsEachLineWithItsTimeBeyondItsFirstCapacity() {
        LineBatch batch = new LineBatch(4);
        for (int i = 0; i < 40; i++) {
            batch.beginLine(1_000 + i).append("line ").append(i);
            batch.endLine();
        }
        assertThat(batch.size()).isEqualTo(40);
        assertThat(batch.line(0)).isEqualTo("line 0");
        assertThat(batch.line(39)).isEqualTo("line 39");
        assertThat(batch.millis(39)).isEqualTo(1_039);
    }

    @Test
    void anOutputThatGetsTheEventDirectlySeesTheLinesAsOneMessageALineApart() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LineBatch batch = new LineBatch(16);
        batch.beginLine(1).append("127.0.0.1:1 GET / 200 5 B 0.1 ms");
        batch.endLine();
        batch.beginLine(2).append("127.0.0.1:2 GET /api/health 200 9 B 0.1 ms");
        batch.endLine();
        LoggingEvent event = new LoggingEvent(LineBatchTest.class.getName(), context.getLogger("test"), Level.INFO,
            "{}", null, new Object[] {batch});
        assertThat(LineBatch.of(event)).isSameAs(batch);
        assertThat(event.getFormattedMessage())
            .isEqualTo("127.0.0.1:1 GET / 200 5 B 0.1 ms\n127.0.0.1:2 GET /api/health 200 9 B 0.1 ms");
    }

    @Test
    void anEventWithOtherArgumentsHasNoBatch() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LoggingEvent event = new LoggingEvent(LineBatchTest.class.getName(), context.getLogger("test"), Level.INFO,
            "line {}", null, new Object[] {1});
        assertThat(LineBatch.of(event)).isNull();
    }
}
