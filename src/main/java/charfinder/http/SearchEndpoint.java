package charfinder.http;

import charfinder.index.Answer;
import charfinder.index.Paging;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.JsonItems;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.QueryStringEncoder;

/** {@code GET /api/search?query=Q&start=S&stop=E}: one page of an answer as JSON. */
final class SearchEndpoint implements Endpoint {

    static final String PATH = "/api/search";
    static final int DEFAULT_PAGE = 50;

    private final UnicodeNameIndex index;
    private final CacheHeaders cache;

    SearchEndpoint(UnicodeNameIndex index) {
        this.index = index;
        this.cache = answerCache(index);
    }

    /**
     * A reply is fixed by its URL, the program and the Unicode version, so one tag serves every
     * URL, and clients may keep replies a day.
     */
    static CacheHeaders answerCache(UnicodeNameIndex index) {
        String program = SearchEndpoint.class.getPackage().getImplementationVersion();
        return new CacheHeaders("W/\"" + (program == null ? "dev" : program) + "-unicode-" + index.unicodeVersion() + "\"",
            "public, max-age=86400");
    }

    @Override
    public void respond(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri) throws HttpError {
        SearchParams params = SearchParams.of(uri, DEFAULT_PAGE);
        Answer answer = SearchParams.search(index, params.query());
        if (cache.matches(request)) {
            Replies.send(ctx, cache.notModified(request));
            return;
        }
        Paging page = params.paging().within(answer.total());
        String next = page.stop() < answer.total() && params.paging().size() > 0
            ? link(params.query(), page.stop(), params.paging().size())
            : null;
        ByteBuf body = Json.write(ctx.alloc(), json -> {
            json.writeStartObject();
            json.writeStringField("query", params.query());
            json.writeStringField("kind", answer.kind().jsonName());
            json.writeNumberField("total", answer.total());
            json.writeNumberField("start", page.start());
            json.writeNumberField("stop", page.stop());
            json.writeArrayFieldStart("items");
            for (int i = page.start(); i < page.stop(); i++) {
                JsonItems.write(json, index, answer.codePoint(i));
            }
            json.writeEndArray();
            json.writeStringField("next", next);
            json.writeEndObject();
        });
        FullHttpResponse response = Replies.full(request, HttpResponseStatus.OK, Replies.JSON, body);
        cache.addTo(response.headers());
        Replies.send(ctx, response);
    }

    /** The URL of the page of {@code size} items from {@code start}. */
    static String link(String query, int start, int size) {
        QueryStringEncoder link = new QueryStringEncoder(PATH);
        link.addParam("query", query);
        link.addParam("start", Integer.toString(start));
        link.addParam("stop", Long.toString(Math.min((long) start + size, Integer.MAX_VALUE)));
        return link.toString();
    }
}
