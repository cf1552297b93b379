package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Credits said in words the credit phrases do not know, in more languages, and the bills and purchases said alike. */
class LooseCreditWordsTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2027, 3, 4));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    @Test
    void aCreditWordOnTheAmountsLineIsACreditInDutchSpanishItalianAndGerman() {
        assertThat(reader.read("m", "Bij- en afschrijvingen",
                "Er is 1.250,00 EUR bijgeschreven van Bakkerij De Vries BV.\n", SENT))
                .singleElement().satisfies(c -> {
                    assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("1250.00"));
                    assertThat(c.payerName()).isEqualTo("Bakkerij De Vries BV");
                });
        assertThat(reader.read("m", "Aviso de movimiento", "Transferencia recibida: 480,00 EUR de Talleres Ruiz SL\n", SENT))
                .singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("Talleres Ruiz SL"));
        assertThat(reader.read("m", "Notifica", "Bonifico in entrata di 120,00 € da Studio Bianchi\n", SENT))
                .singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("Studio Bianchi"));
        assertThat(reader.read("m", "Kontobewegung", "Überweisung empfangen: 300,00 EUR\n", SENT)).hasSize(1);
    }

    @Test
    void aCreditWordInTheSubjectReadsTheMailsOneAmount() {
        assertThat(reader.read("m", "Pagamento ricevuto", "Importo: 75,50 EUR\nOrdinante: Rossi Srl\n", SENT))
                .singleElement().satisfies(c -> assertThat(c.amount().amount()).isEqualByComparingTo(new BigDecimal("75.50")));
    }

    @Test
    void aBillOrTheUsersOwnPaymentSaidWithTheSameWordsIsNoCredit() {
        assertThat(reader.read("m", "Neue Rechnung", "Sie haben eine neue Rechnung erhalten: 45,00 EUR\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Merci", "We received your payment of €50.00 for order 7781.\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Votre reçu", "Votre reçu Uber : 23,50 €\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Nieuwe factuur", "U heeft een nieuwe factuur ontvangen van 89,00 EUR.\n", SENT)).isEmpty();
        assertThat(reader.read("m", "Domiciliación", "Adeudo recibido de Iberdrola: 62,10 EUR\n", SENT)).isEmpty();
    }

    @Test
    void aLooseCreditWordFarFromAnAmountIsNoCredit() {
        // the word is in the body, the amount on another line, and the subject says nothing
        assertThat(reader.read("m", "Info", "Merci, bien reçu.\nVotre solde : 1 200,00 €\nOffre : 20,00 € de réduction\n", SENT))
                .isEmpty();
    }

    @Test
    void aBillToPaySaidWithReceivingWordsIsNoCredit() {
        assertThat(reader.read("m", "Neue eBill von Swisscom", "Sie haben eine neue eBill erhalten.\n\n"
                + "Rechnungssteller: Swisscom (Schweiz) AG\nBetrag: CHF 1'080.00\nFällig am: 15.03.2027\n", SENT)).isEmpty();
    }

    @Test
    void theCurrencyCodeAfterADollarAmountSaysWhichDollar() {
        assertThat(reader.read("m", "INTERAC e-Transfer: NORTHERN PINE sent you money.",
                "NORTHERN PINE sent you $1,275.00 (CAD) and the money has been deposited.\n", SENT))
                .singleElement().satisfies(c -> assertThat(c.amount().currency().getCurrencyCode()).isEqualTo("CAD"));
        assertThat(reader.read("m", "Deposit received", "Amount: 6,200.00 AUD\nPayer name: KOALA DIGITAL PTY LTD\n", SENT))
                .singleElement().satisfies(c -> assertThat(c.amount().currency().getCurrencyCode()).isEqualTo("AUD"));
    }

    @Test
    void aPayersAddressAndAnOperationTypeAreNotPartOfTheName() {
        assertThat(reader.read("m", "Gutschrift", "Gutschrift: CHF 8'450.00\n"
                + "Auftraggeber: Zürcher Immobilien AG, Bahnhofstrasse 12, 8001 Zürich\n", SENT))
                .singleElement().satisfies(c -> assertThat(c.payerName()).isEqualTo("Zürcher Immobilien AG"));
        assertThat(reader.read("m", "Ihre Umsätze vom 19.02.2027", "19.02.  GUTSCHR. UEBERW.  Weber Haustechnik GmbH     RE-2027-018     +   980,00 EUR\n"
                + "19.02.  LASTSCHRIFT       Telekom Deutschland GmbH   Kd-Nr 55120047     -    64,95 EUR\n", SENT))
                .singleElement().satisfies(c -> {
                    assertThat(c.payerName()).isEqualTo("Weber Haustechnik GmbH");
                    assertThat(c.reference()).isEqualTo("RE-2027-018");
                });
    }
}
