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

/** The development templates: the reader is tuned against what these write. */
final class Dev {

    private Dev() {
    }

    static final List<Function<NotificationGenerator, Mail>> TEMPLATES = List.of(
            Dev::frRecu, Dev::frOperationAuCredit, Dev::frLibelleSepa, Dev::enArrivedSubjectOnly, Dev::enHtmlReceived,
            Dev::deZahlungseingang, Dev::frAppEnvoye, Dev::frCardRefund, Dev::frDailySummary, Dev::enDailySummaryHtml,
            Dev::frDistractor, Dev::enDeDistractor, Dev::enAppHtml, Dev::deAppIhnen, Dev::enRefundedToCard,
            Dev::dePayerTableHtml, Dev::enSenderLabels, Dev::frHeaderRowTable, Dev::deAlignedSollHaben);

    static Mail enAppHtml(NotificationGenerator g) {
        BigDecimal a = BigDecimal.valueOf(500 + g.nextInt(30_000), 2);
        String person = g.person();
        String ref = g.reference();
        LocalDate d = g.day();
        String html = "<html><body><table><tr><td><img src=\"cid:logo\"></td></tr><tr><td><p><b>" + g.entities(person)
                + "</b> sent you <b>&pound;" + g.en(a) + "</b></p><p>Message: " + g.entities(ref) + "</p></td></tr></table>"
                + "</body></html>";
        return new Mail("en-app-html-nodate", "money@cashapp.test", "Money received", null, html,
                List.of(credit(a, "GBP", person, ref, d)));
    }

    static Mail deAppIhnen(NotificationGenerator g) {
        BigDecimal a = BigDecimal.valueOf(500 + g.nextInt(30_000), 2);
        String person = g.person();
        String ref = g.reference();
        LocalDate d = g.day();
        String text = "Hallo,\n\n" + person + " hat Ihnen " + g.de(a) + " EUR überwiesen.\nNachricht: " + ref + "\n\nIhr Team\n";
        return new Mail("de-app-ihnen-nodate", "noreply@geldapp.test", "Neue Zahlung", text, null,
                List.of(credit(a, "EUR", person, ref, d)));
    }

    static Mail enRefundedToCard(NotificationGenerator g) {
        BigDecimal a = BigDecimal.valueOf(990 + g.nextInt(20_000), 2);
        String merchant = g.merchant();
        LocalDate d = g.day();
        String text = "Refund: " + merchant + " refunded £" + g.en(a) + " to your card on " + g.enDate(d) + ".\n";
        return new Mail("en-refunded-to-card", "cards@ukbank.test", "A refund is on your card", text, null,
                List.of(credit(a, "GBP", merchant, null, d)));
    }

