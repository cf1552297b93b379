package org.relance.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.text.AmountText;
import org.relance.text.DateText;

/**
 * A mail in which the payer itself says it paid the user — a platform's payout, a customer's remittance advice, a
 * public body's "avis de paiement", a marketplace's "reversement" — rather than a bank telling of a credit: its paid
 * amount is the one a paying word labels (the net after fees, not the gross), and its payer is the sender.
 */
final class PayerAdvice {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The sender speaking as the one who paid: "Nous avons effectué un virement", "Remittance advice", "Your payout". */
    private static final Pattern PAYERS_VOICE = Pattern.compile(String.join("|",
            "\\bavis\\s+de\\s+(?:paiement|virement|r[èe]glement|versement)\\b",
            "\\bnotification\\s+de\\s+(?:paiement|versement|virement)\\b",
            "\\bnous\\s+(?:vous\\s+)?avons\\s+(?:effectu[ée]|envoy[ée]|vers[ée]|vir[ée]|pay[ée]|r[ée]gl[ée]|financ[ée]"
                    // "nous avons procédé ce jour au virement", "procédé, le 17 novembre 2026, au versement de"
                    + "|proc[ée]d[ée]\\s*(?:ce\\s+jour\\s+|aujourd['’]hui\\s+|,?\\s*le\\s+[^,\\n]{4,25}?\\s*,?\\s+)?(?:au|à\\s+la)\\s+(?:r[èe]glement|paiement|versement|virement|remboursement|mise\\s+en\\s+paiement))\\b",
            "\\bnous\\s+vous\\s+(?:informons|confirmons)\\s+(?:des|du|le)\\s+(?:paiements?\\s+suivants|paiement\\s+d[ue]|versement)\\b",
            "\\bnous\\s+avons\\s+le\\s+plaisir\\s+de\\s+vous\\s+informer\\s+du\\s+(?:versement|paiement|virement)\\b",
            "\\bmis(?:e)?\\s+en\\s+paiement\\b|\\breversements?\\b|\\bpaiement\\s+de\\s+vos\\s+ventes\\b|\\bvirement\\s+de\\s+vos\\b",
            "\\bremittance\\s+advice\\b|\\bpayment\\s+advice\\b|\\bnotice\\s+of\\s+payment\\b|\\bpayment\\s+notification\\b",
            "\\b(?:has|have)\\s+made\\s+(?:the\\s+following\\s+|a\\s+)?payments?\\b",
            "\\bwe(?:'ve|’ve|\\s+have)\\s+(?:today\\s+)?(?:sent|paid|transferred|initiated|released|deposited|made\\s+a\\s+payment)\\b",
            "\\b(?:a|ont)\\s+[ée]t[ée]\\s+(?:vers[ée]e?s?|effectu[ée]e?s?)\\s+(?:ce\\s+jour|aujourd['’]hui|le\\s+\\d)",
            // a platform paying a freelancer: "votre paiement a été envoyé", "montant envoyé sur votre compte"
            "\\bvotre\\s+paiement\\s+a\\s+[ée]t[ée]\\s+(?:envoy[ée]|vir[ée]|vers[ée])\\b|\\benvoy[ée]e?\\s+sur\\s+votre\\s+compte\\b",
            "^\\s*(?:versement|virement|paiement|payout|reversement)s?\\s+(?:de\\s+[^\\n]{1,20}?\\s+)?effectu[ée]s?\\b",
            "\\b(?:has|have)\\s+(?:just\\s+)?(?:paid\\s+out|transferred\\s+your)\\b|\\b(?:is|are|has\\s+been|have\\s+been|was|were)\\s+paid\\s+out\\b"
                    + "|\\byour\\s+(?:\\p{L}+\\s+)?settlement\\b|\\b" + NotificationReader.NAMED_TRANSFER,
            "\\b(?:has|have)\\s+(?:been\\s+)?disbursed\\b|\\byour\\s+payout\\b|\\bpayouts\\s+paid\\s+to\\s+your\\b|\\byour\\s+deposit\\s+of\\b(?:[^.\\n]|\\.(?=\\d)){0,25}?\\bwas\\s+sent\\b|\\bpayout\\s+(?:amount|completed|sent|summary)\\b",
            // Italian, Spanish, Portuguese: "abbiamo accreditato sul tuo conto gli incassi", "hemos abonado en su cuenta"
            "\\babbiamo\\s+(?:accreditato|versato|trasferito|bonificato|pagato|effettuato\\s+(?:il|un)\\s+(?:bonifico|pagamento|versamento))\\b"
                    + "|\\bhemos\\s+(?:abonado|transferido|pagado|ingresado|realizado\\s+(?:el|un|una)\\s+(?:pago|transferencia))\\b"
                    + "|\\b(?:transferimos|pagamos|credit[áa]mos)\\b",
            "\\bzahlungsavis\\b|\\bauszahlung\\b|\\bwir\\s+haben\\b[^.\\n]{0,60}?\\b(?:[üu]berwiesen|ausgezahlt)\\b"), FLAGS);
    /** A table's total line: "Total", "TOTAL EUR", "Total général". */
    private static final Pattern TOTAL_LINE = Pattern.compile("^\\s*(?:total|totaal|gesamt(?:summe|betrag)?|summe)\\b", FLAGS);
    /** The user's own transfer out, as the user's bank confirms it: "Votre virement a bien été exécuté", "Compte débité :". */
    private static final Pattern OWN_TRANSFER = Pattern.compile(
            NotificationReader.YOUR_TRANSFER + "|\\byour\\s+(?:transfer|payment)\\s+(?:has\\s+been|was)\\s+(?:sent|executed|made)\\b"
                    + "|^\\s*compte\\s+(?:d[ée]bit[ée]|[àa]\\s+d[ée]biter)\\s*:|^\\s*(?:debited\\s+account|account\\s+debited)\\s*:",
            FLAGS | Pattern.MULTILINE);
    /** Words of a bank telling of money received: the sender is then the bank, never the payer. */
    private static final Pattern RECEIVED = Pattern.compile(
            "\\bre[çc]ue?s?\\b|\\breceived\\b|\\bcr[ée]dit[ée]e?s?\\b|\\bcredited\\b|\\beingegangen\\b|\\bgutgeschrieben\\b", FLAGS);

