package org.relance.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.relance.ledger.Money;
import org.relance.matching.Credit;
import org.relance.invoice.InvoiceCsv;
import org.relance.invoice.InvoiceDraft;
import org.relance.invoice.InvoiceKind;
import org.relance.matching.CsvReader;
import org.relance.text.AmountText;
import org.relance.text.DateText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.relance.matching.Receivable;

/** Turns the {@code match} command's CSV files into matcher inputs, reporting bad rows on stderr and skipping them. */
final class MatchFiles {


    private final PrintWriter err;

    MatchFiles(PrintWriter err) {
        this.err = err;
    }

    /** The contract's invoices.csv, read by the same reader as {@code relance import}. */
    List<Receivable> receivables(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageProblem("file not found: " + file);
        }
        InvoiceCsv.Parsed parsed;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parsed = InvoiceCsv.read(in);
        }
        for (InvoiceCsv.Rejected rejected : parsed.rejected()) {
            err.println("relance: " + file.getFileName() + " line " + rejected.line() + ": " + rejected.reason());
        }
        return parsed.rows().stream().map(row -> {
            InvoiceDraft d = row.draft();
            return new Receivable(d.number(), d.customerName(), d.customerEmail(), d.issueDate(), d.dueDate(),
                    d.total().minus(d.prepaid()), d.kind() == InvoiceKind.CREDIT_NOTE);
        }).toList();
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

    static BigDecimal amount(String text, String column) {
        return AmountText.parse(text).map(AmountText.Found::amount)
                .orElseThrow(() -> new BadRow("bad " + column + " '" + text + "'"));
    }

    private static LocalDate date(String text, String column) {
        return DateText.parse(text)
                .orElseThrow(() -> new BadRow("bad " + column + " '" + text + "' (expected YYYY-MM-DD or DD/MM/YYYY)"));
    }

    /** A row that cannot be used; the reason is shown to the user. */
    private static final class BadRow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRow(String reason) {
            super(reason);
        }
    }
}
