package org.relance.bank;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.config.Bank;
import org.relance.ledger.Money;
import org.relance.text.AmountText;
import org.relance.text.DateText;

/**
 * Finds the credits in the text of a bank notification: the user's rules first, then statement-like lines
 * ("21/11/2026 VIR SEPA RECU /DE X /MOTIF Y +240,00 EUR"), then a single-credit alert read from its phrases and labels.
 */
final class NotificationReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern CREDIT = Pattern.compile(String.join("|",
            "(?:vous\\s+avez|avez|a)\\s+re[çc]u\\s+(?:un\\s+|une\\s+|des\\s+)?(?:nouveau\\s+|nouvel\\s+)?"
                    + "(?:virement|paiement|versement|transfert|encaissement|cr[ée]dit|[+]?\\d|€)",
            "virements?\\s+(?:sepa\\s+|instantan[ée]e?s?\\s+|inst\\s+)?(?:re[çc]us?|entrants?|en\\s+votre\\s+faveur)",
            "\\bvir(?:t|ement)?\\.?\\s+(?:sepa\\s+|inst\\s+|instantane\\s+)?re[çc]u",
            "op[ée]rations?\\s+cr[ée]ditrices?",
            "(?:a|ont|avez)\\s+[ée]t[ée]\\s+cr[ée]dit[ée]e?s?",
            "(?:paiement|versement|transfert|encaissement)\\s+re[çc]u",
            "remise\\s+(?:de\\s+)?ch[eè]ques?",
            "you(?:'ve|’ve|\\s+have)?\\s+(?:just\\s+)?received\\s+(?:a\\s+|an\\s+|some\\s+)?(?:new\\s+)?"
                    + "(?:payment|transfer|money|bank\\s+transfer|credit|[£$€]|\\d|eur\\b|gbp\\b|usd\\b)",
            "(?:payment|transfer|money|funds)\\s+received",
            "incoming\\s+(?:payment|transfer|funds|bank\\s+transfer)",
            "(?:has|have)\\s+been\\s+credited|was\\s+credited",
            "\\bsent\\s+you\\b|\\bpaid\\s+you\\b",
            "\\bvous\\s+a\\s+(?:envoy[ée]|vir[ée]|pay[ée]|r[ée]gl[ée])"), FLAGS);

    private static final Pattern DEBIT = Pattern.compile(String.join("|",
            "op[ée]rations?\\s+d[ée]bitrices?",
            "pr[ée]l[eè]vements?",
            "\\bprlv\\b",
            "paiements?\\s+(?:par\\s+)?cartes?",
            "achats?\\s+(?:par\\s+)?cartes?",
            "\\bcb\\b",
            "\\bcarte\\s+(?:bancaire\\s+)?(?:n°|\\*|x{2,})",
            "card\\s+(?:payment|purchase|transaction|spend)",
            "you(?:'ve|’ve|\\s+have)?\\s+(?:just\\s+)?(?:paid|sent|spent)",
            "vous\\s+avez\\s+(?:pay[ée]|envoy[ée]|d[ée]pens[ée]|effectu[ée]\\s+un\\s+(?:paiement|virement|retrait|achat))",
            "virements?\\s+(?:sepa\\s+|inst\\s+)?(?:[ée]mis|envoy[ée]s?|sortants?)",
            "\\bvir(?:ement)?\\.?\\s+(?:sepa\\s+|inst\\s+)?emis",
            "\\bretraits?\\b",
            "withdrawal",
            "(?:a|ont)\\s+[ée]t[ée]\\s+d[ée]bit[ée]e?s?",
            "(?:has|have|was)\\s+been\\s+debited|debited\\s+from",
            "direct\\s+debit",
            "\\bfrais\\b|\\bcommissions?\\b|\\bcotisation\\b|\\bfees?\\b"), FLAGS);

    /** Words that make a nearby amount a balance, threshold or total rather than a payment. */
    private static final Pattern NOT_A_PAYMENT = Pattern.compile(
            "\\b(?:soldes?|balance|seuil|threshold|plafond|limite|limit|total|encours|disponible|available|"
                    + "d[ée]couvert|overdraft)\\b", FLAGS);

    private static final Pattern LABEL_LINE = Pattern.compile(
            "^[ \\t]*([\\p{L}][\\p{L}'’ .°]{0,40}?)[ \\t]*(?::[ \\t]*|\\t[ \\t]*)(\\S.*?)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern LABEL_ALONE = Pattern.compile("^[ \\t]*([\\p{L}][\\p{L}'’ .°]{0,40}?)[ \\t]*:?[ \\t]*$");

    private static final List<String> PAYER_LABELS = List.of("emetteur", "expediteur", "donneur d'ordre", "payeur",
            "payer", "sender", "from", "de", "de la part de", "nom du payeur", "nom de l'emetteur",
            "nom du donneur d'ordre", "paid by", "debiteur", "debtor", "provenance", "ordered by", "remitter",
            "originator", "tiers", "counterparty");
    private static final List<String> REFERENCE_LABELS = List.of("reference", "ref", "reference du virement",
            "reference du paiement", "reference de paiement", "reference client", "motif", "motif du virement",
            "libelle", "libelle du virement", "libelle de l'operation", "communication", "payment reference",
            "objet", "message", "remittance information", "description", "details", "memo");
    private static final List<String> TX_LABELS = List.of("reference de l'operation", "reference operation",
            "reference de la transaction", "reference de transaction", "reference bancaire", "n° d'operation",
            "numero d'operation", "n° de transaction", "numero de transaction", "identifiant de transaction",
            "identifiant de l'operation", "id de transaction", "transaction id", "transaction reference",
            "transaction number", "bank reference");
    private static final List<String> AMOUNT_LABELS = List.of("montant", "amount", "montant du virement",
            "montant recu", "montant credite", "somme", "amount received", "sum", "credit");
    private static final List<String> DATE_LABELS = List.of("date", "date de reception", "date d'operation",
            "date de l'operation", "date de valeur", "date du virement", "date comptable", "value date",
            "transfer date", "date received", "received on", "recu le", "booking date", "transaction date",
            "execution date", "date d'execution", "date of transfer");
    private static final Set<String> ALL_LABELS = allLabels();

    private static final String NAME_STOP = "(?=\\s+(?:d['’]un\\s+(?:montant|total)|de\\s+[+\\-]?[\\d£$€]|pour\\s|sur\\s"
            + "|le\\s+\\d|on\\s+\\d|on\\s+(?:the\\s+)?\\p{L}+\\s+\\d|au\\s|avec\\s|with\\s|for\\s|to\\s+your|into\\s|via\\s"
            + "|of\\s+[£$€\\d]|a\\s+[ée]t[ée]|has\\s|was\\s|vient\\s|[+\\-]?[£$€]?\\d[\\d\\s.,]*\\s*(?:€|eur|gbp|usd|£|\\$))"
            + "|\\s*\\(|\\s*[,;:!?](?:\\s|$)|\\.(?:\\s|$)|\\s*\\t|\\s{2,}|\\s*$)";
    private static final Pattern PAYER_AFTER_CREDIT = Pattern.compile(
            "(?:^|\\s)(?:from|de\\s+la\\s+part\\s+de|en\\s+provenance\\s+de|[ée]mis\\s+par|de|d['’]|par)\\s*"
                    + "(?!(?:un|une|la|le|les|votre|vos|your|a|an|the|montant|amount|l['’])\\b)"
                    + "(?<name>\\p{L}[^\\n\\t]{0,80}?)" + NAME_STOP, FLAGS | Pattern.MULTILINE);
    private static final Pattern PAYER_BEFORE_SENT = Pattern.compile(
            "(?:^|[.!]\\s+)(?<name>\\p{Lu}[^\\n\\t.!?]{0,80}?)\\s+(?:vous\\s+a\\s+(?:envoy[ée]|vir[ée]|pay[ée])|sent\\s+you|paid\\s+you)\\b",
            Pattern.UNICODE_CASE | Pattern.MULTILINE);
    private static final Pattern REFERENCE_PHRASE = Pattern.compile(
            "(?:with\\s+(?:the\\s+)?reference|avec\\s+(?:la\\s+)?(?:r[ée]f[ée]rence|mention|le\\s+motif)|"
                    + "r[ée]f[ée]rence|motif|libell[ée]|communication)\\s*[:«\"“]?\\s*[«\"“]?"
                    + "(?<value>[^\\n\\t\"»”]{1,140}?)[»\"”]?(?=\\s*[.,;](?:\\s|$)|[ \\t]*$|\\t)", FLAGS | Pattern.MULTILINE);
    private static final Pattern RF_REFERENCE = Pattern.compile("\\bRF\\d{2}[A-Z0-9]{1,21}\\b");
    /** Banks shorten "facture" to FACT in the 140-character SEPA label; the number after it is the reference. */
    private static final Pattern INVOICE_ABBREVIATION = Pattern.compile("^(?:FACT|FCT|FACT\\.)\\s+(?=[^\\n]{0,20}\\d)", FLAGS);

    private final List<Bank.Rule> rules;
    private final Currency defaultCurrency;

    NotificationReader(List<Bank.Rule> rules, Currency defaultCurrency) {
        this.rules = List.copyOf(rules);
        this.defaultCurrency = defaultCurrency;
    }

    /** The credits in one notification; none for debits, balances and anything that is not a payment. */
    List<BankCredit> read(String file, String subject, String body, Optional<LocalDate> sent) {
        String subjectText = normalize(subject);
        String bodyText = normalize(body);
        String all = subjectText + "\n" + bodyText;
        Optional<LocalDate> fallbackDate = firstDate(bodyText).or(() -> firstDate(subjectText)).or(() -> sent);

        List<BankCredit> byRules = byUserRules(file, all, fallbackDate);
        if (!byRules.isEmpty()) {
            // The user wrote these rules for this bank's format: they win over the built-in guesses.
            return byRules;
        }
        List<Line> lines = statementLines(bodyText);
        if (!lines.isEmpty()) {
            return fromLines(file, lines, all);
        }
        return fromAlert(file, subjectText, bodyText, fallbackDate).map(List::of).orElse(List.of());
    }

    private List<BankCredit> byUserRules(String file, String text, Optional<LocalDate> fallbackDate) {
        List<BankCredit> credits = new ArrayList<>();
        for (Bank.Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                String amountText = group(m, "amount");
                if (amountText == null) {
                    continue;
                }
                Optional<AmountText.Found> amount = AmountText.parse(amountText);
                Optional<BigDecimal> value = amount.map(AmountText.Found::amount).or(() -> AmountText.number(amountText));
                Optional<Currency> currency = Optional.ofNullable(group(m, "currency")).flatMap(AmountText::currency)
                        .or(() -> amount.flatMap(AmountText.Found::currency));
                Optional<LocalDate> date = Optional.ofNullable(group(m, "date")).flatMap(NotificationReader::firstDate)
                        .or(() -> fallbackDate);
                if (value.isEmpty() || value.get().signum() <= 0 || date.isEmpty()) {
                    continue;
                }
                toMoney(value.get(), currency.orElse(defaultCurrency)).ifPresent(money -> credits.add(new BankCredit(
                        file, date.get(), money, Words.clean(group(m, "payer")), Words.clean(group(m, "reference")),
                        Words.clean(group(m, "bankTxId")), BankCredit.Source.EMAIL)));
            }
        }
        return credits;
    }

    /** A dated line ending with an amount: one operation of a statement or of a single-operation alert. */
    private record Line(String text, LocalDate date, String label, AmountText.Found amount, boolean signed) {
    }

    private static List<Line> statementLines(String body) {
        List<Line> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            List<DateText.Found> dates = DateText.findAll(line);
            List<AmountText.Found> amounts = AmountText.findAll(line);
            if (dates.isEmpty() || amounts.isEmpty()) {
                continue;
            }
            DateText.Found date = dates.get(0);
            AmountText.Found amount = amounts.get(amounts.size() - 1);
            String raw = line.substring(amount.start(), amount.end());
            boolean endsLine = line.substring(amount.end()).matches("[\\s.;:)]*");
            boolean moneyLike = amount.currency().isPresent() || raw.matches("(?s).*[.,]\\d{2}\\D*");
            if (!endsLine || !moneyLike || amount.start() < date.end()) {
                continue;
            }
            String label = line.substring(date.end(), amount.start());
            if (label.chars().filter(Character::isLetter).count() < 3 || isBalance(line, date, amount, label)) {
                continue;
            }
            lines.add(new Line(line, date.date(), label, amount, raw.strip().matches("^[+\\-−].*")));
        }
        return lines;
    }

    private static boolean isBalance(String line, DateText.Found date, AmountText.Found amount, String label) {
        String before = line.substring(0, date.start());
        String firstWord = label.strip().split("\\s+")[0];
        String nearAmount = line.substring(Math.max(date.end(), amount.start() - 25), amount.start());
        return NOT_A_PAYMENT.matcher(before).find() || NOT_A_PAYMENT.matcher(firstWord).matches()
                || NOT_A_PAYMENT.matcher(nearAmount).find();
    }

    private List<BankCredit> fromLines(String file, List<Line> lines, String all) {
        List<BankCredit> credits = new ArrayList<>();
        for (Line line : lines) {
            boolean credit;
            if (line.signed()) {
                credit = line.amount().amount().signum() > 0;
            } else {
                // No sign: the line's words decide, or for a one-operation alert the whole message's.
                Optional<Boolean> words = creditOrDebit(line.text());
                credit = words.orElseGet(() -> lines.size() == 1 && creditOrDebit(all).orElse(false));
            }
            if (!credit) {
                continue;
            }
            SlashFields fields = SlashFields.parse(line.label());
            String payer = fields.payer() != null ? fields.payer() : payerByPhrase(line.text()).orElse(null);
            String reference = fields.reference() != null ? fields.reference()
                    : referenceByPhrase(line.label()).orElse(null);
            Optional<Money> money = toMoney(line.amount().amount().abs(), line.amount().currency().orElse(defaultCurrency));
            money.ifPresent(m -> credits.add(new BankCredit(file, line.date(), m, payer, stripAbbreviation(reference),
                    fields.bankTxId(), BankCredit.Source.EMAIL)));
        }
        return credits;
    }

    private Optional<BankCredit> fromAlert(String file, String subject, String body, Optional<LocalDate> fallbackDate) {
        String all = subject + "\n" + body;
        if (!creditOrDebit(all).orElse(false)) {
            return Optional.empty();
        }
        Map<String, String> labels = labels(body);
        Optional<AmountText.Found> amount = label(labels, AMOUNT_LABELS).flatMap(NotificationReader::firstMoney)
                .or(() -> amountAfterCredit(all))
                .or(() -> moneyAmounts(all).stream().findFirst());
        if (amount.isEmpty() || amount.get().amount().signum() <= 0) {
            return Optional.empty();
        }
        Optional<LocalDate> date = label(labels, DATE_LABELS).flatMap(NotificationReader::firstDate).or(() -> fallbackDate);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        SlashFields fields = SlashFields.parse(body.replace('\n', ' '));
        String payer = label(labels, PAYER_LABELS).filter(v -> !v.contains("@")).map(Words::clean)
                .or(() -> Optional.ofNullable(fields.payer()))
                .or(() -> payerByPhrase(all))
                .orElse(null);
        String reference = label(labels, REFERENCE_LABELS).map(Words::clean)
                .or(() -> Optional.ofNullable(fields.reference()))
                .or(() -> referenceByPhrase(body))
                .or(() -> rfReference(all))
                .orElse(null);
        String bankTxId = label(labels, TX_LABELS).map(Words::clean).orElse(fields.bankTxId());
        AmountText.Found found = amount.get();
        return toMoney(found.amount(), found.currency().orElse(defaultCurrency)).map(money -> new BankCredit(
                file, date.get(), money, payer, stripAbbreviation(reference), bankTxId, BankCredit.Source.EMAIL));
    }

    /** True for a credit, false for a debit, empty when the text says neither; the first signal wins. */
    private static Optional<Boolean> creditOrDebit(String text) {
        Matcher credit = CREDIT.matcher(text);
        Matcher debit = DEBIT.matcher(text);
        boolean isCredit = credit.find();
        boolean isDebit = debit.find();
        if (isCredit && isDebit) {
            return Optional.of(credit.start() < debit.start());
        }
        return isCredit ? Optional.of(true) : isDebit ? Optional.of(false) : Optional.empty();
    }

    private static Optional<AmountText.Found> amountAfterCredit(String text) {
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            // The amount belongs to the phrase when it is in the same sentence, e.g. "reçu un virement de 470,15 €".
            int lineEnd = text.indexOf('\n', credit.start());
            int from = lineStart(text, credit.start());
            String line = text.substring(from, lineEnd < 0 ? text.length() : lineEnd);
            for (AmountText.Found found : moneyAmounts(line)) {
                if (found.end() + from > credit.start()) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    /** Amounts that look like money (currency or cents) and are not balances, thresholds or totals. */
    private static List<AmountText.Found> moneyAmounts(String text) {
        List<AmountText.Found> kept = new ArrayList<>();
        for (AmountText.Found found : AmountText.findAll(text)) {
            String raw = text.substring(found.start(), found.end());
            boolean moneyLike = found.currency().isPresent() || raw.matches("(?s).*[.,]\\d{2}\\D*");
            String before = text.substring(Math.max(lineStart(text, found.start()), found.start() - 40), found.start());
            if (moneyLike && !NOT_A_PAYMENT.matcher(before).find()) {
                kept.add(found);
            }
        }
        return kept;
    }

    private static Optional<AmountText.Found> firstMoney(String value) {
        return moneyAmounts(value).stream().findFirst().or(() -> AmountText.findAll(value).stream().findFirst());
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
    }

    private static Optional<String> payerByPhrase(String text) {
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            int lineEnd = text.indexOf('\n', credit.end());
            String rest = text.substring(credit.end(), lineEnd < 0 ? text.length() : lineEnd);
            Matcher m = PAYER_AFTER_CREDIT.matcher(rest);
            if (m.find()) {
                return Optional.ofNullable(Words.clean(m.group("name")));
            }
        }
        Matcher sent = PAYER_BEFORE_SENT.matcher(text);
        return sent.find() ? Optional.ofNullable(Words.clean(sent.group("name"))) : Optional.empty();
    }

    private static Optional<String> referenceByPhrase(String text) {
        Matcher m = REFERENCE_PHRASE.matcher(text);
        return m.find() ? Optional.ofNullable(Words.clean(m.group("value"))) : Optional.empty();
    }

    private static Optional<String> rfReference(String text) {
        Matcher m = RF_REFERENCE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static String stripAbbreviation(String reference) {
        return reference == null ? null : INVOICE_ABBREVIATION.matcher(reference).replaceFirst("");
    }

    /** "Label : value" and "Label<TAB>value" lines, and a known label alone on a line with its value below. */
    private static Map<String, String> labels(String body) {
        Map<String, String> labels = new HashMap<>();
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LABEL_LINE.matcher(lines[i]);
            if (m.matches()) {
                labels.putIfAbsent(Words.fold(m.group(1)), m.group(2).strip());
                continue;
            }
            Matcher alone = LABEL_ALONE.matcher(lines[i]);
            if (alone.matches() && ALL_LABELS.contains(Words.fold(alone.group(1))) && i + 1 < lines.length
                    && !lines[i + 1].isBlank()) {
                labels.putIfAbsent(Words.fold(alone.group(1)), lines[i + 1].strip());
            }
        }
        return labels;
    }

    private static Optional<String> label(Map<String, String> labels, List<String> names) {
        for (String name : names) {
            String value = labels.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstDate(String text) {
        List<DateText.Found> dates = DateText.findAll(text);
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0).date());
    }

    private static Optional<Money> toMoney(BigDecimal amount, Currency currency) {
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > scale) {
            return Optional.empty();
        }
        return Optional.of(Money.of(amount.setScale(scale), currency));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ');
    }

    private static Set<String> allLabels() {
        List<String> all = new ArrayList<>();
        all.addAll(PAYER_LABELS);
        all.addAll(REFERENCE_LABELS);
        all.addAll(TX_LABELS);
        all.addAll(AMOUNT_LABELS);
        all.addAll(DATE_LABELS);
        return Set.copyOf(all);
    }
}
