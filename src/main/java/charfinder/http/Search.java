package charfinder.http;

import charfinder.index.Answer;
import charfinder.index.QueryException;
import charfinder.index.UnicodeNameIndex;
import io.netty.handler.codec.http.HttpResponseStatus;

/** Answers a query for an endpoint: a query that cannot be answered is a 400. */
final class Search {

    private Search() {
    }

    static Answer answer(UnicodeNameIndex index, String query) throws HttpError {
        try {
            return index.search(query);
        } catch (QueryException e) {
            throw new HttpError(HttpResponseStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
