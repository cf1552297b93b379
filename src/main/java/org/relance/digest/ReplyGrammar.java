package org.relance.digest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.digest.ParsedReply.Command;
import org.relance.digest.ParsedReply.Entry;
import org.relance.digest.ParsedReply.Kind;
import org.relance.digest.ParsedReply.NotUnderstood;
import org.relance.invoice.InvoiceCorrection;
import org.relance.text.AmountText;
import org.relance.text.DateText;
import org.relance.text.Decimals;
import org.relance.text.Fold;
import org.relance.text.ReplyText;

/**
 * The reply grammar of the digest (contract §8): one command per line, in French or English, against the digest's
 * numbered items; shared by email replies, {@code relance reply} and the demo's terminal. Pure.
 */
public final class ReplyGrammar {

    /** Lines read at most (commands and lines not understood); the rest are counted, not read. */
    public static final int MAX_COMMANDS = 200;
    /** "reporter 2" without a number of days. */
    public static final int DEFAULT_SNOOZE_DAYS = 7;
    static final int MAX_SNOOZE_DAYS = 365;
    static final int MAX_LINE = 300;
    static final int MAX_ITEM = 9999;
    static final int MAX_ITEMS_PER_LINE = 500;

    static final String TOTAL = "total";
    static final String DUE = "due";
    static final String EMAIL = "email";