    /** A label of the money paid out: "Montant versé", "Virement effectué", "Payout amount", "Net Paid". */
    private static final Pattern PAID_LABEL = Pattern.compile(String.join("|",
            "\\b(?:vers[ée]e?|revers[ée]e?|vir[ée]e?|pay[ée]e?|rembours[ée]e?|r[ée]gl[ée]e?|effectu[ée]e?|envoy[ée]e?)\\b",
            "\\bpayout(?:\\s+amount)?\\b|\\bamount\\s+(?:paid|sent|transferred|disbursed|remitted)\\b|\\btotal\\s+(?:paid|remitted)\\b|\\bnet\\s+paid\\b|\\bpayment\\s+amount\\b"
                    + "|\\bpaid\\s+amount\\b|\\bpaid\\s+out\\b|\\bnet\\s+payout\\b|\\bmontant\\s+net\\b|\\bnet\\s+amount\\b|\\bnettobetrag\\b",
            "\\bausgezahlt\\b|\\bauszahlungsbetrag\\b|\\b[üu]berwiesen\\b|\\bzahlbetrag\\b"), FLAGS);
    /** What such a label never is: an amount still to pay, a fee, a balance, a future payment. */
    private static final Pattern NOT_PAID_LABEL = Pattern.compile(
            "\\b(?:[àa]\\s+payer|to\\s+pay|due|reste|restant|solde|balance|frais|fees?|commissions?|sera|will|d[ée]j[àa]|total\\s+[àa])\\b",
            FLAGS);
    /** A plain amount label, read when no paying word labels one: "Montant : 5 730,00 €". */
    private static final Pattern PLAIN_AMOUNT_LABEL = Pattern.compile(
            "^(?:montant|amount|betrag|montant\\s+du\\s+(?:virement|paiement|versement|r[èe]glement))$", FLAGS);
    private static final Pattern LABELLED = Pattern.compile("^[ \\t]*(\\p{L}[^:\\t\\n]{0,60}?)[ \\t]*(?::|\\t|[.…]{3,}|\\s{2,})[ \\t.…]*(\\S.*)$");

    /** Not there yet: a sentence without an amount saying the money has not arrived ("will be available … once"). */
    private static final Pattern NOT_ARRIVED = Pattern.compile(String.join("|",
            "\\bwill\\s+be\\s+available\\b|\\bsecurity\\s+period\\b|\\bsera\\s+disponible\\b|\\bseront\\s+disponibles\\b",
            "\\bon\\s+(?:its|their)\\s+way\\b|\\bwill\\s+arrive\\b|\\bunterwegs\\b|\\bwird\\b[^.\\n]{0,40}\\bverf[üu]gbar\\b",
            // a payment announced for a later day: "Le paiement ci-dessous sera émis à la date prévue"
            "\\bsera\\s+(?:[ée]mis|effectu[ée]|vir[ée]|ex[ée]cut[ée])\\b|\\bseront\\s+(?:[ée]mis|effectu[ée]s|vir[ée]s|ex[ée]cut[ée]s)\\b"
                    + "|\\bwill\\s+be\\s+(?:issued|sent|made|paid|executed)\\b"), FLAGS);

