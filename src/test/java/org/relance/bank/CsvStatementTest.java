package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvStatementTest {

    private final BankReader reader = new BankReader(List.of());

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void frenchExportWithSemicolonsAndDecimalCommaGivesCreditRowsOnly() {
        byte[] csv = utf8("Date opération;Libellé;Débit;Crédit\n"
                + "21/11/2026;VIR SEPA RECU /DE BOULANGERIE MARTIN /MOTIF F-2026-00042;;240,00\n"
                + "21/11/2026;CB CARREFOUR 20/11;56,10;\n"
                + "22/11/2026;\"VIR INST RECU /DE GARAGE DUBOIS; SARL /MOTIF FACTURES 43 ET 44\";;1 980,50\n");

        BankReadResult result = reader.read("releve.csv", csv);

        assertThat(result.credits())
                .extracting(c -> c.amount().toString(), BankCredit::date, BankCredit::payerName, BankCredit::reference)
                .containsExactly(
                        tuple("240.00 EUR", LocalDate.of(2026, 11, 21), "BOULANGERIE MARTIN", "F-2026-00042"),
                        tuple("1980.50 EUR", LocalDate.of(2026, 11, 22), "GARAGE DUBOIS; SARL", "FACTURES 43 ET 44"));
        assertThat(result.credits()).extracting(BankCredit::source).containsOnly(BankCredit.Source.CSV);
    }

    @Test
    void englishExportWithCommasAndDecimalPointReadsSignedAmounts() {
        byte[] csv = utf8("Date,Description,Amount,Currency,Payer,Transaction ID\n"
                + "2026-11-18,Invoice 471102,529.87,EUR,Kunden AG Mitte,TX-1\n"
                + "2026-11-18,Office rent,\"-1,200.00\",EUR,Landlord Ltd,TX-2\n"
                + "2026-11-19,INV-2026-311,\"1,200.00\",GBP,ACME TRADING LTD,TX-3\n");

        BankReadResult result = reader.read("export.csv", csv);

        assertThat(result.credits())
                .extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference, BankCredit::bankTxId)
                .containsExactly(
                        tuple("529.87 EUR", "Kunden AG Mitte", "Invoice 471102", "TX-1"),
                        tuple("1200.00 GBP", "ACME TRADING LTD", "INV-2026-311", "TX-3"));
    }

    @Test
    void negativeAmountAndDebitDirectionRowsAreNotCredits() {
        byte[] csv = utf8("Date;Montant;Sens;Tiers;Référence\n"
                + "01/12/2026;-89,90;;HEBERGEUR SAS;ABONNEMENT\n"
                + "01/12/2026;120,00;D;URSSAF;COTISATION\n"
                + "02/12/2026;300,00;C;CLIENT SAS;F-2026-0300\n");

        BankReadResult result = reader.read("sens.csv", csv);

        assertThat(result.credits()).extracting(BankCredit::payerName).containsExactly("CLIENT SAS");
    }

    @Test
    void configuredMappingReadsOddHeadersAndLatin1WithExplicitDecimalMark() {
        CsvMapping mapping = new CsvMapping(Optional.of('|'), Optional.of(','),
                List.of("Jour"), List.of("Valeur (EUR)"), List.of(), List.of(), List.of(), List.of(),
                List.of("Qui"), List.of("Quoi"), List.of(), "EUR");
        byte[] csv = "Relevé du compte 1234\nJour|Valeur (EUR)|Qui|Quoi\n03/12/2026|1.234,50|DUPRÉ|F-9\n"
                .getBytes(Charset.forName("windows-1252"));

        BankReadResult result = new BankReader(List.of(), mapping, Currency.getInstance("EUR"))
                .read("odd.txt", csv);

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("1234.50 EUR");
            assertThat(c.payerName()).isEqualTo("DUPRÉ");
            assertThat(c.reference()).isEqualTo("F-9");
        });
    }

    @Test
    void csvWithoutADateAndAmountHeaderIsAnError() {
        BankReadResult result = reader.read("nope.csv", utf8("a;b;c\n1;2;3\n"));

        assertThat(result.failed()).isTrue();
    }

    @Test
    void defaultMappingRecognisesCommonHeadersWithCurrencyInTheHeader() {
        byte[] csv = utf8("\uFEFFDate de valeur;Montant (GBP);Communication\n05/12/2026;15,00;Thanks\n");

        assertThat(reader.read("gbp.csv", csv).credits()).singleElement()
                .satisfies(c -> assertThat(c.amount().toString()).isEqualTo("15.00 GBP"));
    }

    @Test
    void aRowWithAnImpossibleAmountOrDateIsRejectedWithItsReasonAndTheOthersAreRead() {
        byte[] csv = utf8("id,date,amount,currency,payer,reference\n"
                + "T1,2026-11-20,120.00,EUR,CLIENT SARL,F-1\n"
                + "T2,2026-11-20,99999999999999999999.00,EUR,CLIENT SARL,F-2\n"
                + "T3,9999-11-20,10.00,EUR,CLIENT SARL,F-3\n"
                + "T4,2026-11-21,80.00,EUR,CLIENT SARL,F-4\n");

        BankReadResult result = reader.read("export.csv", csv);

        assertThat(result.credits()).extracting(BankCredit::bankTxId).containsExactly("T1", "T4");
        assertThat(result.rejected()).satisfiesExactly(
                r -> assertThat(r).startsWith("row 3: amount: too large"),
                r -> assertThat(r).startsWith("row 4: date: 9999-11-20 is outside"));
    }

    @Test
    void anExportsFieldNamesWithUnderscoresAndALabelNamingThePayerAreRead() {
        byte[] csv = utf8("date_operation;libelle;montant;devise\n"
                + "09/11/2026;VIR INST RECU TRAITEUR MOREAU REF F-2026-022;1320,00;EUR\n"
                + "10/11/2026;PRLV SEPA EDF;-84,20;EUR\n");

        BankReadResult result = reader.read("export.csv", csv);

        assertThat(result.credits()).extracting(c -> c.amount().toString(), BankCredit::payerName, BankCredit::reference)
                .containsExactly(tuple("1320.00 EUR", "TRAITEUR MOREAU", "F-2026-022"));
    }

    @Test
    void aStatementExportPastedIntoAMailIsReadAsTheFileItWas() throws Exception {
        byte[] eml = Mails.text("liste des encaissements",
                "Bonjour,\n\nje te colle la liste des encaissements de la semaine (export du relevé) :\n\n"
                        + "---------- export.csv ----------\n"
                        + "date_operation;libelle;montant;devise\n"
                        + "09/11/2026;VIR INST RECU TRAITEUR MOREAU REF F-2026-022;1320,00;EUR\n"
                        + "12/11/2026;VIR SEPA RECU SCI LES ORMES REF F-2026-025;2016,00;EUR\n"
                        + "--------------------------------\n\nIl manque encore Garnier, je te redis.\n");

        BankReadResult result = reader.read("colle.eml", eml);

        assertThat(result.credits()).extracting(c -> c.amount().toString(), BankCredit::date, BankCredit::payerName, BankCredit::reference)
                .containsExactly(tuple("1320.00 EUR", LocalDate.of(2026, 11, 9), "TRAITEUR MOREAU", "F-2026-022"),
                        tuple("2016.00 EUR", LocalDate.of(2026, 11, 12), "SCI LES ORMES", "F-2026-025"));
        assertThat(result.credits()).extracting(BankCredit::source).containsOnly(BankCredit.Source.EMAIL);
    }
}
