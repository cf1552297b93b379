package org.relance.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.bank.BankCredit;
import org.relance.bank.IntakeResult;
import org.relance.decision.DecisionOutcome.Reason;
import org.relance.decision.DecisionOutcome.Status;
import org.relance.decision.DecisionRequest.ConfirmMatch;
import org.relance.decision.DecisionRequest.MarkPaid;
import org.relance.decision.DecisionRequest.Target;
import org.relance.decision.DecisionRequest.WithdrawPayment;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceDraft;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Money;
import org.relance.testing.DeskFixture;

/** A person says a payment was read wrong: the seam withdraws it and owes again exactly what it paid. */
class WithdrawPaymentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Actor MARC = new Actor("marc", Channel.CLI);

    @TempDir
    Path dir;

    private App app;
    private Decisions decisions;

    @BeforeEach
    void open() throws IOException {
        app = DeskFixture.write(dir, "", "").openOn(TODAY);
        decisions = app.decisions();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void invoice(String number, String customer, String total) {
        InvoiceDraft draft = new InvoiceDraft(number, InvoiceKind.INVOICE, customer, "compta@client.test",
                LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14), Money.of(total, "EUR"),
                Money.of("0.00", "EUR"), "csv", null, List.of());
        app.ledger().inTransaction(h -> app.invoices().upsert(h, draft, "test", "cli"));
    }

    private IntakeResult pay(String amount, String payer, String reference) {
        return app.ledger().inTransaction(h -> app.payments().record(h, List.of(new BankCredit("notification.eml",
                TODAY.minusDays(1), Money.of(amount, "EUR"), payer, reference, null, BankCredit.Source.EMAIL)),
                "test", "cli"));
    }

    private Invoice stored(String number) {
        return app.ledger().read(h -> app.invoices().find(h, number, InvoiceKind.INVOICE)).orElseThrow();
    }

    @Test
    void aPartPaymentWithdrawnRaisesWhatIsDueByExactlyWhatItPaid() {
        invoice("F-1", "Client SARL", "1000.00");
        IntakeResult part = pay("400.00", "CLIENT SARL", "F-1");
        long payment = part.stored().get(0).id();
        part.suggested().forEach(s -> decisions.take(new ConfirmMatch(s.allocationId()), MARC));
        assertThat(stored("F-1").status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);

        DecisionOutcome outcome = decisions.take(new WithdrawPayment(payment, null, null), MARC);

        assertThat(outcome.status()).isEqualTo(Status.DONE);
        assertThat(outcome.reason()).isEqualTo(Reason.PAYMENT_WITHDRAWN);
        assertThat(stored("F-1").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(stored("F-1").amountDue()).isEqualTo(Money.of("1000.00", "EUR"));
        assertThat(decisions.take(new WithdrawPayment(payment, null, null), MARC).status())
                .isEqualTo(Status.ALREADY_DONE);
        assertThat(stored("F-1").amountDue()).as("repeating changes nothing").isEqualTo(Money.of("1000.00", "EUR"));
    }

    @Test
    void aPaymentAPersonConfirmedIsWithdrawnTooAndItsOtherSuggestionsLeaveTheList() {
        invoice("F-2", "Client SARL", "500.00");
        invoice("F-3", "Client SARL", "500.00");
        IntakeResult twins = pay("500.00", "CLIENT SARL", null);
        assertThat(twins.suggested()).hasSize(2);
        long payment = twins.stored().get(0).id();
        assertThat(decisions.take(new ConfirmMatch(twins.suggested().get(0).allocationId()), MARC).ok()).isTrue();

        decisions.take(new WithdrawPayment(payment, null, "the bank sent 50,00"), MARC);

        assertThat(stored("F-2").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(stored("F-3").status()).isEqualTo(InvoiceStatus.OPEN);
        List<IntakeResult.Suggested> open = app.ledger().read(h -> app.payments().openSuggestions(h));
        assertThat(open).isEmpty();
    }

    @Test
    void anInvoiceAPersonMarkedPaidStaysPaidWhenAPartPaymentOfItIsWithdrawn() {
        invoice("F-4", "Client SARL", "1000.00");
        IntakeResult part = pay("400.00", "CLIENT SARL", "F-4");
        long payment = part.stored().get(0).id();
        part.suggested().forEach(s -> decisions.take(new ConfirmMatch(s.allocationId()), MARC));
        assertThat(stored("F-4").status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(decisions.take(new MarkPaid(Target.invoice("F-4")), MARC).ok()).isTrue();

        decisions.take(new WithdrawPayment(payment, null, null), MARC);

        assertThat(stored("F-4").status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void anotherAmountThanTheOneShownIsStaleAndAnUnknownPaymentIsRefused() {
        invoice("F-5", "Client SARL", "1000.00");
        long payment = pay("1000.00", "CLIENT SARL", "F-5").stored().get(0).id();

        DecisionOutcome stale = decisions.take(new WithdrawPayment(payment, Money.of("100.00", "EUR"), null), MARC);
        DecisionOutcome unknown = decisions.take(new WithdrawPayment(999, null, null), MARC);

        assertThat(stale.status()).isEqualTo(Status.STALE);
        assertThat(stale.reason()).isEqualTo(Reason.PAYMENT_CHANGED);
        assertThat(stored("F-5").status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(unknown.status()).isEqualTo(Status.REFUSED);
        assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_PAYMENT);
    }
}