    static Mail dePayerTableHtml(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String html = "<html><body><p>Zahlungseingang</p><table>"
                + "<tr><td><b>Name des Zahlers</b></td><td>" + g.entities(payer) + "</td></tr>"
                + "<tr><td><b>Betrag</b></td><td>" + g.de(a) + "&nbsp;EUR</td></tr>"
                + "<tr><td><b>Zahlungsreferenz</b></td><td>" + g.entities(ref) + "</td></tr>"
                + "<tr><td><b>Eingangsdatum</b></td><td>" + g.deDate(d) + "</td></tr></table></body></html>";
        return new Mail("de-payer-table-html", "info@direktbank.test", "Zahlungseingang", null, html,
                List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail enSenderLabels(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String text = "Incoming payment\n\nSender: " + payer + "\nAmount: £" + g.en(a) + "\nPayment reference: " + ref
                + "\nDate: " + g.enDate(d) + "\n";
        return new Mail("en-sender-labels", "alerts@ukbank.test", "Incoming payment", text, null,
                List.of(credit(a, "GBP", payer, ref, d)));
    }

    static Mail frHeaderRowTable(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String html = "<html><body><p>Un virement a été reçu sur votre compte.</p><table><tr><th>Date d'opération</th>"
                + "<th>Émetteur</th><th>Référence</th><th>Montant</th></tr><tr><td>" + g.frDate(d) + "</td><td>"
                + g.entities(payer) + "</td><td>" + g.entities(ref) + "</td><td>" + g.entities(g.fr(a)) + "&nbsp;EUR</td></tr>"
                + "</table></body></html>";
        return new Mail("fr-header-row-table", "pro@banque-exemple.fr", "Virement reçu", null, html,
                List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail deAlignedSollHaben(NotificationGenerator g) {
        LocalDate d = g.day();
        List<Credit> credits = new ArrayList<>();
        StringBuilder text = new StringBuilder("Ihre Umsätze vom " + g.deDate(d) + "\n\n");
        text.append(String.format(Locale.ROOT, "%-12s %-55s %12s %12s%n", "Buchungstag", "Buchungstext", "Soll", "Haben"));
        int n = 2 + g.nextInt(3);
        for (int i = 0; i < n; i++) {
            LocalDate day = d.minusDays(g.nextInt(2));
            String date = String.format(Locale.ROOT, "%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            if (i == 0 || g.chance()) {
                BigDecimal a = g.amount();
                String payer = g.company().toUpperCase(Locale.ROOT);
                String ref = g.reference().toUpperCase(Locale.ROOT);
                text.append(String.format(Locale.ROOT, "%-12s %-55s %12s %12s%n", date,
                        "SEPA-GUTSCHRIFT " + payer + " SVWZ+" + ref, "", g.de(a)));
                credits.add(credit(a, "EUR", payer, ref, day));
            } else {
                text.append(String.format(Locale.ROOT, "%-12s %-55s %12s %12s%n", date,
                        g.pick(new String[] {"LASTSCHRIFT VODAFONE GMBH", "KARTENZAHLUNG EDEKA", "ENTGELT KONTOFUEHRUNG"}),
                        g.de(BigDecimal.valueOf(300 + g.nextInt(90_000), 2)), ""));
            }
        }
        return new Mail("de-aligned-soll-haben", "banking@sparkasse-beispiel.test", "Umsatzbenachrichtigung",
                text.toString(), null, credits);
    }

    static Mail frRecu(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String text = "Bonjour,\n\nVous avez reçu un virement de " + g.fr(a) + " € de " + payer + ".\n\n"
                + "Référence : " + ref + "\nDate : " + g.frDate(d) + "\n\nCordialement,\nVotre conseiller\n\n"
                + "Solde disponible : " + g.fr(g.amount()) + " €\n";
        return new Mail("fr-recu", "alertes@banque-exemple.fr", "Virement reçu", text, null,
                List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail frOperationAuCredit(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company().toUpperCase(Locale.ROOT);
        String ref = g.reference();
        LocalDate d = g.day();
        boolean client = g.chance();
        String text = "Madame, Monsieur,\n\nUne opération au crédit de votre compte courant n° ****4521 a été enregistrée le "
                + g.frDate(d) + ".\n\nMontant : + " + g.fr(a) + " EUR\nDonneur d'ordre : " + payer + "\n"
                + (client ? "Référence client : " + ref + "\nRéférence de bout en bout : NOTPROVIDED\n"
                        : "Référence de bout en bout : " + ref + "\n")
                + "\nCe message vous est adressé automatiquement, merci de ne pas y répondre.\n";
        String html = "<html><body><p>Madame, Monsieur,</p><p>Une op&eacute;ration au cr&eacute;dit de votre compte courant "
                + "n&deg; ****4521 a &eacute;t&eacute; enregistr&eacute;e le " + g.frDate(d) + ".</p><table>"
                + "<tr><td>Montant</td><td><strong>+&nbsp;" + g.entities(g.fr(a)) + "&nbsp;EUR</strong></td></tr>"
                + "<tr><td>Donneur d'ordre</td><td>" + g.entities(payer) + "</td></tr>"
                + "<tr><td>R&eacute;f&eacute;rence client</td><td>" + g.entities(ref) + "</td></tr></table></body></html>";
        return g.chance() ? new Mail("fr-operation-credit", "info@banque-populaire.test", "Opération sur votre compte",
                text, null, List.of(credit(a, "EUR", payer, ref, d)))
                : new Mail("fr-operation-credit-html", "info@banque-populaire.test", "Opération sur votre compte",
                        null, html, List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail frLibelleSepa(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company().toUpperCase(Locale.ROOT);
        String ref = g.reference().toUpperCase(Locale.ROOT);
        LocalDate d = g.day();
        String text = "Bonjour,\n\nNous vous informons qu'un virement a été porté au crédit de votre compte.\n\n"
                + "Date de valeur : " + g.frDate(d) + "\nLibellé : VIR SEPA " + payer + " REF " + ref + "\n"
                + "Montant : " + g.fr(a) + " €\n\nÀ bientôt sur votre espace client.\n";
        return new Mail("fr-libelle-sepa", "noreply@cic-exemple.test", "Alerte : crédit de " + g.fr(a) + " € sur votre compte",
                text, null, List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail enArrivedSubjectOnly(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        boolean pound = g.chance();
        String subject = (pound ? "£" : "€") + g.en(a) + " from " + payer + " has arrived";
        String text = "Hi Anna,\n\nGood news - money has landed in your account.\n\nReference: " + ref
                + "\n\nYou can see the details in the app.\n\nThe Team\n";
        LocalDate d = g.day();
        return new Mail("en-arrived-nodate", "hello@neobank.test", subject, text, null,
                List.of(credit(a, pound ? "GBP" : "EUR", payer, ref, d)));
    }

    static Mail enHtmlReceived(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String amount = g.chance() ? "&euro;" + g.en(a) : "EUR&nbsp;" + g.en(a);
        String html = "<!DOCTYPE html><html><head><style>td{padding:4px}</style></head><body>"
                + "<div class=\"hero\"><p>Hello,</p><p>You received <strong>" + amount + "</strong> from <strong>"
                + g.entities(payer) + "</strong>.</p></div><table role=\"presentation\">"
                + "<tr><td class=\"k\">From</td><td class=\"v\"><strong>" + g.entities(payer) + "</strong></td></tr>"
                + "<tr><td class=\"k\">Amount</td><td class=\"v\">" + amount + "</td></tr>"
                + "<tr><td class=\"k\">Reference</td><td class=\"v\">" + g.entities(ref) + "</td></tr>"
                + "<tr><td class=\"k\">Date</td><td class=\"v\">" + g.enDate(d) + "</td></tr></table>"
                + "<p style=\"font-size:10px\">Please do not reply to this email.</p></body></html>";
        return new Mail("en-html-received", "notifications@paybank.test", "You received a payment", null, html,
                List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail deZahlungseingang(NotificationGenerator g) {
        BigDecimal a = g.amount();
        String payer = g.company();
        String ref = g.reference();
        LocalDate d = g.day();
        String text = "Guten Tag,\n\nauf Ihrem Konto DE12 **** 4411 wurde ein Zahlungseingang verbucht.\n\n"
                + "Betrag: " + g.de(a) + " EUR\nAuftraggeber: " + payer + "\nVerwendungszweck: " + ref + "\n"
                + "Buchungsdatum: " + g.deDate(d) + "\n\nMit freundlichen Grüßen\nIhre Sparkasse\n";
        return new Mail("de-zahlungseingang", "service@sparkasse-beispiel.test", "Zahlungseingang auf Ihrem Konto",
                text, null, List.of(credit(a, "EUR", payer, ref, d)));
    }

    static Mail frAppEnvoye(NotificationGenerator g) {
        BigDecimal a = BigDecimal.valueOf(500 + g.nextInt(40_000), 2);
        String person = g.person();
        String ref = g.reference();
        LocalDate d = g.day();
        String subject = person + " vous a envoyé " + g.fr(a) + " EUR";
        String text = person + " vous a envoyé " + g.fr(a) + " EUR.\n\nNote : « " + ref + " »\n\n"
                + "L'argent est disponible sur votre compte dès maintenant.\n";
        return new Mail("fr-app-envoye-nodate", "no-reply@lydia-exemple.test", subject, text, null,
                List.of(credit(a, "EUR", person, ref, d)));
    }

    static Mail frCardRefund(NotificationGenerator g) {
        BigDecimal a = BigDecimal.valueOf(990 + g.nextInt(20_000), 2);
        String merchant = g.merchant();
        LocalDate d = g.day();
        String text = "Bonjour,\n\nUn remboursement de " + g.fr(a) + " € de " + merchant
                + " a été crédité sur votre carte Visa **** 1234 le " + g.frDate(d) + ".\n\n"
                + "Il apparaîtra sur votre relevé sous quelques jours.\n";
        return new Mail("fr-card-refund", "alertes@banque-exemple.fr", "Remboursement sur votre carte", text, null,
                List.of(credit(a, "EUR", merchant, null, d)));
    }

    static Mail frDailySummary(NotificationGenerator g) {
        LocalDate d = g.day();
        List<Credit> credits = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int n = 2 + g.nextInt(4);
        for (int i = 0; i < n; i++) {
            LocalDate day = d.minusDays(g.nextInt(2));
            String date = String.format(Locale.ROOT, "%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            if (i == 0 || g.chance()) {
                BigDecimal a = g.amount();
                String payer = g.company().toUpperCase(Locale.ROOT);
                String ref = g.reference().toUpperCase(Locale.ROOT);
                String label = g.chance() ? "VIR SEPA RECU /DE " + payer + " /MOTIF " + ref : "VIR SEPA " + payer + " REF " + ref;
                rows.add(new String[] {date, label, "", g.fr(a)});
                credits.add(credit(a, "EUR", payer, ref, day));
            } else {
                String label = g.pick(new String[] {"PRLV SEPA EDF CLIENTS PARTICULIERS", "CB CARREFOUR 12/11",
                    "VIR SEPA EMIS /A URSSAF /MOTIF COTISATIONS", "FRAIS TENUE DE COMPTE", "PRLV SEPA FREE MOBILE"});
                rows.add(new String[] {date, label, g.fr(BigDecimal.valueOf(500 + g.nextInt(200_000), 2)), ""});
            }
        }
        if (g.chance()) {
            StringBuilder text = new StringBuilder("Bonjour,\n\nVoici la synthèse des opérations de votre compte au ")
                    .append(g.frDate(d)).append(".\n\n");
            text.append(String.format(Locale.ROOT, "%-12s %-60s %14s %14s%n", "Date", "Libellé", "Débit", "Crédit"));
            for (String[] row : rows) {
                text.append(String.format(Locale.ROOT, "%-12s %-60s %14s %14s%n", row[0], row[1], row[2], row[3]));
            }
            text.append("\nSolde au ").append(g.frDate(d)).append(" : ").append(g.fr(g.amount())).append(" €\n");
            return new Mail("fr-daily-summary", "synthese@banque-exemple.fr", "Votre synthèse quotidienne", text.toString(),
                    null, credits);
        }
        StringBuilder html = new StringBuilder("<html><body><p>Bonjour,</p><p>Vos op&eacute;rations du jour :</p>"
                + "<table border=\"1\"><tr><th>Date</th><th>Libell&eacute;</th><th>D&eacute;bit</th><th>Cr&eacute;dit</th></tr>");
        for (String[] row : rows) {
            html.append("<tr><td>").append(row[0]).append("</td><td>").append(g.entities(row[1])).append("</td><td>")
                    .append(row[2].isEmpty() ? "" : g.entities(row[2]) + "&nbsp;&euro;").append("</td><td>")
                    .append(row[3].isEmpty() ? "" : g.entities(row[3]) + "&nbsp;&euro;").append("</td></tr>");
        }
        html.append("</table><p>Solde : ").append(g.entities(g.fr(g.amount()))).append(" &euro;</p></body></html>");
        return new Mail("fr-daily-summary-html", "synthese@banque-exemple.fr", "Votre synthèse quotidienne", null,
                html.toString(), credits);
    }

    static Mail enDailySummaryHtml(NotificationGenerator g) {
        LocalDate d = g.day();
        List<Credit> credits = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        int n = 2 + g.nextInt(4);
        for (int i = 0; i < n; i++) {
            LocalDate day = d.minusDays(g.nextInt(2));
            if (i == 0 || g.chance()) {
                BigDecimal a = g.amount();
                String payer = g.company();
                String ref = g.reference();
                rows.append("<tr><td>").append(g.enDate(day)).append("</td><td>Bank transfer from ").append(g.entities(payer))
                        .append(", ref ").append(g.entities(ref)).append("</td><td>+&pound;").append(g.en(a)).append("</td></tr>");
                credits.add(credit(a, "GBP", payer, ref, day));
            } else {
                String label = g.pick(new String[] {"Card payment TESCO STORES", "Direct debit BT GROUP PLC",
                    "Transfer to HMRC", "Card payment PRET A MANGER"});
                rows.append("<tr><td>").append(g.enDate(day)).append("</td><td>").append(label).append("</td><td>&minus;&pound;")
                        .append(g.en(BigDecimal.valueOf(300 + g.nextInt(90_000), 2))).append("</td></tr>");
            }
        }
        String html = "<html><body><h1>Your daily summary</h1><table><thead><tr><th>Date</th><th>Description</th>"
                + "<th>Amount</th></tr></thead><tbody>" + rows + "</tbody></table><p>Closing balance: &pound;"
                + g.en(g.amount()) + "</p></body></html>";
        return new Mail("en-daily-summary-html", "statements@ukbank.test", "Your daily account summary", null, html, credits);
    }

    static Mail frDistractor(NotificationGenerator g) {
        LocalDate d = g.day();
        String[][] mails = {
            {"80 € offerts pour vous !", "Ouvrez un Livret avant le " + g.frDate(d) + " et recevez 80 € offerts sur votre compte.\n"
                + "Offre soumise à conditions."},
            {"Prélèvement à venir", "Bonjour,\n\nUn prélèvement de " + g.fr(g.amount()) + " € de EDF sera effectué sur votre compte le "
                + g.frDate(d) + ".\nMerci de veiller à l'approvisionnement de votre compte.\n"},
            {"Paiement par carte", "Un paiement par carte de " + g.fr(g.amount()) + " € chez CARREFOUR a été effectué le "
                + g.frDate(d) + ".\n"},
            {"Votre relevé est disponible", "Bonjour,\n\nVotre relevé de compte de novembre est disponible dans votre espace.\n"
                + "Solde au " + g.frDate(d) + " : " + g.fr(g.amount()) + " €\n"},
            {"Virement émis", "Votre virement de " + g.fr(g.amount()) + " € vers " + g.company() + " a bien été émis le "
                + g.frDate(d) + ".\nRéférence : " + g.reference() + "\n"},
            {"Votre compte a été débité", "Votre compte a été débité de " + g.fr(g.amount()) + " € le " + g.frDate(d)
                + ".\nLibellé : PRLV SEPA URSSAF\n"},
        };
        String[] m = mails[g.nextInt(mails.length)];
        return new Mail("fr-distractor", "alertes@banque-exemple.fr", m[0], m[1], null, none());
    }

    static Mail enDeDistractor(NotificationGenerator g) {
        LocalDate d = g.day();
        String[][] mails = {
            {"Your statement is ready", "Your November statement is ready to view.\nBalance on " + g.enDate(d) + ": £"
                + g.en(g.amount()) + "\n"},
            {"You sent £" + g.en(g.amount()) + " to " + g.person(), "Your payment is on its way.\nReference: " + g.reference() + "\n"},
            {"Get £20 when you refer a friend", "Invite a friend and you'll both receive £20 once they open an account.\n"},
            {"Lastschriftankündigung", "Guten Tag,\n\nam " + g.deDate(d) + " buchen wir " + g.de(g.amount())
                + " EUR per Lastschrift von Ihrem Konto ab.\n"},
            {"Card payment", "Your card was charged €" + g.en(g.amount()) + " at UBER TRIP on " + g.enDate(d) + ".\n"},
            {"Upcoming direct debit", "A direct debit of £" + g.en(g.amount()) + " to NETFLIX will be collected on "
                + g.enDate(d) + ".\n"},
        };
        String[] m = mails[g.nextInt(mails.length)];
        return new Mail("en-de-distractor", "hello@neobank.test", m[0], m[1], null, none());
    }
}
