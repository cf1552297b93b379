package org.relance.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.relance.bank.BankCredit;
import org.relance.bank.BankReadResult;
import org.relance.bank.BankReader;
import org.relance.config.Bank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relance parse-bank FILE…}: prints the credits found in bank emails and statements. Stores nothing. */
@Command(name = "parse-bank", mixinStandardHelpOptions = true,
        description = "Parse bank notification emails (.eml) or statements (CAMT.053 XML, CSV) and print one JSON"
                + " object per credit. Debits, balances and other bank mail give no line. Stores nothing.")
final class ParseBankCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Option(names = "--json", description = "One JSON object per credit per line (the default).")
    boolean json;

    @Option(names = "--table", description = "An aligned table for people instead of JSON.")
    boolean table;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Bank emails (.eml), CAMT.053 XML or CSV files.")
    List<Path> files;

    ParseBankCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (json && table) {
            throw new UsageProblem("choose one of --json and --table");
        }
        BankReader reader = new BankReader(userRules());
        List<BankReadResult> results = new ArrayList<>();
        for (Path file : files) {
            BankReadResult result = reader.read(file);
            results.add(result);
            if (!table) {
                printJson(result);
            }
        }
        if (table) {
            printTable(results);
        }
        return results.stream().anyMatch(r -> !r.failed()) ? 0 : 1;
    }

    /**
     * The user's {@code bank.rules}. The command must work without a configuration file, so a missing
     * {@code --config} file means no rules.
     */
    private List<Bank.Rule> userRules() {
        if (config == null || !java.nio.file.Files.isRegularFile(config.path)) {
            return List.of();
        }
        // A present but invalid file exits 2 through ConfigException, like every command.
        return config.load(context.env()).bank().rules();
    }

    private void printJson(BankReadResult result) {
        if (result.failed()) {
            ObjectNode node = JSON.createObjectNode();
            node.put("file", result.file());
            node.put("error", result.error().orElseThrow());
            print(node);
            return;
        }
        for (BankCredit credit : result.credits()) {
            ObjectNode node = JSON.createObjectNode();
            node.put("file", credit.file());
            node.put("date", credit.date().toString());
            node.put("amount", credit.amount().amount().setScale(Math.max(2, credit.amount().amount().scale()), RoundingMode.UNNECESSARY));
            node.put("currency", credit.amount().currency().getCurrencyCode());
            node.put("payerName", credit.payerName());
            node.put("reference", credit.reference());
            node.put("bankTxId", credit.bankTxId());
            node.put("source", credit.source().label());
            print(node);
        }
    }

    private void print(ObjectNode node) {
        try {
            context.out().println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private void printTable(List<BankReadResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"FILE", "DATE", "AMOUNT", "CUR", "PAYER", "REFERENCE", "BANK TX", "SOURCE"});
        for (BankReadResult result : results) {
            if (result.failed()) {
                rows.add(new String[] {result.file(), "error: " + result.error().orElseThrow()});
                continue;
            }
            for (BankCredit c : result.credits()) {
                rows.add(new String[] {c.file(), c.date().toString(), c.amount().amount().toPlainString(),
                    c.amount().currency().getCurrencyCode(), orDash(c.payerName()), orDash(c.reference()),
                    orDash(c.bankTxId()), c.source().label()});
            }
        }
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            // An error row spans the line: it does not widen the columns.
            if (row.length == columns) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean last = i == row.length - 1;
                String cell = row[i];
                if (i == 2 && row.length == columns) {
                    line.append(" ".repeat(widths[i] - cell.length())).append(cell);
                } else {
                    line.append(cell);
                    if (!last) {
                        line.append(" ".repeat(widths[i] - cell.length()));
                    }
                }
                if (!last) {
                    line.append("  ");
                }
            }
            context.out().println(line.toString().stripTrailing());
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
