package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Alerts as people and apps string them together: pasted one under another, bulleted, piped with a closing balance. */
class PastedAlertsTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2026, 11, 20));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    @Test
    void twoSmsPastedInOneMailAreTwoCreditsEachWithItsDay() {
        List<BankCredit> credits = reader.read("m", "les sms",
                "Voilà les deux SMS :\n\"BANQUE: Virement recu 1 100,00EUR de SARL ORME ref F-2026-61. Solde 9 400,00EUR le 19/11\"\n"
                        + "\"BANQUE: Virement recu 60,00EUR de MME LINA BRUN ref COURS. Solde 8 300,00EUR le 18/11\"\n", SENT);
        assertThat(credits).extracting(c -> c.amount().amount()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1100.00"), new BigDecimal("60.00"));
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("SARL ORME", "MME LINA BRUN");
    }

    @Test
    void aBulletsDashBeforeAPlusIsNoMinusAndAQuotedNoteIsTheReference() {
        List<BankCredit> credits = reader.read("m", "2 virements reçus",
                "Vous avez reçu 2 virements aujourd'hui :\n\n- + 210,00 € de Atelier Vert — « F-2026-90 »\n"
                        + "- + 1 480,00 € de Garage Morin SARL — « solde devis 44 »\n", SENT);
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("Atelier Vert", "Garage Morin SARL");
        assertThat(credits).extracting(BankCredit::reference).containsExactly("F-2026-90", "solde devis 44");
    }

    @Test
    void thePipedDigestsLastRowEndsWhereItsClosingBalanceBegins() {
        List<BankCredit> credits = reader.read("m", "Vos opérations du 19/11/2026",
                "Vos opérations du 19/11/2026 : 19/11 | CB BOULANGERIE | -8,40 | 19/11 | VIR SEPA RECU DE SCI DU PORT "
                        + "REF LOYER | +2 300,00 | Solde au 19/11 : 14 002,10\n", SENT);
        assertThat(credits).singleElement().satisfies(c -> {
            assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("2300.00"));
            assertThat(c.payerName()).isEqualTo("SCI DU PORT");
        });
    }

    @Test
    void anSmsStringingSignedOperationsOnOneLineGivesOneCreditEachDatedByItsWeekdayAndDay() {
        List<BankCredit> credits = reader.read("m", "Alertes : 2 opérations créditrices",
                "ALERTE Cpte ...0556 : 2 operations creditrices le mar. 13/10 : +320,00E VIR DE SAS CREAPIX MOTIF REPAS SEPT"
                        + " / +1 050,00E VIR DE ASSOCIATION LES CANUTS MOTIF BUFFET AG. Solde : 7 840,12E. STOP au 36180\n",
                Optional.of(LocalDate.of(2026, 10, 14)));
        assertThat(credits).extracting(c -> c.amount().amount()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("320.00"), new BigDecimal("1050.00"));
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("SAS CREAPIX", "ASSOCIATION LES CANUTS");
        assertThat(credits).extracting(BankCredit::reference).containsExactly("REPAS SEPT", "BUFFET AG");
        assertThat(credits).extracting(BankCredit::date).containsOnly(LocalDate.of(2026, 10, 13));
        assertThat(credits).extracting(c -> c.amount().currency().getCurrencyCode()).containsOnly("EUR");
    }

    @Test
    void aWeeksRowOfDayThenAmountThenOperationNamesThePayerAndTheQuotedNote() {
        List<BankCredit> credits = reader.read("m", "Votre semaine du 19 au 25 octobre",
                "ENTRÉES (2)\n  lun. 19 oct.   + 1 180,00 €   Virement de SAS LUMEN EVENTS - « Solde D26-041 »\n"
                        + "  mer. 21 oct.   + 96,00 €         Virement de Camille Roy - « Plateau x2 »\n\n"
                        + "SORTIES (1)\n  mar. 20 oct.   - 59,98 €         Prélèvement FREE PRO\n\nSolde au 25/10 : 6 104,33 €\n",
                Optional.of(LocalDate.of(2026, 10, 26)));
        assertThat(credits).extracting(BankCredit::payerName).containsExactly("SAS LUMEN EVENTS", "Camille Roy");
        assertThat(credits).extracting(BankCredit::reference).containsExactly("Solde D26-041", "Plateau x2");
        assertThat(credits).extracting(BankCredit::date).containsExactly(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 21));
    }
}
