package charfinder.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

/** One file of the page (style sheet, script, icon), read from the classpath once at start. */
final class StaticFile implements Endpoint {

    private final byte[] bytes;
    private final String contentType;
    private final CacheHeaders cache;

    private StaticFile(byte[] bytes, String contentType) {
        this.bytes = bytes;
        this.contentType = contentType;
        CRC32 crc = new CRC32();
        crc.update(bytes);
        // Revalidated on every use, so a new build is picked up at once; a 304 costs nothing.
        this.cache = new CacheHeaders("\"" + Long.toHexString(crc.getValue()) + "\"", "no-cache");
    }

    static StaticFile load(String resource, String contentType) {
        return new StaticFile(resource(resource), contentType);
    }

    /** The bytes of a resource of this program, which must exist. */
    static byte[] resource(String name) {
        try (InputStream in = StaticFile.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the program: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    @Override
    public void respond(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri) {
        if (cache.matches(request)) {
            Replies.send(ctx, cache.notModified(request));
            return;
        }
        FullHttpResponse response = Replies.full(request, HttpResponseStatus.OK, contentType, Unpooled.wrappedBuffer(bytes));
        cache.addTo(response.headers());
        Replies.send(ctx, response);
    }
}
