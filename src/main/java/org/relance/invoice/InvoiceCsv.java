package org.relance.invoice;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.relance.ledger.Money;
import org.relance.text.AmountText;
import org.relance.text.Csv;
import org.relance.text.DateText;
import org.relance.text.Decimals;

/**
 * Reads the contract's {@code invoices.csv} ({@code number,customer,customer_email,issue_date,due_date,
 * currency,total,paid}, plus the optional {@code kind} and {@code language}) into drafts, rejecting bad rows with their line number.
 * A negative total is read as a credit note of that amount.
 */
public final class InvoiceCsv {

    /** A row that could not be read, and why. */
    public record Rejected(int line, String reason) {
    }

    /** A good row with the line it came from. */
    public record Row(int line, InvoiceDraft draft) {
    }

    /** Everything read from one file. */
    public record Parsed(List<Row> rows, List<Rejected> rejected) {
    }

    static final List<String> REQUIRED = List.of("number", "customer", "total");
    private static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");

    private InvoiceCsv() {
    }

    /** True when a header row looks like an invoices file (so import can tell it from a bank export). */
    public static boolean looksLikeInvoices(List<String> header) {
        Map<String, Integer> columns = columns(header);
        return REQUIRED.stream().allMatch(columns::containsKey);
    }

    /** Receives the rows of a file as it is read: good ones (not yet checked for repeated numbers) and rejected ones. */
    public interface Sink {
        void row(Row row);

        void rejected(Rejected rejected);
    }

    /** Reads the whole file into memory; a number repeated in the file is rejected on its later lines. */
    public static Parsed read(Reader source) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        stream(source, new Sink() {
            @Override
            public void row(Row row) {
                Integer first = seen.putIfAbsent(key(row.draft()), row.line());
                if (first != null) {
                    rejected.add(repeated(row, first));
                } else {
                    rows.add(row);
                }
            }

            @Override
            public void rejected(Rejected r) {
                rejected.add(r);
            }
        });
        return new Parsed(rows, rejected);
    }

    /** The identity of an invoice in a file: its kind and number. */
    static String key(InvoiceDraft draft) {
        return draft.kind().id() + "|" + draft.number();
    }

    static Rejected repeated(Row row, int firstLine) {
        return new Rejected(row.line(), "number: " + row.draft().number() + " already on line " + firstLine);
    }

    /** Streams the file to {@code sink} row by row, holding only the current row (for files of any size). */
    public static void stream(Reader source, Sink sink) throws IOException {
        Map<String, Integer>[] columns = new Map[1];
        boolean[] stop = {false};
        Csv.stream(source, record -> {
            if (stop[0]) {
                return;
            }
            if (columns[0] == null) {
                Map<String, Integer> header = columns(record.fields());
                List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
                if (!missing.isEmpty()) {
                    sink.rejected(new Rejected(1, "header: missing column(s) " + String.join(", ", missing)));
                    stop[0] = true;
                    return;
                }
                columns[0] = header;
                return;
            }
            if (record.fields().stream().allMatch(String::isBlank)) {
                return;
            }
            try {
                sink.row(new Row(record.line(), draft(record, columns[0])));
            } catch (BadField e) {
                sink.rejected(new Rejected(record.line(), e.getMessage()));
            }
        });
        if (columns[0] == null && !stop[0]) {
            sink.rejected(new Rejected(1, "empty file: expected a header row " + String.join(",", REQUIRED) + ",…"));
        }
    }

    private static InvoiceDraft draft(Csv.Row record, Map<String, Integer> columns) {
        String number = field(record, columns, "number");
        if (number.isEmpty()) {
            throw new BadField("number: missing");
        }
        String customer = field(record, columns, "customer");
        if (customer.isEmpty()) {
            throw new BadField("customer: missing");
        }
        int needed = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (record.fields().size() < needed && field(record, columns, "total").isEmpty()) {
            // A line of stray text, not a short row: say so instead of blaming whichever column comes first.
            throw new BadField("not an invoice row: " + record.fields().size() + " field(s) where the header has "
                    + needed + ", no total");
        }
        Currency currency = currency(field(record, columns, "currency"));
        BigDecimal total = amount(record, columns, "total", true);
        BigDecimal paid = amount(record, columns, "paid", false);
        String email = field(record, columns, "customer_email");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BadField("customer_email: not an email address: \"" + email + "\"");
        }
        InvoiceKind kind = kind(field(record, columns, "kind"), total);
        total = total.abs();
        if (paid.signum() < 0) {
            throw new BadField("paid: must not be negative: " + paid.toPlainString());
        }
        if (paid.compareTo(total) > 0) {
            throw new BadField("paid: " + paid.toPlainString() + " is more than the total " + total.toPlainString());
        }
        LocalDate issue = date(record, columns, "issue_date");
        LocalDate due = date(record, columns, "due_date");
        if (issue != null && due != null && due.isBefore(issue)) {
            throw new BadField("due_date: " + due + " is before the issue date " + issue);
        }
        String language = field(record, columns, "language").toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !language.matches("[a-z]{2}")) {
            throw new BadField("language: expected a two-letter code such as fr or en, got \"" + language + "\"");
        }
        return new InvoiceDraft(number, kind, customer, email.isEmpty() ? null : email, issue, due,
                money(total, currency, "total"), money(paid, currency, "paid"), "csv",
                language.isEmpty() ? null : language);
    }

    private static InvoiceKind kind(String text, BigDecimal total) {
        if (text.isEmpty()) {
            return total.signum() < 0 ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
        }
        String folded = text.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return switch (folded) {
            case "invoice", "facture" -> InvoiceKind.INVOICE;
            case "credit_note", "avoir", "credit" -> InvoiceKind.CREDIT_NOTE;
            default -> throw new BadField("kind: expected invoice or credit_note, got \"" + text + "\"");
        };
    }

    private static Currency currency(String text) {
        if (text.isEmpty()) {
            return DEFAULT_CURRENCY;
        }
        return AmountText.currency(text)
                .orElseThrow(() -> new BadField("currency: not an ISO currency code: \"" + text + "\""));
    }

    private static BigDecimal amount(Csv.Row record, Map<String, Integer> columns, String column, boolean required) {
        String text = field(record, columns, column);
        if (text.isEmpty()) {
            if (required) {
                throw new BadField(column + ": missing");
            }
            return BigDecimal.ZERO;
        }
        Decimals.Result value = AmountText.read(text);
        if (value instanceof Decimals.Refused refused) {
            throw new BadField(column + ": " + refused.reason());
        }
        return ((Decimals.Value) value).amount();
    }

    private static Money money(BigDecimal amount, Currency currency, String column) {
        Optional<String> problem = Decimals.amountProblem(amount, currency);
        if (problem.isPresent()) {
            throw new BadField(column + ": " + problem.get());
        }
        return Money.of(amount.setScale(currency.getDefaultFractionDigits()), currency);
    }

    private static LocalDate date(Csv.Row record, Map<String, Integer> columns, String column) {
        String text = field(record, columns, column);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = DateText.parse(text)
                .orElseThrow(() -> new BadField(column + ": not a date (YYYY-MM-DD or DD/MM/YYYY): \"" + text + "\""));
        DateText.implausible(date).ifPresent(why -> {
            throw new BadField(column + ": " + why);
        });
        return date;
    }

    private static String field(Csv.Row record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : record.get(index).strip();
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_'), i);
        }
        return columns;
    }

    /** A field that cannot be read; carries the one-line reason. */
    private static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
