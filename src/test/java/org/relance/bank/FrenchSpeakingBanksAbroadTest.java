package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Banks and apps of French-speaking countries outside France: which dollar "$" is, and their own shapes. */
class FrenchSpeakingBanksAbroadTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2026, 11, 20));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    private List<BankCredit> read(String from, String subject, String body) {
        return reader.read("m", subject, body, SENT, Optional.of(from), Optional.of("Alertes"));
    }

    private static String currency(BankCredit credit) {
        return credit.amount().currency().getCurrencyCode();
    }

    @Test
    void aDollarInAQuebecBanksMailIsCanadian() {
        List<BankCredit> interac = read("alertes@caisse.test", "Virement Interac reçu",
                "Vous avez reçu un virement Interac de 1 250,00 $ de MARIE TREMBLAY.\nDate du dépôt : 19 novembre 2026\n");
        List<BankCredit> byDomain = read("alertes@banque.ca", "Dépôt reçu",
                "Virement de fonds reçu de CONSTRUCTION BELANGER INC. : 2 340,75 $ le 19/11/2026\n");

        assertThat(interac).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1250.00"));
            assertThat(currency(c)).isEqualTo("CAD");
        });
        assertThat(byDomain).singleElement().extracting(FrenchSpeakingBanksAbroadTest::currency).isEqualTo("CAD");
    }

    @Test
    void aDollarStaysAmericanWhenTheMailSaysUsdOrNamesNoOtherCountry() {
        List<BankCredit> written = read("alerts@bank.ca", "Wire received",
                "You received a wire of $3,000.00 (USD) from ACME CORP on 11/19/2026.\n");
        List<BankCredit> plain = read("alerts@bank.test", "Payment received",
                "You received $3,000.00 from ACME CORP on 11/19/2026.\n");

        assertThat(written).singleElement().extracting(FrenchSpeakingBanksAbroadTest::currency).isEqualTo("USD");
        assertThat(plain).singleElement().extracting(FrenchSpeakingBanksAbroadTest::currency).isEqualTo("USD");
    }

    @Test
    void aTableCellsSecondLineNamedMessageIsWhatThePayerWrote() throws Exception {
        List<BankCredit> credits = new BankReader(List.of()).read("t.eml", Mails.html("Résumé quotidien de vos alertes",
                "<p>Voici le résumé quotidien des alertes de votre compte pour le 12 novembre 2026.</p><table>"
                        + "<tr><th>Heure</th><th>Type d’alerte</th><th>Description</th><th>Montant</th></tr>"
                        + "<tr><td>11:02</td><td>Retrait</td><td>Paiement de facture – HYDRO-QUÉBEC</td><td>312,44 $</td></tr>"
                        + "<tr><td>16:48</td><td>Dépôt</td><td>Virement Interac reçu de Julie Roy<br>Message : atelier photo 7 nov</td>"
                        + "<td>185,00 $</td></tr></table><p>Les montants sont en dollars canadiens.</p>", "UTF-8", "8bit")).credits();

        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("185.00"));
            assertThat(currency(c)).isEqualTo("CAD");
            assertThat(c.payerName()).isEqualTo("Julie Roy");
            assertThat(c.reference()).isEqualTo("atelier photo 7 nov");
        });
    }
}
