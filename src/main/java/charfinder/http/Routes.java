package charfinder.http;

import charfinder.index.UnicodeNameIndex;
import java.util.Map;

/**
 * Every path the server answers, and what answers it. Static files are an allow-list of
 * classpath resources: a path not named here is a 404, so no path can reach anything else.
 * Items have a path each ({@code /U+1F600}, {@code /api/char/U+1F600}), answered by prefix.
 */
final class Routes {

    private final Map<String, Endpoint> byPath;
    private final Endpoint charPage;
    private final Endpoint charApi;

    private Routes(Map<String, Endpoint> byPath, Endpoint charPage, Endpoint charApi) {
        this.byPath = byPath;
        this.charPage = charPage;
        this.charApi = charApi;
    }

    static Routes of(UnicodeNameIndex index) {
        LocaleChoice locales = new LocaleChoice(index);
        return new Routes(Map.of(
            "/", new PageEndpoint(index),
            "/api/search", new SearchEndpoint(index),
            "/api/stream", new StreamEndpoint(index),
            "/api/health", new HealthEndpoint(index),
            "/static/app.css", StaticFile.load("web/app.css", "text/css; charset=utf-8"),
            "/static/app.js", StaticFile.load("web/app.js", "text/javascript; charset=utf-8"),
            "/static/char.js", StaticFile.load("web/char.js", "text/javascript; charset=utf-8"),
            "/favicon.svg", StaticFile.load("web/favicon.svg", "image/svg+xml")),
            new CharPageEndpoint(index, locales), new CharApiEndpoint(index, locales));
    }

    /** The endpoint of a decoded path, or {@code null}. */
    Endpoint find(String path) {
        Endpoint endpoint = byPath.get(path);
        if (endpoint != null) {
            return endpoint;
        }
        if (CharPageEndpoint.serves(path)) {
            return charPage;
        }
        return CharApiEndpoint.serves(path) ? charApi : null;
    }
}
