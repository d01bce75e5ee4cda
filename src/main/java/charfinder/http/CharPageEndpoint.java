package charfinder.http;

import charfinder.details.Details;
import charfinder.details.DetailsText;
import charfinder.details.Field;
import charfinder.details.ItemDetails;
import charfinder.details.Value;
import charfinder.index.Item;
import charfinder.index.UnicodeNameIndex;
import charfinder.index.Words;
import charfinder.text.DisplayChar;
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
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /U+1F600}: the page of an item, rendered on the server (it works without
 * JavaScript): the glyph, the name, every field of its details as a table, links to its
 * neighbours, its code points and a search for each word of its name. A small script adds the
 * copy buttons.
 */
final class CharPageEndpoint implements Endpoint {

    static final String PREFIX = "/U+";

    private static final String HTML = "text/html; charset=utf-8";
    private static final Pattern CODE = Pattern.compile("U\\+([0-9A-F]{4,6})");
    /** Fields whose value is code points, each shown as a link to its page. */
    private static final Set<String> CODE_FIELDS = Set.of(
        "previous", "next", "uppercase", "lowercase", "titlecase", "nfc", "nfd", "nfkc", "nfkd", "codePoints");
    /** Fields a user may want to paste elsewhere: each gets a copy button. */
    private static final Set<String> COPY_FIELDS = Set.of("code", "utf8", "utf16", "html", "json", "css", "python");

    private final UnicodeNameIndex index;
    private final LocaleChoice locales;
    private final PageTemplate page = PageTemplate.load("web/char.html");
    private final PageTemplate missing = PageTemplate.load("web/char-missing.html");

    CharPageEndpoint(UnicodeNameIndex index, LocaleChoice locales) {
        this.index = index;
        this.locales = locales;
    }

    /** Whether a path is an item's address: {@code /U+...}, in either case. */
    static boolean serves(String path) {
        return path.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    public void respond(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri) {
        HttpResponseStatus status = HttpResponseStatus.OK;
        String html;
        try {
            Item item = ItemPath.parse(index, uri.path().substring(1));
            String lang = locales.of(item, request);
            html = render(Details.of(index, item, lang));
        } catch (HttpError e) {
            status = e.status();
            Map<String, String> slots = new HashMap<>();
            slots.put("title", status.code() + " " + Html.escape(status.reasonPhrase()) + " \u2014 charfinder");
            slots.put("heading", status == HttpResponseStatus.NOT_FOUND ? "No such character" : "Not a character\u2019s address");
            slots.put("message", Html.escape(e.getMessage()));
            html = missing.render(slots);
        }
        FullHttpResponse response = Replies.full(request, status, HTML, ByteBufUtil.writeUtf8(ctx.alloc(), html));
        response.headers()
            .set(HttpHeaderNames.CONTENT_SECURITY_POLICY, PageEndpoint.CSP)
            .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE)
            .set(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT_LANGUAGE)
            .set("Referrer-Policy", "no-referrer");
        Replies.send(ctx, response);
    }

    private String render(ItemDetails details) {
        Item item = details.item();
        String name = index.nameOrLabel(item);
        Map<String, String> slots = new HashMap<>();
        slots.put("title", Html.escape(item.code() + " " + name) + " \u2014 charfinder");
        slots.put("neighbours", neighbours(details));
        slots.put("glyphclass", DisplayChar.isStandIn(index, item) ? " stand-in" : "");
        slots.put("glyph", Html.escape(DisplayChar.of(index, item)));
        slots.put("name", Html.escape(name));
        slots.put("code", item.code());
        slots.put("codes", item.code());
        slots.put("address", ItemPath.of(item).substring(1));
        slots.put("about", about(item, details.text("kind")));
        StringBuilder rows = new StringBuilder(4096);
        for (Field field : details.fields()) {
            if (!field.key().equals("char") && !field.key().equals("name")) {
                appendRows(rows, field.key(), field.label(), field.value());
            }
        }
        slots.put("rows", rows.toString());
        slots.put("words", words(name));
        return page.render(slots);
    }

