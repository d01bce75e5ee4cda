package charfinder.http;

import charfinder.index.UnicodeNameIndex;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;

/** {@code GET /api/health}: the server is up, and which index it serves. */
final class HealthEndpoint implements Endpoint {

    private final UnicodeNameIndex index;
    /** Counted once: the index never changes. */
    private final int characters;

    HealthEndpoint(UnicodeNameIndex index) {
        this.index = index;
        this.characters = index.characterCount();
    }

    @Override
    public void respond(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri) {
        ByteBuf body = Json.write(ctx.alloc(), json -> {
            json.writeStartObject();
            json.writeStringField("status", "ok");
            json.writeStringField("unicode", index.unicodeVersion());
            json.writeStringField("cldr", index.dataVersions().get("cldr"));
            json.writeStringField("emoji", index.dataVersions().get("emoji"));
            json.writeStringField("unihan", index.dataVersions().get("unihan"));
            json.writeStringField("jdk", Runtime.version().toString());
            json.writeStringField("jdkUnicode", index.dataVersions().get("jdk-unicode"));
            json.writeNumberField("items", index.itemCount());
            json.writeNumberField("characters", characters);
            json.writeNumberField("words", index.wordCount());
            json.writeEndObject();
        });
        FullHttpResponse response = Replies.full(request, HttpResponseStatus.OK, Replies.JSON, body);
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        Replies.send(ctx, response);
    }
}
