package org.milmove.cli.pricing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML pricing report read strictly, so that a test can check what a browser would show: only the report's own
 * elements and attributes, every element closed in the order it was opened, text without raw markup characters and
 * with no entity but the four the report writes. Fails on the first thing that breaks one of these rules.
 */
final class ReportPage {
    private static final String DOCTYPE = "<!DOCTYPE html>\n";
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z][a-z0-9]*)((?: [a-z]+=\"[^\"<>]*\")*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z]+)=\"");
    private static final Pattern ENTITY = Pattern.compile("&([^;&\\s]*);?");
    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "h1", "h2", "h3",
            "p", "code", "table", "thead", "tbody", "tr", "th", "td");
    private static final Set<String> EMPTY_ELEMENTS = Set.of("meta");
    private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "id", "class");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"");

    private final String style;
    private final String body;
    private final Map<String, List<List<String>>> tables;

    private ReportPage(String style, String body, Map<String, List<List<String>>> tables) {
        this.style = style;
        this.body = body;
        this.tables = tables;
    }

    static ReportPage read(String html) {
        if (!html.startsWith(DOCTYPE)) {
            throw new AssertionError("The page does not start with " + DOCTYPE.strip());
        }
        Deque<String> open = new ArrayDeque<>();
        StringBuilder style = new StringBuilder();
        StringBuilder body = new StringBuilder();
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        List<List<String>> rows = null;
        StringBuilder cell = null;
        Matcher tag = TAG.matcher(html);
        int at = DOCTYPE.length();
        while (at < html.length()) {
            if (!tag.find(at) || tag.start() != at) {
                int next = html.indexOf('<', at + 1);
                String text = text(html.substring(at, next < 0 ? html.length() : next), at);
                if (open.contains("style")) {
                    style.append(text);
                } else if (open.contains("body")) {
                    body.append(text);
                }
                if (cell != null) {
                    cell.append(text);
                }
                at = next < 0 ? html.length() : next;
                continue;
            }
            String name = tag.group(2);
            if (!ELEMENTS.contains(name)) {
                throw new AssertionError("Element <" + name + "> at offset " + at + " is not one the report writes");
            }
            if (tag.group(1).isEmpty()) {
                Map<String, String> attributes = attributes(tag.group(3), at);
                if (!EMPTY_ELEMENTS.contains(name)) {
                    open.push(name);
                }
                if (name.equals("table")) {
                    rows = new ArrayList<>();
                    tables.put(attributes.get("id"), rows);
                } else if (name.equals("tr") && open.contains("tbody")) {
                    rows.add(new ArrayList<>());
                } else if (name.equals("td")) {
                    cell = new StringBuilder();
                }
            } else {
                String closed = open.isEmpty() ? "nothing" : open.pop();
                if (!closed.equals(name)) {
                    throw new AssertionError("</" + name + "> at offset " + at + " closes <" + closed + ">");
                }
                if (name.equals("td")) {
                    rows.get(rows.size() - 1).add(cell.toString());
                    cell = null;
                }
            }
            at = tag.end();
        }
        if (!open.isEmpty()) {
            throw new AssertionError("The page ends with " + open + " still open");
        }
        return new ReportPage(style.toString(), body.toString(), tables);
    }

    /** The inline style sheet. */
    String style() {
        return style;
    }

    /** The text of the body, entities decoded. */
    String text() {
        return body;
    }

    /** The body rows of the table with this id, each cell's text decoded. */
    List<List<String>> table(String id) {
        if (!tables.containsKey(id)) {
            throw new AssertionError("No table with id " + id + "; the page has " + tables.keySet());
        }
        return tables.get(id);
    }

    private static Map<String, String> attributes(String text, int at) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            if (!ATTRIBUTES.contains(m.group(1))) {
                throw new AssertionError("Attribute " + m.group(1) + " at offset " + at + " is not one the report writes");
            }
            int end = text.indexOf('"', m.end());
            attributes.put(m.group(1), text(text.substring(m.end(), end), at));
        }
        return attributes;
    }

    /** Text as written between tags or in an attribute value, decoded; raw markup characters are a failure. */
    private static String text(String raw, int at) {
        int markup = indexOfAny(raw, "<>\"");
        if (markup >= 0) {
            throw new AssertionError("Unescaped " + raw.charAt(markup) + " at offset " + (at + markup) + ": " + raw);
        }
        StringBuilder decoded = new StringBuilder();
        Matcher entity = ENTITY.matcher(raw);
        int from = 0;
        while (entity.find()) {
            String replacement = ENTITIES.get(entity.group(1));
            if (replacement == null || !entity.group().endsWith(";")) {
                throw new AssertionError("Unescaped & at offset " + (at + entity.start()) + ": " + raw);
            }
            decoded.append(raw, from, entity.start()).append(replacement);
            from = entity.end();
        }
        return decoded.append(raw.substring(from)).toString();
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
