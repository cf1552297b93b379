package org.relance.demo;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The mail the demo delivers to the bot's mailbox, dated relative to the demo's day: the founder's forwarded
 * invoices (plain and Factur-X PDFs, one credit note) and the bank's transfer notifications (two paying in full,
 * one partly), and a customer's answer to a reminder. The demo's {@link ReceivingServer} stamps them as they arrive.
 * Pure.
 */
final class SampleMail {

    static final String DOMAIN = "acme.test";
    static final String SELLER = "Acme SAS";
    static final String FOUNDER = "founder@" + DOMAIN;
    static final String BOT = "relance@" + DOMAIN;
    /** The mailbox the bot reads, behind the demo's receiving server (mail for BOT is moved there, stamped). */
    static final String BOT_INBOX = "relance-inbox@" + DOMAIN;
    static final String BANK = "alertes@banque-demo.test";
    /** The authserv-id of the demo's {@link ReceivingServer} (mail.authservId). */
    static final String AUTHSERV_ID = "mx.acme.test";

    /** The customers of the samples: name, address (each one has a demo mailbox). */
    static final List<String[]> CUSTOMERS = List.of(
            new String[] {"Boulangerie Martin", "compta@boulangerie-martin.test"},
            new String[] {"Pharmacie Moreau", "compta@pharmacie-moreau.test"},
            new String[] {"Garage Dupont", "atelier@garage-dupont.test"},
            new String[] {"Café du Port", "contact@cafe-du-port.test"},
            new String[] {"Studio Lumière", "hello@studio-lumiere.test"});

    /** A reminder already sent outside the demo, so that later ladder steps show. */
    record PastReminder(String invoice, String step, int daysAgo) {
    }

    /** A bank notification: who paid what for which invoice. */
    record Transfer(String payer, BigDecimal amount, String reference, LocalDate on) {
    }

    /** The invoice whose reminder the customer answers (the demo sends that reminder first). */
    static final String ANSWERED = "F-2026-0107";

    private final LocalDate today;
    private final ZoneId zone;

    SampleMail(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
    }

    List<SampleInvoice> invoices() {
        return List.of(
                invoice("F-2026-0101", 0, 70, 40, "1440.00", "Fournitures de bureau, novembre", false),
                invoice("F-2026-0102", 1, 45, 15, "1234.56", "Maintenance du site web, octobre", true),
                invoice("F-2026-0103", 2, 40, 10, "2400.00", "Audit informatique de l'atelier", false),
                invoice("F-2026-0104", 3, 35, 5, "960.00", "Création du menu et des affiches", true),
                invoice("F-2026-0105", 4, 33, 3, "480.00", "Retouches photo, séance du mois", false),
                invoice("F-2026-0106", 4, 10, -20, "720.00", "Séance photo, catalogue d'hiver", true),
                invoice(ANSWERED, 1, 40, 10, "1800.00", "Refonte de la boutique en ligne", false),
                new SampleInvoice("F-2026-0108", false, CUSTOMERS.get(0)[0], CUSTOMERS.get(0)[1], today.minusDays(42),
                        today.minusDays(12), new BigDecimal("864.00"), "Livraison de farine, octobre", false, true),
                new SampleInvoice("AV-2026-0007", true, CUSTOMERS.get(2)[0], CUSTOMERS.get(2)[1],
                        today.minusDays(9), today.minusDays(9), new BigDecimal("150.00"),
                        "Avoir : remise sur l'audit (une journée non effectuée)", false));
    }

    /** The history the demo seeds after intake: reminders "sent" before Relance watched this mailbox. */
    List<PastReminder> history() {
        return List.of(
                new PastReminder("F-2026-0101", "friendly", 38),
                new PastReminder("F-2026-0101", "firm", 31),
                new PastReminder("F-2026-0101", "call", 22),
                new PastReminder("F-2026-0103", "friendly", 8));
    }

