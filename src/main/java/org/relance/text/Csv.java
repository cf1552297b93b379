package org.relance.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader: quoted fields with separators, doubled quotes and line breaks inside,
 * `,` or `;` detected from the header line, a UTF-8 byte-order mark ignored.
 */
public final class Csv {

    /** One record with the line number it starts on (1 = the header). */
    public record Row(int line, List<String> fields) {
        public String get(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }
    }

    private Csv() {
    }

    /** Reads every record; the first one is the header; the separator is detected from it. */
    public static List<Row> read(Reader source) throws IOException {
        String text = readAll(source);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return records(text, detectSeparator(text));
    }

    /**
     * Streams the records of a file to {@code each} without holding the file: the first record is the header; the
     * separator is detected from the first line.
     */
    public static void stream(Reader source, java.util.function.Consumer<Row> each) throws IOException {
        BufferedReader in = source instanceof BufferedReader b ? b : new BufferedReader(source, 1 << 16);
        in.mark(1 << 20);
        String first = in.readLine();
        in.reset();
        if (first == null) {
            return;
        }
        char separator = detectSeparator(first.startsWith("\uFEFF") ? first.substring(1) : first);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowLine = 1;
        List<Row> out = new ArrayList<>(1);
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    if (in.read() == '"') {
                        field.append('"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                fieldStarted = true;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                endRow(out, fields, field, fieldStarted, rowLine);
                flush(out, each);
                fields = new ArrayList<>();
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
        }
        endRow(out, fields, field, fieldStarted, rowLine);
        flush(out, each);
    }

    private static void flush(List<Row> rows, java.util.function.Consumer<Row> each) {
        for (Row row : rows) {
            each.accept(row);
        }
        rows.clear();
    }

    /** Splits text into records with a known separator; blank lines are skipped, fields are trimmed. */
    public static List<Row> records(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                fieldStarted = true;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, fields, field, fieldStarted, rowLine);
                fields = new ArrayList<>();
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        endRow(rows, fields, field, fieldStarted, rowLine);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, boolean started, int line) {
        if (started || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString().strip());
            if (fields.stream().anyMatch(f -> !f.isEmpty())) {
                rows.add(new Row(line, List.copyOf(fields)));
            }
        }
        field.setLength(0);
    }

    /** The separator that appears most outside quotes in the first non-blank line; {@code ,} on a tie. */
    public static char detectSeparator(String text) {
        String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String readAll(Reader source) throws IOException {
        try (BufferedReader reader = new BufferedReader(source)) {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        }
    }
}
