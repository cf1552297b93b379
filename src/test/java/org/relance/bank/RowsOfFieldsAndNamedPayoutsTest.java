package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Operations written as rows of labelled fields, and platforms that say in their own name that they paid: each
 * operation with its own payer and reference, and a payment the user made never read as one they received.
 */
class RowsOfFieldsAndNamedPayoutsTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2026, 11, 20));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    private List<BankCredit> read(String subject, String body) {
        return reader.read("m", subject, body, SENT);
    }

    @Test
    void eachRowOfLabelledFieldsIsItsOwnCreditWithItsPayerAndReference() {
        List<BankCredit> credits = read("Gutschriften",
                "Folgende Gutschriften wurden gebucht:\n\n"
                        + "Buchungstag 19.11.2026 | Betrag 1.250,00 EUR | Auftraggeber: Weber Logistik GmbH | Verwendungszweck: RE-2026-118\n"
                        + "Buchungstag 20.11.2026 | Betrag 80,00 EUR | Auftraggeber: Anna Keller | Verwendungszweck: Kurs Dezember\n");
        assertThat(credits).hasSize(2);
        assertThat(credits.get(0).amount().amount()).isEqualByComparingTo(new BigDecimal("1250.00"));
        assertThat(credits.get(0).payerName()).isEqualTo("Weber Logistik GmbH");
        assertThat(credits.get(0).reference()).isEqualTo("RE-2026-118");
        assertThat(credits.get(1).amount().amount()).isEqualByComparingTo(new BigDecimal("80.00"));
        assertThat(credits.get(1).payerName()).isEqualTo("Anna Keller");
        assertThat(credits.get(1).reference()).isEqualTo("Kurs Dezember");
        assertThat(credits.get(1).date()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aPlatformSayingItMadeTheTransferIsTheCreditsPayer() {
        List<BankCredit> credits = read("Votre virement de fin de période",
                "Bonjour,\n\nVendalia a effectué ce jour le virement correspondant à votre période de ventes du 01/11 au 15/11.\n\n"
                        + "Ventes TTC : 2 310,00 €\nCommissions : - 277,20 €\nMontant viré : 2 032,80 €\n\n"
                        + "Référence du virement : VND-88120\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("2032.80"));
            assertThat(c.payerName()).isEqualTo("Vendalia");
            assertThat(c.reference()).isEqualTo("VND-88120");
        });
    }

    @Test
    void someoneWhoMadeATransferToAnotherBeneficiaryIsNoCredit() {
        assertThat(read("Opération sur votre compte",
                "Bonjour,\n\nM. Durand a effectué un virement de 450,00 € vers le compte de SCI LES TILLEULS le 19/11/2026.\n"))
                .isEmpty();
    }

    @Test
    void aPaymentPaidOutLineOfAPlatformsStatementIsACredit() {
        List<BankCredit> credits = read("Votre relevé hebdomadaire",
                "Ventes 09 nov. - 15 nov. : 1 120,00 €\nFrais de service : -168,00 €\nPaiement versé le 16/11/2026 : 952,00 €\n");
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("952.00"));
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 16));
        });
    }
}
