package org.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relance.dunning.ReminderFixtures.CONSUMER;
import static org.relance.dunning.ReminderFixtures.C12;
import static org.relance.dunning.ReminderFixtures.E42;
import static org.relance.dunning.ReminderFixtures.ENGLISH_CLIENT;
import static org.relance.dunning.ReminderFixtures.F42;
import static org.relance.dunning.ReminderFixtures.F57;
import static org.relance.dunning.ReminderFixtures.FRENCH_CLIENT;
import static org.relance.dunning.ReminderFixtures.IBAN;
import static org.relance.dunning.ReminderFixtures.TODAY;
import static org.relance.dunning.ReminderFixtures.composer;
import static org.relance.dunning.ReminderFixtures.request;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.relance.config.Company;
import org.relance.dunning.Composition.Attachment;
import org.relance.dunning.Composition.ComposedReminder;
import org.relance.invoice.Customer;

class FormalNoticePdfTest {

    private static Attachment pdf(Composition c) {
        assertThat(c).isInstanceOf(ComposedReminder.class);
        return ((ComposedReminder) c).attachments().get(0);
    }

    /** The letter's text as PDFBox reads it back, every run of spaces and line breaks as one plain space. */
    private static String text(Attachment pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replace('\u202F', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    @Test
    void frenchNoticeReadsBackWithAddressesChronologyAmountsDeadlineAndBankDetails() throws IOException {
        String text = text(pdf(composer().compose(request(FRENCH_CLIENT, "notice", F42))));

        assertThat(text)
                .contains("Atelier Morel SARL", "12 rue de la Paix", "75002 Paris", "SIREN 123 456 789")
                .contains("Boulangerie Xavier", "8 place du Marché", "69002 Lyon")
                .contains("Fait à Paris, le 1er décembre 2026")
                .contains("Lettre recommandée avec accusé de réception", "Objet : Mise en demeure de payer")
                .contains("16 octobre 2026 : premier rappel par e-mail", "26 octobre 2026 : relance par e-mail",
                        "9 novembre 2026 : appel téléphonique")
                .contains("Facture n° F-2026-0042 du 15 septembre 2026, échue le 15 octobre 2026 : 1 234,56 €")
                .contains("Principal restant dû : 1 234,56 €")
                .contains("19,31 €", "40,00 €", "L441-10", "D441-5")
                .contains("Total réclamé : 1 293,87 €")
                .contains("au plus tard le 9 décembre 2026")
                .contains("IBAN " + IBAN, "BIC AGRIFRPP")
                .contains("Signature")
                .contains("P.J. : copie de la facture n° F-2026-0042");
    }

    @Test
    void englishNoticeReadsBackInEnglish() throws IOException {
        String text = text(pdf(composer().compose(request(ENGLISH_CLIENT, "notice", E42))));

        assertThat(text)
                .contains("Subject: Formal notice to pay", "Bristol BS1 4DB")
                .contains("Invoice no. F-2026-0043 dated 15 September 2026, due on 15 October 2026: €1,234.56")
                .contains("€19.31", "€40.00", "Total claimed: €1,293.87")
                .contains("by 9 December 2026 at the latest")
                .contains("16 October 2026: first reminder by email")
                .contains("IBAN " + IBAN);
    }

    @Test
    void consumerNoticeClaimsNoCommercialChargesButStatutoryInterestRuns() throws IOException {
        String text = text(pdf(composer().compose(request(CONSUMER, "notice", C12))));

        assertThat(text).contains("Total réclamé : 250,00 €", "1231-6")
                .doesNotContain("L441-10", "D441-5", "Indemnité");
    }

    @Test
    void noticeForSeveralInvoicesListsEachAndClaimsTheirSum() throws IOException {
        String text = text(pdf(composer().compose(request(FRENCH_CLIENT, "notice", F42, F57))));

        assertThat(text)
                .contains("F-2026-0042 du 15 septembre 2026", "F-2026-0057 du 2 octobre 2026")
                .contains("Principal restant dû : 1 614,56 €")
                .contains("(F-2026-0042 et F-2026-0057)");
        // 1 614,56 + interest on each (19,31 + 3,79) + 2 × 40,00
        assertThat(text).contains("Total réclamé : 1 717,66 €");
    }

    @Test
    void anIbanStoredWithoutSpacesIsPrintedInGroupsOfFourInTheEmailAndTheNotice() throws IOException {
        // The config parser keeps the IBAN compact, as here.
        Company company = new Company("Atelier Morel SARL", "contact@atelier-morel.test",
                "FR7630006000011234567890189", "AGRIFRPP", null, "12 rue de la Paix\n75002 Paris", Locale.FRENCH,
                ReminderFixtures.PARIS, 30);
        ReminderComposer composer = new ReminderComposer(company, ReminderFixtures.dunning(null));
        String grouped = "FR76 3000 6000 0112 3456 7890 189";

        ComposedReminder friendly = (ComposedReminder) composer.compose(request(FRENCH_CLIENT, "friendly", F42));
        ComposedReminder notice = (ComposedReminder) composer.compose(request(FRENCH_CLIENT, "notice", F42));

        assertThat(friendly.text()).contains("IBAN : " + grouped).doesNotContain("FR7630006000");
        assertThat(friendly.html()).contains(grouped);
        assertThat(notice.text()).contains("IBAN " + grouped);
        assertThat(text(pdf(notice))).contains("IBAN " + grouped);
    }

    @Test
    void charactersHelveticaCannotPrintAreReplacedInsteadOfFailing() throws IOException {
        Customer foreign = new Customer(8, "Ştefan Łukasz Œuvres 東京 ✓", "office@stefan.test", "fr", null, false);
        Company company = new Company("Atelier Morel SARL", "contact@atelier-morel.test", IBAN, "AGRIFRPP", null,
                "12 rue de la Paix\n75002 Paris", Locale.FRENCH, ReminderFixtures.PARIS, 30);
        ReminderRequest r = new ReminderRequest(foreign, "Strada Ţepeş 3\n010000 Bucureşti", ReminderFixtures.step("notice"),
                ReminderFixtures.items(foreign, F42), ReminderFixtures.historyUpTo("F-2026-0042", "notice"), TODAY);

        String text = text(pdf(new ReminderComposer(company, ReminderFixtures.dunning(null)).compose(r)));

        // Ş and Ţ lose their cedilla, Ł and the CJK have no Latin-1 form; Œ and € are in WinAnsi and stay.
        assertThat(text).contains("Stefan ?ukasz Œuvres ?? ?", "Strada Tepes 3", "Bucuresti", "1 234,56 €");
    }

    @Test
    void safeTextKeepsWinAnsiCharactersAndTurnsTheNarrowNoBreakSpaceIntoOneItHas() {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);

        String safe = NoticeLetterPdf.safe("1\u202F234,56\u00A0€ — « déjà » œ\tx\u0000", font);

        assertThat(safe).doesNotContain("\u202F", "\t", "\u0000");
        assertThat(safe.replace('\u00A0', ' ')).isEqualTo("1 234,56 € — « déjà » œ x");
    }

    @Test
    void withoutAnEcbRateTheNoticeClaimsTheIndemnityAndPrintsNoMadeUpInterest() throws IOException {
        OverdueItem noRate = new OverdueItem("F-2026-0042", java.time.LocalDate.parse("2026-09-15"),
                java.time.LocalDate.parse("2026-10-15"), org.relance.ledger.Money.of("1234.56", "EUR"), 47, null,
                org.relance.ledger.Money.of("40.00", "EUR"));
        ReminderRequest r = new ReminderRequest(FRENCH_CLIENT, null, ReminderFixtures.step("notice"),
                java.util.List.of(noRate), java.util.List.of(), TODAY);

        Composition c = composer().compose(r);
        String text = text(pdf(c));

        assertThat(text).contains("Indemnité forfaitaire", "40,00 €", "Total réclamé : 1 274,56 €")
                .doesNotContain("Pénalités de retard au taux", " 0,00 €");
        assertThat(((ComposedReminder) c).text()).doesNotContain("pénalités de retard (article", " 0,00");
    }

    @Test
    void longNoticeFlowsOntoMorePagesWithoutLosingALine() throws IOException {
        java.util.List<OverdueItem> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            many.add(new OverdueItem(String.format("F-2026-%04d", i), java.time.LocalDate.parse("2026-09-01"),
                    java.time.LocalDate.parse("2026-10-01"), org.relance.ledger.Money.of("10.00", "EUR"), 61, null,
                    null));
        }
        ReminderRequest r = new ReminderRequest(CONSUMER, null, ReminderFixtures.step("notice"), many,
                java.util.List.of(), TODAY);

        Attachment pdf = pdf(composer().compose(r));

        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("F-2026-0001 du", "F-2026-0070 du", "Total réclamé : 700,00 €", "Signature");
    }
}
