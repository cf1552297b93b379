package org.relance.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.bank.BankCredit;
import org.relance.decision.DecisionOutcome.Reason;
import org.relance.decision.DecisionOutcome.Status;
import org.relance.decision.DecisionRequest.Approve;
import org.relance.decision.DecisionRequest.ConfirmInvoice;
import org.relance.decision.DecisionRequest.Shown;
import org.relance.decision.DecisionRequest.Target;
import org.relance.demo.DemoPdfs;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.invoice.DocumentImport;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceCorrection;
import org.relance.invoice.InvoiceDraft;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Event;
import org.relance.ledger.Money;
import org.relance.testing.DeskFixture;

/**
 * Item 4 of issue 12 on a real ledger on 2026-12-01 in Paris: an invoice read with doubts is never planned, approved
 * or sent until a person confirms it (with corrections) through the decision seam; trusted readings are chased as
 * before.
 */
class ConfirmInvoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Actor CLAIRE = new Actor("U123", Channel.SLACK);
    private static final Actor MARC = new Actor("marc", Channel.CLI);

    @TempDir
    Path dir;

    private DeskFixture desk;
    private App app;
    private Decisions decisions;

    @BeforeEach
    void open() throws IOException {
        desk = DeskFixture.write(dir, "", "");
        app = desk.openOn(TODAY);
        decisions = app.decisions();
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** An overdue invoice of 968,00 € waiting for confirmation for {@code doubts} (as an uncertain reading gives). */
    private Invoice doubtful(String number, String... doubts) {
        InvoiceDraft draft = new InvoiceDraft(number, InvoiceKind.INVOICE, "Client SARL", "compta@client.test",
                LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14), Money.of("968.00", "EUR"),
                Money.of("0.00", "EUR"), "text", null, List.of(doubts));
        return app.ledger().inTransaction(h -> {
            app.invoices().upsert(h, draft, "test", "cli");
            return app.invoices().find(h, number, InvoiceKind.INVOICE).orElseThrow();
        });
    }

    /** A plain PDF giving payment terms, not a due date: the reader computes the date and says so. */
    private Path plainPdfWithTermsOnly() throws IOException {
        return Files.write(dir.resolve("plain.pdf"), DemoPdfs.textPdf(List.of(
                "Atelier Dupont", "FACTURE N° FA-2026-0100", "Client : Client SARL",
                "Date : 02/11/2026", "Conditions : payable à 30 jours", "Total TTC : 968,00 €")));
    }

    private Invoice stored(String number) {
        return app.ledger().read(h -> app.invoices().find(h, number, InvoiceKind.INVOICE)).orElseThrow();
    }

    private List<String> doubtsOf(Invoice invoice) {
        return app.ledger().read(h -> app.invoices().doubts(h, invoice.id()));
    }

    private List<Event> eventsOf(Invoice invoice) {
        return app.ledger().read(h -> app.events().forInvoice(h, invoice.id()));
    }

    private List<org.relance.dunning.Reminder> remindersOf(Invoice invoice) {
        return app.ledger().read(h -> app.reminders().forInvoice(h, invoice.id()));
    }

    private String emailOf(Invoice invoice) {
        java.util.Map<Long, org.relance.invoice.Customer> customers = app.ledger().read(h -> app.invoices().customers(h));
        return customers.get(invoice.customerId()).email();
    }

    private List<String> plannedInvoices() {
        return app.plans().planFor(TODAY).proposals().stream().map(p -> p.invoice()).toList();
    }

    @Test
    void aDoubtfulReadingIsStoredToConfirmWithItsReasonsAndIsNeverPlannedNorApproved() {
        Invoice invoice = doubtful("F-1", "total: several values (968.00, 800.00)");

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
        assertThat(doubtsOf(invoice))
                .containsExactly("total: several values (968.00, 800.00)");
        assertThat(eventsOf(invoice))
                .extracting(Event::kind).contains(InvoiceStore.TO_CONFIRM_EVENT);
        assertThat(plannedInvoices()).doesNotContain("F-1");

        DecisionOutcome approve = decisions.take(new Approve(Target.invoice("F-1")), MARC);

        assertThat(approve.refused()).isTrue();
        assertThat(remindersOf(invoice)).isEmpty();
        assertThat(app.reminderMailer().queueApproved().queued()).isEmpty();
    }

    @Test
    void confirmingAsReadOpensTheInvoiceAndThePlannerProposesItsFirstStep() {
        Invoice invoice = doubtful("F-1", "dueDate: computed from the terms \"30 jours\"");

        DecisionOutcome outcome = decisions.take(new ConfirmInvoice("F-1",
                new Shown(Money.of("968.00", "EUR"), LocalDate.of(2026, 11, 14)), InvoiceCorrection.NONE), CLAIRE);

        assertThat(outcome.status()).isEqualTo(Status.DONE);
        assertThat(outcome.reason()).isEqualTo(Reason.INVOICE_CONFIRMED);
        assertThat(stored("F-1").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(doubtsOf(invoice)).isEmpty();
        List<Event> events = eventsOf(invoice);
        assertThat(events).filteredOn(e -> e.kind().equals(InvoiceStore.CONFIRMED_EVENT)).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("U123");
                    assertThat(e.channel()).isEqualTo("slack");
                    assertThat(e.details()).startsWith("confirmed as read");
                });
        assertThat(plannedInvoices()).containsExactly("F-1");
    }

    @Test
    void aCorrectionChangesTotalDueDateAndCustomerEmailAndSaysWhatChanged() {
        Invoice invoice = doubtful("F-1", "total: doubtful, left out");

        DecisionOutcome outcome = decisions.take(new ConfirmInvoice("F-1", null, new InvoiceCorrection(
                new BigDecimal("986.00"), LocalDate.of(2026, 12, 12), "paiement@client.test")), MARC);

        assertThat(outcome.status()).isEqualTo(Status.DONE);
        Invoice now = stored("F-1");
        assertThat(now.total()).isEqualTo(Money.of("986.00", "EUR"));
        assertThat(now.amountDue()).isEqualTo(Money.of("986.00", "EUR"));
        assertThat(now.dueDate()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(emailOf(now))
                .isEqualTo("paiement@client.test");
        assertThat(eventsOf(invoice))
                .filteredOn(e -> e.kind().equals(InvoiceStore.CONFIRMED_EVENT)).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("total 968.00 EUR → 986.00 EUR")
                        .contains("due date 2026-11-14 → 2026-12-12").contains("paiement@client.test"));
        // Due on 12 December: nothing to chase on the 1st.
        assertThat(plannedInvoices()).doesNotContain("F-1");
    }

    @Test
    void repeatingAConfirmationIsHarmlessAndAnotherOneAfterwardsIsRefused() {
        doubtful("F-1", "total: doubtful");
        ConfirmInvoice confirm = new ConfirmInvoice("F-1", null, InvoiceCorrection.NONE);
        decisions.take(confirm, MARC);
        int events = eventsOf(stored("F-1")).size();

        DecisionOutcome again = decisions.take(confirm, CLAIRE);
        DecisionOutcome otherTotal = decisions.take(new ConfirmInvoice("F-1", null,
                new InvoiceCorrection(new BigDecimal("1.00"), null, null)), CLAIRE);

        assertThat(again.status()).isEqualTo(Status.ALREADY_DONE);
        assertThat(again.message()).contains("already confirmed by marc (cli)");
        assertThat(otherTotal.status()).isEqualTo(Status.REFUSED);
        assertThat(otherTotal.reason()).isEqualTo(Reason.NOT_TO_CONFIRM);
        assertThat(stored("F-1").total()).isEqualTo(Money.of("968.00", "EUR"));
        assertThat(eventsOf(stored("F-1"))).hasSize(events);
    }

    @Test
    void aConfirmationOfAReadingThatChangedSinceItWasShownIsStaleAndChangesNothing() {
        doubtful("F-1", "total: doubtful");

        DecisionOutcome outcome = decisions.take(new ConfirmInvoice("F-1",
                new Shown(Money.of("800.00", "EUR"), LocalDate.of(2026, 11, 14)), InvoiceCorrection.NONE), CLAIRE);

        assertThat(outcome.status()).isEqualTo(Status.STALE);
        assertThat(outcome.reason()).isEqualTo(Reason.PROPOSAL_CHANGED);
        assertThat(outcome.message()).contains("968.00 EUR");
        assertThat(stored("F-1").status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
    }

    @Test
    void unknownInvoicesTrustedInvoicesAndImpossibleCorrectionsAreRefusedWithAReason() throws IOException {
        desk.importInvoices(app, "F-2,Client SARL,compta@client.test,2026-10-01,2026-10-31,EUR,500.00,0\n");
        doubtful("F-3", "total: doubtful");

        DecisionOutcome unknown = decisions.take(new ConfirmInvoice("F-404", null, InvoiceCorrection.NONE), MARC);
        DecisionOutcome trusted = decisions.take(new ConfirmInvoice("F-2", null, InvoiceCorrection.NONE), MARC);
        DecisionOutcome zero = decisions.take(new ConfirmInvoice("F-3", null,
                new InvoiceCorrection(BigDecimal.ZERO, null, null)), MARC);

        assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_INVOICE);
        assertThat(trusted.reason()).isEqualTo(Reason.NOT_TO_CONFIRM);
        assertThat(trusted.message()).contains("not waiting for confirmation");
        assertThat(zero.reason()).isEqualTo(Reason.BAD_CORRECTION);
        assertThat(stored("F-3").status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
    }

    @Test
    void aPaymentForAnInvoiceWaitingForConfirmationIsNotMatchedUntilItIsConfirmed() {
        doubtful("F-1", "total: doubtful");
        app.ledger().inTransaction(h -> app.payments().record(h, List.of(new BankCredit("notification.eml",
                LocalDate.of(2026, 11, 30), Money.of("968.00", "EUR"), "CLIENT SARL", "F-1", "bank-1",
                BankCredit.Source.EMAIL)), "test", "cli"));

        assertThat(stored("F-1").status()).isEqualTo(InvoiceStatus.TO_CONFIRM);

        decisions.take(new ConfirmInvoice("F-1", null, InvoiceCorrection.NONE), MARC);

        assertThat(stored("F-1").status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(plannedInvoices()).doesNotContain("F-1");
    }

    @Test
    void aPlainPdfReadWithAWarningWaitsAndTheImportSaysHowToConfirmIt() throws IOException {
        Path plain = plainPdfWithTermsOnly();

        DocumentImport.Outcome outcome = app.documentImport().importFile(plain, "test", "cli");

        assertThat(outcome).isInstanceOfSatisfying(DocumentImport.Outcome.Imported.class, imported -> assertThat(
                imported.notes()).anySatisfy(n -> assertThat(n).startsWith("to confirm: ")
                .contains("relance confirm FA-2026-0100")));
        Invoice read = stored("FA-2026-0100");
        assertThat(read.status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
        assertThat(doubtsOf(read)).isNotEmpty();
        assertThat(plannedInvoices()).doesNotContain("FA-2026-0100");
    }

    @Test
    void importingTheSameDocumentAgainAfterACorrectionKeepsWhatThePersonConfirmed() throws IOException {
        Path plain = plainPdfWithTermsOnly();
        app.documentImport().importFile(plain, "test", "cli");
        decisions.take(new ConfirmInvoice("FA-2026-0100", null,
                new InvoiceCorrection(new BigDecimal("986.00"), LocalDate.of(2026, 12, 20), null)), MARC);

        DocumentImport.Outcome again = app.documentImport().importFile(plain, "test", "cli");

        assertThat(again).isInstanceOfSatisfying(DocumentImport.Outcome.Imported.class,
                i -> assertThat(i.change()).isEqualTo(InvoiceStore.Change.UNCHANGED));
        Invoice now = stored("FA-2026-0100");
        assertThat(now.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(now.total()).isEqualTo(Money.of("986.00", "EUR"));
        assertThat(now.dueDate()).isEqualTo(LocalDate.of(2026, 12, 20));
    }
}
