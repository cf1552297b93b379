package org.relance.matching;

import org.relance.text.Csv;
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
        char separator = Csv.detectSeparator(text);
        List<Csv.Row> records = Csv.records(text, separator);
        if (records.isEmpty()) {
            return new Table(List.of(), separator, List.of());
        }
        List<String> header = records.get(0).fields().stream().map(String::strip).toList();
        Map<String, Integer> columns = new HashMap<>();
        for (int k = 0; k < header.size(); k++) {
            columns.putIfAbsent(header.get(k).toLowerCase(Locale.ROOT), k);
        }
        List<Row> rows = new ArrayList<>(records.size());
        for (int k = 1; k < records.size(); k++) {
            rows.add(new Row(records.get(k).line(), records.get(k).fields(), columns));
        }
        return new Table(header, separator, rows);
    }
}
