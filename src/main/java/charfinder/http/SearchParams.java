package charfinder.http;

import charfinder.index.Paging;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;

/** The {@code query}, {@code start} and {@code stop} parameters, checked. */
record SearchParams(String query, Paging paging, boolean names) {

    /**
     * The parameters of a search; without {@code stop}, a page of {@code defaultSize} items.
     *
     * @throws HttpError 400 for a missing query or a bad {@code start} or {@code stop}
     */
    static SearchParams of(QueryStringDecoder uri, int defaultSize) throws HttpError {
        String query = requiredQuery(uri);
        int start = intParam(uri, "start", 0);
        int stop = intParam(uri, "stop", (int) Math.min((long) start + defaultSize, Integer.MAX_VALUE));
        try {
            return new SearchParams(query, new Paging(start, stop).limitedTo(PageSizes.MAX), names(uri));
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
    }

    /** The query, which must be there (it may be empty). */
    static String requiredQuery(QueryStringDecoder uri) throws HttpError {
        String query = param(uri, "query");
        if (query == null) {
            throw badRequest("missing query: add ?query=words, such as ?query=chess+black");
        }
        return query;
    }

    /** The first value of a parameter, or {@code null}. */
    static String param(QueryStringDecoder uri, String name) {
        List<String> values = uri.parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** {@code names=true}: names and aliases alone (tier 1); absent or {@code false}: every tier. */
    static boolean names(QueryStringDecoder uri) throws HttpError {
        String value = param(uri, "names");
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        throw badRequest("names must be true or false, not '" + shown + "'");
    }

    private static int intParam(QueryStringDecoder uri, String name, int absent) throws HttpError {
        String value = param(uri, name);
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the bad value
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        throw badRequest(name + " must be a whole number from 0 to " + Integer.MAX_VALUE + ", not '" + shown + "'");
    }

    private static HttpError badRequest(String message) {
        return new HttpError(HttpResponseStatus.BAD_REQUEST, message);
    }
}
