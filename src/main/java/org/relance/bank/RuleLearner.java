package org.relance.bank;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.config.Bank;
import org.relance.text.AmountText;
import org.relance.text.DateText;

/**
 * Derives a {@code bank.rules} regex from one notification and the values a person read in it: each value is found
 * in the text, becomes a named group, and the words around it (digits and spacing generalised) anchor it.
 */
public final class RuleLearner {

    /** What a person read in the example; reference and date may be absent. */
    public record Example(BigDecimal amount, String payer, String reference, LocalDate date) {

        public Example {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(payer, "payer");
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("the amount of a credit is positive: " + amount);
            }
            if (payer.isBlank()) {
                throw new IllegalArgumentException("the payer is empty");
            }
        }
    }

    /** The outcome: a rule and the credit it reads from the example, or why none could be made. */
    public sealed interface Learnt {
        record Learned(Bank.Rule rule, BankCredit credit) implements Learnt {
        }

        record NotLearned(String reason) implements Learnt {
        }
    }

    private static final String AMOUNT = "(?<amount>[+\\-−]?\\s?(?:[€£$]\\s?)?(?:\\d{1,3}(?:[ .,'’]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?)";
    private static final String DATE = "(?<date>\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./\\-]\\d{1,2}[./\\-]\\d{2,4}"
            + "|\\d{1,2}(?:er|st|nd|rd|th)?\\.?\\s+\\p{L}{3,10}\\.?\\s+\\d{4}|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";
    // The currencies AmountText knows, in either case ("eur", "Chf"): a rule must read back what was learnt.
    private static final String CURRENCIES = "(?i:EUR|GBP|USD|CHF|CAD|AUD|NZD|SGD|HKD|SEK|NOK|DKK|PLN|CZK|JPY|ZAR|MAD|XOF|INR"
            + "|F\\s?CFA|DHS?|€|£|₹|(?:CA|C|AU?|NZ|S|HK|US)?\\$)";
    private static final String CURRENCY = "(?<currency>" + CURRENCIES + ")";
    private static final int ANCHOR_CHARS = 30;
    private static final int SAME_LINE_GAP = 40;

    private final Currency defaultCurrency;

    public RuleLearner(Currency defaultCurrency) {
        this.defaultCurrency = Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    }

    /** Learns a rule named {@code name} from a raw email; the rule is checked to read the example back. */
    public Learnt learn(String name, byte[] rawEml, Example example) {
        EmailText email;
        try (InputStream in = new ByteArrayInputStream(rawEml)) {
            email = EmailText.of(new MimeMessage(Session.getInstance(new Properties()), in));
        } catch (MessagingException | IOException e) {
            return new Learnt.NotLearned("unreadable email: " + e.getMessage());
        }
        List<String> bodies = email.bodies().isEmpty() ? List.of("") : email.bodies();
        String lastReason = "";
        for (String body : bodies) {
            String text = NotificationReader.ruleText(email.subject(), body);
            Optional<String> missing = Optional.empty();
            List<Span> spans = new ArrayList<>();
            Optional<Span> amount = amountSpan(text, example.amount());
            if (amount.isEmpty()) {
                missing = Optional.of("the amount " + example.amount().toPlainString());
            }
            amount.ifPresent(spans::add);
            Optional<Span> payer = textSpan(text, example.payer(), "payer");
            if (payer.isEmpty()) {
                missing = Optional.of("the payer \"" + example.payer() + "\"");
            }
            payer.ifPresent(spans::add);
            if (example.reference() != null) {
                Optional<Span> reference = textSpan(text, example.reference(), "reference");
                if (reference.isEmpty()) {
                    missing = Optional.of("the reference \"" + example.reference() + "\"");
                }
                reference.ifPresent(spans::add);
            }
            if (example.date() != null) {
                Optional<Span> date = DateText.findAll(text).stream().filter(d -> d.date().equals(example.date()))
                        .findFirst().map(d -> new Span("date", d.start(), d.end()));
                if (date.isEmpty()) {
                    missing = Optional.of("the date " + example.date());
                }
                date.ifPresent(spans::add);
            }
            if (missing.isPresent()) {
                lastReason = missing.get() + " is not in the text of the mail";
                continue;
            }
            spans.sort(Comparator.comparingInt(Span::start));
            if (overlap(spans)) {
                lastReason = "two of the values overlap in the text";
                continue;
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex(text, spans));
            } catch (java.util.regex.PatternSyntaxException e) {
                lastReason = "no rule could be written for this layout (" + e.getDescription() + ")";
                continue;
            }
            // Scoped to the example's sender: another bank's mail of a similar layout may mean something else.
            Bank.Rule rule = new Bank.Rule(name, pattern, email.from().orElse(null));
            List<BankCredit> read = new NotificationReader(List.of(rule), defaultCurrency)
                    .read(name, email.subject(), body, email.sent(), email.from());
            Optional<Currency> written = writtenCurrency(text, amount.get());
            Optional<BankCredit> same = read.stream().filter(c -> fits(c, example))
                    .filter(c -> written.isEmpty() || written.get().equals(c.amount().currency())).findFirst();
            if (same.isPresent()) {
                return new Learnt.Learned(rule, same.get());
            }
            lastReason = "the derived rule does not read the example back (" + rule.pattern().pattern() + ")";
        }
        return new Learnt.NotLearned(lastReason);
    }

    private record Span(String group, int start, int end) {
    }

    private static Optional<Span> amountSpan(String text, BigDecimal amount) {
        List<DateText.Found> dates = DateText.findAll(text);
        for (AmountText.Found found : AmountText.findAll(text)) {
            boolean inDate = dates.stream().anyMatch(d -> found.start() < d.end() && d.start() < found.end());
            if (!inDate && found.amount().abs().compareTo(amount) == 0) {
                // The group covers the number; a currency written next to it becomes its own group.
                String raw = text.substring(found.start(), found.end());
                int digitsStart = found.start() + firstDigitOrSign(raw);
                int digitsEnd = found.start() + lastDigit(raw) + 1;
                return Optional.of(new Span("amount", digitsStart, digitsEnd));
            }
        }
        return Optional.empty();
    }

    /** The currency written next to the example's amount, which the rule must then read too. */
    private static Optional<Currency> writtenCurrency(String text, Span amount) {
        return AmountText.findAll(text).stream()
                .filter(f -> f.start() <= amount.start() && amount.end() <= f.end())
                .findFirst().flatMap(AmountText.Found::currency);
    }

    private static int firstDigitOrSign(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isDigit(c) || c == '+' || c == '-' || c == '−') {
                return i;
            }
        }
        return 0;
    }

    private static int lastDigit(String raw) {
        for (int i = raw.length() - 1; i >= 0; i--) {
            if (Character.isDigit(raw.charAt(i))) {
                return i;
            }
        }
        return raw.length() - 1;
    }

    private static Optional<Span> textSpan(String text, String value, String group) {
        String wanted = value.strip();
        int at = text.toLowerCase(Locale.ROOT).indexOf(wanted.toLowerCase(Locale.ROOT));
        if (at < 0) {
            Pattern loose = Pattern.compile(literal(wanted), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            var m = loose.matcher(text);
            return m.find() ? Optional.of(new Span(group, m.start(), m.end())) : Optional.empty();
        }
        return Optional.of(new Span(group, at, at + wanted.length()));
    }

    private static boolean overlap(List<Span> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() < sorted.get(i - 1).end()) {
                return true;
            }
        }
        return false;
    }

    /** Anchor, group, gap, group, …: values on one line keep the words between them; others are joined loosely. */
    private static String regex(String text, List<Span> spans) {
        StringBuilder regex = new StringBuilder("(?iu)");
        Span first = spans.get(0);
        regex.append(anchorBefore(text, first));
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            regex.append(group(text, span));
            int lineEnd = lineEnd(text, span.end());
            if (i + 1 < spans.size()) {
                Span next = spans.get(i + 1);
                if (next.start() <= lineEnd && next.start() - span.end() <= SAME_LINE_GAP) {
                    regex.append(between(text.substring(span.end(), next.start()), span, next));
                } else {
                    regex.append(terminator(text, span, lineEnd)).append("[\\s\\S]*?")
                            .append(anchorBefore(text, next));
                }
            } else {
                regex.append(terminator(text, span, lineEnd));
            }
        }
        return onceCurrency(regex.toString());
    }

    /** A regex names a group once: a currency read twice (before and after the amount) is captured the first time. */
    private static String onceCurrency(String regex) {
        int first = regex.indexOf(CURRENCY);
        if (first < 0) {
            return regex;
        }
        int after = first + CURRENCY.length();
        return regex.substring(0, after) + regex.substring(after).replace(CURRENCY, CURRENCY.replace("(?<currency>", "(?:"));
    }

    private static final Pattern CURRENCY_AFTER = Pattern.compile("(?s)^(\\s?)" + CURRENCIES + "(?![A-Za-z])(.*)$");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?s)^(.*?)(?<![A-Za-z])" + CURRENCIES + "(\\s?)$");

    /** Whether a value ends its line or a column (two spaces or a tab before what follows). */
    private static boolean endsAtGap(String text, int end) {
        String rest = text.substring(end, lineEnd(text, end));
        return rest.isBlank() || rest.startsWith("  ") || rest.startsWith("\t");
    }

    /**
     * The text between two values on one line, as a regex: a currency written next to the amount is read as the
     * currency (a rule learnt from a pound transfer must not read the next one as euros), the rest literally.
     */
    private static String between(String raw, Span left, Span right) {
        if (raw.startsWith("  ") || raw.startsWith("\t")) {
            // A column gap: it separates the values in every mail of the layout, whatever their words.
            return "(?:[ \\t]{2,}|\\t)[ \\t]*" + between(raw.stripLeading(), left, right);
        }
        if (left.group().equals("amount")) {
            Matcher after = CURRENCY_AFTER.matcher(raw);
            if (after.matches()) {
                return space(after.group(1)) + CURRENCY + literal(after.group(2));
            }
        }
        if (right.group().equals("amount")) {
            Matcher before = CURRENCY_BEFORE.matcher(raw);
            if (before.matches() && (before.group(1).isEmpty() || !Character.isLetter(
                    before.group(1).charAt(before.group(1).length() - 1)))) {
                return literal(before.group(1)) + CURRENCY + space(before.group(2));
            }
        }
        return literal(raw);
    }

    private static String space(String s) {
        return s.isEmpty() ? "" : "\\s?";
    }

    private static String group(String text, Span span) {
        return switch (span.group()) {
            // A currency written next to the amount is read by what comes before or after it (anchorBefore, between,
            // terminator).
            case "amount" -> AMOUNT;
            case "date" -> DATE;
            // A one-word value followed by more text on its line stays one word, so that it cannot swallow its
            // neighbour; at the end of its line, or before a column gap, it may be several words in the next mail.
            default -> "(?<" + span.group() + ">" + (text.substring(span.start(), span.end()).matches("\\S+")
                    && !endsAtGap(text, span.end()) ? "\\S+" : "[^\\n]+?") + ")";
        };
    }

    /** The words just before a value on its line (its label), or the start of a line. */
    private static String anchorBefore(String text, Span span) {
        int at = span.start();
        int from = lineStart(text, at);
        String before = text.substring(Math.max(from, at - ANCHOR_CHARS), at);
        if (at - from > ANCHOR_CHARS) {
            int space = before.indexOf(' ');
            before = space < 0 ? before : before.substring(space + 1);
        }
        boolean wholeLine = before.length() == at - from || at == from;
        // A currency written just before the amount is read as its currency ("Emetteur" ends with no currency).
        String currencyBefore = "";
        if (span.group().equals("amount")) {
            Matcher currency = CURRENCY_BEFORE.matcher(before);
            if (currency.matches() && (currency.group(1).isEmpty()
                    || !Character.isLetter(currency.group(1).charAt(currency.group(1).length() - 1)))) {
                before = currency.group(1);
                currencyBefore = CURRENCY + space(currency.group(2));
            }
        }
        String start = wholeLine ? "(?:^|\\n)[ \\t]*" : "";
        return start + literal(before.stripLeading()) + currencyBefore;
    }

    /** What closes a value: the few characters after it on its line, or the end of the line. */
    private static String terminator(String text, Span span, int lineEnd) {
        int at = span.end();
        String after = text.substring(at, Math.min(lineEnd, at + 12));
        Matcher currency = CURRENCY_AFTER.matcher(after);
        if (span.group().equals("amount") && currency.matches()) {
            return space(currency.group(1)) + CURRENCY;
        }
        int cut = after.indexOf("  ");
        if (cut >= 0) {
            after = after.substring(0, cut);
        }
        if (after.isBlank()) {
            return "[ \\t]*(?=\\n|$)";
        }
        return literal(after.replaceAll("\\s+$", "").replaceAll("^(\\s*\\S+).*$", "$1"));
    }

    /** Text as a regex: runs of spaces match any spacing, runs of digits any digits, the rest literally. */
    static String literal(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                out.append("\\s+");
            } else if (Character.isDigit(c)) {
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                out.append("\\d+");
            } else {
                out.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + (c == '\\' ? "\\" : String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean fits(BankCredit credit, Example example) {
        return credit.amount().amount().compareTo(example.amount()) == 0
                && same(credit.payerName(), example.payer())
                && (example.reference() == null || same(credit.reference(), example.reference()))
                && (example.date() == null || credit.date().equals(example.date()));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && Words.fold(a).equals(Words.fold(b));
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
    }

    private static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }
}
