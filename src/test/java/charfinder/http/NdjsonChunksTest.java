package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.Answer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
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
    void chunksAreBoundedWholeLinesAndAddUpToTheAnswer() throws Exception {
        Answer answer = TestIndex.get().search("cjk");
        NdjsonChunks chunks = new NdjsonChunks(TestIndex.get(), answer);
        StringBuilder all = new StringBuilder();
        int count = 0;
        while (!chunks.isEndOfInput()) {
            ByteBuf chunk = chunks.readChunk(UnpooledByteBufAllocator.DEFAULT);
            try {
                assertThat(chunk.readableBytes()).isBetween(1, NdjsonChunks.CHUNK_BYTES + 200);
                String text = chunk.toString(StandardCharsets.UTF_8);
                assertThat(text).endsWith("}\n");
                all.append(text);
                count++;
            } finally {
                chunk.release();
            }
        }
        assertThat(chunks.readChunk(UnpooledByteBufAllocator.DEFAULT)).isNull();
        assertThat(chunks.progress()).isEqualTo(all.toString().getBytes(StandardCharsets.UTF_8).length);
        String[] lines = all.toString().split("\n");
        assertThat(lines).hasSize(answer.total());
        assertThat(count).isGreaterThan(100);
        assertThat(lines[0]).isEqualTo("{\"code\":\"U+2E80\",\"char\":\"⺀\",\"name\":\"CJK RADICAL REPEAT\"}");
        assertThat(lines[answer.total() - 1]).contains("\"code\":\"" + charfinder.text.TextRows.code(
            answer.codePoint(answer.total() - 1)) + "\"");
    }

    @Test
    void anEmptyAnswerIsAnEmptyStream() throws Exception {
        NdjsonChunks chunks = new NdjsonChunks(TestIndex.get(), TestIndex.get().search("jabberwocky"));
        assertThat(chunks.isEndOfInput()).isTrue();
        EmbeddedChannel channel = new EmbeddedChannel(new ChunkedWriteHandler());
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
