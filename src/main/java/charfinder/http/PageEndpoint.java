package charfinder.http;

import charfinder.index.Answer;
import charfinder.index.Item;
import charfinder.index.Match;
import charfinder.index.Paging;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.DisplayChar;
import charfinder.text.StatusLine;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.QueryStringEncoder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /?query=Q}: the finder page with the first rows of the answer already in it, so it
 * works without JavaScript; the script then loads the rest from the JSON API as the user scrolls.
 */
final class PageEndpoint implements Endpoint {

    /** Scripts, styles and fetches only from this server; nothing inline, no frames. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final String HTML = "text/html; charset=utf-8";
    private static final String INTRO = "Type words of a character\u2019s name, code points such as U+2657, "
        + "or the characters themselves.";

    private final UnicodeNameIndex index;
    private final PageTemplate template = PageTemplate.load("web/index.html");

    PageEndpoint(UnicodeNameIndex index) {
        this.index = index;
    }

    @Override
    public void respond(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri) {
        String query = SearchParams.param(uri, "query");
        Map<String, String> html = new HashMap<>();
        html.put("title", "charfinder");
        html.put("query", "");
        html.put("status", Html.escape(INTRO));
        html.put("rows", "");
        html.put("more", "");
        html.put("total", "0");
        html.put("stop", "0");
        html.put("page", Integer.toString(PageSizes.SCROLL));
        HttpResponseStatus status = HttpResponseStatus.OK;
        if (query != null && !query.isBlank()) {
            html.put("title", Html.escape(query) + " \u2014 charfinder");
            html.put("query", Html.escape(query));
            try {
                fill(html, SearchParams.of(uri, PageSizes.FIRST));
            } catch (HttpError e) {
                status = e.status();
                html.put("status", Html.escape(e.getMessage()));
            }
        }
        FullHttpResponse response = Replies.full(request, status, HTML,
            ByteBufUtil.writeUtf8(ctx.alloc(), template.render(html)));
        response.headers()
            .set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CSP)
            .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE)
            .set("Referrer-Policy", "no-referrer");
        Replies.send(ctx, response);
    }

    private void fill(Map<String, String> html, SearchParams params) throws HttpError {
        Answer answer = Search.answer(index, params);
        Paging page = params.paging().within(answer.total());
        StringBuilder rows = new StringBuilder(page.size() * 120);
        for (int i = page.start(); i < page.stop(); i++) {
            appendRow(rows, answer, i);
        }
        html.put("status", Html.escape(StatusLine.of(answer.total(), params.query())) + suggestions(answer.suggestions()));
        html.put("rows", rows.toString());
        html.put("total", Integer.toString(answer.total()));
        html.put("stop", Integer.toString(page.stop()));
        html.put("more", more(params.query(), page, answer.total()));
    }

    /**
     * A row as in the script: the code (a link to the item's page), the character isolated from
     * its neighbours, the name, and below it why the row matched when the name does not say.
     */
    private void appendRow(StringBuilder rows, Answer answer, int position) {
        Item item = answer.item(position);
        rows.append("<tr><td class=\"code\"><a href=\"").append(ItemPath.of(item)).append("\">").append(item.code())
            .append("</a>").append(DisplayChar.isStandIn(index, item) ? "</td><td class=\"char stand-in\"><bdi>" : "</td><td class=\"char\"><bdi>");
        Html.appendEscaped(rows, DisplayChar.of(index, item));
        rows.append("</bdi></td><td class=\"name\">");
        Html.appendEscaped(rows, answer.name(position));
        Match match = answer.match(position);
        if (match != null) {
            rows.append("<span class=\"why\"><bdi>");
            Html.appendEscaped(rows, match.describe());
            rows.append("</bdi></span>");
        }
        rows.append("</td></tr>\n");
    }

    /** {@code Did you mean ...?} with each suggested query a link that runs it. */
    private static String suggestions(List<String> queries) {
        if (queries.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(" <span class=\"suggestions\">Did you mean ");
        for (int i = 0; i < queries.size(); i++) {
            if (i > 0) {
                html.append(i == queries.size() - 1 ? " or " : ", ");
            }
            QueryStringEncoder link = new QueryStringEncoder("/");
            link.addParam("query", queries.get(i));
            html.append("<a class=\"suggestion\" href=\"").append(Html.escape(link.toString())).append("\">");
            Html.appendEscaped(html, queries.get(i));
            html.append("</a>");
        }
        return html.append("?</span>").toString();
    }

    /** Below the table: a link to the next rows for browsers without scripts, or the end. */
    private static String more(String query, Paging page, int total) {
        if (page.stop() >= total) {
            return total == 0 ? "" : "All " + total + " shown.";
        }
        QueryStringEncoder next = new QueryStringEncoder("/");
        next.addParam("query", query);
        next.addParam("start", Integer.toString(page.stop()));
        return "<a href=\"" + Html.escape(next.toString()) + "\">Show the next rows</a>";
    }
}
