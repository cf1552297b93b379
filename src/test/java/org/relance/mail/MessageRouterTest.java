package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing rules, without a mail server: who may do what, and what is left for later. */
class MessageRouterTest {

    private static final long MB = 1024 * 1024;
    private static final MimeShape WITH_PDF = new MimeShape(3, 1, true, null);
    private static final MimeShape TEXT_ONLY = new MimeShape(1, 0, false, null);

    private final MessageRouter router = new MessageRouter(List.of("Founder@Acme.test"),
            List.of("alertes@banque-exemple.test"), "relance@acme.test", null, 25 * MB);

    private static InboundMessage from(String from, String subject, List<String> replyTo, boolean automatic) {
        return new InboundMessage(1, "<m@x>", from, subject, replyTo, List.of(), automatic, 1000, new byte[1000]);
    }

    private MessageRouter.Route route(InboundMessage m, MimeShape shape) {
        return router.route(m, shape, id -> id.equals("<reminder-1@acme.test>"));
    }

    @Test
    void aTrustedSenderWithADocumentIsAnInvoiceWhateverTheCaseOfTheAddress() {
        assertThat(route(from("founder@acme.test", "Fwd: facture", List.of(), false), WITH_PDF))
                .isInstanceOf(MessageRouter.Route.Invoice.class);
    }

    @Test
    void aDocumentFromAnyoneElseIsQuarantinedNeverImported() {
        assertThat(route(from("founder@acme.test.evil.test", "Fwd: facture", List.of(), false), WITH_PDF))
                .isInstanceOf(MessageRouter.Route.Quarantine.class);
    }

    @Test
    void bankSendersGoToThePaymentReader() {
        assertThat(route(from("alertes@banque-exemple.test", "Virement reçu", List.of(), false), TEXT_ONLY))
                .isInstanceOf(MessageRouter.Route.BankNotification.class);
    }

    @Test
    void aReplyToOneOfOurMessagesIsACustomerReplyCarryingOnlyOurIdsAndAnAutomaticOneSaysSo() {
        MessageRouter.Route reply = route(from("compta@client.test", "Re: Relance facture",
                List.of("<their-own@client.test>", "<reminder-1@acme.test>", "<reminder-1@acme.test>"), false),
                TEXT_ONLY);
        MessageRouter.Route outOfOffice = route(from("compta@client.test", "Absence du bureau",
                List.of("<reminder-1@acme.test>"), true), TEXT_ONLY);

        assertThat(reply).isEqualTo(new MessageRouter.Route.CustomerReply(List.of("<reminder-1@acme.test>"), false));
        assertThat(outOfOffice).isEqualTo(new MessageRouter.Route.CustomerReply(List.of("<reminder-1@acme.test>"), true));
    }

    @Test
    void aReplyToAMessageIdWeDoNotKnowIsNotACustomerReply() {
        assertThat(route(from("compta@client.test", "Re: votre devis", List.of("<someone-else@client.test>"), false),
                TEXT_ONLY)).isInstanceOf(MessageRouter.Route.Ignore.class);
    }

    @Test
    void aTrustedSenderReplyingToOneOfOurMessagesIsADigestReplyForTheIntakeToCheck() {
        assertThat(route(from("founder@acme.test", "Re: [Relance] À relancer", List.of("<reminder-1@acme.test>"),
                false), TEXT_ONLY)).isEqualTo(new MessageRouter.Route.DigestReply(null,
                List.of("<reminder-1@acme.test>"), null, null));
    }

    @Test
    void theFounderAnsweringTheDigestIsADigestReplyEvenWithAnAttachment() {
        assertThat(route(from("founder@acme.test", "Re: [Relance] À relancer — 1 déc. (#K7QX2P)", List.of(), false),
                WITH_PDF)).isEqualTo(new MessageRouter.Route.DigestReply("K7QX2P", List.of(), null, null));
    }

