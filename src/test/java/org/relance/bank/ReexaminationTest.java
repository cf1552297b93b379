package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Event;
import org.relance.ledger.Money;

/** A payment left waiting is matched again when later evidence arrives, never against a person's decision. */
class ReexaminationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private App app;

    @BeforeEach
    void open() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        RelanceConfig config = ConfigLoader.load(file, Map.of());
        app = Main.wire(config, Clock.fixed(TODAY.atTime(9, 0).atZone(PARIS).toInstant(), PARIS));
        importInvoices("""
                G-1,Garage Dubois SARL,compta@garage-dubois.test,2026-10-01,2026-10-31,EUR,500.00,0
                G-2,Garage Dubois SARL,compta@garage-dubois.test,2026-10-05,2026-11-04,EUR,500.00,0
                B-42,Boulangerie Martin,,2026-10-01,2026-10-31,EUR,1000.00,0
                """);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void importInvoices(String rows) throws IOException {
        Path csv = Files.createTempFile(dir, "invoices", ".csv");
        Files.writeString(csv, "number,customer,customer_email,issue_date,due_date,currency,total,paid\n" + rows);
        app.invoiceImport().importCsv(csv, "test", "cli");
    }

    private IntakeResult record(String date, String amount, String payer, String reference) {
        BankCredit credit = new BankCredit("test", LocalDate.parse(date), Money.of(amount, "EUR"), payer, reference,
                null, BankCredit.Source.CAMT053);
        return app.ledger().inTransaction(h -> app.payments().record(h, List.of(credit), "test", "cli"));
    }

    private Invoice invoice(String number) {
        return app.ledger().read(h -> app.invoices().find(h, number, InvoiceKind.INVOICE)).orElseThrow();
    }

    private List<String> states(long paymentId) {
        return app.ledger().read(h -> h.createQuery(
                        "SELECT a.state || ' ' || i.number FROM allocations a JOIN invoices i ON i.id = a.invoice_id"
                                + " WHERE a.payment_id = :p ORDER BY a.id")
                .bind("p", paymentId).mapTo(String.class).list());
    }

    private List<String> eventKinds(String number) {
        long id = invoice(number).id();
        return app.ledger().read(h -> app.events().forInvoice(h, id)).stream().map(Event::kind).toList();
    }

    @Test
    void aTwinSuggestionIsAppliedOnceAnotherCreditPaysTheTwinByReference() {
        IntakeResult first = record("2026-11-20", "500.00", "GARAGE DUBOIS SARL", "VIREMENT");
        assertThat(first.applied()).isEmpty();
        assertThat(first.suggested()).extracting(IntakeResult.Suggested::invoice).containsExactly("G-1", "G-2");
        long twin = first.stored().get(0).id();

        IntakeResult second = record("2026-11-22", "500.00", "GARAGE DUBOIS SARL", "FACTURE G-2");

        assertThat(second.applied()).extracting(IntakeResult.Applied::invoice).containsExactly("G-2", "G-1");
        assertThat(invoice("G-1").status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice("G-2").status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(states(twin)).containsExactly("rejected G-1", "rejected G-2", "applied G-1");
        assertThat(eventKinds("G-1")).contains("payment.reexamined", "allocation.withdrawn");
        assertThat(app.payments().reexamine("test", "cli").applied()).isEmpty();
    }

    @Test
    void aPaymentReceivedBeforeItsInvoiceIsAppliedWhenTheInvoiceIsImported() throws IOException {
        IntakeResult early = record("2026-11-20", "671.15", "MA JOLIE BOUTIQUE", "FA-2017-0010");
        assertThat(early.unmatched()).hasSize(1);

        importInvoices("FA-2017-0010,Ma Jolie Boutique,,2026-10-01,2026-10-31,EUR,671.15,0\n");
        IntakeResult late = app.payments().reexamine("test", "cli");

        assertThat(late.applied()).singleElement().satisfies(a -> {
            assertThat(a.invoice()).isEqualTo("FA-2017-0010");
            assertThat(a.paymentId()).isEqualTo(early.stored().get(0).id());
        });
        assertThat(invoice("FA-2017-0010").status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aSuggestionAPersonRejectedIsNeverAppliedByLaterEvidence() {
        IntakeResult first = record("2026-11-20", "500.00", "GARAGE DUBOIS SARL", "VIREMENT");
        long twin = first.stored().get(0).id();
        long toG1 = first.suggested().stream().filter(s -> s.invoice().equals("G-1")).findFirst().orElseThrow()
                .allocationId();
        assertThat(app.payments().rejectSuggestion(toG1, "alice", "cli").refused()).isFalse();

        record("2026-11-22", "500.00", "GARAGE DUBOIS SARL", "FACTURE G-2");
        app.payments().reexamine("test", "cli");

        assertThat(invoice("G-1").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(states(twin)).containsExactly("rejected G-1", "suggested G-2");
    }

    @Test
    void anAllocationAPersonConfirmedIsNeverTouched() {
        IntakeResult first = record("2026-11-20", "500.00", "GARAGE DUBOIS SARL", "VIREMENT");
        long twin = first.stored().get(0).id();
        long toG2 = first.suggested().stream().filter(s -> s.invoice().equals("G-2")).findFirst().orElseThrow()
                .allocationId();
        app.payments().confirmSuggestion(toG2, "alice", "cli");

        IntakeResult second = record("2026-11-22", "500.00", "GARAGE DUBOIS SARL", "FACTURE G-1");
        app.payments().reexamine("test", "cli");

        assertThat(second.applied()).extracting(IntakeResult.Applied::invoice).containsExactly("G-1");
        assertThat(states(twin)).containsExactly("rejected G-1", "applied G-2");
    }

    @Test
    void aPaymentWaitingForAnInvoiceThatIsNotOpenIsNotMatchedToIt() throws IOException {
        importInvoices("D-7,Cave Roux,,2026-10-01,2026-10-31,EUR,320.00,320.00\n");
        IntakeResult early = record("2026-11-20", "320.00", "CAVE ROUX", "FACTURE D-7");

        assertThat(early.applied()).isEmpty();
        assertThat(early.suggested()).isEmpty();
        assertThat(app.payments().reexamine("test", "cli").applied()).isEmpty();
    }

    @Test
    void suggestionsForInvoicesAnotherPaymentSettledAreWithdrawnAndThePaymentStillWaits() throws IOException {
        IntakeResult first = record("2026-11-20", "500.00", "GARAGE DUBOIS SARL", "VIREMENT");
        long twin = first.stored().get(0).id();

        IntakeResult both = record("2026-11-22", "1000.00", "GARAGE DUBOIS SARL", "FACTURES G-1 G-2");

        assertThat(both.applied()).extracting(IntakeResult.Applied::invoice).containsExactly("G-1", "G-2");
        assertThat(states(twin)).containsExactly("rejected G-1", "rejected G-2");
        assertThat(app.payments().waitingForAPerson(java.util.Set.of(WaitingPayment.State.UNMATCHED)))
                .extracting(w -> w.payment().id()).containsExactly(twin);

        importInvoices("G-3,Garage Dubois SARL,compta@garage-dubois.test,2026-11-05,2026-12-05,EUR,500.00,0\n");
        IntakeResult late = app.payments().reexamine("test", "cli");

        assertThat(late.applied()).singleElement().satisfies(a -> {
            assertThat(a.invoice()).isEqualTo("G-3");
            assertThat(a.paymentId()).isEqualTo(twin);
        });
    }
}
