package charfinder.http;

import charfinder.index.Answer;
import charfinder.index.Paging;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.JsonItems;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.QueryStringEncoder;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code GET /api/search?query=Q&start=S&stop=E}: one page of an answer as JSON. */
final class SearchEndpoint implements Endpoint {

    static final String PATH = "/api/search";

    /** At most this many pages are remembered, each at most this size: 16 MB in all. */
    static final int CACHED_PAGES = 1024;
    static final int CACHED_PAGE_BYTES = 16 * 1024;

    private final UnicodeNameIndex index;
    private final CacheHeaders cache;
    /**
     * Pages already written: the index never changes, so a page once right is right for good.
     * Each in direct memory, as the socket takes it, so that a reply is not copied again on
     * every send (6-7% of the throughput of {@code cat face}); freed by the garbage collector once
     * forgotten. Forgotten pages that outlive young collections wait for a full one: when they
     * reach the JDK's limit on direct memory (the heap's size unless set otherwise), the JDK starts
     * that collection itself, and since at most 16 MB of pages are kept at once, it frees room.
     */
    private final Map<SearchParams, ByteBuf> recent = new ConcurrentHashMap<>();

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
        SearchParams params = SearchParams.of(uri, PageSizes.FIRST);
        ByteBuf body = recent.get(params);
        if (body == null) {
            body = remember(params, page(params));
        }
        if (cache.matches(request)) {
            Replies.send(ctx, cache.notModified(request));
            return;
        }
        FullHttpResponse response = Replies.full(request, HttpResponseStatus.OK, Replies.JSON, body.duplicate());
        cache.addTo(response.headers());
        Replies.send(ctx, response);
    }

    /** The JSON of a page; a query that cannot be answered is a 400 (and never remembered). */
    private byte[] page(SearchParams params) throws HttpError {
        Answer answer = Search.answer(index, params);
        Paging page = params.paging().within(answer.total());
        String next = page.stop() < answer.total() && params.paging().size() > 0
            ? link(params, page.stop())
            : null;
        ByteBuf json = Json.write(UnpooledByteBufAllocator.DEFAULT, out -> {
            out.writeStartObject();
            out.writeStringField("query", params.query());
            out.writeStringField("kind", answer.kind().jsonName());
            out.writeNumberField("total", answer.total());
            out.writeNumberField("start", page.start());
            out.writeNumberField("stop", page.stop());
            out.writeArrayFieldStart("items");
            for (int i = page.start(); i < page.stop(); i++) {
                JsonItems.write(out, index, answer, i);
            }
            out.writeEndArray();
            out.writeStringField("next", next);
            if (!answer.suggestions().isEmpty()) {
                out.writeArrayFieldStart("suggestions");
                for (String suggestion : answer.suggestions()) {
                    out.writeString(suggestion);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        });
        try {
            return ByteBufUtil.getBytes(json);
        } finally {
            json.release();
        }
    }

    /**
     * Keeps small pages for the next request of the same page, and answers the page as a reply
     * may send it. The set is bounded by emptying it when full: simpler than least-recently-used,
     * and the pages people ask for come back at once.
     */
    private ByteBuf remember(SearchParams params, byte[] body) {
        if (body.length > CACHED_PAGE_BYTES) {
            return Unpooled.wrappedBuffer(body);
        }
        // Never released (a reply's release of its duplicate does nothing), and wrapping a JDK
        // buffer, which the garbage collector frees once no reply holds it.
        ByteBuf page = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(
            ByteBuffer.allocateDirect(body.length).put(body).flip()));
        if (recent.size() >= CACHED_PAGES) {
            recent.clear();
        }
        recent.put(params, page);
        return page;
    }

    /** How many pages are remembered; for tests. */
    int remembered() {
        return recent.size();
    }

    /** The URL of the next page: as many items from {@code start}. */
    static String link(SearchParams params, int start) {
        QueryStringEncoder link = new QueryStringEncoder(PATH);
        link.addParam("query", params.query());
        link.addParam("start", Integer.toString(start));
        link.addParam("stop", Long.toString(Math.min((long) start + params.paging().size(), Integer.MAX_VALUE)));
        if (params.names()) {
            link.addParam("names", "true");
        }
        return link.toString();
    }
}
