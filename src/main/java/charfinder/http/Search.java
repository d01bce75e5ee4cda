package charfinder.http;

import charfinder.index.Answer;
import charfinder.index.QueryException;
import charfinder.index.UnicodeNameIndex;
import io.netty.handler.codec.http.HttpResponseStatus;

/** Answers a query for an endpoint: a query that cannot be answered is a 400. */
final class Search {

    private Search() {
    }

    /** The answer to the query of these parameters, every tier or (with {@code names=true}) the first. */
    static Answer answer(UnicodeNameIndex index, SearchParams params) throws HttpError {
        return answer(index, params.query(), params.names());
    }

    static Answer answer(UnicodeNameIndex index, String query, boolean names) throws HttpError {
        try {
            return index.search(query, names);
        } catch (QueryException e) {
            throw new HttpError(HttpResponseStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
