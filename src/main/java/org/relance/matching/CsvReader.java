package org.relance.matching;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small RFC 4180 reader for spreadsheet exports: quoted fields (with {@code ""} escapes and line breaks),
 * {@code ,} or {@code ;} separator detected from the header, BOM and blank lines ignored.
 */
public final class CsvReader {

    /** One data row: its line number in the file (1-based, where the row starts) and its fields. */
    public record Row(int line, List<String> fields, Map<String, Integer> columns) {

        /** The field under a header column (case-insensitive), trimmed; empty when absent or blank. */
        public Optional<String> get(String column) {
            Integer at = columns.get(column.toLowerCase(Locale.ROOT));
            if (at == null || at >= fields.size()) {
                return Optional.empty();
            }
            String value = fields.get(at).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
    }

    /** A whole file: header names (as written) and rows; {@code separator} is what was detected. */
    public record Table(List<String> header, char separator, List<Row> rows) {

        public boolean hasColumn(String column) {
            return header.stream().anyMatch(h -> h.strip().equalsIgnoreCase(column));
        }
    }

    private CsvReader() {
    }

    /** Reads a file whose first non-blank row is the header. */
    public static Table read(Reader in) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            all.append(buffer, 0, n);
        }
        return parse(all.toString());
    }

    /** Parses CSV text whose first non-blank row is the header. */
    public static Table parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = detect(firstNonBlankLine(text));
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        split(text, separator, records, lines);
        if (records.isEmpty()) {
            return new Table(List.of(), separator, List.of());
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        Map<String, Integer> columns = new HashMap<>();
        for (int k = 0; k < header.size(); k++) {
            columns.putIfAbsent(header.get(k).toLowerCase(Locale.ROOT), k);
        }
        List<Row> rows = new ArrayList<>(records.size());
        for (int k = 1; k < records.size(); k++) {
            rows.add(new Row(lines.get(k), List.copyOf(records.get(k)), columns));
        }
        return new Table(header, separator, rows);
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.split("\n", 50)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /** The separator that appears most outside quotes in the header line; {@code ,} on a tie. */
    static char detect(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
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

    private static void split(String text, char separator, List<List<String>> records, List<Integer> lines) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.toString().isBlank()) {
                // Quoted field: runs to the closing quote, "" is a literal quote, line breaks are kept.
                field.setLength(0);
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (d == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (d == '\n') {
                        line++;
                    }
                    field.append(d);
                    i++;
                }
                continue;
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addRecord(fields, recordLine, records, lines);
                fields = new ArrayList<>();
                field.setLength(0);
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addRecord(fields, recordLine, records, lines);
        }
    }

    private static void addRecord(List<String> fields, int line, List<List<String>> records, List<Integer> lines) {
        if (!fields.stream().allMatch(String::isBlank)) {
            records.add(fields);
            lines.add(line);
        }
    }
}
