package org.relance.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.relance.config.Parsers.Parser;
import org.relance.config.YamlTree.ListNode;
import org.relance.config.YamlTree.MapNode;
import org.relance.config.YamlTree.Node;
import org.relance.config.YamlTree.Null;
import org.relance.config.YamlTree.Scalar;

/** Reads typed values out of one YAML section, naming the dotted key in every error. */
final class MapReader {

    /** An element of a list, with the key that names it in errors ({@code bank.rules[0]}). */
    record Item(String key, Node node) {
    }

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(token|secret|password).*");

    private final String path;
    private final Map<String, Node> entries;
    private final Placeholders env;

    private MapReader(String path, Map<String, Node> entries, Placeholders env) {
        this.path = path;
        this.entries = entries;
        this.env = env;
    }

    /** A reader over {@code node}, which must be a map (or empty) holding only {@code allowed} keys. */
    static MapReader of(String path, Node node, Placeholders env, String... allowed) {
        if (node == null || node instanceof Null) {
            return new MapReader(path, Map.of(), env);
        }
        if (!(node instanceof MapNode map)) {
            throw new ConfigException(path, "expected a section (key: value lines), got " + node.kind());
        }
        Set<String> known = Set.of(allowed);
        for (String name : map.entries().keySet()) {
            if (!known.contains(name)) {
                throw new ConfigException(join(path, name), "unknown key" + suggestion(name, allowed));
            }
        }
        return new MapReader(path, map.entries(), env);
    }

    String path() {
        return path;
    }

    String key(String name) {
        return join(path, name);
    }

    /** Whether the key is given with a non-empty value. */
    boolean has(String name) {
        Node node = entries.get(name);
        return node != null && !(node instanceof Null);
    }

    Optional<String> text(String name) {
        return value(name, Parsers.TEXT);
    }

    /** The value, or empty when the key is absent, null or (after substitution) blank. */
    <T> Optional<T> value(String name, Parser<T> parser) {
        if (!has(name)) {
            return Optional.empty();
        }
        return scalar(key(name), entries.get(name), parser);
    }

    <T> T value(String name, Parser<T> parser, T fallback) {
        return value(name, parser).orElse(fallback);
    }

    <T> T required(String name, Parser<T> parser) {
        if (!has(name)) {
            throw new ConfigException(key(name), "missing (required)");
        }
        return scalar(key(name), entries.get(name), parser)
                .orElseThrow(() -> new ConfigException(key(name), "must not be empty"));
    }

    /** A nested section; an absent key reads as an empty section, so its defaults apply. */
    MapReader section(String name, String... allowed) {
        return of(key(name), entries.get(name), env, allowed);
    }

    /** The list's elements; empty when the key is absent. */
    List<Item> items(String name) {
        if (!has(name)) {
            return List.of();
        }
        Node node = entries.get(name);
        if (!(node instanceof ListNode list)) {
            throw new ConfigException(key(name), "expected a list, got " + node.kind());
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            items.add(new Item(key(name) + "[" + i + "]", list.items().get(i)));
        }
        return items;
    }

    /** A list of scalars, or {@code fallback} when the key is absent. */
    <T> List<T> list(String name, Parser<T> parser, List<T> fallback) {
        if (!has(name)) {
            return fallback;
        }
        List<T> values = new ArrayList<>();
        for (Item item : items(name)) {
            values.add(item(item, parser));
        }
        return values;
    }

    /** A list element that must be a non-empty scalar. */
    <T> T item(Item item, Parser<T> parser) {
        return scalar(item.key(), item.node(), parser)
                .orElseThrow(() -> new ConfigException(item.key(), "must not be empty"));
    }

    /** Unset variables (without default) the key's value refers to; for keys whose absence means something. */
    List<String> unsetVariables(String name) {
        return entries.get(name) instanceof Scalar scalar ? env.unsetIn(scalar.text()) : List.of();
    }

    /** The raw node under {@code name}, or null. */
    Node node(String name) {
        return entries.get(name);
    }

    Placeholders env() {
        return env;
    }

    /** Empty when the text is blank after substitution, so {@code ${VAR:-}} can leave a key out. */
    private <T> Optional<T> scalar(String key, Node node, Parser<T> parser) {
        if (!(node instanceof Scalar scalar)) {
            throw new ConfigException(key, "expected " + parser.expects() + ", got " + node.kind());
        }
        String text = env.resolve(key, scalar.text());
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse().apply(text));
        } catch (Parsers.Bad bad) {
            throw new ConfigException(key, bad.format(shown(key, text)));
        }
    }

    /** How an error shows a value: quoted, or {@code <hidden>} for anything that looks like a secret. */
    static String shown(String key, String text) {
        if (isSecret(key)) {
            return "<hidden>";
        }
        String t = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        return "\"" + t + "\"";
    }

    static boolean isSecret(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        // store.username is a Secret too: with PostgreSQL it comes from the environment like the password.
        return SECRET_NAME.matcher(last).matches() || key.equals("store.username");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String suggestion(String name, String... allowed) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(allowed)
                .filter(a -> distance(lower, a.toLowerCase(Locale.ROOT)) <= 2)
                .findFirst()
                .map(a -> " (did you mean " + a + "?)")
                .orElse(allowed.length == 0 ? "" : " (expected one of " + String.join(", ", allowed) + ")");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
