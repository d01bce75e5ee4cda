package charfinder.http;

import charfinder.index.TestIndex;
import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.Answer;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.stream.ChunkedWriteHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class NdjsonChunksTest {

    @Test
    void chunksAreBoundedWholeLinesPauseEveryFewAndAddUpToTheAnswer() throws Exception {
        Answer answer = TestIndex.get().search("cjk");
        EmbeddedChannel channel = new EmbeddedChannel();
        NdjsonChunks chunks = new NdjsonChunks(TestIndex.get(), answer, channel);
        StringBuilder all = new StringBuilder();
        int pauses = 0;
        while (!chunks.isEndOfInput()) {
            for (int i = 0; i < NdjsonChunks.CHUNKS_PER_TURN && !chunks.isEndOfInput(); i++) {
                ByteBuf chunk = chunks.readChunk(channel.alloc());
                try {
                    assertThat(chunk.readableBytes()).isBetween(1, NdjsonChunks.CHUNK_BYTES + 200);
                    String text = chunk.toString(StandardCharsets.UTF_8);
                    assertThat(text).endsWith("}\n");
                    all.append(text);
                } finally {
                    chunk.release();
                }
            }
            if (!chunks.isEndOfInput()) {
                // A pause: no chunk now, and a task that resumes the writer once the loop has run the others.
                assertThat(channel.hasPendingTasks()).isFalse();
                assertThat(chunks.readChunk(channel.alloc())).isNull();
                assertThat(channel.hasPendingTasks()).isTrue();
                channel.runPendingTasks();
                pauses++;
            }
        }
        assertThat(chunks.readChunk(channel.alloc())).isNull();
        assertThat(chunks.progress()).isEqualTo(all.toString().getBytes(StandardCharsets.UTF_8).length);
        String[] lines = all.toString().split("\n");
        assertThat(lines).hasSize(answer.total());
        assertThat(pauses).isGreaterThan(100 / NdjsonChunks.CHUNKS_PER_TURN);
        assertThat(lines[0]).isEqualTo("{\"code\":\"U+2E80\",\"char\":\"⺀\",\"name\":\"CJK RADICAL REPEAT\"}");
        assertThat(lines[answer.total() - 1]).contains("\"code\":\"" + answer.item(answer.total() - 1).code() + "\"");
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void throughTheWriterTheStreamIsWholeAndEnds() throws Exception {
        Answer answer = TestIndex.get().search("face");
        EmbeddedChannel channel = new EmbeddedChannel(new ChunkedWriteHandler());
        channel.writeAndFlush(new HttpChunkedInput(new NdjsonChunks(TestIndex.get(), answer, channel)));
        channel.runPendingTasks();
        StringBuilder all = new StringBuilder();
        List<Object> written = new ArrayList<>();
        for (Object msg; (msg = channel.readOutbound()) != null; ) {
            written.add(msg);
            all.append(((HttpContent) msg).content().toString(StandardCharsets.UTF_8));
            ((HttpContent) msg).release();
        }
        assertThat(written.get(written.size() - 1)).isInstanceOf(LastHttpContent.class);
        assertThat(all.toString().split("\n")).hasSize(answer.total());
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void anEmptyAnswerIsAnEmptyStream() throws Exception {
        EmbeddedChannel channel = new EmbeddedChannel(new ChunkedWriteHandler());
        NdjsonChunks chunks = new NdjsonChunks(TestIndex.get(), TestIndex.get().search("jabberwocky"), channel);
        assertThat(chunks.isEndOfInput()).isTrue();
        channel.writeAndFlush(new HttpChunkedInput(chunks));
        List<Object> written = new ArrayList<>();
        for (Object msg; (msg = channel.readOutbound()) != null; ) {
            written.add(msg);
        }
        assertThat(written).hasSize(1);
        assertThat(written.get(0)).isInstanceOf(LastHttpContent.class);
        assertThat(((HttpContent) written.get(0)).content().readableBytes()).isZero();
        written.forEach(m -> ((HttpContent) m).release());
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }
}
