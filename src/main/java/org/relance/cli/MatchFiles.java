package org.relance.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.relance.ledger.Money;
import org.relance.matching.Credit;
import org.relance.matching.CsvReader;
import org.relance.matching.Receivable;

/** Turns the {@code match} command's CSV files into matcher inputs, reporting bad rows on stderr and skipping them. */
final class MatchFiles {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PrintWriter err;

    MatchFiles(PrintWriter err) {
        this.err = err;
    }

    List<Receivable> receivables(Path file, CsvReader.Table table) {
        requireColumns(file, table, "number", "customer", "currency", "total");
        List<Receivable> out = new ArrayList<>();
        for (CsvReader.Row row : table.rows()) {
            try {
                String number = required(row, "number");
                Currency currency = currency(row);
                BigDecimal total = amount(required(row, "total"), "total");
                BigDecimal paid = row.get("paid").map(v -> amount(v, "paid")).orElse(BigDecimal.ZERO);
                boolean creditNote = total.signum() < 0
                        || row.get("kind").map(k -> k.equalsIgnoreCase("credit_note")).orElse(false);
                Money due = Money.of(total.subtract(paid), currency);
                out.add(new Receivable(number, required(row, "customer"), row.get("customer_email").orElse(null),
                        row.get("issue_date").map(v -> date(v, "issue_date")).orElse(null),
                        row.get("due_date").map(v -> date(v, "due_date")).orElse(null), due, creditNote));
            } catch (BadRow | ArithmeticException e) {
                report(file, row, e);
            }
        }
        return out;
    }

    List<Credit> credits(Path file, CsvReader.Table table) {
        requireColumns(file, table, "id", "date", "amount", "currency");
        List<Credit> out = new ArrayList<>();
        for (CsvReader.Row row : table.rows()) {
            try {
                BigDecimal amount = amount(required(row, "amount"), "amount");
                if (amount.signum() <= 0) {
                    throw new BadRow("amount " + amount.toPlainString() + " is not a credit, skipped");
                }
                out.add(new Credit(required(row, "id"), date(required(row, "date"), "date"),
                        Money.of(amount, currency(row)), row.get("payer").orElse(""), row.get("reference").orElse("")));
            } catch (BadRow | ArithmeticException e) {
                report(file, row, e);
            }
        }
        return out;
    }

    private void report(Path file, CsvReader.Row row, RuntimeException e) {
        String reason = e instanceof ArithmeticException ? "amount has more decimals than the currency allows" : e.getMessage();
        err.println("relance: " + file.getFileName() + " line " + row.line() + ": " + reason);
    }

    private static void requireColumns(Path file, CsvReader.Table table, String... columns) {
        for (String column : columns) {
            if (!table.hasColumn(column)) {
                throw new UsageProblem(file + ": missing column '" + column + "' in the header row");
            }
        }
    }

    private static String required(CsvReader.Row row, String column) {
        return row.get(column).orElseThrow(() -> new BadRow("missing " + column));
    }

    private static Currency currency(CsvReader.Row row) {
        String code = required(row, "currency").toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new BadRow("unknown currency '" + code + "'");
        }
    }

    /** Accepts 1234.56, 1234,56, 1 234,56 and 1.234,56: the last of '.' or ',' is the decimal mark. */
    static BigDecimal amount(String text, String column) {
        String s = text.replace("\u00A0", "").replace("\u202F", "").replace(" ", "").replace("€", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new BadRow("bad " + column + " '" + text + "'");
        }
    }

    private static LocalDate date(String text, String column) {
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRow("bad " + column + " '" + text + "' (expected YYYY-MM-DD or DD/MM/YYYY)");
        }
    }

    /** A row that cannot be used; the reason is shown to the user. */
    private static final class BadRow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRow(String reason) {
            super(reason);
        }
    }
}
