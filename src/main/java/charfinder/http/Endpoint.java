package charfinder.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;

/** What answers a GET (or HEAD) of one path; the router has checked the path and the method. */
interface Endpoint {

    /**
     * Writes the whole reply, or throws to have the router send an error.
     *
     * @throws HttpError when the request cannot be answered, such as a bad parameter
     */
    void respond(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri) throws HttpError;
}
