package charfinder.tcp;

import charfinder.index.TestIndex;
import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.UnicodeNameIndex;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class QueryHandlerTest {

    private final UnicodeNameIndex index = TestIndex.get();
    private final EmbeddedChannel channel = EmbeddedSession.of(index, 100);

    @AfterEach
    void release() {
        channel.finishAndReleaseAll();
    }

    @Test
    void promptsOnConnect() {
        assertThat(Outbound.text(channel)).isEqualTo("?> ");
    }

    @Test
    void answersWithRowsStatusLineAndPrompt() throws Exception {
        Outbound.text(channel);
        channel.writeInbound("chess black");
        String text = Outbound.text(channel);
        assertThat(text).startsWith("U+265A\t♚\tBLACK CHESS KING\r\n")
            .contains("U+265F\t♟\tBLACK CHESS PAWN\r\n")
            .endsWith(" matches for 'chess black'\r\n?> ")
            .doesNotContain("WHITE");
        assertThat(text.split("\r\n")).hasSize(index.search("chess black").total() + 2);
    }

    @Test
    void answersTheThreeKindsOfQuery() throws Exception {
        Outbound.text(channel);
        channel.writeInbound("U+2657 u+1f600");
        assertThat(Outbound.text(channel))
            .isEqualTo("U+2657\t♗\tWHITE CHESS BISHOP\r\nU+1F600\t😀\tGRINNING FACE\r\n"
                + "2 matches for 'U+2657 u+1f600'\r\n?> ");
        channel.writeInbound("☃♜");
        assertThat(Outbound.text(channel))
            .isEqualTo("U+2603\t☃\tSNOWMAN\r\nU+265C\t♜\tBLACK CHESS ROOK\r\n2 matches for '☃♜'\r\n?> ");
        channel.writeInbound("jabberwocky's vest");
        assertThat(Outbound.text(channel)).isEqualTo("No match for \"jabberwocky's vest\"\r\n?> ");
        channel.writeInbound("white bishop");
        assertThat(Outbound.text(channel)).isEqualTo(ExpectedText.answer(index, "white bishop"));
    }

    @Test
    void countsTheQueriesItAnswersWithRowsOrAnErrorAndNotBlankLines() {
        Counter answered = new SimpleMeterRegistry().counter("queries");
        EmbeddedChannel session = EmbeddedSession.of(index, 100, answered);
        try {
            Outbound.text(session);
            for (String line : new String[] {"chess black", "", "U+110000", "jabberwocky's vest", "   "}) {
                session.writeInbound(line);
                Outbound.text(session);
            }
            assertThat(answered.count()).isEqualTo(3);
        } finally {
            session.finishAndReleaseAll();
        }
    }

    @Test
    void blankLineGetsThePromptAgain() {
        Outbound.text(channel);
        channel.writeInbound("");
        channel.writeInbound("   ");
        assertThat(Outbound.text(channel)).isEqualTo("?> ?> ");
    }

    @Test
    void badQueryGetsAOneLineErrorAndTheSessionGoesOn() throws Exception {
        Outbound.text(channel);
        channel.writeInbound("U+110000");
        assertThat(Outbound.text(channel)).matches("Error: [^\r\n]*U\\+110000[^\r\n]*\r\n\\?> ");
        channel.writeInbound("sun");
        assertThat(Outbound.text(channel)).isEqualTo(ExpectedText.answer(index, "sun"));
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void overLongLineGetsAOneLineErrorAndTheSessionGoesOn() throws Exception {
        Outbound.text(channel);
        channel.writeInbound(QueryHandler.LINE_TOO_LONG);
        assertThat(Outbound.text(channel)).isEqualTo("Line too long: a query is at most 100 bytes; it was ignored.\r\n?> ");
        channel.writeInbound("rook");
        assertThat(Outbound.text(channel)).isEqualTo(ExpectedText.answer(index, "rook"));
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void linesSentTogetherAreAnsweredInOrder() throws Exception {
        Outbound.text(channel);
        channel.writeInbound("rook", "", "U+2657", "sun");
        assertThat(Outbound.text(channel))
            .isEqualTo(ExpectedText.answer(index, "rook") + "?> " + ExpectedText.answer(index, "U+2657") + ExpectedText.answer(index, "sun"));
    }

    @Test
    void clientClosingItsSideGetsItsAnswersThenTheSessionEnds() throws Exception {
        Outbound.text(channel);
        channel.writeInbound("rook");
        channel.writeInbound(new SessionEnd.Request("client closed the connection"));
        channel.runPendingTasks();
        assertThat(Outbound.text(channel)).isEqualTo(ExpectedText.answer(index, "rook"));
        assertThat(channel.isOpen()).isFalse();
        assertThat(SessionEnd.reason(channel)).isEqualTo("client closed the connection");
    }

    @Test
    void clientClosingItsSideWithNothingPendingEndsTheSession() {
        Outbound.text(channel);
        channel.writeInbound(new SessionEnd.Request("client closed the connection"));
        channel.runPendingTasks();
        assertThat(Outbound.text(channel)).isEmpty();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void anAnswerThatFailsMidWayClosesTheSessionAndIsLogged() throws Exception {
        // Stands for a failure while the chunked writer makes the answer: its promise fails.
        io.netty.channel.ChannelOutboundHandlerAdapter failing = new io.netty.channel.ChannelOutboundHandlerAdapter() {
            @Override
            public void write(io.netty.channel.ChannelHandlerContext ctx, Object msg, io.netty.channel.ChannelPromise promise) {
                if (msg instanceof AnswerChunks) {
                    promise.setFailure(new IllegalStateException("the index broke"));
                } else {
                    ctx.write(msg, promise);
                }
            }
        };
        io.netty.channel.embedded.EmbeddedChannel broken = EmbeddedSession.of(new io.netty.handler.flow.FlowControlHandler(),
            new io.netty.handler.stream.ChunkedWriteHandler(), failing, new QueryHandler(index, 100, new SimpleMeterRegistry().counter("queries")));
        int rooks = index.search("rook").total();
        try (charfinder.log.LogCapture log = charfinder.log.LogCapture.of(QueryHandler.class)) {
            Outbound.text(broken);
            broken.writeInbound("rook");
            assertThat(broken.isOpen()).isFalse();
            assertThat(SessionEnd.reason(broken)).isEqualTo("server error: java.lang.IllegalStateException: the index broke");
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARN Closing ")
                && line.endsWith("the answer to 'rook' failed after 0 of " + rooks
                    + " results: java.lang.IllegalStateException: the index broke"));
        } finally {
            broken.finishAndReleaseAll();
        }
    }
}