    @Test
    void anOutOfOfficeFromTheFounderToTheDigestIsIgnoredSoNoConfirmationLoopStarts() {
        assertThat(route(from("founder@acme.test", "Absent : Re: digest (#K7QX2P)", List.of("<reminder-1@acme.test>"),
                true), TEXT_ONLY)).isInstanceOf(MessageRouter.Route.Ignore.class);
    }

    private MessageRouter.Route routeWithDigest(MessageRouter r, InboundMessage m) {
        return r.route(m, TEXT_ONLY, id -> id.startsWith("<reminder-") || id.equals("<digest-1@acme.test>"),
                id -> id.equals("<digest-1@acme.test>"));
    }

    @Test
    void anOutsiderAnsweringTheDigestIsARefusedDigestReplyNeverACustomerReplyPausingAChase() {
        MessageRouter.Route spoofed = routeWithDigest(router, from("compta@client.test", "Re: À relancer (#K7QX2P)",
                List.of("<digest-1@acme.test>", "<reminder-1@acme.test>"), false));
        MessageRouter.Route tokenOnly = routeWithDigest(router, from("evil@evil.test", "ok 1 (#K7QX2P)", List.of(),
                false));

        assertThat(spoofed).isInstanceOfSatisfying(MessageRouter.Route.DigestReply.class, d ->
                assertThat(d.refusal()).isEqualTo(MessageRouter.Route.DigestReply.UNTRUSTED_SENDER));
        assertThat(tokenOnly).isInstanceOfSatisfying(MessageRouter.Route.DigestReply.class, d ->
                assertThat(d.refusal()).isEqualTo(MessageRouter.Route.DigestReply.UNTRUSTED_SENDER));
        // a customer's answer to a reminder stays a customer reply
        assertThat(routeWithDigest(router, from("compta@client.test", "Re: facture", List.of("<reminder-1@acme.test>"),
                false))).isInstanceOf(MessageRouter.Route.CustomerReply.class);
    }

    @Test
    void withAuthenticationRequiredATrustedSenderAnsweringTheDigestWithoutAPassIsRefused() {
        MessageRouter strict = new MessageRouter(List.of("founder@acme.test"), List.of(), "relance@acme.test",
                new SenderAuthentication("mx.acme.test"), 25 * MB);
        InboundMessage forged = new InboundMessage(1, "<m@x>", "founder@acme.test", "Re: digest (#K7QX2P)",
                List.of("<digest-1@acme.test>"), List.of("mx.evil.test; dmarc=pass header.from=acme.test"), false,
                1000, new byte[1000]);

        assertThat(routeWithDigest(strict, forged)).isInstanceOfSatisfying(MessageRouter.Route.DigestReply.class, d ->
                assertThat(d.refusal()).isEqualTo(MessageRouter.Route.DigestReply.NOT_AUTHENTICATED));
    }

    @Test
    void oversizeTooComplexAndAnonymousMessagesAreQuarantined() {
        InboundMessage big = new InboundMessage(1, "<m@x>", "founder@acme.test", "s", List.of(), List.of(), false,
                30 * MB, null);
        assertThat(route(big, null)).isInstanceOf(MessageRouter.Route.Quarantine.class);
        assertThat(route(from("founder@acme.test", "s", List.of(), false), new MimeShape(30, 30, true, "too deep")))
                .isEqualTo(new MessageRouter.Route.Quarantine("too deep"));
        assertThat(route(from(null, "s", List.of(), false), WITH_PDF)).isInstanceOf(MessageRouter.Route.Quarantine.class);
    }

    @Test
    void theBotsOwnMessagesAndStrangersWithoutDocumentsAreLeftAlone() {
        assertThat(route(from("relance@acme.test", "digest", List.of(), false), TEXT_ONLY))
                .isInstanceOf(MessageRouter.Route.Ignore.class);
        assertThat(route(from("newsletter@shop.test", "Promo", List.of(), false), TEXT_ONLY))
                .isInstanceOf(MessageRouter.Route.Ignore.class);
    }

