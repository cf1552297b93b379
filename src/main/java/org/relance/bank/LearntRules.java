package org.relance.bank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.relance.config.Bank;

/** Appends learnt rules to the rules file ({@code bank.rulesFile}); the user's relance.yml is never rewritten. */
public final class LearntRules {

    private static final String HEADER = "# Bank notification rules learnt by `relance bank learn` (same syntax as bank.rules).\n"
            + "# Read after the inline bank.rules of relance.yml; edit or delete entries freely.\n"
            + "rules:\n";

    private LearntRules() {
    }

    /** Adds one rule at the end of the file, creating it (and its folder) when missing. */
    public static void append(Path file, Bank.Rule rule) throws IOException {
        String entry = "  - name: " + quoted(rule.name()) + "\n    pattern: " + quoted(rule.pattern().pattern()) + "\n"
                + (rule.sender() == null ? "" : "    sender: " + quoted(rule.sender()) + "\n");
        if (!Files.exists(file)) {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, HEADER + entry, StandardCharsets.UTF_8);
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.stream().noneMatch(l -> l.strip().equals("rules:"))) {
            throw new IOException(file + " has no \"rules:\" line followed by its list: add the rule by hand or move"
                    + " the file away");
        }
        String existing = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, (existing.endsWith("\n") || existing.isEmpty() ? "" : "\n") + entry,
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** A YAML single-quoted scalar: backslashes stay as written, a quote is doubled. */
    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
