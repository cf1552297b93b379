package org.relance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.relance.invoice.ExtractJson;
import org.relance.invoice.ExtractedInvoice;
import org.relance.invoice.InvoiceReader;
import org.relance.invoice.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relance extract FILE…}: reads invoice files and prints what was understood, one JSON object per file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Parse invoice files (PDF, Factur-X/ZUGFeRD PDF, CII or UBL XML, forwarded .eml) "
                + "and print one JSON object per file. Stores nothing.")
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = ExtractJson.MAPPER;

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Invoice files to read.")
    List<Path> files;

    @Option(names = "--json", description = "One JSON object per line (the default).")
    boolean json;

    @Option(names = "--table", description = "An aligned table instead of JSON.")
    boolean table;

    // Accepted so every command takes it; extract needs no configuration.
    @Option(names = "--config", paramLabel = "PATH", hidden = true)
    Path config;

    ExtractCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (json && table) {
            throw new UsageProblem("--json and --table are exclusive");
        }
        List<ReadOutcome> outcomes = new ArrayList<>();
        try (InvoiceReader reader = new InvoiceReader()) {
            for (Path file : files) {
                ReadOutcome outcome = reader.read(file);
                outcomes.add(outcome);
                if (!table) {
                    context.out().println(JSON.writeValueAsString(toJson(outcome)));
                    context.out().flush();
                }
            }
        }
        if (table) {
            printTable(outcomes);
        }
        return outcomes.stream().anyMatch(o -> o instanceof ReadOutcome.Read) ? 0 : 1;
    }

    static ObjectNode toJson(ReadOutcome outcome) {
        return ExtractJson.toJson(outcome);
    }

    private void printTable(List<ReadOutcome> outcomes) {
        String[] header = {"FILE", "KIND", "NUMBER", "ISSUED", "DUE", "TOTAL", "AMOUNT DUE", "CUR", "CUSTOMER",
            "EMAIL", "SOURCE", "CONF", "NOTE"};
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        for (ReadOutcome o : outcomes) {
            if (o instanceof ReadOutcome.Failed f) {
                rows.add(new String[] {f.file(), "", "", "", "", "", "", "", "", "", "", "", "error: " + f.error()});
            } else {
                ExtractedInvoice i = ((ReadOutcome.Read) o).invoice();
                rows.add(new String[] {i.file(), i.kind().id(), s(i.number()), s(i.issueDate()), s(i.dueDate()),
                    amount(i.total()), amount(i.amountDue()), s(i.currency()), s(i.customerName()),
                    s(i.customerEmail()), i.source(), String.format("%.2f", i.confidence()),
                    i.warnings().isEmpty() ? "" : i.warnings().size() + " warning(s)"});
            }
        }
        int[] widths = new int[header.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                boolean numeric = c == 5 || c == 6 || c == 11;
                String cell = numeric ? " ".repeat(widths[c] - row[c].length()) + row[c]
                        : row[c] + " ".repeat(widths[c] - row[c].length());
                line.append(cell).append(c + 1 < row.length ? "  " : "");
            }
            context.out().println(line.toString().stripTrailing());
        }
    }

    private static String s(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String amount(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
