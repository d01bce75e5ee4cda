package charfinder.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML file with {@code {{slot}}} marks, split once at load; rendering fills each mark with
 * HTML the caller has made safe.
 */
final class PageTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z]+)}}");

    private final List<String> literals = new ArrayList<>();
    private final List<String> slots = new ArrayList<>();

    private PageTemplate(String text) {
        Matcher m = SLOT.matcher(text);
        int from = 0;
        while (m.find()) {
            literals.add(text.substring(from, m.start()));
            slots.add(m.group(1));
            from = m.end();
        }
        literals.add(text.substring(from));
    }

    static PageTemplate load(String resource) {
        return new PageTemplate(new String(StaticFile.resource(resource), StandardCharsets.UTF_8));
    }

    /** The page with each slot replaced by its (already escaped) HTML; every slot must be given. */
    String render(Map<String, String> html) {
        StringBuilder out = new StringBuilder(8192);
        for (int i = 0; i < slots.size(); i++) {
            out.append(literals.get(i));
            String value = html.get(slots.get(i));
            if (value == null) {
                throw new IllegalArgumentException("no value for slot " + slots.get(i));
            }
            out.append(value);
        }
        return out.append(literals.get(slots.size())).toString();
    }
}
