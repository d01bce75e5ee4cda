package charfinder.http;

import charfinder.details.Details;
import charfinder.details.DetailsJson;
import charfinder.index.Item;
import charfinder.index.UnicodeNameIndex;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code GET /api/char/U+1F600}: the details of an item as JSON. */
final class CharApiEndpoint implements Endpoint {

    static final String PREFIX = "/api/char/";

    /** At most this many documents are remembered (a few KB each). */
    static final int CACHED_DOCUMENTS = 4096;

    private final UnicodeNameIndex index;
    private final LocaleChoice locales;
    private final CacheHeaders english;
    /** Documents already written, by item and keyword locale: the index never changes. */
    private final Map<String, byte[]> recent = new ConcurrentHashMap<>();

    CharApiEndpoint(UnicodeNameIndex index, LocaleChoice locales) {
        this.index = index;
        this.locales = locales;
        this.english = cacheHeaders(index, null);
    }

    /** Whether this endpoint answers a path: {@code /api/char} itself too, to say what is missing. */
    static boolean serves(String path) {
        return path.startsWith(PREFIX) || path.equals("/api/char");
    }

    /** As for searches, and the tag names the keyword locale, which {@code Accept-Language} chooses. */
    static CacheHeaders cacheHeaders(UnicodeNameIndex index, String lang) {
        CacheHeaders answers = SearchEndpoint.answerCache(index);
        if (lang == null) {
            return answers;
        }
        String etag = answers.etag().toString();
        return new CacheHeaders(etag.substring(0, etag.length() - 1) + "-" + lang + "\"", answers.cacheControl().toString());
    }

    @Override
    public void respond(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri) throws HttpError {
        String address = uri.path().length() > PREFIX.length() ? uri.path().substring(PREFIX.length()) : "";
        if (address.isEmpty()) {
            throw new HttpError(HttpResponseStatus.BAD_REQUEST,
                "give an item after /api/char/, such as /api/char/U+1F600, or /api/char/U+1F1F0_U+1F1F7 for an emoji sequence");
        }
        Item item = ItemPath.parse(index, address);
        String lang = locales.of(item, request);
        CacheHeaders cache = lang == null ? english : cacheHeaders(index, lang);
        if (cache.matches(request)) {
            FullHttpResponse notModified = cache.notModified(request);
            notModified.headers().set(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT_LANGUAGE);
            Replies.send(ctx, notModified);
            return;
        }
        String key = item.code() + '|' + lang;
        byte[] body = recent.get(key);
        if (body == null) {
            body = document(item, lang);
            if (recent.size() >= CACHED_DOCUMENTS) {
                recent.clear();
            }
            recent.put(key, body);
        }
        FullHttpResponse response = Replies.full(request, HttpResponseStatus.OK, Replies.JSON, Unpooled.wrappedBuffer(body));
        cache.addTo(response.headers());
        response.headers().set(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT_LANGUAGE);
        Replies.send(ctx, response);
    }

    private byte[] document(Item item, String lang) {
        ByteBuf json = Json.write(UnpooledByteBufAllocator.DEFAULT, out -> DetailsJson.write(out, Details.of(index, item, lang)));
        try {
            return ByteBufUtil.getBytes(json);
        } finally {
            json.release();
        }
    }
}
