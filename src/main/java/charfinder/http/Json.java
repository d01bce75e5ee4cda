package charfinder.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON written with Jackson's streaming generator straight into a Netty buffer. */
final class Json {

    /** Characters beyond the BMP as themselves in UTF-8, not as pairs of escapes. */
    static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    /** Writes one JSON document. */
    interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    private Json() {
    }

    /** A new buffer holding what {@code writer} writes. */
    static ByteBuf write(ByteBufAllocator alloc, Writer writer) {
        ByteBuf buf = alloc.buffer();
        try {
            writeInto(buf, writer);
            return buf;
        } catch (RuntimeException e) {
            buf.release();
            throw e;
        }
    }

    /** Appends what {@code writer} writes to {@code buf}. */
    static void writeInto(ByteBuf buf, Writer writer) {
        try (JsonGenerator json = FACTORY.createGenerator((java.io.OutputStream) new ByteBufOutputStream(buf))) {
            writer.write(json);
        } catch (IOException e) {
            // A growing buffer never fails to take bytes; only a bug in a writer gets here.
            throw new UncheckedIOException(e);
        }
    }
}