    @Test
    void withAuthenticationRequiredATrustedAddressWithoutAPassFromOurServerIsQuarantined() {
        MessageRouter strict = new MessageRouter(List.of("founder@acme.test"), List.of(), "relance@acme.test",
                new SenderAuthentication("mx.acme.test"), 25 * MB);
        InboundMessage forged = new InboundMessage(1, "<m@x>", "founder@acme.test", "Fwd", List.of(),
                List.of("mx.evil.test; dkim=pass header.d=acme.test", "mx.acme.test; spf=fail smtp.mailfrom=acme.test"),
                false, 1000, new byte[1000]);
        InboundMessage genuine = new InboundMessage(1, "<m@x>", "founder@acme.test", "Fwd", List.of(),
                List.of("mx.acme.test;\r\n dkim=pass (2048-bit key) header.d=acme.test header.s=s1; spf=none"),
                false, 1000, new byte[1000]);

        assertThat(strict.route(forged, WITH_PDF, id -> false)).isInstanceOf(MessageRouter.Route.Quarantine.class);
        assertThat(strict.route(genuine, WITH_PDF, id -> false)).isInstanceOf(MessageRouter.Route.Invoice.class);
    }

    @Test
    void aDkimPassForAnotherDomainDoesNotVouchForTheSender() {
        SenderAuthentication auth = new SenderAuthentication("mx.acme.test");
        InboundMessage otherDomain = new InboundMessage(1, "<m@x>", "founder@acme.test", "Fwd", List.of(),
                List.of("mx.acme.test; dkim=pass header.d=evil.test; spf=pass smtp.mailfrom=bounce@evil.test"),
                false, 1000, new byte[1000]);
        InboundMessage dmarc = new InboundMessage(1, "<m@x>", "founder@acme.test", "Fwd", List.of(),
                List.of("mx.acme.test; dmarc=pass header.from=acme.test"), false, 1000, new byte[1000]);

        assertThat(auth.passes(otherDomain)).isFalse();
        assertThat(auth.passes(dmarc)).isTrue();
    }

    private static InboundMessage founderWith(String... trace) {
        return new InboundMessage(1, "<m@x>", "founder@acme.test", "Fwd", List.of(), List.of(trace), false, 1000,
                new byte[1000]);
    }

    @Test
    void onlyOurServersHeadersAboveTheFirstReceivedCountSoAForgedOneBelowIsIgnored() {
        SenderAuthentication auth = new SenderAuthentication("mx.acme.test");

        assertThat(auth.passes(founderWith(
                "Authentication-Results: mx.acme.test; dmarc=fail header.from=acme.test",
                "Received: from evil.test by mx.acme.test",
                "Authentication-Results: mx.acme.test; dmarc=pass header.from=acme.test"))).isFalse();
        assertThat(auth.passes(founderWith(
                "Received: from evil.test by mx.acme.test",
                "Authentication-Results: mx.acme.test; dmarc=pass header.from=acme.test"))).isFalse();
        assertThat(auth.passes(founderWith(
                "Authentication-Results: mx.acme.test; spf=none",
                "Authentication-Results: mx.acme.test; dmarc=pass header.from=acme.test",
                "Received: from mail.acme.test by mx.acme.test"))).isTrue();
    }

    @Test
    void aHeaderOfAnotherAuthservIdEndsOurServersBlock() {
        SenderAuthentication auth = new SenderAuthentication("mx.acme.test");

        assertThat(auth.passes(founderWith(
                "Authentication-Results: mx.acme.test; dkim=none",
                "Authentication-Results: relay.evil.test; dkim=none",
                "Authentication-Results: mx.acme.test; dmarc=pass header.from=acme.test"))).isFalse();
    }

    @Test
    void dmarcPassCountsOnlyWhenHeaderFromIsTheFromDomain() {
        SenderAuthentication auth = new SenderAuthentication("mx.acme.test");

        assertThat(auth.passes(founderWith("mx.acme.test; dmarc=pass header.from=evil.test"))).isFalse();
        assertThat(auth.passes(founderWith("mx.acme.test; dmarc=pass"))).isFalse();
        assertThat(auth.passes(founderWith("mx.acme.test; dmarc=pass header.from=sub.acme.test"))).isFalse();
        assertThat(auth.passes(founderWith("mx.acme.test; dmarc=pass header.from=ACME.test"))).isTrue();
    }