    private static final Map<String, Kind> VERBS = verbs();
    private static final Set<String> ALL = Set.of("all", "tout", "tous", "toutes", "toute", "everything", "everyone");
    /** Words that say nothing: articles, "item", courtesy. A line of these alone is chatter. */
    private static final Set<String> FILLERS = Set.of("de", "du", "des", "le", "la", "les", "l", "pour", "for",
            "item", "items", "element", "elements", "elem", "ligne", "lignes", "line", "lines", "no", "n", "num",
            "numero", "numeros", "number", "numbers", "the", "by", "avant", "before", "until", "au", "jusqu",
            "d", "ici", "mark", "marquer", "marque", "as", "comme", "please", "pls", "svp", "stp", "merci", "thanks",
            "thank", "you", "bonjour", "hello", "hi", "salut", "hey", "bonsoir", "coucou", "cordialement",
            "regards", "cheers", "best", "bien", "a", "vous", "plait", "s", "il", "on", "sur", "in", "dans");
    private static final Set<String> SEPARATORS = Set.of("et", "and", "&", "+", ",", ";");
    private static final Set<String> DAY_WORDS = Set.of("j", "jour", "jours", "d", "day", "days", "jr", "jrs");
    private static final Set<String> GREETINGS = Set.of("bonjour", "bonsoir", "salut", "hello", "hi", "hey",
            "coucou", "merci", "thanks", "thank", "cordialement", "regards", "cheers", "best", "bien", "bonne",
            "belle", "dear", "cher", "chere", "kind", "bisous", "amities");
    /** Confirming an invoice read with doubts, and correcting it (which confirms it too). */
    private static final Set<String> CONFIRM_VERBS = Set.of("confirm", "confirmer", "confirme", "confirmez",
            "confirmed", "confirmes", "confirmees", "confirmee");
    private static final Set<String> CORRECT_VERBS = Set.of("correct", "corriger", "corrige", "corrigez", "correction",
            "corrected", "corrigee", "fix", "rectifier", "rectifiez");
    /** The fields a correction may name, in French and English: total, due date, the customer's email. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("total", TOTAL), Map.entry("montant", TOTAL), Map.entry("amount", TOTAL),
            Map.entry("ttc", TOTAL), Map.entry("due", DUE), Map.entry("echeance", DUE), Map.entry("echeances", DUE),
            Map.entry("date", DUE), Map.entry("email", EMAIL), Map.entry("e-mail", EMAIL),
            Map.entry("courriel", EMAIL), Map.entry("mail", EMAIL), Map.entry("adresse", EMAIL));
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@<>\"',;]+@[^\\s@<>\"',;]+\\.[^\\s@<>\"',;.]+");
    private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final Pattern CHATTER = Pattern.compile(
            "^(envoye de mon|sent from my|get outlook|telecharger outlook|obtenir outlook).*");
    private static final Pattern TOKEN = Pattern.compile(
            "(?<iso>\\d{4}-\\d{1,2}-\\d{1,2})"
                    + "|(?<fr>\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)"
                    + "|(?<range>\\d{1,6})\\s*(?:-|\\s(?:a|to|au|jusqu'a|through)\\s)\\s*(?<rangeEnd>\\d{1,6})"
                    + "|(?<days>\\d{1,6})\\s*(?:jours|jour|jrs|jr|days|day|j|d)\\b"
                    + "|(?<num>\\d{1,6})"
                    + "|(?<word>[a-z]+)"
                    + "|(?<sep>[,;&+])");

    private ReplyGrammar() {
    }

    /**
     * The commands of a reply's text, line by line (quoted history, signatures and blank lines removed); a line that
     * is not a command is kept as not understood. Linear in the text; reads at most {@link #MAX_COMMANDS} lines.
     */
    public static ParsedReply parse(String text, LocalDate today) {
        String body = ReplyText.withoutQuotedHistory(text);
        List<String> read = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        int skipped = 0;
        for (String raw : (Iterable<String>) body.lines()::iterator) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (entries.size() >= MAX_COMMANDS) {
                skipped++;
                continue;
            }
            if (line.length() > MAX_LINE) {
                read.add(line);
                entries.add(new NotUnderstood(line.substring(0, 80) + "…", "too_long"));
                continue;
            }
            Entry entry = line(line, today);
            if (entry == null) {
                continue; // chatter
            }
            read.add(line);
            entries.add(entry);
        }
        dropTrailingSignOff(read, entries);
        return new ParsedReply(read, entries, skipped);
    }

    /** One line: a command, a line not understood, or null for chatter. */
    static Entry line(String source, LocalDate today) {
        String folded = Fold.words(source).strip();
        while (!folded.isEmpty() && "-*•>".indexOf(folded.charAt(0)) >= 0) {
            folded = folded.substring(1).strip(); // a bullet
        }
        folded = folded.replace("plus tard", "later").replace("s'il vous plait", "svp");
        if (CHATTER.matcher(folded).matches()) {
            return null;
        }
        String first = folded.split("[^a-z]+", 2)[0];
        if (GREETINGS.contains(first) && folded.chars().noneMatch(Character::isDigit)) {
            return null; // "Bonjour Claire,", "Merci beaucoup !"
        }
        if (CONFIRM_VERBS.contains(first) || CORRECT_VERBS.contains(first)) {
            return confirmation(source, folded, CORRECT_VERBS.contains(first), today);
        }
        if (folded.equals("?")) {
            return new Command(source, Kind.HELP, List.of(), false, 0, null);
        }
        Kind kind = null;
        boolean all = false;
        boolean unknownWord = false;
        boolean digits = false;
        Set<Integer> items = new LinkedHashSet<>();
        Integer days = null;
        LocalDate by = null;
        String dateProblem = null;
        // the last bare number and whether it was alone (not after a separator): "reporter 2 7" means 7 days
        Integer lastBare = null;
        boolean lastBareAlone = false;
        boolean lastWasSeparator = false;
        int tokens = 0;
        int lastBareToken = -1;
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            if (m.group("word") != null) {
                String word = m.group("word");
                if (SEPARATORS.contains(word)) {
                    lastWasSeparator = true;
                    continue;
                }
                if (FILLERS.contains(word) && !VERBS.containsKey(word) && !ALL.contains(word)
                        && !DAY_WORDS.contains(word)) {
                    continue;
                }
                tokens++;
                Kind verb = VERBS.get(word);
                if (verb != null) {
                    if (kind != null && kind != verb) {
                        unknownWord = true; // two different commands on one line: ambiguous
                    }
                    kind = verb;
                } else if (ALL.contains(word)) {
                    all = true;
                } else if (DAY_WORDS.contains(word) && lastBare != null && lastBareToken == tokens - 1) {
                    days = lastBare; // "7 d'affilée"-style spacing the days group missed
                    items.remove(lastBare);
                    lastBare = null;
                } else if (!FILLERS.contains(word)) {
                    unknownWord = true;
                }
                lastWasSeparator = false;
                continue;
            }
            if (m.group("sep") != null) {
                lastWasSeparator = true;
                continue;
            }
            digits = true;
            tokens++;
            if (m.group("iso") != null || m.group("fr") != null) {
                LocalDate date = m.group("iso") != null ? iso(m.group("iso")) : french(m.group("fr"), today);
                if (date == null) {
                    dateProblem = "bad_date";
                } else if (date.isBefore(today)) {
                    dateProblem = "bad_date";
                } else {
                    by = date;
                }
            } else if (m.group("range") != null) {
                int from = Integer.parseInt(m.group("range"));
                int to = Integer.parseInt(m.group("rangeEnd"));
                if (from > to) {
                    int t = from;
                    from = to;
                    to = t;
                }
                if (to - from + 1 > MAX_ITEMS_PER_LINE) {
                    return new NotUnderstood(source, "too_many");
                }
                for (int i = from; i <= to; i++) {
                    items.add(i);
                }
                lastBare = null;
            } else if (m.group("days") != null) {
                days = Integer.parseInt(m.group("days"));
            } else {
                int n = Integer.parseInt(m.group("num"));
                items.add(n);
                lastBare = n;
                lastBareAlone = !lastWasSeparator;
                lastBareToken = tokens;
            }
            lastWasSeparator = false;
            if (items.size() > MAX_ITEMS_PER_LINE) {
                return new NotUnderstood(source, "too_many");
            }
        }
        if (kind == null) {
            if (!unknownWord && !digits) {
                return null; // "Bonjour", "Merci !": chatter
            }
            return new NotUnderstood(source, "unknown_command");
        }
        if (unknownWord) {
            return new NotUnderstood(source, "unknown_command");
        }
        if (kind == Kind.HELP) {
            return new Command(source, Kind.HELP, List.of(), false, 0, null);
        }
        if (kind == Kind.SNOOZE && days == null && lastBare != null && lastBareAlone
                && lastBareToken == tokens && (items.size() >= 2 || all)) {
            items.remove(lastBare);
            days = lastBare;
        }
        if (days != null && kind != Kind.SNOOZE) {
            return new NotUnderstood(source, "bad_days");
        }
        if (kind == Kind.SNOOZE) {
            days = days == null ? DEFAULT_SNOOZE_DAYS : days;
            if (days < 1 || days > MAX_SNOOZE_DAYS) {
                return new NotUnderstood(source, "bad_days");
            }
        }
        if (dateProblem != null) {
            return new NotUnderstood(source, dateProblem);
        }
        if (kind == Kind.PROMISE && by == null) {
            return new NotUnderstood(source, "no_date");
        }
        if (kind != Kind.PROMISE && by != null) {
            return new NotUnderstood(source, "unknown_command");
        }
        items.removeIf(i -> i < 1 || i > MAX_ITEM);
        if (all && !items.isEmpty()) {
            return new NotUnderstood(source, "unknown_command"); // "ok tout 3": which one?
        }
        if (!all && items.isEmpty()) {
            return new NotUnderstood(source, "no_items");
        }
        return new Command(source, kind, List.copyOf(items), all, kind == Kind.SNOOZE ? days : 0, by);
    }

    /**
     * "confirmer 3 4", "corriger 3 montant 968,00 échéance 12/12/2026 email compta@client.fr": the numbers first, then
     * field–value pairs. Any word that is neither a number, a filler nor a field makes the line not understood.
     */
    private static Entry confirmation(String source, String folded, boolean correct, LocalDate today) {
        String[] words = folded.split("\\s+");
        Set<Integer> items = new LinkedHashSet<>();
        Map<String, StringBuilder> fields = new java.util.LinkedHashMap<>();
        String field = null;
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (word.matches("[:=\\-]+")) {
                continue; // "montant : 968,00"
            }
            String key = word.replaceAll("[:=]+$", "");
            if (FIELDS.containsKey(key)) {
                field = FIELDS.get(key);
                if (fields.containsKey(field)) {
                    return new NotUnderstood(source, "unknown_command"); // the same field twice: which one?
                }
                fields.put(field, new StringBuilder());
                continue;
            }
            if (field != null) {
                StringBuilder value = fields.get(field);
                if (!(SEPARATORS.contains(word) && !value.isEmpty())) {
                    value.append(value.isEmpty() ? "" : " ").append(word);
                }
                continue;
            }
            for (String part : word.split("[,;]")) {
                if (part.isEmpty() || SEPARATORS.contains(part) || FILLERS.contains(part)) {
                    continue;
                }
                Matcher range = Pattern.compile("(\\d{1,4})-(\\d{1,4})").matcher(part);
                if (part.matches("\\d{1,4}")) {
                    items.add(Integer.parseInt(part));
                } else if (range.matches()) {
                    int from = Math.min(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
                    int to = Math.max(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
                    if (to - from + 1 > MAX_ITEMS_PER_LINE) {
                        return new NotUnderstood(source, "too_many");
                    }
                    for (int n = from; n <= to; n++) {
                        items.add(n);
                    }
                } else {
                    return new NotUnderstood(source, "unknown_command");
                }
            }
        }
        items.removeIf(n -> n < 1 || n > MAX_ITEM);
        if (items.isEmpty()) {
            return new NotUnderstood(source, "no_items");
        }
        if (fields.isEmpty()) {
            return correct ? new NotUnderstood(source, "no_correction")
                    : new Command(source, Kind.CONFIRM, List.copyOf(items), false, 0, null);
        }
        if (items.size() > 1) {
            return new NotUnderstood(source, "one_item");
        }
        java.math.BigDecimal total = null;
        LocalDate due = null;
        String email = null;
        for (Map.Entry<String, StringBuilder> f : fields.entrySet()) {
            String value = f.getValue().toString().strip().replaceAll("[.;,!]+$", "");
            if (value.isEmpty()) {
                return new NotUnderstood(source, "no_correction");
            }
            switch (f.getKey()) {
                case TOTAL -> {
                    if (!(AmountText.read(value) instanceof Decimals.Value v) || v.amount().signum() <= 0) {
                        return new NotUnderstood(source, "bad_amount");
                    }
                    total = v.amount();
                }
                case DUE -> {
                    due = due(value, today);
                    if (due == null) {
                        return new NotUnderstood(source, "bad_due");
                    }
                }
                default -> {
                    if (!EMAIL_ADDRESS.matcher(value).matches()) {
                        return new NotUnderstood(source, "bad_email");
                    }
                    email = original(source, value);
                }
            }
        }
        return new Command(source, Kind.CONFIRM, List.copyOf(items), false, 0, null,
                new InvoiceCorrection(total, due, email));
    }

    /** A due date as typed: 2026-12-12, 12/12/2026, 12 décembre 2026, or 12/12 (the nearest 12 December). */
    static LocalDate due(String value, LocalDate today) {
        java.util.Optional<LocalDate> full = DateText.parse(value);
        if (full.isPresent()) {
            return DateText.implausible(full.get()).isPresent() ? null : full.get();
        }
        Matcher m = SHORT_DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        LocalDate best = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            LocalDate d = date(year, month, day);
            if (d != null && (best == null || Math.abs(d.toEpochDay() - today.toEpochDay())
                    < Math.abs(best.toEpochDay() - today.toEpochDay()))) {
                best = d;
            }
        }
        return best;
    }

    /** The email address as written (the grammar reads folded text). */
    private static String original(String source, String folded) {
        Matcher m = Pattern.compile(Pattern.quote(folded), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(source);
        return m.find() ? m.group() : folded;
    }

    /** A name ("Claire", "Claire M.") under the commands, without the "-- " separator, is a sign-off, not a failed command. */
    private static void dropTrailingSignOff(List<String> read, List<Entry> entries) {
        boolean anyCommand = entries.stream().anyMatch(Command.class::isInstance);
        while (anyCommand && !entries.isEmpty()
                && entries.get(entries.size() - 1) instanceof NotUnderstood n
                && n.why().equals("unknown_command") && n.source().chars().noneMatch(Character::isDigit)
                && n.source().split("\\s+").length <= 3 && capitalised(n.source())) {
            entries.remove(entries.size() - 1);
            read.remove(read.size() - 1);
        }
    }

    /** "Claire", "Claire M.", "J-P Martin": every word starts with a capital. */
    private static boolean capitalised(String line) {
        for (String word : line.split("\\s+")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate iso(String text) {
        String[] p = text.split("-");
        return date(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    /** 15/12/2026, 15/12/26, or 15/12 (the next 15 December from today). */
    private static LocalDate french(String text, LocalDate today) {
        String[] p = text.split("/");
        int day = Integer.parseInt(p[0]);
        int month = Integer.parseInt(p[1]);
        if (p.length == 3) {
            int year = Integer.parseInt(p[2]);
            return date(year < 100 ? 2000 + year : year, month, day);
        }
        LocalDate thisYear = date(today.getYear(), month, day);
        if (thisYear == null) {
            return date(today.getYear() + 1, month, day); // 29/02 in a leap year to come
        }
        return thisYear.isBefore(today) ? date(today.getYear() + 1, month, day) : thisYear;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, Kind> verbs() {
        Map<String, Kind> verbs = new java.util.HashMap<>();
        for (String w : List.of("approve", "approuver", "approuve", "valider", "valide", "validez", "ok", "okay",
                "oui", "yes", "go", "envoyer", "envoie", "envoyez", "send")) {
            verbs.put(w, Kind.APPROVE);
        }
        for (String w : List.of("snooze", "reporter", "reporte", "reportez", "later", "postpone", "differer",
                "attendre", "wait")) {
            verbs.put(w, Kind.SNOOZE);
        }
        for (String w : List.of("escalate", "escalader", "escalade", "escaladez")) {
            verbs.put(w, Kind.ESCALATE);
        }
        for (String w : List.of("paid", "paye", "payee", "payes", "payees", "regle", "reglee", "regles", "reglees",
                "payer")) {
            verbs.put(w, Kind.PAID);
        }
        for (String w : List.of("promise", "promised", "promesse", "promis", "promet")) {
            verbs.put(w, Kind.PROMISE);
        }
        for (String w : List.of("dispute", "disputed", "litige", "contest", "conteste", "contestee")) {
            verbs.put(w, Kind.DISPUTE);
        }
        for (String w : List.of("help", "aide", "commandes", "commands")) {
            verbs.put(w, Kind.HELP);
        }
        return Map.copyOf(verbs);
    }

    /** The commands a reply may use, with examples: the foot of the digest email and the terminal's "help". */
    public static String help(Locale locale) {
        if ("fr".equals(locale.getLanguage())) {
            return String.join("\n",
                    "Répondez à ce message, une commande par ligne :",
                    "  valider 1 3        (ou : ok 1 3, ok 1-3, ok 1 à 3, tout valider)",
                    "  reporter 2 7       (reporter la relance 2 de 7 jours ; 7 jours sans nombre)",
                    "  escalader 4        (passer à l'étape suivante)",
                    "  payé 5             (la facture est payée)",
                    "  promesse 6 15/12/2026   (le client a promis de payer avant cette date)",
                    "  litige 7           (le client conteste : plus de relance)",
                    "  confirmer 8        (la facture 8 « à confirmer » est bien lue)",
                    "  corriger 8 montant 968,00 échéance 12/12/2026 email compta@client.fr",
                    "                     (corrige ce qui a été mal lu, et confirme)",
                    "  aide               (cette liste)",
                    "Exemple :",
                    "  ok 1 3",
                    "  reporter 2 7");
        }
        return String.join("\n",
                "Reply to this message, one command per line:",
                "  approve 1 3        (or: ok 1 3, ok 1-3, ok 1 to 3, approve all)",
                "  snooze 2 7         (snooze item 2 for 7 days; 7 days without a number)",
                "  escalate 4         (go to the next step)",
                "  paid 5             (the invoice is paid)",
                "  promise 6 2026-12-15   (the customer promised to pay by then)",
                "  dispute 7          (the customer disputes it: no more reminders)",
                "  confirm 8          (invoice 8 \"to confirm\" was read right)",
                "  correct 8 total 968.00 due 2026-12-12 email accounts@client.com",
                "                     (fixes what was misread, and confirms)",
                "  help               (this list)",
                "Example:",
                "  ok 1 3",
                "  snooze 2 7");
    }
}