    private static final Pattern REFERENCE_LABEL = Pattern.compile(
            "^(?:r[ée]f[ée]rence|ref|r[ée]f|reference|objet\\s+du\\s+virement|motif|libell[ée]|descripteur|(?:statement\\s+)?descriptor"
                    + "|(?:payment|payout|deposit|funding|transfer|remittance)\\s+(?:no|number|id|reference)"
                    + "|identifiant\\s+du\\s+(?:versement|virement|paiement|reversement))\\b.*", FLAGS);
    private static final Pattern REFERENCE_PHRASE = Pattern.compile(
            "\\b(?:r[ée]f(?:[ée]rence)?|ref(?:erence)?)\\.?\\s*:?\\s+(?:n°\\s*)?([A-Z0-9][A-Z0-9\\-/_.]{3,40}[A-Z0-9])", FLAGS);
    private static final Pattern DATE_LINE = Pattern.compile(
            "\\b(?:vers[ée]|vir[ée]|pay[ée]|paid|virement|valeur|value|payment\\s+date|paid\\s+on|envoy[ée]|effectu[ée]|disbursed"
                    + "|transfer|payout\\s+date|ex[ée]cution|execution|sent\\s+on)\\b", FLAGS);
    private static final Pattern NOT_DATE_LINE = Pattern.compile(
            "\\bp[ée]riode\\b|\\bperiod\\b|\\bcycle\\b|\\bd[ée]pos[ée]e?\\b|\\bdu\\s+\\d{1,2}[/.]\\d{1,2}[^\\n]{0,20}\\bau\\b|\\b[ée]ch[ée]ance\\b"
                    + "|\\binvoice\\s+date\\b|\\bdate\\s+de\\s+facture\\b"
                    // a period written as a range: "for 23 Nov - 29 Nov 2026", "du 01/03 – 15/03"
                    + "|\\b\\d{1,2}(?:\\s+\\p{L}{3,9}\\.?|[/.]\\d{1,2}(?:[/.]\\d{2,4})?)?\\s*[-–]\\s*\\d{1,2}(?:\\s+\\p{L}{3,9}|[/.]\\d{1,2})", FLAGS);

