package org.relance.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.config.RelanceConfig;
import org.relance.decision.DecisionOutcome.Reason;
import org.relance.decision.DecisionOutcome.Status;
import org.relance.decision.DecisionRequest.Review;
import org.relance.decision.DecisionRequest.Target;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.invoice.InvoiceKind;
import org.relance.mail.CrashPoints;
import org.relance.mail.OutboxSender;
import org.relance.mail.OutgoingMail;
import org.relance.testing.DeskFixture;

/** A message left in review by a crash before SMTP is resolved through the seam, its outbox row by its owner. */
class ReviewThroughTheSeamTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock AT_10H = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), PARIS);
    private static final Clock AT_10H05 = Clock.fixed(Instant.parse("2026-12-01T09:05:00Z"), PARIS);
    private static final Actor CLAIRE = new Actor("U123", Channel.SLACK);

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private App app;
    private long reminderId;

    @BeforeEach
    void leaveAReminderInReview() throws IOException {
        greenMail.setUser("compta@acme.test", "compta", "secret");
        DeskFixture desk = DeskFixture.of(dir, org.relance.mail.TestMailConfig.write(dir, greenMail, "", ""));
        RelanceConfig config = desk.config();
        app = desk.open(AT_10H);
        desk.importInvoices(app, """
                LATE,Client Retard,compta@retard.test,2026-10-01,2026-11-30,EUR,500.00,0
                """);
        app.desk().approve("LATE", Actor.cli("alice"));
        reminderId = app.ledger().inTransaction(h -> {
            long invoiceId = app.invoices().find(h, "LATE", InvoiceKind.INVOICE).orElseThrow().id();
            long id = app.reminders().forInvoice(h, invoiceId).get(0).id();
            app.outbox().queue(h, OutgoingMail.plain("compta@acme.test", List.of("compta@retard.test"),
                    "Facture LATE", "Bonjour", OutgoingMail.REMINDER), id);
            return id;
        });
        OutboxSender crashing = new OutboxSender(app.ledger(), app.desk(), app.events(), config.mail().orElseThrow(),
                PARIS, AT_10H, false, new CrashPoints() {
                    @Override
                    public void beforeSmtp(String messageId) {
                        throw new IllegalStateException("simulated crash before SMTP");
                    }
                });
        assertThatThrownBy(crashing::runOnce).hasMessageContaining("simulated crash");
        // Five minutes later the next run finds it left in sending: in review.
        app.close();
        app = desk.open(AT_10H05);
        app.outboxSender(false).runOnce();
        assertThat(outboxState()).isEqualTo("needs_review");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String outboxState() {
        return app.ledger().read(h -> h.createQuery("SELECT state FROM outbox").mapTo(String.class).one());
    }

    @Test
    void aReviewShownWithItsReminderMarksTheMessageSentOnceAndRepeatingItIsAlreadyDone() {
        Target shown = new Target(null, reminderId, null);

        DecisionOutcome delivered = app.decisions().take(new Review(shown, true), CLAIRE);
        DecisionOutcome again = app.decisions().take(new Review(shown, true), CLAIRE);

        assertThat(delivered.status()).isEqualTo(Status.DONE);
        assertThat(delivered.reason()).isEqualTo(Reason.REVIEWED);
        assertThat(delivered.message()).isEqualTo("confirmed delivered: marked sent");
        assertThat(again.status()).isEqualTo(Status.ALREADY_DONE);
        assertThat(outboxState()).isEqualTo("sent");
        assertThat(app.ledger().read(h -> app.reminders().find(h, reminderId)).orElseThrow().state().id())
                .isEqualTo("sent");
    }

    @Test
    void aResendQueuesTheSameMessageAgainThroughItsOwner() {
        DecisionOutcome resend = app.decisions().take(new Review(Target.invoice("LATE"), false), CLAIRE);

        assertThat(resend.status()).isEqualTo(Status.DONE);
        assertThat(resend.reason()).isEqualTo(Reason.REVIEWED);
        assertThat(outboxState()).isEqualTo("queued");
        assertThat(app.decisions().take(new Review(Target.invoice("LATE"), true), CLAIRE).reason())
                .isEqualTo(Reason.NOTHING_DUE);
    }
}
