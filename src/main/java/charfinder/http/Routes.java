package charfinder.http;

import charfinder.index.UnicodeNameIndex;
import charfinder.metrics.RouteMeters;
import charfinder.metrics.ServerMetrics;
import java.util.Map;

/**
 * Every path the server answers, what answers it, and the meters its requests count in. Static
 * files are an allow-list of classpath resources: a path not named here is a 404, so no path can
 * reach anything else. Items have a path each ({@code /U+1F600}, {@code /api/char/U+1F600}),
 * answered by prefix. The meters are named for the routes, never for a path a client sent.
 */
final class Routes {

    /** An endpoint and the meters of its requests. */
    record Route(Endpoint endpoint, RouteMeters meters) {
    }

    private final Map<String, Route> byPath;
    private final Route charPage;
    private final Route charApi;
    private final RouteMeters unrouted;

    private Routes(Map<String, Route> byPath, Route charPage, Route charApi, RouteMeters unrouted) {
        this.byPath = byPath;
        this.charPage = charPage;
        this.charApi = charApi;
        this.unrouted = unrouted;
    }

    static Routes of(UnicodeNameIndex index, ServerMetrics metrics) {
        LocaleChoice locales = new LocaleChoice(index);
        RouteMeters staticFiles = metrics.httpEndpoint("static");
        return new Routes(Map.of(
            "/", named(metrics, "/", new PageEndpoint(index)),
            "/api/search", named(metrics, "/api/search", new SearchEndpoint(index)),
            "/api/stream", named(metrics, "/api/stream", new StreamEndpoint(index)),
            "/api/health", named(metrics, "/api/health", new HealthEndpoint(index)),
            "/metrics", named(metrics, "/metrics", new MetricsEndpoint(metrics)),
            "/static/app.css", new Route(StaticFile.load("web/app.css", "text/css; charset=utf-8"), staticFiles),
            "/static/app.js", new Route(StaticFile.load("web/app.js", "text/javascript; charset=utf-8"), staticFiles),
            "/static/char.js", new Route(StaticFile.load("web/char.js", "text/javascript; charset=utf-8"), staticFiles),
            "/favicon.svg", new Route(StaticFile.load("web/favicon.svg", "image/svg+xml"), staticFiles)),
            named(metrics, "/U+", new CharPageEndpoint(index, locales)),
            named(metrics, "/api/char", new CharApiEndpoint(index, locales)),
            metrics.httpEndpoint("other"));
    }

    private static Route named(ServerMetrics metrics, String name, Endpoint endpoint) {
        return new Route(endpoint, metrics.httpEndpoint(name));
    }

    /** The route of a decoded path, or {@code null}. */
    Route find(String path) {
        Route route = byPath.get(path);
        if (route != null) {
            return route;
        }
        if (CharPageEndpoint.serves(path)) {
            return charPage;
        }
        return CharApiEndpoint.serves(path) ? charApi : null;
    }

    /** Where the requests count that no route answers: 404s, and those refused before routing. */
    RouteMeters unrouted() {
        return unrouted;
    }
}
