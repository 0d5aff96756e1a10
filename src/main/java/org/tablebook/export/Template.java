package org.tablebook.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small logic-less template, in the manner of Mustache, for the exports' HTML:
 * <ul>
 * <li>{@code {{name}}} writes a value, always HTML-escaped (there is no unescaped form, so no
 *     user text can ever become markup); {@code {{.}}} writes the current item of a list;</li>
 * <li>{@code {{#name}}…{{/name}}} repeats for each item of a list, enters a map, or shows its
 *     content when the value is true or non-empty text; {@code {{^name}}…{{/name}}} shows its
 *     content when the value is false, null, empty text or an empty list;</li>
 * <li>{@code {{> file.css}}} includes another resource of this package when the template loads;</li>
 * <li>{@code {{! note }}} is a comment.</li>
 * </ul>
 * A name the model does not hold is an error, not an empty string, so a typo fails a test.
 * Values are substituted once: text that looks like a tag inside a value is written as text.
 */
final class Template {
    private static final Map<String, Template> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final List<Node> nodes;

    private Template(String name, List<Node> nodes) {
        this.name = name;
        this.nodes = nodes;
    }

    /** The template in resource {@code org/tablebook/export/<name>}, parsed once. */
    static Template load(String name) {
        return LOADED.computeIfAbsent(name, n -> parse(n, includeAll(resource(n))));
    }

    static Template parse(String name, String source) {
        return new Template(name, new Parser(name, source).parse());
    }

    String render(Map<String, ?> model) {
        StringBuilder out = new StringBuilder(8192);
        Deque<Object> context = new ArrayDeque<>();
        context.push(model);
        write(nodes, context, out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Template.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing template resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String includeAll(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int from = 0;
        for (int at; (at = source.indexOf("{{>", from)) >= 0; ) {
            int end = source.indexOf("}}", at);
            out.append(source, from, at).append(includeAll(resource(source.substring(at + 3, end).strip())));
            from = end + 2;
        }
        return out.append(source.substring(from)).toString();
    }

    // ---- the parsed form -------------------------------------------------------------------

    private sealed interface Node permits Text, Value, Section {
    }

    private record Text(String text) implements Node {
    }

    private record Value(String key) implements Node {
    }

    private record Section(String key, boolean inverted, List<Node> body) implements Node {
    }

    private static final class Parser {
        private final String name;
        private final String source;
        private int pos;

        Parser(String name, String source) {
            this.name = name;
            this.source = source;
        }

        List<Node> parse() {
            List<Node> nodes = parseUntil(null);
            return nodes;
        }

        private List<Node> parseUntil(String closing) {
            List<Node> nodes = new ArrayList<>();
            while (pos < source.length()) {
                int open = source.indexOf("{{", pos);
                if (open < 0) {
                    nodes.add(new Text(source.substring(pos)));
                    pos = source.length();
                    break;
                }
                if (open > pos) {
                    nodes.add(new Text(source.substring(pos, open)));
                }
                int close = source.indexOf("}}", open);
                if (close < 0) {
                    throw new IllegalStateException(name + ": unclosed tag at offset " + open);
                }
                String tag = source.substring(open + 2, close).strip();
                pos = close + 2;
                if (tag.startsWith("!")) {
                    continue;
                }
                if (tag.startsWith("#") || tag.startsWith("^")) {
                    String key = tag.substring(1).strip();
                    nodes.add(new Section(key, tag.startsWith("^"), parseUntil(key)));
                } else if (tag.startsWith("/")) {
                    String key = tag.substring(1).strip();
                    if (!key.equals(closing)) {
                        throw new IllegalStateException(name + ": {{/" + key + "}} closes nothing open");
                    }
                    return nodes;
                } else {
                    nodes.add(new Value(tag));
                }
            }
            if (closing != null) {
                throw new IllegalStateException(name + ": {{#" + closing + "}} is never closed");
            }
            return nodes;
        }
    }

    // ---- rendering -------------------------------------------------------------------------

    private void write(List<Node> nodes, Deque<Object> context, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text t) {
                out.append(t.text());
            } else if (node instanceof Value v) {
                Object value = lookup(v.key(), context);
                out.append(Html.escape(value == null ? "" : value.toString()));
            } else if (node instanceof Section s) {
                Object value = lookup(s.key(), context);
                if (s.inverted()) {
                    if (!truthy(value)) {
                        write(s.body(), context, out);
                    }
                } else if (value instanceof Collection<?> items) {
                    for (Object item : items) {
                        context.push(item);
                        write(s.body(), context, out);
                        context.pop();
                    }
                } else if (value instanceof Map<?, ?> map) {
                    context.push(map);
                    write(s.body(), context, out);
                    context.pop();
                } else if (truthy(value)) {
                    write(s.body(), context, out);
                }
            }
        }
    }

    private static boolean truthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }

    private Object lookup(String key, Deque<Object> context) {
        if (key.equals(".")) {
            return context.peek();
        }
        String[] path = key.split("\\.");
        for (Object frame : context) {
            if (frame instanceof Map<?, ?> map && map.containsKey(path[0])) {
                Object value = map.get(path[0]);
                for (int i = 1; i < path.length; i++) {
                    if (!(value instanceof Map<?, ?> inner) || !inner.containsKey(path[i])) {
                        throw new IllegalStateException(name + ": no value for '" + key + "'");
                    }
                    value = inner.get(path[i]);
                }
                return value;
            }
        }
        throw new IllegalStateException(name + ": no value for '" + key + "'");
    }
}