    /** Department words around a company's name in a sender ("Accounts Payable - Corvid Health", "CIC Factor - Espace client"). */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "^(?:accounts?\\s+(?:payable|receivable)|ap|ar|billing|finance|payments?|paiements?|comptabilit[ée](?:\\s+\\p{L}+)?"
                    + "|comptes?\\s+fournisseurs|service\\s+fournisseurs"
                    + "|service\\s+\\p{L}+|espace\\s+client|notifications?|no-?reply|ne\\s+pas\\s+r[ée]pondre|support|team|[ée]quipe)$", FLAGS);

    private PayerAdvice() {
    }

    /** True when the mail is in the payer's own voice telling the user it paid. */
    static boolean inPayersVoice(String subject, String body) {
        String all = subject + "\n" + body;
        Matcher m = PAYERS_VOICE.matcher(all);
        while (m.find()) {
            if (!RECEIVED.matcher(NotificationReader.lineOf(all, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A sentence holding no amount that says the money is not in the account yet: nothing in the mail is a credit. */
    static boolean saysNotArrived(String subject, String body) {
        for (String sentence : (subject + "\n" + body).split("(?<=[.!?])\\s+|\\n")) {
            if (NOT_ARRIVED.matcher(sentence).find() && NotificationReader.moneyAmounts(sentence).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Credits read with no payer from a payer's own advice get its sender as payer. */
    static List<BankCredit> senderAsPayer(List<BankCredit> credits, String subject, String body, Optional<String> sender) {
        if (!inPayersVoice(subject, body)) {
            return credits;
        }
        String payer = sender.orElse(null);
        String reference = credits.size() == 1 ? reference(body.split("\n")).orElse(null) : null;
        return credits.stream().map(c -> new BankCredit(c.file(), c.date(), c.amount(), c.payerName() != null ? c.payerName() : payer,
                c.reference() != null ? c.reference() : reference, c.bankTxId(), c.source())).toList();
    }

    /** The payments an advice states, when the bank-alert reading found none: its list's rows, else its one amount. */
    static List<BankCredit> read(String file, String subject, String body, Optional<LocalDate> fallbackDate,
            Currency mailCurrency, Optional<String> sender) {
        if (!inPayersVoice(subject, body) || NotificationReader.NOT_YET_OR_OFFER.matcher(subject).find()
                || NotificationReader.USER_PAID.matcher(subject).find() || OWN_TRANSFER.matcher(subject + "\n" + body).find()) {
            return List.of();
        }
        String[] lines = body.split("\n");
        Optional<List<BankCredit>> items = items(file, lines, fallbackDate, mailCurrency, sender);
        if (items.isPresent()) {
            return items.get();
        }
        List<BankCredit> transfers = transfers(file, lines, mailCurrency, sender);
        if (transfers.size() >= 2) {
            return transfers;
        }
        List<BankCredit> rows = listed(file, lines, fallbackDate, mailCurrency, sender);
        return rows.size() >= 2 ? rows
                : one(file, lines, fallbackDate, mailCurrency, sender).map(List::of).orElse(List.of());
    }

    /** "1) Facture F-2026-0133 - COMMUNE DE WAVRIN", "- Invoice 118 – Acme": an item of a list of invoices, each with its status. */
    private static final Pattern ITEM_START = Pattern.compile("^\\s*(?:\\d{1,2}[).]|[-•*▪])\\s+\\S");
    private static final Pattern ITEM_TITLE = Pattern.compile(
            "^\\s*(?:\\d{1,2}[).]|[-•*▪])\\s+(?:facture|invoice|rechnung|factuur)\\s+(?:n°\\s*)?\\S+\\s+[-–—]\\s+(\\p{L}.*?)\\s*$", FLAGS);
    /** A status said paid: "Nouveau statut : PAYÉE", "Status: paid". */
    private static final Pattern PAID_STATUS = Pattern.compile(
            "\\b(?:statut|status)\\b[^:\\n]{0,20}:\\s*(?:pay[ée]e?|r[ée]gl[ée]e?|paid|settled|bezahlt)\\s*$", FLAGS);

    /**
     * A list of invoices each with its own status ("1) Facture … / Nouveau statut : REJETÉE", "3) … PAYÉE / Le paiement a
     * été effectué le 24/11/2026"): each item is read alone, and only an item that says it was paid, and nothing
     * pending or rejected, is a credit. Empty when the mail is no such list.
     */
    private static Optional<List<BankCredit>> items(String file, String[] lines, Optional<LocalDate> fallbackDate,
            Currency mailCurrency, Optional<String> sender) {
        List<List<String>> items = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (ITEM_START.matcher(line).find()) {
                current = new ArrayList<>();
                items.add(current);
                current.add(line);
            } else if (current != null && (line.isBlank() || !Character.isWhitespace(line.charAt(0)))) {
                current = null; // an item's own lines are indented under it
            } else if (current != null) {
                current.add(line);
            }
        }
        List<List<String>> withMoney = items.stream().filter(item -> item.size() >= 2
                && item.stream().anyMatch(l -> !NotificationReader.moneyAmounts(l).isEmpty())).toList();
        if (withMoney.size() < 2 || withMoney.size() != items.size()) {
            return Optional.empty();
        }
        List<BankCredit> credits = new ArrayList<>();
        for (List<String> item : withMoney) {
            String text = String.join("\n", item);
            boolean paid = item.stream().anyMatch(l -> voiceOn(l) || PAID_STATUS.matcher(l).find());
            List<AmountText.Found> money = NotificationReader.moneyAmounts(text).stream().filter(a -> a.amount().signum() > 0).toList();
            if (!paid || !acceptable(text) || money.stream().map(a -> a.amount().stripTrailingZeros()).distinct().count() != 1) {
                continue;
            }
            // "(référence du virement : MDT 2026-7781)." is a labelled line in brackets
            String[] itemLines = item.stream().map(l -> l.replaceFirst("^\\s*\\((.*)\\)\\.?\\s*$", "$1")).toArray(String[]::new);
            Optional<LocalDate> date = item.stream().filter(PayerAdvice::voiceOn).findFirst().flatMap(PayerAdvice::voiceDate)
                    .or(() -> paymentDate(itemLines)).or(() -> fallbackDate);
            Matcher title = ITEM_TITLE.matcher(item.get(0));
            String payer = namedPayer(itemLines).or(() -> title.matches() ? Optional.ofNullable(Words.clean(title.group(1))) : Optional.empty())
                    .or(() -> sender).orElse(null);
            String reference = reference(itemLines).orElse(null);
            Currency currency = money.get(0).currency().orElse(mailCurrency);
            date.flatMap(d -> NotificationReader.toMoney(money.get(0).amount(), currency)
                    .map(m -> new BankCredit(file, d, m, payer, reference, null, BankCredit.Source.EMAIL))).ifPresent(credits::add);
        }
        return Optional.of(credits);
    }

    /** "Virement 1   émis et débité le 09/11/2026   7 800,00 EUR": one of the transfers a payment was split into. */
    private static final Pattern TRANSFER_ROW = Pattern.compile(
            "^\\s*(?:virement|transfer|paiement|payment|versement|[üu]berweisung)\\s*(?:n°\\s*)?\\d{1,2}\\b", FLAGS);

    /**
     * A payment the payer split into several transfers ("suite au plafond de notre banque … en deux virements"): each
     * row is a credit on its own day, its "Libellé :" under it the reference; only when the rows add up to the total
     * the advice states, if it states one.
     */
    private static List<BankCredit> transfers(String file, String[] lines, Currency mailCurrency, Optional<String> sender) {
        List<BankCredit> credits = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        Optional<BigDecimal> total = Optional.empty();
        String payer = sender.orElse(null);
        for (int i = 0; i < lines.length; i++) {
            List<AmountText.Found> money = NotificationReader.moneyAmounts(lines[i]);
            List<AmountText.Found> totalled = NotificationReader.anyMoney(lines[i]);
            if (TOTAL_LINE.matcher(lines[i]).find() && totalled.size() == 1) {
                total = total.or(() -> Optional.of(totalled.get(0).amount()));
            }
            List<DateText.Found> dates = DateText.findAll(lines[i]);
            if (!TRANSFER_ROW.matcher(lines[i]).find() || money.size() != 1 || money.get(0).amount().signum() <= 0 || dates.size() != 1
                    || !acceptable(lines[i])) {
                continue;
            }
            String reference = null;
            if (i + 1 < lines.length) {
                Matcher next = LABELLED.matcher(lines[i + 1]);
                if (next.matches() && REFERENCE_LABEL.matcher(Words.fold(next.group(1))).matches()) {
                    reference = Words.clean(next.group(2));
                }
            }
            Currency currency = money.get(0).currency().orElse(mailCurrency);
            sum = sum.add(money.get(0).amount());
            String ref = reference;
            NotificationReader.toMoney(money.get(0).amount(), currency)
                    .map(m -> new BankCredit(file, dates.get(0).date(), m, payer, ref, null, BankCredit.Source.EMAIL)).ifPresent(credits::add);
        }
        BigDecimal added = sum;
        return total.filter(t -> t.compareTo(added) != 0).isPresent() ? List.of() : credits;
    }

    private static final Pattern ROW_REFERENCE = Pattern.compile(
            "(?:\\bn[°o]\\.?\\s*|#\\s*)([A-Z0-9][A-Z0-9\\-/_.]{3,30}[A-Z0-9])|\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])([A-Z0-9]{6,20})\\b");

    /**
     * "Nous vous informons des paiements suivants :", "Nous avons envoyé les versements suivants sur votre compte :"
     * and one row per payment under it: each row with one amount is a payment, dated and referenced by its own text.
     */
    private static List<BankCredit> listed(String file, String[] lines, Optional<LocalDate> fallbackDate, Currency mailCurrency,
            Optional<String> sender) {
        String payer = sender.orElse(null);
        for (int i = 0; i < lines.length; i++) {
            if (!voiceOn(lines[i]) || !lines[i].strip().endsWith(":")) {
                continue;
            }
            List<BankCredit> credits = new ArrayList<>();
            for (int j = i + 1; j < lines.length; j++) {
                if (lines[j].isBlank()) {
                    if (credits.isEmpty()) {
                        continue;
                    }
                    break;
                }
                // "Mandat n° 12 - Facture F-98 - 640,00 EUR - virement émis le …": dashes between fields, not a minus
                boolean dashedFields = lines[j].split("\\s[-–]\\s").length >= 3;
                List<AmountText.Found> money = NotificationReader.moneyAmounts(lines[j]).stream()
                        .map(a -> dashedFields ? new AmountText.Found(a.amount().abs(), a.currency(), a.start(), a.end()) : a)
                        .filter(a -> a.amount().signum() > 0).toList();
                if (money.size() != 1 || !acceptable(lines[j])) {
                    break;
                }
                String row = lines[j];
                Matcher ref = ROW_REFERENCE.matcher(row);
                String reference = ref.find() ? (ref.group(1) != null ? ref.group(1) : ref.group(2)) : null;
                Optional<LocalDate> day = dateOn(row).or(() -> fallbackDate.flatMap(d -> DateText.firstYearless(row, d)
                        .map(DateText.Found::date))).or(() -> fallbackDate);
                Currency currency = money.get(0).currency().orElse(mailCurrency);
                if (day.isPresent()) {
                    NotificationReader.toMoney(money.get(0).amount(), currency).ifPresent(m -> credits.add(
                            new BankCredit(file, day.get(), m, payer, reference, null, BankCredit.Source.EMAIL)));
                }
            }
            return credits;
        }
        return List.of();
    }

    private static Optional<BankCredit> one(String file, String[] lines, Optional<LocalDate> fallbackDate,
            Currency mailCurrency, Optional<String> sender) {
        int chosen = -1;
        AmountText.Found amount = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LABELLED.matcher(lines[i]);
            if (!m.matches() || !PAID_LABEL.matcher(m.group(1)).find() || NOT_PAID_LABEL.matcher(m.group(1)).find()) {
                continue;
            }
            Optional<AmountText.Found> money = NotificationReader.moneyAmounts(m.group(2)).stream().findFirst();
            if (money.isPresent() && money.get().amount().signum() > 0 && acceptable(lines[i])) {
                chosen = i; // the last one: the net after the fees listed above it
                amount = money.get();
            }
        }
        if (amount == null) {
            for (int i = 0; i < lines.length; i++) {
                Matcher m = LABELLED.matcher(lines[i]);
                if (m.matches() && PLAIN_AMOUNT_LABEL.matcher(Words.fold(m.group(1))).matches() && acceptable(lines[i])) {
                    Optional<AmountText.Found> money = NotificationReader.moneyAmounts(m.group(2)).stream().findFirst();
                    if (money.isPresent() && money.get().amount().signum() > 0) {
                        if (amount != null) {
                            return Optional.empty(); // two plain amounts: which one was paid is not said
                        }
                        chosen = i;
                        amount = money.get();
                    }
                }
            }
        }
        int voice = -1;
        if (amount == null) {
            // "Nous avons procédé au règlement de l'indemnité de 2 318,60 €", "your funding of €25,000.00 has been
            // disbursed": the amount of the sentence in the payer's voice, or of the line under it
            for (int i = 0; i < lines.length && amount == null; i++) {
                if (!voiceOn(lines[i])) {
                    continue;
                }
                for (int j = i; j <= Math.min(i + 1, lines.length - 1) && amount == null; j++) {
                    Optional<AmountText.Found> money = NotificationReader.moneyAmounts(lines[j]).stream()
                            .filter(a -> a.amount().signum() > 0).findFirst();
                    if (money.isPresent() && acceptable(sentenceAround(lines[j], money.get()))) {
                        chosen = j;
                        amount = money.get();
                        voice = i;
                    }
                }
            }
        }
        String whole = String.join("\n", lines);
        if (amount == null && inPayersVoice("", whole) && acceptable(whole)) {
            // "Total   22.860,00   124,80   22.735,20 EUR" under the table of the pieces paid: one transfer, whose
            // amount is the table's last column (what was paid after discounts and credit notes)
            for (int i = lines.length - 1; i >= 0 && amount == null; i--) {
                if (TOTAL_LINE.matcher(lines[i]).find() && !NOT_PAID_LABEL.matcher(lines[i]).find() && acceptable(lines[i])) {
                    List<AmountText.Found> money = NotificationReader.anyMoney(lines[i]);
                    if (!money.isEmpty() && money.get(money.size() - 1).amount().signum() > 0) {
                        chosen = i;
                        amount = money.get(money.size() - 1);
                    }
                }
            }
        }
        if (amount == null) {
            return Optional.empty();
        }
        // "nous avons procédé, le 17 novembre 2026, au versement de :" over the amount: the sentence's day
        int said = voice;
        Optional<LocalDate> date = dateOn(lines[chosen]).or(() -> said >= 0 ? voiceDate(lines[said]) : Optional.empty())
                .or(() -> paymentDate(lines)).or(() -> fallbackDate);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Currency currency = amount.currency().orElse(mailCurrency);
        String payer = namedPayer(lines).or(() -> payerInSentence(lines)).or(() -> sender).orElse(null);
        String reference = reference(lines).orElse(null);
        return NotificationReader.toMoney(amount.amount(), currency)
                .map(money -> new BankCredit(file, date.get(), money, payer, reference, null, BankCredit.Source.EMAIL));
    }

    private static boolean voiceOn(String line) {
        return PAYERS_VOICE.matcher(line).find() && !RECEIVED.matcher(line).find();
    }

    private static String sentenceAround(String line, AmountText.Found amount) {
        int start = Math.max(line.lastIndexOf(". ", amount.start()), 0);
        int end = line.indexOf(". ", amount.end());
        return line.substring(start, end < 0 ? line.length() : end);
    }

    private static boolean acceptable(String line) {
        return !NotificationReader.NOT_YET_OR_OFFER.matcher(line).find() && !NotificationReader.USER_PAID.matcher(line).find();
    }

    /** The first day written from the payer's sentence on, not a contract's date before it. */
    private static Optional<LocalDate> voiceDate(String line) {
        Matcher voice = PAYERS_VOICE.matcher(line);
        int from = voice.find() ? voice.start() : 0;
        return DateText.findAll(line).stream().filter(d -> d.end() > from).findFirst().map(DateText.Found::date);
    }

    private static Optional<LocalDate> dateOn(String line) {
        return DateText.findAll(line).stream().findFirst().map(DateText.Found::date);
    }

    /** "Versé le 19/03/2026", "Date du virement : 18 mars 2026", "par virement le 31/03/2026": the day it was paid. */
    private static Optional<LocalDate> paymentDate(String[] lines) {
        for (String line : lines) {
            if (DATE_LINE.matcher(line).find() && !NOT_DATE_LINE.matcher(line).find()) {
                Optional<LocalDate> date = dateOn(line);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** "Le virement apparaîtra sur votre relevé sous la référence : SIN 261187455 IND IMMEDIATE": words and all. */
    private static final Pattern STATEMENT_REFERENCE = Pattern.compile(
            "\\bsous\\s+(?:la\\s+)?(?:r[ée]f[ée]rence|le\\s+libell[ée]|la\\s+mention)\\s*:?\\s*[«\"“]?\\s*([^«»\"“”\\n]{4,60}?)\\s*[»\"”]?\\s*\\.?\\s*$",
            FLAGS);

    private static Optional<String> reference(String[] lines) {
        for (String line : lines) {
            Matcher m = STATEMENT_REFERENCE.matcher(line.strip());
            if (m.find() && m.group(1).chars().anyMatch(Character::isDigit)) {
                return Optional.ofNullable(Words.clean(m.group(1)));
            }
        }
        for (String line : lines) {
            Matcher m = LABELLED.matcher(line);
            if (m.matches() && REFERENCE_LABEL.matcher(Words.fold(m.group(1))).matches()
                    && NotificationReader.moneyAmounts(m.group(2)).isEmpty()) {
                String value = Words.clean(m.group(2));
                if (value != null && value.chars().anyMatch(Character::isDigit)) {
                    return Optional.of(value);
                }
            }
        }
        for (String line : lines) {
            Matcher m = REFERENCE_PHRASE.matcher(line);
            if (m.find() && m.group(1).chars().anyMatch(Character::isDigit)) {
                return Optional.of(Words.clean(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The company in a sender's name: department words and addresses dropped; empty for a bare domain or address. */
    private static final Pattern PAYER_LINE = Pattern.compile(
            "^[ \\t]*(?:from|payer|paid\\s+by|remitter|de|payeur|[ée]metteur|donneur\\s+d['’]ordre|auftraggeber|zahler"
                    // an ERP's "Société payeuse : 1000  VERDALYS SA"; Chorus Pro's public buyer, who pays the invoice
                    + "|(?:soci[ée]t[ée]|entit[ée])\\s+payeuse|paying\\s+(?:entity|company)|structure\\s+destinataire)"
                    + "[ \\t]*:[ \\t]*(?:\\d{1,6}[ \\t]+)?(\\p{L}.*?)[ \\t]*(?:\\((?:siret|siren|n°)[^)]*\\))?[ \\t]*$",
            FLAGS);

    private static final Pattern PAYER_SENTENCE = Pattern.compile(
            "(?:\\bthat\\s+|^)(\\p{Lu}[\\p{L}\\d&.,'’\\- ]{2,60}?)\\s+(?:has|have)\\s+(?:today\\s+)?(?:made|sent|paid|transferred|initiated)\\b");

    /** "Please be informed that Verhoeven Retail Group B.V. has made the following payment": the company in its sentence. */
    private static Optional<String> payerInSentence(String[] lines) {
        for (String line : lines) {
            Matcher m = PAYER_SENTENCE.matcher(line.strip());
            if (m.find()) {
                String name = m.group(1).replaceFirst("^.*\\b(?:that|que|dass)\\s+", "").strip();
                if (!NotificationReader.PRONOUN.matcher(name).matches() && Character.isUpperCase(name.charAt(0))) {
                    return Optional.ofNullable(Words.clean(name));
                }
            }
        }
        return Optional.empty();
    }

    /** An advice's own "From: Northfield Facilities Management Ltd" line: the company that paid, as it writes its name. */
    private static Optional<String> namedPayer(String[] lines) {
        for (String line : lines) {
            Matcher m = PAYER_LINE.matcher(line);
            if (m.matches() && !m.group(1).contains("@") && NotificationReader.moneyAmounts(m.group(1)).isEmpty()) {
                return Optional.ofNullable(Words.clean(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** "Véronique Baert <v.baert@lemaire-caudron.fr>", signing "TRANSPORTS LEMAIRE-CAUDRON": a person writing for a company. */
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,2}$");

    /**
     * Who the sender is, as a payer's name: the company in its display name, or, when that is a person's name, the line
     * of the mail that spells the company of the sender's domain (its signature, its letterhead).
     */
    static Optional<String> sender(Optional<String> senderName, Optional<String> from, String body) {
        Optional<String> name = senderName.flatMap(PayerAdvice::company);
        if (name.isPresent() && !PERSON.matcher(name.get()).matches()) {
            return name.map(n -> withLegalForm(n, body));
        }
        Optional<String> domain = from.map(f -> f.replaceAll("[<>\\s]", "")).filter(f -> f.contains("@"))
                .map(f -> f.substring(f.lastIndexOf('@') + 1).split("\\.")).filter(parts -> parts.length >= 2)
                .map(parts -> Words.fold(parts[parts.length - 2]).replaceAll("[^a-z0-9]", "")).filter(d -> d.length() >= 4);
        if (domain.isEmpty() || name.map(n -> Words.fold(n).replaceAll("[^a-z0-9]", "").contains(domain.get())).orElse(false)) {
            return name.map(n -> withLegalForm(n, body)); // "Lemon Squeezy <payouts@lemonsqueezy.com>" is the company itself
        }
        String[] lines = body.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty() && Character.isLetter(line.charAt(0)) && line.length() <= 60 && line.split("\\s+").length <= 6 && line.chars().noneMatch(Character::isDigit)
                    && !line.contains("@") && !line.contains("www") && !line.contains("http")
                    && Words.fold(line).replaceAll("[^a-z0-9]", "").contains(domain.get())) {
                return Optional.of(line);
            }
        }
        return name;
    }

    /**
     * "Harrow & Finch" signing "Harrow & Finch Ltd" on a line of its own: the name as the company writes it in full.
     * Not a legal footer's "PayPlug SAS – Établissement de paiement …", where a platform states its form.
     */
    private static String withLegalForm(String name, String body) {
        Matcher m = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(name) + "\\s+(\\p{L}[\\p{L}.]{0,11})[ \\t]*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(body);
        while (m.find()) {
            if (org.relance.text.Names.isLegalForm(m.group(1))) {
                return m.group().strip();
            }
        }
        return name;
    }

    static Optional<String> company(String senderName) {
        List<String> kept = new ArrayList<>();
        for (String part : senderName.replaceAll("[\"<>]", " ").split("\\s+[-–—|:]\\s+")) {
            String p = part.strip();
            if (!p.isEmpty() && !DEPARTMENT.matcher(Words.fold(p)).matches()) {
                kept.add(p);
            }
        }
        // "Northfield FM Accounts Payable": the department after the name, with no dash; "TWINT Business",
        // "ManoMano Partenaires": the platform's offer for sellers after its name
        // "Comptabilité Fournisseurs Océane Distribution": the department before the name, with no dash
        String name = String.join(" - ", kept).strip().replaceFirst(
                "(?i)^(?:comptabilit[ée]\\s+fournisseurs|comptes?\\s+fournisseurs|service\\s+comptab\\p{L}*|accounts?\\s+payable)\\s+(?=\\p{L})", "")
                .replaceFirst(
                "(?i)\\s+(?:accounts?\\s+(?:payable|receivable)|billing|finance|payments|comptabilit[ée]|service\\s+comptable"
                        + "|(?:for\\s+)?business|partenaires|partners|vendeurs|sellers|merchants?)$", "");
        if (name.isEmpty() || name.contains("@") || name.matches("[\\p{L}\\d\\-]+(?:\\.[\\p{L}\\d\\-]+)+")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
