package charfinder.http;

import charfinder.text.JsonItems;
import com.fasterxml.jackson.core.JsonGenerator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON written with Jackson's streaming generator straight into a Netty buffer. */
final class Json {

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
        try (JsonGenerator json = JsonItems.factory().createGenerator((java.io.OutputStream) new ByteBufOutputStream(buf))) {
            writer.write(json);
        } catch (IOException e) {
            // A growing buffer never fails to take bytes; only a bug in a writer gets here.
            throw new UncheckedIOException(e);
        }
    }
}
