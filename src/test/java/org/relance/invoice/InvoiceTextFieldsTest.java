package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceTextFieldsTest {

    private static ExtractedInvoice read(String text) {
        return InvoiceTextFields.read("t.pdf", text);
    }

    @Test
    void readsAnEnglishInvoiceWithDueDateAndBalanceDue() {
        ExtractedInvoice i = read("""
                Northwind Ltd
                Invoice # 2026-118
                Invoice Date: 3 November 2026
                Due Date: December 3, 2026
                Bill To:
                Contoso Inc.
                Subtotal $1,000.00
                VAT $200.00
                Total $1,200.00
                Amount paid $200.00
                Balance Due $1,000.00
                """);

        assertThat(i.number()).isEqualTo("2026-118");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(i.currency()).isEqualTo("USD");
        assertThat(i.total()).isEqualByComparingTo("1200.00");
        assertThat(i.amountDue()).isEqualByComparingTo("1000.00");
        assertThat(i.net()).isEqualByComparingTo("1000.00");
        assertThat(i.tax()).isEqualByComparingTo("200.00");
        assertThat(i.customerName()).isEqualTo("Contoso Inc.");
    }

    @Test
    void readsAGermanInvoice() {
        ExtractedInvoice i = read("""
                Muster GmbH - Hauptstraße 1 - 10115 Berlin
                Rechnungsnummer: RE-4711
                Rechnungsdatum: 05.11.2026
                Fällig am 19.11.2026
                Nettobetrag 100,00 EUR
                MwSt. 19 % 19,00 EUR
                Gesamtbetrag 119,00 EUR
                """);

        assertThat(i.number()).isEqualTo("RE-4711");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(i.total()).isEqualByComparingTo("119.00");
        assertThat(i.tax()).isEqualByComparingTo("19.00");
        assertThat(i.currency()).isEqualTo("EUR");
        assertThat(i.sellerName()).isEqualTo("Muster GmbH");
    }

    @Test
    void readsValuesSetUnderTheirLabels() {
        ExtractedInvoice i = read("""
                N° de facture
                FA-77
                Date de facture
                12/10/2026
                Net à payer
                300,00 €
                """);

        assertThat(i.number()).isEqualTo("FA-77");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(i.total()).isEqualByComparingTo("300.00");
    }

    @Test
    void aDepositAlreadyPaidLowersTheAmountDue() {
        ExtractedInvoice i = read("""
                Facture n° 12
                Total TTC : 1 000,00 €
                Acompte versé : 300,00 €
                """);

        assertThat(i.total()).isEqualByComparingTo("1000.00");
        assertThat(i.amountDue()).isEqualByComparingTo("700.00");
    }

    @Test
    void creditNoteHeadingsInThreeLanguagesMakeACreditNote() {
        assertThat(read("Facture d'avoir\nN° AV-1\nTotal TTC 10,00 €").kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(read("CREDIT NOTE\nNo. CN-1\nTotal 10.00 USD").kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(read("Gutschrift Nr. G-1\nGesamtbetrag 10,00 EUR").kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(read("Facture n° F-1\nTotal TTC 10,00 €").kind()).isEqualTo(InvoiceKind.INVOICE);
    }

    @Test
    void equallyStrongLabelsWithDifferentTotalsAreReportedNotSilentlyPicked() {
        ExtractedInvoice i = read("""
                Facture n° F-9
                Total TTC : 100,00 €
                Total TTC : 250,00 €
                """);

        assertThat(i.warnings()).anyMatch(w -> w.startsWith("total: several values"));
        assertThat(i.confidence()).isLessThan(0.9);
    }

    @Test
    void missingFieldsAreNullWithAWarningAndLowConfidence() {
        ExtractedInvoice i = read("Bonjour, merci pour votre commande.");

        assertThat(i.number()).isNull();
        assertThat(i.total()).isNull();
        assertThat(i.currency()).isNull();
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("number:")).anyMatch(w -> w.startsWith("total:"));
        assertThat(i.confidence()).isLessThan(0.2);
    }

    @Test
    void percentagesDatesAndRegistrationNumbersAreNotTakenForAmounts() {
        ExtractedInvoice i = read("""
                TVA intracom. FR 32 552100554
                Facture n° F-3 du 01/11/2026
                TVA (20 %) : 20,00 €
                Total TTC au 01/11/2026 : 120,00 €
                """);

        assertThat(i.tax()).isEqualByComparingTo("20.00");
        assertThat(i.total()).isEqualByComparingTo("120.00");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void onlyIbansWithValidCheckDigitsAreKept() {
        assertThat(read("IBAN : FR76 3000 6000 0112 3456 7890 189 BIC AGRIFRPP").iban())
                .isEqualTo("FR7630006000011234567890189");
        assertThat(read("IBAN : FR76 3000 6000 0112 3456 7890 188").iban()).isNull();
    }

    @Test
    void paymentTermsInGermanAndDutchGiveADueDateFromTheIssueDate() {
        ExtractedInvoice de = read("""
                Rechnungsnummer: RE-12
                Rechnungsdatum: 05.11.2026
                Zahlbar innerhalb von 14 Tagen ohne Abzug
                Gesamtbetrag 119,00 EUR
                """);
        ExtractedInvoice nl = read("""
                Factuurnummer: NL-12
                Factuurdatum: 05-11-2026
                Betaling binnen 30 dagen na factuurdatum
                Totaal € 121,00
                """);

        assertThat(de.dueDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(de.warnings()).anyMatch(w -> w.startsWith("dueDate: computed from the issue date 2026-11-05"));
        assertThat(nl.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void amountsAfterNetAreNotTermsAndTermsWithoutAnIssueDateSaySo() {
        ExtractedInvoice amounts = read("""
                Facture n° F-20
                Date : 05/11/2026
                Total net 30,00 €
                Net 1 000,00 €
                Net à payer 1 000,00 €
                """);
        ExtractedInvoice undated = read("""
                Invoice No: 77-1
                Payment terms: Net 30
                Amount due $10.00
                """);

        assertThat(amounts.dueDate()).isNull();
        assertThat(undated.dueDate()).isNull();
        assertThat(undated.warnings()).anyMatch(w -> w.startsWith("dueDate: terms") && w.contains("no issue date"));
    }

    @Test
    void aRoundedInvoiceAmountIsTheTotalAndAPersonConfirmsIt() {
        ExtractedInvoice i = read("""
                Malerei Brunner AG
                Rechnung Nr. 26-0440
                Rechnungsdatum: 3. September 2026
                Total Arbeiten und Material 11'468.67
                MWST 8.1 % 928.96
                Total inkl. MWST 12'397.63
                Rundungsdifferenz 0.02
                Rechnungsbetrag CHF 12'397.65
                """);

        assertThat(i.total()).isEqualByComparingTo("12397.65");
        assertThat(i.warnings()).anyMatch(w -> w.contains("rounded by 0.02"));
        assertThat(i.confidence()).isLessThan(0.9);
    }

    @Test
    void aWordHeadingTheAddressBlockIsNotTheCustomer() {
        ExtractedInvoice i = read("""
                Bloemenhandel De Roos
                Kerkstraat 1, 1000 AA Amsterdam

                Aan
                Bloemenhandel Visser
                Dorpsstraat 4
                1234 AB Utrecht

                Factuurnummer: 2026-118
                Factuurdatum: 3 november 2026
                Totaal incl. btw € 1.210,00
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Bloemenhandel Visser");
    }

    // --- who is billed

    @Test
    void aRoleInTheContractHeadingABlockNamesTheCustomer() {
        for (String role : new String[] {"Maître d'ouvrage", "Entreprise principale", "Entreprise adhérente", "Entrepreneur principal :"}) {
            ExtractedInvoice i = read("""
                    Menuiserie Caradec
                    4 rue du Port - 29200 Brest

                                                                   %s
                                                                   Syndicat des Eaux du Léon
                                                                   12 avenue Foch
                                                                   29000 Quimper

                    Facture n° MC-2026-31 du 14/09/2026
                    Total TTC                                      1 200,00 €
                    """.formatted(role));

            assertThat(i.customerName()).as(role + " " + i.warnings()).isEqualTo("Syndicat des Eaux du Léon");
        }
    }

    @Test
    void doitWithItsNameOnTheSameLineNamesTheCustomer() {
        ExtractedInvoice i = read("""
                J.-P. Bonnet
                Plomberie - Chauffage - Sanitaire                            FACTURE
                12 rue Villon 69500 Bron                                     N°    0779

                Doit : Mme Sophie Aubert                             Bron, le            2/4/26
                 58 boulevard Gambetta, 06000 Nice

                Total T.T.C.                     739,20
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Mme Sophie Aubert");
    }

    @Test
    void aCompanyNameOpeningWithItsLegalFormMayHoldDigits() {
        ExtractedInvoice i = read("""
                Transports Giraud & Fils
                Rue du Fret 69200 Vénissieux

                FACTURE N° TR26044039                                                      SARL Optique Vision 2000
                Date : 19/04/2026                                                          Service comptabilité
                                                                                           40 rue Nationale
                                                                                           59000 Lille

                Total dû                                  11 970,52 €
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("SARL Optique Vision 2000");
    }

    @Test
    void theDateOfTheServiceIsNoIssueDate() {
        ExtractedInvoice i = read("""
                Lucie Marchetti
                Réparation informatique à domicile
                                                                   Facturé à :
                                                                   SARL Boulangerie Perrot
                                                                   7 allée des Peupliers
                                                                   38100 Grenoble
                FACTURE n° 00057
                Fait à Nantes, le 26 février 2026
                Date de la prestation : 5 février 2026
                TVA non applicable, art. 293 B du CGI                        Total à payer                2 331,04 €
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void aDateUnderTheInvoiceNumberOnALineOfItsOwnDatesTheInvoice() {
        ExtractedInvoice i = read("""
                Maison Vins & Terroirs
                Caviste - 4 rue Mercière 69002 Lyon
                                                                           Traiteur Chambon
                Facture N° V021256                                         9 place Saint-Michel
                du 29 juillet 2026                                         33000 Bordeaux
                Échéance : 28/08/2026
                Bon de livraison n° 447519 du 24/07/2026
                Total TTC    1 200,00 €
                """);
        ExtractedInvoice period = read("""
                Maison Vins & Terroirs
                Facture N° V021257
                du 01/07/2026 au 31/07/2026
                Date de facture : 05/08/2026
                Total TTC    1 200,00 €
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 7, 29));
        assertThat(period.issueDate()).as(period.warnings().toString()).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(period.warnings()).noneMatch(w -> w.startsWith("issueDate: several"));
    }

    @Test
    void aPeriodUnderTheInvoiceNumberNeverDatesTheInvoice() {
        ExtractedInvoice onlyPeriod = read("""
                Maison Vins & Terroirs
                Facture N° V021257
                du 01/07/2026 au 31/07/2026
                Total TTC    1 200,00 €
                """);
        ExtractedInvoice sameLine = read("""
                Nettoyage Pro Services
                Facture n° NP-4471 du 01/11/2026 au 30/11/2026
                Total TTC    1 200,00 €
                """);

        assertThat(onlyPeriod.issueDate()).as(onlyPeriod.warnings().toString()).isNull();
        assertThat(onlyPeriod.warnings()).anyMatch(w -> w.startsWith("issueDate"));
        assertThat(sameLine.issueDate()).as(sameLine.warnings().toString()).isNull();
    }

    // --- when it is due

    @Test
    void aDirectDebitsDayIsTheDueDate() {
        ExtractedInvoice i = read("""
                Clean Azur Services                                   Facture N° FC2612-0876
                                                                      Date : 03/12/2026
                Total HT                                  1 277,40 €
                TVA 20 %                                    255,48 €
                Net à payer                               1 532,88 €
                Règlement par prélèvement SEPA le 14/12/2026 - Mandat RUM NET16896816
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void aNetAmountGroupedByANoBreakSpaceIsNoTermInDays() {
        ExtractedInvoice i = read("""
                Les Ateliers du Numérique                                  FACTURE
                Facture N°             FORM-26-183
                Date                   29/01/2026
                Exonération de TVA - art. 261-4-4° a du CGI          Total net          4\u00a0263,00\u00a0€
                                                                     TVA                     0,00 €
                                                                     Total dû           4\u00a0263,00 €
                Conditions de règlement : à 30 jours, par virement.
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void salutationsOverTheAddressAreNotNames() {
        for (String salutation : new String[] {"Exmos. Srs.", "Exmo.(s) Sr.(s)", "Spettabile", "Egregio"}) {
            ExtractedInvoice i = read("""
                    Cerâmica do Vouga, Lda.
                    Rua Direita 12, 3750-100 Águeda

                                                                   %s
                                                                   Maison Perrault SARL
                                                                   3 rue Nationale
                                                                   37000 Tours

                    Fatura n.º FT 2026/51
                    Total a pagar                                  980,00 €
                    """.formatted(salutation));

            assertThat(i.customerName()).as(salutation + " " + i.warnings()).isEqualTo("Maison Perrault SARL");
        }
    }

    @Test
    void doitAndPourHeadTheCustomersBlockAndDeHeadsTheSellers() {
        ExtractedInvoice doit = read("""
                Jardins Morvan                                               FACTURE
                2 chemin Vert - 58000 Nevers                                 N° 2026-8

                DOIT :
                Hôtel du Parc
                5 place Carnot
                58000 Nevers

                TOTAL TTC                                                    640,00 €
                """);
        ExtractedInvoice pour = read("""
                Facture                                                      Montant à payer
                N-2026-77                                                    90,00 EUR

                De                                                 Pour
                Logiciels Arlequin SAS                             Cave Coopérative de Tain
                8 rue Neuve, 26600 Tain                            1 avenue du Rhône, 26600 Tain
                """);

        assertThat(doit.customerName()).as(doit.warnings().toString()).isEqualTo("Hôtel du Parc");
        assertThat(pour.customerName()).as(pour.warnings().toString()).isEqualTo("Cave Coopérative de Tain");
    }

    @Test
    void aSubjectBesideTheClientLabelIsAnotherColumnNotTheClient() {
        ExtractedInvoice i = read("""
                Traiteur Bellevue                                          FACTURE
                CLIENT                                        OBJET
                Association Les Amis du Rail                  Repas du 12-mai-26
                7 rue de la Gare
                21000 Dijon
                TOTAL TTC                                     1 450,00 €
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Association Les Amis du Rail");
    }

    @Test
    void aLabelIsReadInItsCellSoTheNameUnderTheCellsStartIsTheCustomer() {
        ExtractedInvoice i = read("""
                Auberge du Lac SAS
                Facture adressée à                                   Facture n°              AL-55102
                Coopérative Laitière du Jura                         Date                  08/02/2026
                4 route de Lons
                39000 Lons-le-Saunier
                Total TTC                                            412,40 €
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Coopérative Laitière du Jura");
    }

    @Test
    void theHolderOfTheAccountIsTheCustomerAndAnotherColumnBesideTheLabelIsNot() {
        ExtractedInvoice i = read("""
                Électricité du Vercors SA
                Facture n° EV-2026-4471                                 Date de facture : 03/03/2026
                Titulaire du contrat :                                  Votre consommation
                Gîte Les Trois Sapins                                   1 240 kWh
                12 route du Col
                38880 Autrans
                Total TTC                                               212,30 €
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Gîte Les Trois Sapins");
    }

    @Test
    void aNameOverAStreetLineIsAnAddressBlockEvenWithoutTheTown() {
        ExtractedInvoice i = read("""
                Papeterie Morel
                8 rue Gambetta 44000 Nantes

                                                                   Cabinet Dentaire Hoche
                                                                   22 boulevard Victor Hugo

                FACTURE N° PM-2026-118
                Date : 05/05/2026
                Total TTC                                          84,00 €
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Cabinet Dentaire Hoche");
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("customerName: no label"));
    }

    @Test
    void theBuyerBillToIsTheCustomerNotTheConsigneeNorACodeInTheNextColumn() {
        ExtractedInvoice i = read("""
                Shree Ganesh Packaging
                Consignee (Ship to)                                  Buyer's Order No.
                Nilgiri Foods Pvt. Ltd.                              PO/1180
                Buyer (Bill to)                                      LR55012
                Nilgiri Dairy Pvt. Ltd.
                GSTIN/UIN : 33AABCN1234M1Z5
                Total                                                Rs. 11,800.00
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Nilgiri Dairy Pvt. Ltd.");
    }

    // --- which number is the invoice's

    @Test
    void aBareNumeroAfterAnotherWordNumbersThatWordNotTheInvoice() {
        ExtractedInvoice i = read("""
                Déménagements Corre
                Agrément préfectoral n° 2019/44/00871 - Assurance police n° 778812
                N° DC-2026-415
                Date : 02/06/2026
                Total TTC                                              2 160,00 €
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("DC-2026-415");
    }

    @Test
    void aBareNumeroUnderTheDocumentsTitleIsItsNumber() {
        ExtractedInvoice i = read("""
                Déménagements Corre
                FACTURE DE DÉMÉNAGEMENT                                Client
                N° DC-2026-415                                         Famille Le Goff
                Date : 02/06/2026                                      9 rue des Lilas
                                                                       44300 Nantes
                Total TTC                                              2 160,00 €
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("DC-2026-415");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("number:"));
    }

    @Test
    void aKindOfInvoiceInItsTitleLabelsItsNumberAndAFileNumberIsNot() {
        ExtractedInvoice i = read("""
                Cabinet Lebrun, notaires
                Facture d'honoraires n°        HON-26-0042
                Dossier                        25/1187
                Frais de dossier n° 25/1187                              300,00 €
                Total TTC                                                360,00 €
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("HON-26-0042");
    }

    @Test
    void aCorrectiveInvoiceNamesTheInvoiceItReplacesAndTheCreditNoteThatCancelledIt() {
        ExtractedInvoice i = read("""
                Garage Lemaire SARL                                  FACTURE RECTIFICATIVE
                Facturé à
                Taxis Bleus Lorient                                  Numéro          GL-2026-310
                4 rue Foch                                           Date            21/07/2026
                56100 Lorient
                Elle annule et remplace la facture n° GL-2026-288 du 02/07/2026, annulée par l'avoir n° AV-2026-19.
                Total TTC                                            1 020,00 €
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("GL-2026-310");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(i.customerName()).isEqualTo("Taxis Bleus Lorient");
        assertThat(i.warnings()).noneMatch(w -> w.contains("several values"));
    }

    @Test
    void italianSpanishAndPortugueseTitlesGiveTheNumberAndTheIssueDate() {
        ExtractedInvoice fattura = read("""
                Tipografia Bassi S.r.l.
                FATTURA n. 88/26 del 12/05/2026
                Totale documento                                     € 1.220,00
                """);
        ExtractedInvoice factura = read("""
                Montajes Duero S.L.
                Factura nº: B26/0412
                Fecha de factura: 03/02/2026
                Fecha de vencimiento: 05/03/2026
                Total a pagar                                        2.420,00 €
                """);
        ExtractedInvoice fatura = read("""
                Vinhos do Douro, Lda.
                Fatura n.º            FR 2026/15
                Data de emissão       2026-04-30
                Data de vencimento    2026-05-30
                Total a pagar                                        615,00 €
                """);

        assertThat(fattura.number()).isEqualTo("88/26");
        assertThat(fattura.issueDate()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(factura.number()).isEqualTo("B26/0412");
        assertThat(factura.issueDate()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(factura.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(fatura.number()).as("a series code keeps its prefix").isEqualTo("FR 2026/15");
        assertThat(fatura.issueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(fatura.dueDate()).isEqualTo(LocalDate.of(2026, 5, 30));
    }

    // --- dates

    @Test
    void aLabelWordInsideAValueOfAHeaderRowIsNoLabel() {
        ExtractedInvoice i = read("""
                Studio Ferrante Srl
                Document type        Number          Date              Customer ref.        Page
                TD01 Invoice         77/FE           12-03-2026        C0917                1/1
                Total document EUR                                     1.220,00
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void leBeforeTheDateIsPartOfTheDateNotAWeakerLabel() {
        ExtractedInvoice i = read("""
                Kinésithérapie Cap Ouest SELARL
                NOTE D'HONORAIRES
                Numéro                                                      KC-26/118
                Date                                                   le 9 juin 2026
                Total à payer                                                      96,00 €
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("issueDate:"));
    }

    @Test
    void aDateOnEveryRowOfATableDatesTheItemsNotTheInvoice() {
        ExtractedInvoice i = read("""
                Kinésithérapie Cap Ouest SELARL
                Note d'honoraires n° KC-26/118
                Date : 09/06/2026

                Date          Séance                     Patient                   Montant
                12/05/2026    Rééducation du genou       M. P. Guillou             48,00 €
                19/05/2026    Rééducation du genou       M. P. Guillou             48,00 €
                Total à payer                                                      96,00 €
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("issueDate: several"));
    }

    @Test
    void aTermCountedFromTheInvoiceDateIsNoDateLabel() {
        ExtractedInvoice i = read("""
                Carrelages Riou
                FACTURE
                N° facture       Date            Chantier               Échéance
                CR-2026-77       14/04/2026      Maison Kerbrat         30 j. date fact.

                Total HT                                               1 000,00 €
                TVA 20 %                                                 200,00 €
                Total TTC                                              1 200,00 €
                Règlement à 30 jours à compter de la date de la facture.
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 5, 14));
    }

    @Test
    void termsSayingThereIsNoDiscountAreStillTheTerms() {
        ExtractedInvoice i = read("""
                Facture n° 2026-0412
                Date de facture : 12/10/2026
                Total TTC 480,00 €
                Conditions : payable à 45 jours date de facture, sans escompte.
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aPlaceWithADotBeforeTheDateIsThePlaceAndDate() {
        ExtractedInvoice i = read("""
                Malerbetrieb Keller GmbH
                                                             St. Moritz, 4. Mai 2026
                Rechnung Nr. 26-311
                Rechnungsbetrag CHF 1'250.00
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void aSentenceAskingToPayBeforeADayGivesTheDueDate() {
        ExtractedInvoice i = read("""
                Facture n° 2026-61
                Date : 10/06/2026
                Total TTC 300,00 €
                Merci de bien vouloir régler cette facture avant le 10 juillet 2026.
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    void anItalianDueDateTableGivesTheDueDate() {
        ExtractedInvoice i = read("""
                FATTURA n. 12/26 del 15/01/2026
                Totale documento                                     € 610,00
                Scadenze
                Data scadenza            Importo                  Modalità
                31/03/2026               € 610,00                 Bonifico
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void italianAndSpanishTermsCountDaysAndTheEndOfTheMonth() {
        ExtractedInvoice endOfMonth = read("""
                FATTURA n. 19/26 del 10/11/2026
                Totale documento                                     € 1.220,00
                Pagamento: Ri.Ba. 30 gg d.f.f.m.
                """);
        ExtractedInvoice plain = read("""
                Factura nº: C-2026/88
                Fecha de factura: 02/03/2026
                Total a pagar                                        484,00 €
                Forma de pago: transferencia a 45 días fecha factura.
                """);

        assertThat(endOfMonth.dueDate()).as(endOfMonth.warnings().toString()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(plain.dueDate()).as(plain.warnings().toString()).isEqualTo(LocalDate.of(2026, 4, 16));
    }

    // --- totals

    @Test
    void aRetentionOfGuaranteeIsKeptBackFromTheAmountDueNotFromTheTotal() {
        ExtractedInvoice i = read("""
                Facture n° BT-2026-12 du 30/04/2026
                Montant TTC de la situation                          12 000,00
                Retenue de garantie 5 %                                - 600,00
                Net à payer                                         11 400,00 €
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("12000.00");
        assertThat(i.amountDue()).isEqualByComparingTo("11400.00");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("total: several"));
    }

    @Test
    void disbursementsWithoutVatAddToTheAmountToPayAndBearNoTax() {
        ExtractedInvoice i = read("""
                Note d'honoraires n° NH-26-301
                Honoraires                                                       1 000,00 €
                Total honoraires HT                                              1 000,00 €
                TVA 20 %                                                           200,00 €
                Total honoraires TTC                                             1 200,00 €
                Débours (non soumis à TVA) : frais de greffe 60,00 €
                Total de la note                                                 1 260,00 €
                Montant à régler                                                 1 260,00 €
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("1260.00");
        assertThat(i.tax()).isEqualByComparingTo("200.00");
        assertThat(i.warnings()).noneMatch(w -> w.startsWith("tax: several"));
    }

    @Test
    void theNotesTotalAfterDisbursementsIsTheTotalAndTheBalanceAfterAProvisionIsDue() {
        ExtractedInvoice i = read("""
                Note d'honoraires n° NH-26-302
                Total honoraires HT                                              2 000,00 €
                TVA 20 %                                                           400,00 €
                Total honoraires TTC                                             2 400,00 €
                Débours (non soumis à TVA) : frais de greffe                        75,00 €
                Total de la note                                                 2 475,00 €
                Provision reçue le 02/03/2026                                   - 1 000,00 €
                Solde restant dû                                                 1 475,00 €
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("2475.00");
        assertThat(i.amountDue()).isEqualByComparingTo("1475.00");
    }

    @Test
    void theTaxableBaseIsTheNetAndWhatIsToPayIsTheTotalInItalianAndPortuguese() {
        ExtractedInvoice italian = read("""
                FATTURA n. 40/26 del 02/03/2026
                Imponibile                                 € 1.000,00
                IVA 22%                                      € 220,00
                Totale documento                           € 1.220,00
                Netto a pagare                             € 1.220,00
                """);
        ExtractedInvoice portuguese = read("""
                Fatura n.º FT 2026/9
                Total ilíquido                               500,00 €
                Incidência IVA 23%                           500,00 €
                Total IVA                                    115,00 €
                Total a pagar                                615,00 €
                """);

        assertThat(italian.net()).as(italian.warnings().toString()).isEqualByComparingTo("1000.00");
        assertThat(italian.tax()).isEqualByComparingTo("220.00");
        assertThat(italian.total()).isEqualByComparingTo("1220.00");
        assertThat(portuguese.net()).as(portuguese.warnings().toString()).isEqualByComparingTo("500.00");
        assertThat(portuguese.tax()).as("the base a tax is counted on is not the tax").isEqualByComparingTo("115.00");
        assertThat(portuguese.total()).isEqualByComparingTo("615.00");
        assertThat(portuguese.warnings()).noneMatch(w -> w.startsWith("total:") || w.startsWith("tax:"));
    }

    @Test
    void endOfMonthThenADayOfTheNextMonthIsThatDay() {
        ExtractedInvoice i = read("""
                Facture n° F-77
                Date de facture : 20/01/2026
                Total TTC                                             600,00 €
                Paiement à 45 jours fin de mois le 15, par chèque.
                """);

        // 20 January + 45 days = 6 March; end of March; then the 15th of April.
        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void aNoteByItsKindInTheTitleCarriesTheNumber() {
        ExtractedInvoice fees = read("""
                Cabinet Morel, géomètre, inscrit à l'Ordre n° G1234
                NOTE D'HONORAIRES N° H-2026-41
                Date : 02/05/2026
                Total TTC                                             960,00 €
                """);
        ExtractedInvoice rights = read("""
                NOTE DE DROITS D'AUTEUR N° DA-9
                Date : 02/05/2026
                """);

        assertThat(fees.number()).as(fees.warnings().toString()).isEqualTo("H-2026-41");
        assertThat(rights.number()).as(rights.warnings().toString()).isEqualTo("DA-9");
    }

    @Test
    void aNumberLineWithAColonUnderTheTitleIsTheInvoiceNumber() {
        ExtractedInvoice i = read("""
                FACTURE
                Numéro : TR-88-0042
                Date de facture : 02/05/2026
                Total TTC                                             120,00 €
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("TR-88-0042");
    }

    @Test
    void aBareReferenceCellNumbersTheDocumentWhenNothingElseDoes() {
        ExtractedInvoice i = read("""
                Facture
                Référence                                        AB-7731
                Émise le                                    2 mars 2026
                Montant TTC                                   240,00 €
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("AB-7731");
        assertThat(i.warnings()).anyMatch(w -> w.startsWith("number:"));
    }

    @Test
    void theDepositInvoiceABalanceInvoiceNamesIsAnotherDocument() {
        ExtractedInvoice i = read("""
                FACTURE DE SOLDE
                N° S-2026-12 du 04/03/2026
                Total TTC                                           1 200,00 €
                Acompte versé                                       - 300,00 €
                Reste à payer                                         900,00 €
                Acompte reçu : facture d'acompte n° A-2026-03.
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("S-2026-12");
        assertThat(i.issueDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void toFacturerAVendeurFactureAndEntrepriseHeadTheCustomersBlock() {
        ExtractedInvoice to = read("""
                INVOICE
                To:                                                  Invoice No: 5501
                Kelly & Byrne Architects                             Invoice Date: 3 March 2026
                Main Street, Sligo
                Total Due                                                 €100.00
                """);
        ExtractedInvoice facturer = read("""
                FACTURE
                Facturer à                                     No de facture        1201
                Boulangerie Gagnon inc.                        Date            2026-03-02
                Total                                                         100,00 $
                """);
        ExtractedInvoice vendeur = read("""
                Facture de commissions
                Numéro de facture       C-1                    Vendeur facturé
                Date de facture         02/03/2026             Les Jardins d'Hélène
                Total TTC                                                     120,00 €
                """);
        ExtractedInvoice entreprise = read("""
                Organisme certifié Qualiopi
                Entreprise                                                    FACTURE
                Menuiserie Lambert                                            N° F-12
                Total TTC                                                     120,00 €
                """);

        assertThat(to.customerName()).as(to.warnings().toString()).isEqualTo("Kelly & Byrne Architects");
        assertThat(facturer.customerName()).as(facturer.warnings().toString()).isEqualTo("Boulangerie Gagnon inc.");
        assertThat(vendeur.customerName()).as(vendeur.warnings().toString()).isEqualTo("Les Jardins d'Hélène");
        assertThat(entreprise.customerName()).as(entreprise.warnings().toString()).isEqualTo("Menuiserie Lambert");
    }

    @Test
    void montantDuWithItsCodeSaysWhichDollarButMontantDuMarcheIsNoTotal() {
        ExtractedInvoice dollar = read("""
                FACTURE
                No de facture 77
                Date 2026-03-02
                Montant dû (CAD)                                          500,00 $
                """);
        ExtractedInvoice works = read("""
                Facture n° T-5 du 02/03/2026
                Montant du marché HT                                   90 000,00
                Montant HT de la situation                              1 000,00
                TVA 20 %                                                  200,00
                Montant TTC de la situation                             1 200,00
                """);

        assertThat(dollar.currency()).as(dollar.warnings().toString()).isEqualTo("CAD");
        assertThat(dollar.total()).isEqualByComparingTo("500.00");
        assertThat(works.total()).as(works.warnings().toString()).isEqualByComparingTo("1200.00");
    }

    @Test
    void reglementAvantLeGivesTheDueDateButADiscountsConditionDoesNot() {
        ExtractedInvoice due = read("""
                Facture n° P-3
                Date de facture : 02/03/2026
                Total TTC                                             120,00 €
                Règlement par chèque avant le 01/04/2026.
                """);
        ExtractedInvoice discount = read("""
                Facture n° P-4
                Date de facture : 02/03/2026
                Total TTC                                             120,00 €
                Escompte de 1 % pour règlement avant le 10/03/2026.
                """);

        assertThat(due.dueDate()).as(due.warnings().toString()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(discount.dueDate()).as(discount.warnings().toString()).isNull();
    }

    @Test
    void anAuthorsNoteTotalsTheGrossAndPaysTheNetAfterContributions() {
        ExtractedInvoice i = read("""
                NOTE DE DROITS D'AUTEUR N° DA-12
                Paris, le 2 mars 2026
                Rémunération brute HT                               1 000,00 €
                TVA 10 %                                              100,00 €
                Total TTC                                           1 100,00 €
                Cotisations précomptées
                   CSG 9,20 %                                          - 90,39 €
                   Total précompte                                     - 90,39 €
                Net à verser à l'auteur                             1 009,61 €
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("1100.00");
        assertThat(i.amountDue()).isEqualByComparingTo("1009.61");
    }

    @Test
    void aCountOfHoursIsNoTotalAndTheSwissRechnungstotalIs() {
        ExtractedInvoice i = read("""
                Rechnung Nr. R-2604-001
                Rechnungsdatum 10.04.2026
                      Total Stunden: 12.50                                Zwischentotal           2'187.50
                                                                           MWST 8,1 %               177.19
                                                                   Rechnungstotal CHF             2'364.69
                Zahlbar innert 30 Tagen.
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("2364.69");
        assertThat(i.net()).isEqualByComparingTo("2187.50");
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void aDepositInvoicesTotalIsWhatItBillsNotTheContractSumWithoutTax() {
        ExtractedInvoice i = read("""
                Akontorechnung Nr. 26-0001
                Rechnungsdatum 21.06.2026
                Auftragssumme gemäss Auftragsbestätigung, exkl. MWST                CHF 100'000.00
                1. Akontozahlung 30 % der Auftragssumme                              CHF 30'000.00
                zuzüglich MWST 8,1 %                                                  CHF 2'430.00
                Total Akontorechnung inkl. MWST                                      CHF 32'430.00
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("32430.00");
        assertThat(i.tax()).isEqualByComparingTo("2430.00");
    }

    @Test
    void theNetTermBesideADiscountIsTheTermAndADueWordCountsDaysToo() {
        ExtractedInvoice skonto = read("""
                Rechnung Nr. 412000001
                Rechnungsdatum 15.06.2026
                Rechnungsbetrag EUR 2.587,76
                Zahlungsbedingungen: Skonto 2 % bei Zahlung innerhalb 10 Tagen, 30 Tage netto
                """);
        ExtractedInvoice echeance = read("""
                Facture n° F-2026-0001      Date 30.03.2026
                Échéance             15 jours date de facture
                Total à payer EUR 5.187,06
                """);
        ExtractedInvoice letter = read("""
                Honorarrechnung Nr. 39/2026
                Rechnungsdatum: 21.07.2026
                Rechnungsbetrag 409,18 €
                Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen ab Rechnungsdatum ohne Abzug.
                """);

        assertThat(skonto.dueDate()).as(skonto.warnings().toString()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(echeance.dueDate()).as(echeance.warnings().toString()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(letter.dueDate()).as(letter.warnings().toString()).isEqualTo(LocalDate.of(2026, 8, 4));
    }

    @Test
    void aDutchInvoiceAddressHeadsTheCustomerAndBetaalUiterlijkDatesTheDue() {
        ExtractedInvoice i = read("""
                Factuurnummer INV-2026-1   Factuurdatum 8 maart 2026
                Factuuradres                            Afleveradres
                Agence Nord-Lumière                     Agence Nord-Lumière
                9 rue Esquermoise                       Zone logistique
                59800 Lille                             67400 Illkirch
                Te betalen   € 1.887,44
                Betaal uiterlijk 22 maart 2026. Maak het bedrag over naar NL53 INGB 5209 8396 69.
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Agence Nord-Lumière");
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 3, 22));
    }

    @Test
    void anAccountStatementsBalanceIsNoAmountDue() {
        ExtractedInvoice i = read("""
                Facture n° F-2026-0821      Date 30.03.2026
                Total honoraires HTVA               4.402,50
                TVA 17 %                              748,43
                Total honoraires TTC                5.150,93
                Relevé de compte au 30.03.2026
                Facture F-2025-0019 du 31.12.2025          1.005,50
                Présente facture F-2026-0821               5.150,93
                Solde de votre compte                      6.156,43
                """);

        assertThat(i.total()).isEqualByComparingTo("5150.93");
        assertThat(i.amountDue()).as(i.warnings().toString()).isEqualByComparingTo("5150.93");
    }

    @Test
    void aBankAccountsNoIsNoInvoiceNumber() {
        ExtractedInvoice i = read("""
                Vermeil Technologies Pvt. Ltd.                       TAX INVOICE
                No. 42, 3rd Floor, 80 Feet Road, Koramangala
                Bengaluru Karnataka 560034                           # INV-004208
                Bill To                                      Invoice Date :  28/04/2026
                Sharma Textiles Pvt. Ltd.
                Total ₹2,06,638.06
                Bank: HDFC Bank - A/c No. 89689342463302 - IFSC HDFC0007961
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("INV-004208");
    }

    @Test
    void aYearSlashSequenceSpacedIsOneNumber() {
        ExtractedInvoice i = read("""
                FACTUUR
                 Factuurnummer                  Factuurdatum
                 2026 / 559                     17/01/2026
                Te betalen                       € 10.077,58
                """);

        assertThat(i.number()).as(i.warnings().toString()).isEqualTo("2026 / 559");
    }

    @Test
    void aCanadianDollarDateWhoseSecondPartIsOverTwelveReadsMonthFirst() {
        ExtractedInvoice i = read("""
                Invoice Number 0000150
                Date of Issue            03/29/2026
                Due Date                 04/13/2026
                Total        CA$12,472.49
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void ambiguousDollarDatesTakeTheOneOrderWhoseDueDateIsNotBeforeTheIssue() {
        ExtractedInvoice i = read("""
                Invoice Number 0000336
                Date of Issue            08/10/2026
                Due Date                 09/09/2026
                Total        $1,357.86
                """);

        assertThat(i.issueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 8, 10));
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 9, 9));
        assertThat(i.confidence()).isLessThanOrEqualTo(0.7);
    }

    @Test
    void daysCountedFromTheInvoiceDateAreTheTermWhateverWordsPrecedeThem() {
        ExtractedInvoice i = read("""
                FACTURA
                Nº DE FACTURA              FECHA
                F260505                    22/06/2026
                TOTAL             35.568,51 €
                Transferencia bancaria a 60 días fecha factura
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 8, 21));
    }

    @Test
    void withinNDaysInAPaymentSentenceIsTheTermHoweverFarTheVerb() {
        ExtractedInvoice i = read("""
                Rechnungs-Nr.                Datum
                RE-2964                      14.08.2026
                Gesamtbetrag brutto                      4.078,20 €
                Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer innerhalb von 14 Tagen
                auf das unten angegebene Konto.
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isEqualTo(LocalDate.of(2026, 8, 28));
    }

    @Test
    void withinNDaysWithoutAnyPaymentWordIsNoTerm() {
        ExtractedInvoice i = read("""
                Rechnungs-Nr.                Datum
                RE-2964                      14.08.2026
                Gesamtbetrag brutto                      4.078,20 €
                Reklamationen nehmen wir innerhalb von 8 Tagen entgegen.
                """);

        assertThat(i.dueDate()).as(i.warnings().toString()).isNull();
    }

    @Test
    void aStreetWithItsHouseNumberOverATownIsNoCustomerName() {
        ExtractedInvoice i = read("""
                Lumière Vlaanderen BV                                                  FACTUUR
                Software & advies

                Grote Markt 9
                9051 Gent                                                             Lotte Claes
                BTW BE 0915.561.485                                                   Brugsesteenweg 240
                RPR Gent                                                              3500 Hasselt
                Te betalen                         € 2.103,59
                """);

        assertThat(i.customerName()).as(i.warnings().toString()).isEqualTo("Lotte Claes");
    }

    @Test
    void aSpanishItemTablesTotalColumnIsNoInvoiceTotal() {
        ExtractedInvoice i = read("""
                FACTURA
                 CONCEPTO                                         PRECIO      UNIDADES          SUBTOTAL          IVA              TOTAL

                 Consultoría estratégica (horas)               1.456,25 €               2      2.912,50 €        10%           3.203,75 €

                 Desplazamiento                                1.487,48 €              11     16.362,28 €        21%         19.798,36 €

                                                                                                  BASE IMPONIBLE              19.274,78 €
                                                                                                  IVA 10 %                       291,25 €
                                                                                                  IVA 21 %                     3.436,08 €
                                                                                                  TOTAL             23.002,11 €
                """);

        assertThat(i.total()).as(i.warnings().toString()).isEqualByComparingTo("23002.11");
    }
}
