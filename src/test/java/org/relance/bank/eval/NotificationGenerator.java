package org.relance.bank.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;

/**
 * Writes a labelled set of bank notification emails (credits, daily summaries, distractors) in French, English and
 * German, text and HTML: {@code main(outDir, seed, family, count)}, family {@code dev} or {@code heldout} (other
 * templates and phrasings, kept out of tuning).
 */
public final class NotificationGenerator {

    /** One expected credit; payer or reference null when the mail does not give one. */
    record Credit(BigDecimal amount, String currency, String payer, String reference, LocalDate date) {
    }

    /** A generated mail: subject, text and/or HTML body, and the credits a correct reader finds. */
    record Mail(String kind, String from, String subject, String text, String html, List<Credit> credits) {
    }

    private static final String[] COMPANIES = {"SARL Dupont Frères", "Boulangerie Martin", "Kunden AG Mitte",
        "Müller & Söhne GmbH", "O'Neill Consulting Ltd", "Ma Jolie Boutique", "Atelier Léa Roux", "Garage Dubois SARL",
        "Brightwater Analytics Ltd", "Société Générale des Eaux du Nord", "Weber Logistik KG", "Café de la Gare",
        "Northwind Trading", "EURL Chantal Besnard", "Hôtel des Alpes SAS", "Schäfer IT-Service"};
    private static final String[] PEOPLE = {"Julie Martin", "Thomas Nguyen", "Camille Lefèvre", "Jonas Becker",
        "Emma Wilson", "Lucas Bernard", "Sophie Schmidt", "Oliver Brown"};
    private static final String[] MERCHANTS = {"AMAZON EU SARL", "FNAC DARTY", "DECATHLON", "IKEA FRANCE",
        "BOULANGER", "LEROY MERLIN"};
    private static final String[] FR_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] DE_MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember"};

    private final Random random;

    NotificationGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        String family = args[2];
        int count = Integer.parseInt(args[3]);
        new NotificationGenerator(seed).write(out, family, count);
    }

    void write(Path out, String family, int count) throws IOException, MessagingException {
        Files.createDirectories(out);
        List<Function<NotificationGenerator, Mail>> templates = family.equals("heldout") ? Heldout.TEMPLATES : Dev.TEMPLATES;
        ObjectMapper json = new ObjectMapper();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Mail mail = templates.get(i % templates.size()).apply(this);
            String file = String.format(Locale.ROOT, "%s-%03d-%s.eml", family, i, mail.kind());
            LocalDate sent = mailDate(mail);
            try (OutputStream stream = Files.newOutputStream(out.resolve(file))) {
                eml(mail, sent).writeTo(stream);
            }
            ObjectNode line = json.createObjectNode();
            line.put("file", file);
            line.put("kind", mail.kind());
            ArrayNode credits = line.putArray("credits");
            for (Credit c : mail.credits()) {
                ObjectNode node = credits.addObject();
                node.put("amount", c.amount().toPlainString());
                node.put("currency", c.currency());
                node.put("payer", c.payer());
                node.put("reference", c.reference());
                node.put("date", c.date().toString());
            }
            labels.append(json.writeValueAsString(line)).append('\n');
        }
        Path labelsFile = out.resolve("labels.jsonl");
        if (Files.exists(labelsFile)) {
            // Hand-written mails (dev-h…, see src/test/python/bank-eval/dev-mails.py) are not generated: keep their labels.
            for (String kept : Files.readAllLines(labelsFile, StandardCharsets.UTF_8)) {
                if (kept.contains("\"file\":\"" + family + "-h")) {
                    labels.append(kept).append('\n');
                }
            }
        }
        Files.writeString(labelsFile, labels.toString(), StandardCharsets.UTF_8);
    }

    /** The mail's Date header: the day after the credits, so a reader that ignores a written date is caught. */
    private LocalDate mailDate(Mail mail) {
        return mail.credits().isEmpty() ? day() : mail.credits().get(0).date().plusDays(mail.kind().contains("nodate") ? 0 : 1);
    }

    private static MimeMessage eml(Mail mail, LocalDate sent) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(mail.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("relance@acme.test"));
        message.setSubject(mail.subject(), "UTF-8");
        message.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(sent.atTime(7, 45).atOffset(ZoneOffset.ofHours(1))));
        if (mail.text() != null && mail.html() != null) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        } else if (mail.html() != null) {
            message.setText(mail.html(), "UTF-8", "html");
        } else {
            message.setText(mail.text(), "UTF-8", "plain");
        }
        message.saveChanges();
        return message;
    }

    // ---- random values ----

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance() {
        return random.nextBoolean();
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    String company() {
        return pick(COMPANIES);
    }

    String person() {
        return pick(PEOPLE);
    }

    String merchant() {
        return pick(MERCHANTS);
    }

    BigDecimal amount() {
        int kind = random.nextInt(4);
        long cents = switch (kind) {
            case 0 -> 1_000 + random.nextInt(99_000);
            case 1 -> 100_000 + random.nextInt(900_000);
            case 2 -> (1 + random.nextInt(40)) * 10_000L;
            default -> 1_000_000 + random.nextInt(5_000_000);
        };
        return BigDecimal.valueOf(cents, 2);
    }

    LocalDate day() {
        return LocalDate.of(2026, 9, 1).plusDays(random.nextInt(90));
    }

    /** An invoice reference as customers write them. */
    String reference() {
        int n = 1 + random.nextInt(999);
        return switch (random.nextInt(6)) {
            case 0 -> "FA-2026-" + String.format(Locale.ROOT, "%04d", n);
            case 1 -> "F2026-" + String.format(Locale.ROOT, "%03d", n);
            case 2 -> "INV-" + (4000 + n);
            case 3 -> "Facture " + (2000 + n);
            case 4 -> "RE-2026/" + String.format(Locale.ROOT, "%03d", n);
            default -> "RF18" + (5390075470L + n);
        };
    }

    /** French amount: "1 234,56" with a space, NBSP or narrow NBSP, or a dot. */
    String fr(BigDecimal amount) {
        String sep = pick(new String[] {" ", "\u00A0", "\u202F", ".", ""});
        return grouped(amount, ',', sep);
    }

    String de(BigDecimal amount) {
        return grouped(amount, ',', chance() ? "." : "");
    }

    String en(BigDecimal amount) {
        return grouped(amount, '.', ",");
    }

    private static String grouped(BigDecimal amount, char decimal, String group) {
        String root = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount.setScale(2, RoundingMode.UNNECESSARY));
        return root.replace(",", "\u0001").replace('.', decimal).replace("\u0001", group);
    }

    String frDate(LocalDate d) {
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            case 1 -> d.getDayOfMonth() + " " + FR_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
            default -> String.format(Locale.ROOT, "%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        };
    }

    String enDate(LocalDate d) {
        String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return switch (random.nextInt(3)) {
            case 0 -> d.getDayOfMonth() + " " + month.substring(0, 3) + " " + d.getYear();
            case 1 -> month + " " + d.getDayOfMonth() + ", " + d.getYear();
            default -> d.toString();
        };
    }

    String deDate(LocalDate d) {
        return chance() ? String.format(Locale.ROOT, "%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
                : d.getDayOfMonth() + ". " + DE_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** Makes HTML text out of plain values: spaces inside amounts become entities, as mailers write them. */
    String entities(String s) {
        String nbsp = pick(new String[] {"&nbsp;", "&#160;", "&#xA0;"});
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\u00A0", nbsp).replace("\u202F", "&#8239;")
                .replace("€", chance() ? "&euro;" : "&#8364;").replace("é", chance() ? "&eacute;" : "é")
                .replace("'", chance() ? "&#39;" : "'");
    }

    static Credit credit(BigDecimal amount, String currency, String payer, String reference, LocalDate date) {
        return new Credit(amount, currency, payer, reference, date);
    }

    static List<Credit> none() {
        return List.of();
    }

    static <T> List<T> list(List<T> values) {
        return new ArrayList<>(values);
    }
}
