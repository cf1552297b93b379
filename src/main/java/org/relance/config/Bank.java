package org.relance.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which senders are banks, the user's extra rules for notifications the built-in reader misses, and how short a
 * payment may fall and still settle an invoice, the gap being bank fees.
 *
 * @param feeMaxAmount  the largest shortfall taken as fees, in currency units (default 10.00)
 * @param feeMaxPercent the largest shortfall taken as fees, in percent of the amount due (default 1)
 * @param rulesFile     the learnt rules ({@code bank.rulesFile}, default {@code bank-rules.yml} beside the config);
 *                      its rules are already in {@code rules}, newest first and before
 *                      the inline ones (the first rule that reads a mail reads it)
 */
public record Bank(List<String> senders, List<Rule> rules, BigDecimal feeMaxAmount, BigDecimal feeMaxPercent,
        Path rulesFile) {

    /** Where {@code relance bank learn} stores its rules unless {@code bank.rulesFile} says otherwise. */
    public static final String DEFAULT_RULES_FILE = "bank-rules.yml";

    public static final BigDecimal DEFAULT_FEE_MAX_AMOUNT = new BigDecimal("10.00");
    public static final BigDecimal DEFAULT_FEE_MAX_PERCENT = BigDecimal.ONE;

    public Bank {
        senders = List.copyOf(senders);
        rules = List.copyOf(rules);
    }

    public Bank(List<String> senders, List<Rule> rules) {
        this(senders, rules, DEFAULT_FEE_MAX_AMOUNT, DEFAULT_FEE_MAX_PERCENT);
    }

    public Bank(List<String> senders, List<Rule> rules, BigDecimal feeMaxAmount, BigDecimal feeMaxPercent) {
        this(senders, rules, feeMaxAmount, feeMaxPercent, Path.of(DEFAULT_RULES_FILE));
    }

    /**
     * A compiled regex with named groups among amount, currency, payer, reference, date.
     *
     * @param sender the only sender it is tried on: an address ({@code alerts@bank.example}) or a domain
     *               ({@code @bank.example}, also its subdomains); null for every bank mail
     */
    public record Rule(String name, Pattern pattern, String sender) {

        public Rule {
            sender = sender == null || sender.isBlank() ? null : sender.strip().toLowerCase(Locale.ROOT);
        }

        public Rule(String name, Pattern pattern) {
            this(name, pattern, null);
        }

        /** True when the rule may read a mail from {@code fromAddress} (its From address; null when unknown). */
        public boolean appliesTo(String fromAddress) {
            if (sender == null) {
                return true;
            }
            if (fromAddress == null) {
                return false;
            }
            String from = fromAddress.strip().toLowerCase(Locale.ROOT);
            if (sender.startsWith("@")) {
                String domain = from.substring(from.lastIndexOf('@') + 1);
                String wanted = sender.substring(1);
                return domain.equals(wanted) || domain.endsWith("." + wanted);
            }
            return from.equals(sender);
        }
    }
}
