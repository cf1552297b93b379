package org.relance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.bank.IntakeResult;
import org.relance.invoice.DocumentImport;
import org.relance.invoice.InvoiceCsv;
import org.relance.invoice.InvoiceImport;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.invoice.InvoiceStore;
import org.relance.text.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relance import FILE…}: loads existing receivables into the store, idempotently. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load open invoices (invoices.csv, or invoice documents: PDF, Factur-X, CII/UBL XML, forwarded .eml) "
                + "or payments (CAMT.053 statements, bank CSV exports) into the store; payments are matched to the "
                + "open invoices. Importing the same file twice changes nothing.")
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "invoices.csv files, invoice documents or bank statements")
    List<Path> files;

    @Option(names = "--progress", negatable = true, description = "Show progress on long imports "
            + "(default: only on a terminal).")
    Boolean progress;

    private static final long PROGRESS_EVERY_NANOS = 3_000_000_000L;
    /** A long import shows its first line at this row, whatever the time, then one every few seconds. */
    private static final long FIRST_PROGRESS_AT_ROW = 1_000;

    /** Beyond this many invoices, the summary line gives their count instead of their numbers. */
    static final int MAX_LISTED = 5;

    private boolean invoicesChanged;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        boolean allGood = true;
        try (App app = context.apps().open(config.load(context.env()))) {
            config.newStore().ifPresent(store -> context.out().println("created a new store at " + store));
            for (Path file : files) {
                allGood &= importOne(app, file);
            }
            if (invoicesChanged) {
                // A payment imported before its invoice was left unmatched: now it may find it.
                IntakeResult late = app.payments().matchWaiting("cli", "cli");
                if (!late.applied().isEmpty() || !late.suggested().isEmpty()) {
                    context.out().println(summary(new StringBuilder("payments received earlier: "), late));
                }
            }
        }
        return allGood ? 0 : 1;
    }

    private boolean importOne(App app, Path file) throws IOException {
        if (Files.isDirectory(file)) {
            // Importing a folder's contents silently could load unrelated files: the user lists them.
            context.err().println(file + ": is a directory: give the files (e.g. " + file + "/*.csv)");
            return false;
        }
        if (!Files.isRegularFile(file)) {
            context.err().println(file + ": file not found");
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml") && isCamtStatement(file)) {
            return importStatement(app, file, "");
        }
        if (name.endsWith(".pdf") || name.endsWith(".xml") || name.endsWith(".eml")) {
            return importDocument(app, file);
        }
        if (!name.endsWith(".csv")) {
            context.err().println(file + ": not an invoices.csv, a bank statement (CAMT.053 .xml, bank .csv) "
                    + "nor an invoice document (.pdf, .xml, .eml)");
            return false;
        }
        if (!isInvoicesCsv(file)) {
            // Any other CSV is a bank export if its header says so (the contract's payments.csv columns or a bank's).
            return importStatement(app, file, "not an invoices.csv (expected columns "
                    + "number,customer,customer_email,issue_date,due_date,currency,total,paid) nor a bank statement: ");
        }
        int[] rejectedRows = {0};
        long started = System.nanoTime();
        InvoiceImport.Summary summary = app.invoiceImport().importCsv(file, "cli", "cli", new InvoiceImport.Listener() {
            private long lastShown = started;

            @Override
            public void rejected(InvoiceCsv.Rejected rejected) {
                rejectedRows[0]++;
                context.err().println(file + ":" + rejected.line() + ": rejected: " + rejected.reason());
            }

            @Override
            public void customerUpdated(String update) {
                context.out().println(file + ": " + update);
            }

            @Override
            public void progress(long rows) {
                // Wall time only decides when to show a line; it never enters the data.
                long now = System.nanoTime();
                if (showProgress() && (rows == FIRST_PROGRESS_AT_ROW || now - lastShown >= PROGRESS_EVERY_NANOS)) {
                    lastShown = now;
                    context.err().printf(Locale.ROOT, "%s: %,d rows read (%d s)…%n", file, rows,
                            (now - started) / 1_000_000_000L);
                    context.err().flush();
                }
            }
        });
        invoicesChanged |= summary.created() + summary.updated() > 0;
        context.out().printf("%s: %d loaded, %d updated, %d unchanged, %d rejected%n", file,
                summary.created(), summary.updated(), summary.unchanged(), rejectedRows[0]);
        return rejectedRows[0] == 0;
    }

    /** A line every few seconds on a terminal (or with --progress); nothing when the output is piped. */
    private boolean showProgress() {
        return progress != null ? progress : System.console() != null;
    }

    private boolean importStatement(App app, Path file, String whenUnreadable) {
        IntakeResult result = app.payments().importFile(file, "cli", "cli");
        if (!result.unreadable().isEmpty()) {
            context.err().println(file + ": rejected: " + whenUnreadable + result.unreadable().get(0).reason());
            return false;
        }
        for (String rejected : result.rejected()) {
            context.err().println(file + ": rejected: " + rejected);
        }
        StringBuilder line = new StringBuilder();
        line.append(file).append(": ").append(result.stored().size()).append(" new payment(s), ")
                .append(result.duplicates().size()).append(" already known, ");
        summary(line, result);
        if (!result.rejected().isEmpty()) {
            line.append("; ").append(result.rejected().size()).append(" rejected");
        }
        context.out().println(line);
        return result.rejected().isEmpty();
    }

    private static StringBuilder summary(StringBuilder line, IntakeResult result) {
        line.append(result.applied().size()).append(" applied, ")
                .append(result.suggested().size()).append(" to confirm, ")
                .append(result.unmatched().size()).append(" unmatched");
        List<String> paid = result.applied().stream().filter(a -> a.status() == InvoiceStatus.PAID)
                .map(IntakeResult.Applied::invoice).toList();
        List<String> partial = result.applied().stream().filter(a -> a.status() != InvoiceStatus.PAID)
                .map(a -> a.invoice() + " (" + a.amountDue() + " due)").toList();
        if (!paid.isEmpty()) {
            line.append("; paid: ").append(listOrCount(paid));
        }
        if (!partial.isEmpty()) {
            line.append("; partially paid: ").append(listOrCount(partial));
        }
        return line;
    }

    /** A few invoices are named; thousands are counted, so the line stays readable ({@code relance payments} lists). */
    static String listOrCount(List<String> invoices) {
        return invoices.size() <= MAX_LISTED ? String.join(", ", invoices)
                : String.format(Locale.ROOT, "%,d invoices", invoices.size());
    }

    /** CAMT.053 (or .052/.054) statements declare their ISO 20022 namespace near the top. */
    private static boolean isCamtStatement(Path file) throws IOException {
        byte[] head = new byte[8192];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return new String(head, 0, n, StandardCharsets.ISO_8859_1).contains("urn:iso:std:iso:20022:tech:xsd:camt.05");
    }

    private boolean importDocument(App app, Path file) throws IOException {
        DocumentImport.Outcome outcome = app.documentImport().importFile(file, "cli", "cli");
        if (outcome instanceof DocumentImport.Outcome.Imported imported) {
            invoicesChanged |= imported.change() != InvoiceStore.Change.UNCHANGED;
            context.out().printf("%s: %s %s %s%s%n", file,
                    imported.kind() == InvoiceKind.CREDIT_NOTE ? "credit note" : "invoice", imported.number(),
                    imported.change().name().toLowerCase(Locale.ROOT),
                    imported.notes().isEmpty() ? "" : " (" + String.join("; ", imported.notes()) + ")");
            return true;
        }
        context.err().println(file + ": rejected: " + ((DocumentImport.Outcome.Rejected) outcome).reason());
        return false;
    }

    private static boolean isInvoicesCsv(Path file) throws IOException {
        // The header line only: the file may have a million rows.
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                return false;
            }
            header = header.startsWith("\uFEFF") ? header.substring(1) : header;
            List<Csv.Row> rows = Csv.records(header, Csv.detectSeparator(header));
            return !rows.isEmpty() && InvoiceCsv.looksLikeInvoices(rows.get(0).fields());
        } catch (java.nio.charset.MalformedInputException notUtf8) {
            return false;
        }
    }
}
