package org.relance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.relance.matching.Allocation;
import org.relance.matching.Credit;
import org.relance.matching.CsvReader;
import org.relance.matching.FeeTolerance;
import org.relance.matching.Matcher;
import org.relance.matching.Receivable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relance match}: offline matching of a bank export against open invoices; stores nothing. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Match payments (CSV) against open invoices (CSV) and print one JSON object per allocation.")
final class MatchCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--invoices", required = true, paramLabel = "FILE",
            description = "CSV with columns number,customer,customer_email,issue_date,due_date,currency,total,paid[,kind].")
    Path invoices;

    @Option(names = "--payments", required = true, paramLabel = "FILE",
            description = "CSV with columns id,date,amount,currency,payer,reference.")
    Path payments;

    @Option(names = "--table", description = "Print an aligned table instead of JSON lines.")
    boolean table;

    @Option(names = "--json", description = "Print one JSON object per line (the default).")
    boolean json;

    @Option(names = "--fee-max", paramLabel = "AMOUNT", defaultValue = "10.00",
            description = "Largest shortfall treated as bank fees, in currency units (default: ${DEFAULT-VALUE}).")
    BigDecimal feeMax;

    @Option(names = "--fee-percent", paramLabel = "PERCENT", defaultValue = "1",
            description = "Largest shortfall treated as bank fees, in percent of the amount due (default: ${DEFAULT-VALUE}).")
    BigDecimal feePercent;

    MatchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (feeMax.signum() < 0 || feePercent.signum() < 0) {
            throw new UsageProblem("--fee-max and --fee-percent cannot be negative");
        }
        MatchFiles files = new MatchFiles(context.err());
        List<Receivable> receivables = files.receivables(invoices);
        List<Credit> credits = files.credits(payments, read(payments));
        FeeTolerance tolerance = new FeeTolerance(feeMax, feePercent.movePointLeft(2));
        List<Allocation> allocations = new Matcher(tolerance).match(receivables, credits);
        if (table) {
            printTable(allocations);
        } else {
            printJson(allocations);
        }
        return 0;
    }

    private static CsvReader.Table read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageProblem("file not found: " + file);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CsvReader.read(in);
        }
    }

    private void printJson(List<Allocation> allocations) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (Allocation a : allocations) {
            ObjectNode node = mapper.createObjectNode();
            node.put("payment", a.creditId());
            node.put("invoice", a.invoiceNumber());
            node.put("amount", a.amount().amount());
            node.put("currency", a.amount().currency().getCurrencyCode());
            node.put("method", a.method().wireName());
            node.put("confidence", a.confidence().setScale(2, RoundingMode.HALF_UP));
            node.put("auto", a.auto());
            node.put("note", a.note());
            context.out().println(mapper.writeValueAsString(node));
        }
    }

    private void printTable(List<Allocation> allocations) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"PAYMENT", "INVOICE", "AMOUNT", "METHOD", "CONF", "AUTO", "NOTE"});
        for (Allocation a : allocations) {
            rows.add(new String[] {a.creditId(), a.invoiceNumber() == null ? "-" : a.invoiceNumber(),
                a.amount().toString(), a.method().wireName(),
                a.confidence().setScale(2, RoundingMode.HALF_UP).toPlainString(), a.auto() ? "yes" : "no", a.note()});
        }
        int[] widths = new int[7];
        for (String[] row : rows) {
            for (int k = 0; k < row.length; k++) {
                widths[k] = Math.max(widths[k], row[k].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < row.length; k++) {
                String cell = row[k];
                boolean right = k == 2 || k == 4;
                String pad = " ".repeat(widths[k] - cell.length());
                line.append(right ? pad + cell : k == row.length - 1 ? cell : cell + pad);
                if (k < row.length - 1) {
                    line.append("  ");
                }
            }
            context.out().println(line.toString().stripTrailing());
        }
    }
}
