package org.relance.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.relance.config.YamlTree.MapNode;
import org.relance.config.YamlTree.Scalar;

/** Reads the optional {@code bank} section: bank senders and the user's extra notification regexes. */
final class BankReader {

    static final Set<String> GROUPS = Set.of("amount", "currency", "payer", "reference", "date");
    // A "(?<name>" not preceded by a backslash; good enough for the patterns users write.
    private static final Pattern NAMED_GROUP = Pattern.compile("(?<!\\\\)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private BankReader() {
    }

    static Bank read(MapReader root, Path configDir) {
        MapReader b = root.section("bank", "senders", "rules", "feeTolerance", "rulesFile");
        Path rulesFile = rulesFile(b.value("rulesFile", Parsers.TEXT).orElse(Bank.DEFAULT_RULES_FILE), configDir);
        List<Bank.Rule> rules = learntFirst(fileRules(rulesFile, b.env()));
        rules.addAll(rules(b));
        MapReader fees = b.section("feeTolerance", "maxAmount", "maxPercent");
        BigDecimal maxAmount = fees.value("maxAmount", Parsers.DECIMAL_NUMBER, Bank.DEFAULT_FEE_MAX_AMOUNT);
        if (maxAmount.signum() < 0) {
            throw new ConfigException(fees.key("maxAmount"), "must not be negative");
        }
        BigDecimal maxPercent = fees.value("maxPercent", Parsers.PERCENT, Bank.DEFAULT_FEE_MAX_PERCENT);
        return new Bank(b.list("senders", Parsers.EMAIL_ADDRESS, List.of()), rules, maxAmount, maxPercent, rulesFile);
    }

    /** The bank settings of a config without a {@code bank} section: no senders, the default rules file's rules. */
    static Bank defaults(Path configDir, Placeholders env) {
        Path rulesFile = rulesFile(Bank.DEFAULT_RULES_FILE, configDir);
        return new Bank(List.of(), learntFirst(fileRules(rulesFile, env)), Bank.DEFAULT_FEE_MAX_AMOUNT,
                Bank.DEFAULT_FEE_MAX_PERCENT, rulesFile);
    }

    /**
     * The learnt rules, newest first, to go before the hand-written ones: a rule is learnt because a mail was not read,
     * or was read wrong by the rules before it, and the first rule that reads a mail reads it.
     */
    private static List<Bank.Rule> learntFirst(List<Bank.Rule> learnt) {
        List<Bank.Rule> newestFirst = new ArrayList<>(learnt);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static Path rulesFile(String text, Path configDir) {
        Path path = Path.of(text.trim());
        return path.isAbsolute() || configDir == null ? path : configDir.resolve(path).normalize();
    }

    /** The rules of a rules file ({@code rules:} list, same syntax as {@code bank.rules}); a missing file has none. */
    private static List<Bank.Rule> fileRules(Path file, Placeholders env) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        YamlTree.Node root = YamlTree.parse(file);
        if (!(root instanceof MapNode)) {
            throw new ConfigException(file.toString(), "expected a rules: list, got " + root.kind());
        }
        return rules(MapReader.of(file.toString(), root, env, "rules"));
    }

    private static List<Bank.Rule> rules(MapReader b) {
        List<Bank.Rule> rules = new ArrayList<>();
        for (MapReader.Item item : b.items("rules")) {
            if (item.node() instanceof Scalar) {
                rules.add(new Bank.Rule(item.key(), compile(item.key(), b.item(item, Parsers.TEXT))));
            } else if (item.node() instanceof MapNode) {
                MapReader r = MapReader.of(item.key(), item.node(), b.env(), "name", "pattern", "sender");
                String name = r.required("name", Parsers.TEXT).trim();
                String sender = r.value("sender", Parsers.TEXT).map(s -> sender(r.key("sender"), s)).orElse(null);
                rules.add(new Bank.Rule(name, compile(r.key("pattern"), r.required("pattern", Parsers.TEXT)), sender));
            } else {
                throw new ConfigException(item.key(), "expected a regex or {name, pattern}, got " + item.node().kind());
            }
        }
        return rules;
    }

    private static final Pattern SENDER = Pattern.compile("(?:[^@\\s]+)?@[^@\\s.]+(?:\\.[^@\\s.]+)+");

    /** A rule's sender: an address ("alerts@bank.example") or a domain ("@bank.example"). */
    private static String sender(String key, String value) {
        String s = value.strip();
        if (!SENDER.matcher(s).matches()) {
            throw new ConfigException(key, "expected an address (alerts@bank.example) or a domain (@bank.example), got \""
                    + s + "\"");
        }
        return s;
    }

    private static Pattern compile(String key, String regex) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(key, "not a valid regex: " + e.getDescription() + " near index " + e.getIndex());
        }
        boolean amount = false;
        Matcher m = NAMED_GROUP.matcher(regex);
        while (m.find()) {
            if (!GROUPS.contains(m.group(1))) {
                throw new ConfigException(key, "named group (?<" + m.group(1)
                        + ">) is not one of amount, currency, payer, reference, date");
            }
            amount |= m.group(1).equals("amount");
        }
        if (!amount) {
            throw new ConfigException(key, "needs a named group (?<amount>...)");
        }
        return pattern;
    }
}
