package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Italian, Spanish, Portuguese and Monegasque banks and apps: their statements' columns, their labels, their words
 * for a returned transfer and for advertising, and a payout in a platform's own voice.
 */
class SouthernEuropeanBanksTest {

    private static final Optional<LocalDate> SENT = Optional.of(LocalDate.of(2026, 12, 10));
    private final NotificationReader reader = new NotificationReader(List.of(), Currency.getInstance("EUR"));

    private List<BankCredit> read(String subject, String body) {
        return reader.read("m", subject, body, SENT);
    }

    private static BigDecimal amount(BankCredit credit) {
        return credit.amount().amount();
    }

    @Test
    void dareAndAvereColumnsSideEachRowAndOrdCausUnderItAreWhoPaidAndWhatTheyWrote() {
        List<BankCredit> credits = read("Riepilogo movimenti del 09/12/2026",
                "Riepilogo movimenti del giorno 09/12/2026\n\n"
                        + "Data cont.  Data val.   Descrizione                                       Dare       Avere\n"
                        + "09/12/2026  09/12/2026  BONIFICO A VOSTRO FAVORE                                  1.320,00\n"
                        + "                        ORD: ORTOFRUTTA VERDI SRL\n"
                        + "                        CAUS: FATTURA N. 88 DEL 02/12/2026\n"
                        + "09/12/2026  09/12/2026  ADDEBITO SDD CORE TIM SPA                       95,10\n"
                        + "                        MANDATO 0045 FATT. 778\n");
        assertThat(credits).extracting(SouthernEuropeanBanksTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1320.00"));
        assertThat(credits.get(0).payerName()).isEqualTo("ORTOFRUTTA VERDI SRL");
        // the date the payer wrote of their invoice stays in the reference; only a value-date column is cut
        assertThat(credits.get(0).reference()).isEqualTo("FATTURA N. 88 DEL 02/12/2026");
    }

    @Test
    void aCargoAbonoTableCreditsTheAbonoRowsWithThePayerAndConceptInTheirLabel() throws Exception {
        List<BankCredit> credits = new BankReader(List.of()).read("t.eml", Mails.html("Extracto de movimientos",
                "<table><tr><th>F. Operación</th><th>F. Valor</th><th>Concepto</th><th>Cargo (€)</th><th>Abono (€)</th><th>Saldo (€)</th></tr>"
                        + "<tr><td>07/12/2026</td><td>07/12/2026</td><td>RECIBO IBERDROLA FRA. 7781</td><td>61,20</td><td></td><td>9.938,80</td></tr>"
                        + "<tr><td>08/12/2026</td><td>08/12/2026</td><td>TRANSFERENCIA DE LIBRERIA SOL, S.L., CONCEPTO FRA 2026-40</td><td></td>"
                        + "<td>2.400,00</td><td>12.338,80</td></tr></table>", "UTF-8", "8bit")).credits();
        assertThat(credits).extracting(SouthernEuropeanBanksTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2400.00"));
        assertThat(credits.get(0).payerName()).isEqualTo("LIBRERIA SOL, S.L.");
        assertThat(credits.get(0).reference()).isEqualTo("FRA 2026-40");
        assertThat(credits.get(0).date()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void aForeignCurrencyTransferIsCreditedAtTheAmountPutOnTheAccountAfterExchangeAndFees() {
        List<BankCredit> credits = read("Avis de virement reçu en devise",
                "Nous avons reçu en votre faveur le virement international suivant :\n\n"
                        + "Donneur d'ordre      : NORTHWIND TRADING INC\n"
                        + "Motif                : INV 77 DESIGN\n"
                        + "Montant reçu         : 2 000,00 USD\n"
                        + "Contre-valeur        : 1 912,00 EUR\n"
                        + "Commission de change : 8,00 EUR\n\n"
                        + "Montant porté au crédit de votre compte : 1 904,00 EUR\n"
                        + "Date de valeur : 09/12/2026\n");
        assertThat(credits).hasSize(1);
        assertThat(credits.get(0).amount().amount()).isEqualByComparingTo("1904.00");
        assertThat(credits.get(0).amount().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(credits.get(0).payerName()).isEqualTo("NORTHWIND TRADING INC");
    }

    @Test
    void aTransferReturnedToItsSenderIsNoCreditInSpanishItalianOrPortuguese() {
        assertThat(read("Aviso de devolución de transferencia",
                "La siguiente transferencia dirigida a su cuenta no ha podido abonarse y ha sido devuelta.\n"
                        + "Ordenante: ESTUDIO NORTE SL\nImporte: 980,00 €\nConcepto: Fra 2026-12\n")).isEmpty();
        assertThat(read("Avviso bonifico",
                "Il bonifico in entrata di EUR 1.200,00 da ROSSI SPA è stato respinto.\nCausale: fattura 12\n")).isEmpty();
        assertThat(read("Aviso", "Transferencia recibida devuelta al ordenante: 980,00 € de ESTUDIO NORTE SL.\n")).isEmpty();
        assertThat(read("Transferência", "A transferência recebida de 300,00 EUR de JOAO SILVA foi devolvida ao ordenante.\n"))
                .isEmpty();
    }

    @Test
    void anItalianDepositOffersWorkedExampleIsNoCredit() {
        assertThat(read("Conto deposito per la tua impresa: fino al 3,00% lordo annuo",
                "Vincola le somme con il nostro Conto Deposito.\n"
                        + "Esempio: vincolando 10.000,00 € per 12 mesi, a scadenza ti saranno accreditati interessi lordi per 300,00 €.\n"
                        + "Messaggio pubblicitario con finalità promozionale.\n")).isEmpty();
    }

    @Test
    void aWorkedExampleOfADepositsInterestIsNoCreditEvenWhenTheMailDoesNotSayItIsAdvertising() {
        assertThat(read("Conto deposito: fino al 3,00% lordo annuo",
                "Esempio: vincolando 10.000,00 € per 12 mesi, a scadenza ti saranno accreditati 300,00 € di interessi.\n"))
                .isEmpty();
    }

    @Test
    void cargoAndAbonoColumnsAlignedWithSpacesSideEachRowByItsPlace() {
        List<BankCredit> credits = read("Extracto de movimientos",
                "Fecha       Concepto                                     Cargo        Abono\n"
                        + "08/12/2026  TRANSFERENCIA DE LIBRERIA SOL SL                        2.400,00\n"
                        + "08/12/2026  RECIBO IBERDROLA FRA 7781                    61,20\n");
        assertThat(credits).extracting(SouthernEuropeanBanksTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2400.00"));
    }

    @Test
    void aCreditAlertKeepsItsCreditWhenItsFooterAdvertisesALoan() {
        List<BankCredit> credits = read("Avviso di accredito sul tuo conto",
                "È stato effettuato un accredito sul tuo conto corrente.\n\n"
                        + "Importo        EUR 4.300,00\n"
                        + "Ordinante      Studio Bianchi\n"
                        + "Causale        Acconto progetto 12\n"
                        + "Data valuta    09/12/2026\n\n"
                        + "Finanziamento Business: fino a EUR 50.000,00. Messaggio pubblicitario con finalità promozionale.\n");
        assertThat(credits).extracting(SouthernEuropeanBanksTest::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("4300.00"));
        assertThat(credits.get(0).payerName()).isEqualTo("Studio Bianchi");
    }

    @Test
    void aPlatformSayingItCreditedTheWeeksTakingsIsThePayerOfItsPayout() {
        List<BankCredit> credits = reader.read("m", "Abbiamo accreditato € 812,40 sul tuo conto",
                "Ciao,\nabbiamo accreditato sul tuo conto gli incassi della settimana dal 30 novembre al 6 dicembre 2026.\n"
                        + "Importo accreditato: € 812,40\n"
                        + "Data accredito: 7 dicembre 2026\n"
                        + "Causale del bonifico: INCASSI 30/11-06/12\n", SENT, Optional.empty(), Optional.of("Paylo Business"));
        assertThat(credits).hasSize(1);
        assertThat(credits.get(0).payerName()).isEqualTo("Paylo");
        assertThat(credits.get(0).reference()).isEqualTo("INCASSI 30/11-06/12");
        assertThat(credits.get(0).date()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aPayersNameEndsBeforeInYourAccount() {
        List<BankCredit> credits = read("¡Has recibido un Bizum!",
                "Has recibido 40,00 EUR de ANA RUIZ PONS en tu cuenta ES91 2100 **** 7720.\nConcepto: Regalo\n");
        assertThat(credits).hasSize(1);
        assertThat(credits.get(0).payerName()).isEqualTo("ANA RUIZ PONS");
    }
}
