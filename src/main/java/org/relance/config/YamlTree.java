package org.relance.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** A YAML document as a tree of maps, lists and scalars that keep their exact source text. */
final class YamlTree {

    /** A node of the tree; {@code line} is 1-based. */
    sealed interface Node permits Scalar, MapNode, ListNode, Null {
        int line();

        /** How an error message names this kind of node ("got a list"). */
        String kind();
    }

    /** A scalar exactly as written (so 40.00 stays 40.00 and 0123 is not an octal number). */
    record Scalar(String text, int line) implements Node {
        @Override
        public String kind() {
            return "text";
        }
    }

    record MapNode(Map<String, Node> entries, int line) implements Node {
        MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a section (key: value lines)";
        }
    }

    record ListNode(List<Node> items, int line) implements Node {
        ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** An empty value, {@code ~} or {@code null}: read as if the key were absent. */
    record Null(int line) implements Node {
        @Override
        public String kind() {
            return "nothing";
        }
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() {
    }

    static Node parse(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new ConfigException(name, "file not found (copy config/relance.example.yml and edit it)");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(name, "not a regular file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             YAMLParser parser = (YAMLParser) FACTORY.createParser(reader)) {
            if (parser.nextToken() == null) {
                throw new ConfigException(name, "empty file (copy config/relance.example.yml and edit it)");
            }
            Node root = read(parser, name, "");
            if (parser.nextToken() != null) {
                throw new ConfigException(name, "line " + line(parser) + ": only one YAML document is allowed");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ConfigException(name, describe(e));
        } catch (IOException e) {
            throw new ConfigException(name, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Node read(YAMLParser parser, String file, String path) throws IOException {
        int line = line(parser);
        if (parser.isCurrentAlias()) {
            throw new ConfigException(file, "line " + line + ": YAML aliases (*name) are not supported");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String key = path.isEmpty() ? name : path + "." + name;
                    int keyLine = line(parser);
                    parser.nextToken();
                    Node value = read(parser, file, key);
                    if (entries.putIfAbsent(name, value) != null) {
                        throw new ConfigException(key, "duplicate key (line " + keyLine + ")");
                    }
                }
                return new MapNode(entries, line);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, file, path + "[" + items.size() + "]"));
                }
                return new ListNode(items, line);
            }
            case VALUE_NULL:
                return new Null(line);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                // getText() is the scalar as written, not Jackson's interpretation of it.
                return new Scalar(parser.getText(), line);
            default:
                throw new ConfigException(file, "line " + line + ": unsupported YAML value");
        }
    }

    private static int line(YAMLParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** One line, without the source excerpt SnakeYAML appends (it could show a secret). */
    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String problem = marked.getProblem() == null ? "syntax error" : marked.getProblem();
            return "line " + (marked.getProblemMark().getLine() + 1) + ", column "
                    + (marked.getProblemMark().getColumn() + 1) + ": not valid YAML ("
                    + problem.replaceAll("\\s+", " ").trim() + ")";
        }
        String first = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines().findFirst().orElse("");
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return "line " + line + ": not valid YAML (" + first.trim() + ")";
    }

    /** Calls {@code visitor} with the dotted key and text of every scalar under {@code node}. */
    static void scalars(String path, Node node, java.util.function.BiConsumer<String, String> visitor) {
        if (node instanceof Scalar scalar) {
            visitor.accept(path, scalar.text());
        } else if (node instanceof MapNode map) {
            map.entries().forEach((name, child) -> scalars(path + "." + name, child, visitor));
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                scalars(path + "[" + i + "]", list.items().get(i), visitor);
            }
        }
    }
}