    /** What a code point that is not an ordinary character is, in a sentence. */
    private String about(Item item, String kind) {
        String text = switch (kind) {
            case "sequence" -> "An emoji sequence of " + item.length() + " code points, one of those Unicode recommends "
                + "for general interchange (RGI): it shows as one emoji where fonts have it.";
            case "unassigned" -> "No character is assigned to this code point in Unicode "
                + index.unicodeVersion() + "; a later version may assign one.";
            case "private-use" -> "A private-use code point: Unicode gives it no meaning; fonts and programs "
                + "agree among themselves what it shows.";
            case "surrogate" -> "A surrogate code point: UTF-16 uses surrogates in pairs to encode the characters "
                + "above U+FFFF. Alone it is not a character, and UTF-8 cannot encode it.";
            case "noncharacter" -> "A noncharacter: reserved for good for a program's internal use, never to be "
                + "exchanged as text.";
            default -> index.generalCategory(item.first()) == Character.CONTROL
                ? "A control character: it has no name, only a label and aliases." : null;
        };
        return text == null ? "" : "<p class=\"about\">" + Html.escape(text) + "</p>";
    }

    private String neighbours(ItemDetails details) {
        StringBuilder html = new StringBuilder();
        String previous = details.text("previous");
        if (previous != null) {
            html.append("<a rel=\"prev\" href=\"/").append(previous).append("\">\u2190 ");
            appendCodeAndGlyph(html, previous);
            html.append("</a>");
        }
        String next = details.text("next");
        if (next != null) {
            html.append("<a rel=\"next\" href=\"/").append(next).append("\">");
            appendCodeAndGlyph(html, next);
            html.append(" \u2192</a>");
        }
        return html.toString();
    }

    private void appendCodeAndGlyph(StringBuilder html, String code) {
        int cp = Integer.parseInt(code.substring(2), 16);
        html.append(code).append(" <bdi class=\"small-glyph\">");
        Html.appendEscaped(html, DisplayChar.of(cp, index.generalCategory(cp)));
        html.append("</bdi>");
    }

    private void appendRows(StringBuilder rows, String key, String label, Value value) {
        if (value instanceof Value.Group group) {
            for (Field field : group.fields()) {
                appendRows(rows, field.key(), label + " " + field.label(), field.value());
            }
            return;
        }
        rows.append("<tr><th scope=\"row\">");
        Html.appendEscaped(rows, label);
        rows.append("</th><td>");
        String shown = DetailsText.show(value);
        if (CODE_FIELDS.contains(key)) {
            appendCodeLinks(rows, shown, key.equals("codePoints"));
        } else {
            rows.append("<bdi>");
            Html.appendEscaped(rows, shown);
            rows.append("</bdi>");
        }
        rows.append("</td><td class=\"copy-cell\">");
        if (COPY_FIELDS.contains(key)) {
            rows.append("<button type=\"button\" class=\"copy\" data-copy=\"");
            Html.appendEscaped(rows, shown);
            rows.append("\" data-what=\"");
            Html.appendEscaped(rows, label);
            rows.append("\" hidden>Copy</button>");
        }
        rows.append("</td></tr>\n");
    }

    /** Each code point of a value as a link to its page; with its glyph and name for a sequence's. */
    private void appendCodeLinks(StringBuilder html, String codes, boolean named) {
        Matcher m = CODE.matcher(codes);
        boolean first = true;
        while (m.find()) {
            int cp = Integer.parseInt(m.group(1), 16);
            html.append(first ? "" : named ? "<br>" : " ").append("<a href=\"/").append(m.group()).append("\">");
            first = false;
            appendCodeAndGlyph(html, m.group());
            if (named) {
                html.append(' ');
                Html.appendEscaped(html, index.nameOrLabel(cp));
            }
            html.append("</a>");
        }
    }

    /** A search link for each word of the name; none for a code point label such as {@code <control-0000>}. */
    private static String words(String name) {
        if (name.startsWith("<")) {
            return "";
        }
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Words.isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        StringBuilder html = new StringBuilder("<p class=\"words\">Search for each word of the name:");
        for (String w : words) {
            QueryStringEncoder link = new QueryStringEncoder("/");
            link.addParam("query", w);
            html.append(" <a href=\"").append(Html.escape(link.toString())).append("\">");
            Html.appendEscaped(html, w);
            html.append("</a>");
        }
        return html.append("</p>").toString();
    }
}
