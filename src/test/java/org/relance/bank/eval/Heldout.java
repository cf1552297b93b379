package org.relance.bank.eval;

import static org.relance.bank.eval.NotificationGenerator.credit;
import static org.relance.bank.eval.NotificationGenerator.none;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.relance.bank.eval.NotificationGenerator.Credit;
import org.relance.bank.eval.NotificationGenerator.Mail;

/** The held-out templates: other phrasings and layouts, never used while tuning the reader. */
final class Heldout {

    private Heldout() {
    }

    static final List<Function<NotificationGenerator, Mail>> TEMPLATES = List.of(
            Heldout::frCompteCredite, Heldout::frHtmlHeaderTable, Heldout::enPaymentReceived, Heldout::enPaidYou,
            Heldout::deGutschrift, Heldout::deAppGesendet, Heldout::enAppSentYou, Heldout::enCardRefund,
            Heldout::deUmsatzuebersicht, Heldout::frOperationsSigned, Heldout::distractor, Heldout::distractor2);

    static Mail frCompteCredite(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String text = "Bonne nouvelle !\n\nVotre compte a été crédité de " + g.fr(a) + " € le " + g.frDate(d) + ".\n"
                + "Émetteur : " + payer + "\nMotif : " + ref + "\n\nL'équipe de votre banque en ligne\n";
        return new Mail("fr-compte-credite", "notification@banqueenligne.test", "Votre compte a été crédité", text, null,
                List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail frHtmlHeaderTable(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String html = "<html><body><h2>Virement entrant</h2><p>Un virement vient d'arriver sur votre compte professionnel.</p>"
                + "<table><tr><th>Date</th><th>Provenance</th><th>Motif</th><th>Montant</th></tr>"
                + "<tr><td>" + g.frDate(d) + "</td><td>" + g.entities(payer) + "</td><td>" + g.entities(ref)
                + "</td><td>+" + g.entities(g.fr(a)) + "&#160;&#8364;</td></tr></table></body></html>";
        return new Mail("fr-html-header-table", "pro@neobanque.test", "Virement entrant", null, html,
                List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail enPaymentReceived(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String text = "Payment received\n\nAmount: EUR " + g.en(a) + "\nPayer name: " + payer + "\nPayment reference: "
                + ref + "\nValue date: " + g.enDate(d) + "\n\nThis is an automated message.\n";
        return new Mail("en-payment-received", "alerts@eurobank.test", "Payment received", text, null,
                List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail enPaidYou(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String subject = "Incoming transfer: " + payer + " paid you €" + g.en(a);
        String text = "Hi,\n\n" + payer + " paid you €" + g.en(a) + ".\nMessage from sender: " + ref
                + "\nReceived on " + g.enDate(d) + ".\n";
        return new Mail("en-paid-you", "team@fintech.test", subject, text, null, List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail deGutschrift(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String html = "<html><body><p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>Sie haben eine Gutschrift erhalten.</p>"
                + "<table><tr><td><b>Betrag</b></td><td>EUR " + g.de(a) + "</td></tr>"
                + "<tr><td><b>Absender</b></td><td>" + g.entities(payer) + "</td></tr>"
                + "<tr><td><b>Verwendungszweck</b></td><td>" + g.entities(ref) + "</td></tr>"
                + "<tr><td><b>Valuta</b></td><td>" + g.deDate(d) + "</td></tr></table></body></html>";
        return new Mail("de-gutschrift-html", "info@volksbank-beispiel.test", "Gutschrift auf Ihrem Konto", null, html,
                List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail deAppGesendet(NotificationGenerator g) {
        BigDecimal a = BigDecimal.valueOf(500 + g.nextInt(30_000), 2);
        String person = g.person();
        String ref = g.reference();
        LocalDate d = g.day();
        String text = person + " hat dir " + g.de(a) + " € gesendet.\n\nNachricht: " + ref + "\n";
        return new Mail("de-app-gesendet-nodate", "noreply@zahlapp.test", "Du hast Geld erhalten", text, null,
                List.of(credit(a, "EUR", person, ref, d)));
    }

    static Mail enAppSentYou(NotificationGenerator g) {
        BigDecimal a = BigDecimal.valueOf(500 + g.nextInt(30_000), 2);
        String person = g.person();
        String ref = g.reference();
        LocalDate d = g.day();
        String html = "<html><body><p style=\"font-size:20px\"><b>" + g.entities(person) + "</b> sent you <b>&euro;" + g.en(a)
                + "</b></p><p>Note: &quot;" + g.entities(ref) + "&quot;</p><p>The money is in your balance.</p></body></html>";
        return new Mail("en-app-sent-you-nodate", "service@payapp.test", "You've got money", null, html,
                List.of(credit(a, "EUR", person, ref, d)));
    }

    static Mail enCardRefund(NotificationGenerator g) {
        BigDecimal a = BigDecimal.valueOf(990 + g.nextInt(20_000), 2);
        String merchant = g.merchant();
        LocalDate d = g.day();
        String text = "Good news,\n\n" + merchant + " has refunded €" + g.en(a) + " to your card ending 4242. It was credited on "
                + g.enDate(d) + ".\n";
        return new Mail("en-card-refund", "cards@neobank.test", "Refund from " + merchant, text, null,
                List.of(credit(a, "EUR", merchant, null, d)));
    }

    static Mail deUmsatzuebersicht(NotificationGenerator g) {
        LocalDate d = g.day();
        List<Credit> credits = new ArrayList<>();
        StringBuilder text = new StringBuilder("Umsatzübersicht vom " + g.deDate(d) + "\n\n");
        int n = 2 + g.nextInt(4);
        for (int i = 0; i < n; i++) {
            LocalDate day = d.minusDays(g.nextInt(2));
            String date = String.format(Locale.ROOT, "%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            if (i == 0 || g.chance()) {
                BigDecimal a = g.amount();
                String payer = g.company();
                String ref = g.reference();
                text.append(date).append("\tGutschrift von ").append(payer).append(", Verwendungszweck ").append(ref)
                        .append("\t+").append(g.de(a)).append(" EUR\n");
                credits.add(credit(a, "EUR", payer, ref, day));
            } else {
                text.append(date).append("\t").append(g.pick(new String[] {"Lastschrift Telekom Deutschland",
                    "Kartenzahlung REWE Markt", "Dauerauftrag Miete"})).append("\t-")
                        .append(g.de(BigDecimal.valueOf(300 + g.nextInt(90_000), 2))).append(" EUR\n");
            }
        }
        text.append("\nKontostand: ").append(g.de(g.amount())).append(" EUR\n");
        return new Mail("de-umsatzuebersicht", "banking@bank-beispiel.test", "Ihre Umsätze", text.toString(), null, credits);
    }

    static Mail frOperationsSigned(NotificationGenerator g) {
        LocalDate d = g.day();
        List<Credit> credits = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        int n = 2 + g.nextInt(4);
        for (int i = 0; i < n; i++) {
            LocalDate day = d.minusDays(g.nextInt(2));
            String date = g.frDate(day);
            if (i == 0 || g.chance()) {
                BigDecimal a = g.amount();
                String payer = g.company().toUpperCase(Locale.ROOT);
                String ref = g.reference().toUpperCase(Locale.ROOT);
                rows.append("<tr><td>").append(date).append("</td><td>VIREMENT EN VOTRE FAVEUR DE ").append(g.entities(payer))
                        .append(" MOTIF ").append(g.entities(ref)).append("</td><td>+ ").append(g.entities(g.fr(a)))
                        .append("&nbsp;&euro;</td></tr>");
                credits.add(credit(a, "EUR", payer, ref, day));
            } else {
                rows.append("<tr><td>").append(date).append("</td><td>").append(g.pick(new String[] {"PRELEVEMENT ORANGE SA",
                    "CARTE 12/11 AUCHAN", "COMMISSION INTERVENTION"})).append("</td><td>- ")
                        .append(g.entities(g.fr(BigDecimal.valueOf(300 + g.nextInt(90_000), 2)))).append("&nbsp;&euro;</td></tr>");
            }
        }
        String html = "<html><body><p>Vos dernières opérations :</p><table>" + rows + "</table></body></html>";
        return new Mail("fr-operations-signed-html", "alertes@caisse-exemple.test", "Vos dernières opérations", null, html,
                credits);
    }

    static Mail distractor(NotificationGenerator g) {
        LocalDate d = g.day();
        String[][] mails = {
            {"Prélèvement programmé", "Votre prélèvement de " + g.fr(g.amount()) + " € est programmé pour le " + g.frDate(d)
                + ".\nCréancier : ORANGE SA\n"},
            {"Parrainez vos amis", "Parrainez un ami : 100 € offerts pour chacun de vous !\n"},
            {"Card payment of €" + g.en(g.amount()) + " at PRET A MANGER", "You spent €12.50 at PRET A MANGER on "
                + g.enDate(d) + ".\n"},
            {"Überweisung ausgeführt", "Sie haben " + g.de(g.amount()) + " € an " + g.company() + " überwiesen.\n"
                + "Verwendungszweck: " + g.reference() + "\n"},
        };
        String[] m = mails[g.nextInt(mails.length)];
        return new Mail("distractor", "alerts@eurobank.test", m[0], m[1], null, none());
    }

    static Mail distractor2(NotificationGenerator g) {
        LocalDate d = g.day();
        String[][] mails = {
            {"Direct debit reminder", "Your direct debit of £" + g.en(g.amount()) + " to NETFLIX will be collected on "
                + g.enDate(d) + ".\n"},
            {"Carte débitée", "Votre carte a été débitée de " + g.fr(g.amount()) + " € chez SNCF le " + g.frDate(d) + ".\n"},
            {"Balance alert", "Your balance is below £100.00. Current balance: £" + g.en(g.amount()) + "\n"},
            {"Ihr Kontoauszug ist da", "Ihr Kontoauszug für November steht bereit. Kontostand am " + g.deDate(d) + ": "
                + g.de(g.amount()) + " EUR\n"},
        };
        String[] m = mails[g.nextInt(mails.length)];
        return new Mail("distractor", "alerts@eurobank.test", m[0], m[1], null, none());
    }
}