    List<Transfer> transfers() {
        return List.of(
                new Transfer("PHARMACIE MOREAU", new BigDecimal("1234.56"), "F-2026-0102", today.minusDays(1)),
                new Transfer("STUDIO LUMIERE", new BigDecimal("480.00"), "F-2026-0105", today),
                new Transfer("GARAGE DUPONT SARL", new BigDecimal("1000.00"), "F-2026-0103", today));
    }

    /** Everything to deliver, in order: the invoices first, then the bank notifications. */
    List<MimeMessage> messages() throws MessagingException {
        List<MimeMessage> all = new ArrayList<>();
        int n = 0;
        for (SampleInvoice invoice : invoices()) {
            all.add(forwarded(invoice, ++n));
        }
        for (Transfer t : transfers()) {
            all.add(bankNotification(t, ++n));
        }
        return all;
    }

    /** The customer's answer to the reminder the bot sent: a reply in its thread, as a mail client writes it. */
    MimeMessage customerReply(MimeMessage reminder, String customer) throws MessagingException {
        MimeMessage m = message(customer, BOT, "Re: " + reminder.getSubject(), 90);
        String id = reminder.getMessageID();
        m.setHeader("In-Reply-To", id);
        m.setHeader("References", id);
        m.setSentDate(new Date(reminder.getSentDate() == null ? System.currentTimeMillis()
                : reminder.getSentDate().getTime() + 20 * 60_000L));
        m.setText("""
                Bonjour,

                Désolée pour le retard, notre comptable était absente. Le virement de la facture %s
                part vendredi.

                Bien cordialement,
                Sophie Moreau

                Le %s, Acme SAS a écrit :
                > %s
                """.formatted(ANSWERED, DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today),
                reminder.getSubject()), "UTF-8");
        m.saveChanges();
        return m;
    }

    private SampleInvoice invoice(String number, int customer, int issuedDaysAgo, int dueDaysAgo, String total,
                                  String line, boolean facturX) {
        String[] c = CUSTOMERS.get(customer);
        return new SampleInvoice(number, false, c[0], c[1], today.minusDays(issuedDaysAgo),
                today.minusDays(dueDaysAgo), new BigDecimal(total), line, facturX);
    }

    private MimeMessage forwarded(SampleInvoice invoice, int n) throws MessagingException {
        MimeMessage m = message(FOUNDER, BOT, "Fwd: " + (invoice.creditNote() ? "Avoir " : "Facture ")
                + invoice.number() + " — " + invoice.customer(), n);
        MimeBodyPart text = new MimeBodyPart();
        text.setText("""
                Bonjour Relance,

                Voici %s %s pour %s (%s €)%s.

                Claire
                """.formatted(invoice.creditNote() ? "l'avoir" : "la facture", invoice.number(), invoice.customer(),
                french(invoice.total()), invoice.facturX() ? ", au format Factur-X" : ""), "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(invoice.pdf(), "application/pdf")));
        pdf.setFileName(invoice.fileName());
        m.setContent(new MimeMultipart(text, pdf));
        m.saveChanges();
        return m;
    }

    private MimeMessage bankNotification(Transfer t, int n) throws MessagingException {
        MimeMessage m = message(BANK, BOT, "Virement reçu sur votre compte", n);
        m.setText("""
                Bonjour,

                Vous avez reçu un virement de %s € de la part de %s le %s.
                Référence : %s

                Banque Démo — ceci est un message automatique.
                """.formatted(french(t.amount()), t.payer(), DateTimeFormatter.ofPattern("dd/MM/yyyy").format(t.on()),
                t.reference()), "UTF-8");
        m.saveChanges();
        return m;
    }

    private MimeMessage message(String from, String to, String subject, int n) throws MessagingException {
        String id = "<demo-" + today + "-" + n + "@" + domainOf(from) + ">";
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject, "UTF-8");
        // Sent this morning, a minute apart, so a mail client lists them in order.
        m.setSentDate(Date.from(today.atTime(7, 0).plusMinutes(n).atZone(zone).toInstant()));
        return m;
    }

    static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1);
    }

    /** 1234.56 → "1 234,56", as French invoices and banks write amounts. */
    static String french(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }
}