    @Test
    void dkimAndSpfPassesCountForTheFromDomainItsSubdomainsAndItsParentsOnly() {
        SenderAuthentication auth = new SenderAuthentication("mx.acme.test");
        InboundMessage fromSubdomain = new InboundMessage(1, "<m@x>", "alerts@mail.bank.test", "s", List.of(),
                List.of("mx.acme.test; dkim=pass header.d=bank.test"), false, 1000, new byte[1000]);

        assertThat(auth.passes(founderWith("mx.acme.test; dkim=pass header.d=mail.acme.test"))).isTrue();
        assertThat(auth.passes(founderWith("mx.acme.test; spf=pass smtp.mailfrom=bounce@acme.test"))).isTrue();
        assertThat(auth.passes(fromSubdomain)).isTrue();
        assertThat(auth.passes(founderWith("mx.acme.test; dkim=pass header.d=notacme.test"))).isFalse();
        assertThat(auth.passes(founderWith("mx.acme.test; dkim=pass header.d=test"))).isFalse();
        assertThat(auth.passes(founderWith("mx.acme.test; spf=pass smtp.mailfrom=acme.test.evil.test"))).isFalse();
        assertThat(auth.passes(founderWith("mx.acme.test; dkim=fail header.d=acme.test"))).isFalse();
    }

    @Test
    void aMessageWithoutExactlyOneFromAddressIsQuarantinedWithTheReason() {
        assertThat(MailboxWatcher.fromProblem(null)).isEqualTo("no From header");
        assertThat(MailboxWatcher.fromProblem(new String[] {"founder@acme.test", "evil@evil.test"}))
                .isEqualTo("2 From headers: a message has exactly one sender");
        assertThat(MailboxWatcher.fromProblem(new String[] {"founder@acme.test, evil@evil.test"}))
                .isEqualTo("From header names 2 addresses: a message has exactly one sender");
        assertThat(MailboxWatcher.fromProblem(new String[] {"founder@acme.test <evil@evil.test"}))
                .startsWith("malformed From header");
        assertThat(MailboxWatcher.fromProblem(new String[] {"founder"})).startsWith("malformed From header");
        assertThat(MailboxWatcher.fromProblem(new String[] {"Claire Martin <founder@acme.test>"})).isNull();

        InboundMessage twoFroms = new InboundMessage(1, "<m@x>", null, "Fwd", List.of(), List.of(), false, 1000,
                new byte[1000], "2 From headers: a message has exactly one sender");
        assertThat(route(twoFroms, WITH_PDF))
                .isEqualTo(new MessageRouter.Route.Quarantine("2 From headers: a message has exactly one sender"));
    }

    @Test
    void aBankSenderIsOnlyTrustedToApplyPaymentsWhenOurServerVouchesForIt() {
        MessageRouter strict = new MessageRouter(List.of(), List.of("alertes@banque-exemple.test"),
                "relance@acme.test", new SenderAuthentication("mx.acme.test"), 25 * MB);
        InboundMessage signed = new InboundMessage(1, "<m@x>", "alertes@banque-exemple.test", "s", List.of(),
                List.of("mx.acme.test; dmarc=pass header.from=banque-exemple.test"), false, 1000, new byte[1000]);
        InboundMessage unsigned = new InboundMessage(1, "<m@x>", "alertes@banque-exemple.test", "s", List.of(),
                List.of(), false, 1000, new byte[1000]);

        assertThat(strict.route(signed, TEXT_ONLY, id -> false))
                .isEqualTo(new MessageRouter.Route.BankNotification(true, null));
        assertThat(strict.route(unsigned, TEXT_ONLY, id -> false)).isInstanceOfSatisfying(
                MessageRouter.Route.BankNotification.class, b -> assertThat(b.authenticated()).isFalse());
        assertThat(route(unsigned, TEXT_ONLY)).isInstanceOfSatisfying(MessageRouter.Route.BankNotification.class,
                b -> assertThat(b.unverified()).contains("mail is not authenticated"));
    }
}
