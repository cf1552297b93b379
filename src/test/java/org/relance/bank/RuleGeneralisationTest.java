package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.relance.ledger.Money;

/**
 * A rule learnt from one notification reads the next ones of that format, whose values differ: longer payers and
 * references, other amounts, and the currency the mail writes, never the default one.
 */
class RuleGeneralisationTest {

    private static byte[] mail(String body) throws Exception {
        return mail(body, "plain");
    }

    private static byte[] mail(String body, String type) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("alerts@bank.test"));
        m.setSubject("Mouvement", "UTF-8");
        m.setHeader("Date", "Mon, 23 Nov 2026 07:00:00 +0100");
        m.setText(body, "UTF-8", type);
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    private static BankReader learnt(String example, String amount, String payer, String reference, LocalDate date)
            throws Exception {
        return learnt(mail(example), amount, payer, reference, date);
    }

    private static BankReader learnt(byte[] example, String amount, String payer, String reference, LocalDate date) {
        RuleLearner.Learnt learnt = new RuleLearner(Currency.getInstance("EUR")).learn("r", example,
                new RuleLearner.Example(new BigDecimal(amount), payer, reference, date));
        assertThat(learnt).isInstanceOf(RuleLearner.Learnt.Learned.class);
        return new BankReader(List.of(((RuleLearner.Learnt.Learned) learnt).rule()));
    }

    private static final String ADVICE = "Opération n° 88231\nLe %s, nous avons porté %s EUR au crédit de votre compte.\n"
            + "Origine : %s\nInfos : %s\nCordialement";

    @Test
    void aOneWordReferenceAtTheEndOfItsLineMayBeSeveralWordsInTheNextMail() throws Exception {
        BankReader reader = learnt(ADVICE.formatted("21/11/2026", "1 234,56", "MÜLLER GMBH", "RE-2026-17"),
                "1234.56", "MÜLLER GMBH", "RE-2026-17", LocalDate.of(2026, 11, 21));

        List<BankCredit> read = reader.read("next.eml", mail(ADVICE.formatted("02/12/2026", "12 345,00",
                "SARL LES JARDINS DE PROVENCE", "Règlement F 12 et F 13"))).credits();

        assertThat(read).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(Money.of("12345.00", "EUR"));
            assertThat(c.payerName()).isEqualTo("SARL LES JARDINS DE PROVENCE");
            assertThat(c.reference()).isEqualTo("Règlement F 12 et F 13");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 12, 2));
        });
    }

    @Test
    void theCurrencyWrittenBeforeTheAmountIsReadNotTakenForTheDefault() throws Exception {
        String line = "TRANSFER IN | %s | %s | %s %s | %s";
        BankReader reader = learnt(line.formatted("2026-11-21", "ACME LTD", "GBP", "1,200.00", "INV 77"), "1200.00",
                "ACME LTD", "INV 77", LocalDate.of(2026, 11, 21));

        assertThat(reader.read("next.eml", mail(line.formatted("2026-12-02", "BIG CORPORATION PLC", "GBP",
                "12,500.50", "INVOICE 2026/88"))).credits())
                .singleElement().satisfies(c -> assertThat(c.amount()).isEqualTo(Money.of("12500.50", "GBP")));
        assertThat(reader.read("usd.eml", mail(line.formatted("2026-12-02", "BIG CORP INC", "USD", "80.00", "X-1")))
                .credits()).singleElement().satisfies(c -> assertThat(c.amount()).isEqualTo(Money.of("80.00", "USD")));
    }

    @Test
    void theCurrencyWrittenAfterTheAmountIsReadToo() throws Exception {
        BankReader reader = learnt(ADVICE.formatted("21/11/2026", "1 234,56", "MÜLLER GMBH", "RE-2026-17"),
                "1234.56", "MÜLLER GMBH", "RE-2026-17", LocalDate.of(2026, 11, 21));

        List<BankCredit> read = reader.read("chf.eml", mail(ADVICE.replace("EUR", "CHF").formatted("02/12/2026",
                "310,00", "Weber AG", "R-9"))).credits();

        assertThat(read).singleElement().satisfies(c -> assertThat(c.amount()).isEqualTo(Money.of("310.00", "CHF")));
    }

    @Test
    void anHtmlTableIsLearntWhateverItsLabelsEndWith() throws Exception {
        String table = "<html><body><table><tr><td>Date</td><td>%s</td></tr><tr><td>Montant</td>"
                + "<td><strong>%s&nbsp;&euro;</strong></td></tr><tr><td>Emetteur</td><td>%s</td></tr>"
                + "<tr><td>Libell&eacute;</td><td>%s</td></tr></table></body></html>";
        BankReader reader = learnt(mail(table.formatted("21/11/2026", "1 234,56", "MÜLLER GMBH", "RE-2026-17"), "html"),
                "1234.56", "MÜLLER GMBH", "RE-2026-17", LocalDate.of(2026, 11, 21));

        assertThat(reader.read("next.eml", mail(table.formatted("02/12/2026", "99,00", "SARL LES JARDINS",
                "FACTURE 42 ET 43"), "html")).credits()).singleElement().satisfies(c -> {
                    assertThat(c.payerName()).isEqualTo("SARL LES JARDINS");
                    assertThat(c.reference()).isEqualTo("FACTURE 42 ET 43");
                    assertThat(c.amount()).isEqualTo(Money.of("99.00", "EUR"));
                });
    }

    @Test
    void aValueBeforeAColumnGapMayBeSeveralWordsInTheNextMail() throws Exception {
        String line = "Vos opérations du jour\n%s  VIR SEPA RECU /DE %s /MOTIF %s  +%s\n";
        BankReader reader = learnt(line.formatted("21/11", "MULLER GMBH", "RE-2026-17", "1 234,56"), "1234.56",
                "MULLER GMBH", "RE-2026-17", null);

        assertThat(reader.read("next.eml", mail(line.formatted("22/11", "SARL LES JARDINS", "FACT 42", "99,00")))
                .credits()).singleElement().satisfies(c -> {
                    assertThat(c.reference()).isEqualTo("FACT 42");
                    assertThat(c.amount()).isEqualTo(Money.of("99.00", "EUR"));
                });
    }
}
