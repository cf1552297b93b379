package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.testing.DeskFixture;

/** The digest emailed to digest.emailTo through the outbox: once per digest, findable by a reply, multipart. */
class EmailDigestPublisherTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP}));

    @TempDir
    Path dir;

    private App app() throws Exception {
        greenMail.setUser("relance@acme.test", "relance", "secret");
        DeskFixture desk = DeskFixture.write(dir, "locale: fr", """
                dunning: {ecbRatePercent: 2.15}
                mail:
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: relance, password: secret}
                  botAddress: relance@acme.test
                  trustedSenders: [founder@acme.test]
                digest: {emailTo: [founder@acme.test]}
                """.formatted(greenMail.getSmtp().getPort()));
        App app = desk.openOn(WEDNESDAY);
        desk.importInvoices(app, """
                OLD,Client Vieux,compta@vieux.test,2026-09-03,2026-10-03,EUR,500.00,0
                """);
        return app;
    }

    private static int digestRows(App app) {
        return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE purpose = 'digest'")
                .mapTo(Integer.class).one());
    }

    @Test
    void theDigestIsQueuedOnceFromTheBotsAddressAndAReplyFindsItByItsMessageId() throws Exception {
        try (App app = app()) {
            List<DigestPublisher> publishers = app.digestPublishers();
            assertThat(publishers).extracting(DigestPublisher::name).containsExactly("email");
            Digest digest = app.digests().build(WEDNESDAY, true);

            publishers.get(0).publish(digest);
            publishers.get(0).publish(digest);

            assertThat(digestRows(app)).isEqualTo(1);
            String messageId = app.ledger().read(h -> app.digestStore().emailMessageId(h, digest.id())).orElseThrow();
            long found = app.ledger().read(h -> app.digestStore().byMessageId(h, messageId)).orElseThrow().id();
            assertThat(found).isEqualTo(digest.id());

            app.outboxSender(false).runOnce();

            MimeMessage[] received = greenMail.getReceivedMessages();
            assertThat(received).hasSize(1);
            MimeMessage mail = received[0];
            assertThat(mail.getSubject()).isEqualTo("[Relance] À relancer — 02/12/2026 (#" + digest.token() + ")");
            assertThat(mail.getFrom()[0].toString()).contains("relance@acme.test");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("founder@acme.test");
            assertThat(mail.getMessageID()).isEqualTo(messageId);
            assertThat(mail.getContentType()).startsWith("multipart/alternative");
            Multipart parts = (Multipart) mail.getContent();
            assertThat(parts.getBodyPart(0).getContent().toString()).contains("1. Client Vieux — OLD", "valider 1 3");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        }
    }

    @Test
    void aFailingSlackDoesNotKeepTheDigestFromBeingEmailed() throws Exception {
        try (App app = app()) {
            DigestPublisher slackDown = new DigestPublisher() {
                @Override
                public String name() {
                    return "slack";
                }

                @Override
                public void publish(Digest digest) {
                    throw new IllegalStateException("slack.com unreachable");
                }
            };
            List<DigestPublisher> both = List.of(slackDown, app.digestPublishers().get(0));

            DigestScheduler.Publication publication = app.digestScheduler(both).publishNow(WEDNESDAY);

            assertThat(publication.failed()).singleElement().asString().startsWith("slack");
            assertThat(digestRows(app)).isEqualTo(1);
        }
    }
}
