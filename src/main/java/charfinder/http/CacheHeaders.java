package charfinder.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;

/**
 * An entity tag and how long a reply may be kept; {@code 304} when the client has it already.
 * The values are kept as the bytes a header is written with, since every reply carries them.
 */
record CacheHeaders(AsciiString etag, AsciiString cacheControl) {

    CacheHeaders(String etag, String cacheControl) {
        this(AsciiString.cached(etag), AsciiString.cached(cacheControl));
    }

    void addTo(HttpHeaders headers) {
        headers.set(HttpHeaderNames.ETAG, etag).set(HttpHeaderNames.CACHE_CONTROL, cacheControl);
    }

    /** Whether {@code If-None-Match} names this tag (weak comparison, as RFC 9110 asks for GET). */
    boolean matches(HttpRequest request) {
        String ifNoneMatch = request.headers().get(HttpHeaderNames.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return false;
        }
        String mine = opaque(etag.toString());
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || opaque(t).equals(mine)) {
                return true;
            }
        }
        return false;
    }

    FullHttpResponse notModified(HttpRequest request) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED,
            Unpooled.EMPTY_BUFFER, Replies.HEADERS, Replies.HEADERS);
        addTo(response.headers());
        Replies.common(request, response);
        return response;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
