package charfinder.http;

import charfinder.index.UnicodeNameIndex;
import java.util.Map;

/**
 * Every path the server answers, and what answers it. Static files are an allow-list of
 * classpath resources: a path not named here is a 404, so no path can reach anything else.
 */
final class Routes {

    private final Map<String, Endpoint> byPath;

    private Routes(Map<String, Endpoint> byPath) {
        this.byPath = byPath;
    }

    static Routes of(UnicodeNameIndex index) {
        return new Routes(Map.of(
            "/", new PageEndpoint(index),
            "/api/search", new SearchEndpoint(index),
            "/api/stream", new StreamEndpoint(index),
            "/api/health", new HealthEndpoint(index),
            "/static/app.css", StaticFile.load("web/app.css", "text/css; charset=utf-8"),
            "/static/app.js", StaticFile.load("web/app.js", "text/javascript; charset=utf-8"),
            "/favicon.svg", StaticFile.load("web/favicon.svg", "image/svg+xml")));
    }

    /** The endpoint of a decoded path, or {@code null}. */
    Endpoint find(String path) {
        return byPath.get(path);
    }
}
