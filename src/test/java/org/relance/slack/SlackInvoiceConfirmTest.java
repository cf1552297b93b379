package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.config.Secret;
import org.relance.config.Slack;
import org.relance.digest.Digest;
import org.relance.digest.DigestDetails;
import org.relance.digest.DigestService;
import org.relance.digest.DigestStore;
import org.relance.dunning.Actor;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceDraft;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Money;
import org.relance.testing.DeskFixture;

/**
 * Issue 12 item 4 in Slack, on the real stack (SQLite ledger, the decision seam, the Slack app in HTTP mode, the fake
 * Web API): an invoice read with doubts is listed in the digest with confirm and correct buttons; signed clicks and a
 * signed modal submission confirm it as the person saw it, or refuse and say why.
 */
class SlackInvoiceConfirmTest {

    /** Tuesday 1 December 2026, 10:00 in Paris. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String READ = "F-2026-0042";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final FakeSlackApi fake = new FakeSlackApi();
    private final SlackSigner signer = new SlackSigner(SlackAppHarness.SECRET);
    private final DigestStore digests = new DigestStore();
    private App app;
    private SlackRuntime slack;
    private DigestDetails.ToConfirm shown;
    private ArrayNode blocks;

    @BeforeEach
    void setUp() throws Exception {
        DeskFixture desk = DeskFixture.write(dir, "locale: fr, " + DeskFixture.BANK_DETAILS,
                "dunning: {ecbRatePercent: 2.15}\n");
        app = desk.open(CLOCK);
        read("968.00");
        DigestService service = new DigestService(app.ledger(), app.plans(), app.composer(), app.payments(),
                app.invoices(), digests, (h, p, actor) -> app.desk().propose(h, p, actor), app.config().company(),
                app.config().dunning(), app.config().digest(), CLOCK);
        Digest digest = service.build(TODAY, false);
        shown = digest.details().toConfirm().get(0);
        blocks = (ArrayNode) JSON.readTree(new DigestView(Locale.FRENCH).messages(digest).get(0).blocksJson());
        Slack config = new Slack(new Secret("xoxb-test"), Optional.empty(), Optional.of(new Secret(SlackAppHarness.SECRET)),
                Payloads.CHANNEL, List.of(), fake.url(), new Slack.Http(0, "/slack/events"));
        slack = new SlackRuntime(config, new SlackWeb(fake.url(), "xoxb-test"),
                SlackRuntime.handlers(app, SlackRuntime.digestMembers(app.ledger(), digests), () -> { }),
                Locale.FRENCH, ZoneId.of("Europe/Paris"), CLOCK);
        slack.start();
    }

    @AfterEach
    void tearDown() {
        if (slack != null) {
            slack.close();
        }
        if (app != null) {
            app.close();
        }
        fake.close();
    }

    /** F-2026-0042 read (again) from a plain PDF with a doubt. */
    private void read(String total) {
        app.ledger().inTransaction(h -> app.invoices().upsert(h, new InvoiceDraft(READ, InvoiceKind.INVOICE,
                "Client Lu SARL", null, LocalDate.of(2026, 11, 12), LocalDate.of(2026, 12, 12),
                Money.of(total, "EUR"), Money.of("0.00", "EUR"), "text", null, List.of("total: doubtful")),
                "relance", "email"));
    }

    private Invoice invoice() {
        return app.ledger().read(h -> app.invoices().findByNumber(h, READ)).get(0);
    }

    private List<String> confirmedBy() {
        return app.ledger().read(h -> h.createQuery(
                "select actor || '/' || channel from events where kind = 'invoice.confirmed' order by id")
                .mapTo(String.class).list());
    }

    private java.net.URI events() {
        return java.net.URI.create("http://127.0.0.1:" + slack.port() + "/slack/events");
    }

    private String value() {
        return new ActionIds.InvoiceValue(shown.invoice(), shown.total(), shown.due()).encode();
    }

    private SlackSigner.Response click(String actionId) {
        return signer.postInteractive(events(), Payloads.plainButton(FakeSlackApi.TEAM_ID, "UCLAIRE", actionId,
                ActionIds.confirmBlock(shown.number(), "actions"), value(), blocks));
    }

    /** The view_submission Slack sends when the modal opened by the edit button is submitted with these fields. */
    private SlackSigner.Response submit(String privateMetadata, String total, String due, String email) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "view_submission");
        p.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "relance-test");
        p.putObject("user").put("id", "UCLAIRE").put("username", "uclaire").put("team_id", FakeSlackApi.TEAM_ID);
        p.put("api_app_id", "A0RELANCE");
        p.put("token", "legacy");
        p.put("trigger_id", "trig-submit");
        ObjectNode view = p.putObject("view");
        view.put("id", "V0EDIT" + total.hashCode());
        view.put("type", "modal");
        view.put("callback_id", ActionIds.INVOICE_EDIT);
        view.put("private_metadata", privateMetadata);
        view.put("team_id", FakeSlackApi.TEAM_ID);
        ObjectNode values = view.putObject("state").putObject("values");
        values.putObject(InvoiceEditModal.TOTAL).putObject(InvoiceEditModal.ACTION)
                .put("type", "plain_text_input").put("value", total);
        values.putObject(InvoiceEditModal.DUE).putObject(InvoiceEditModal.ACTION)
                .put("type", "datepicker").put("selected_date", due);
        values.putObject(InvoiceEditModal.EMAIL).putObject(InvoiceEditModal.ACTION)
                .put("type", "plain_text_input").putNull("value").put("value", email);
        return signer.postInteractive(events(), p.toString());
    }

    /** Clicks the edit button and returns the modal views.open was asked to show. */
    private JsonNode openModal() throws Exception {
        assertThat(click(ActionIds.INVOICE_EDIT).status()).isEqualTo(200);
        FakeSlackApi.Call open = fake.awaitOne("views.open", WAIT);
        assertThat(open.param("trigger_id")).startsWith("trig-");
        return JSON.readTree(open.param("view"));
    }

    @Test
    void theDigestListsTheInvoiceToConfirmWithItsButtons() {
        String json = blocks.toString();
        assertThat(json).contains("À confirmer (1)")
                .contains("J'ai lu F-2026-0042, 968,00\u00a0€, échéance 12/12/2026 (Client Lu SARL) — confirmez ou corrigez")
                .contains(ActionIds.INVOICE_CONFIRM).contains(ActionIds.INVOICE_EDIT)
                .contains("F-2026-0042|96800|EUR|2026-12-12");
        assertThat(ActionIds.InvoiceValue.decode("F|1|2026-0042|96800|EUR|")).satisfies(v -> {
            assertThat(v.invoice()).isEqualTo("F|1|2026-0042");
            assertThat(v.total()).isEqualTo(Money.of("968.00", "EUR"));
            assertThat(v.due()).isNull();
        });
    }

    @Test
    void aSignedConfirmClickConfirmsTheInvoiceAsShownAndUpdatesTheMessage() {
        assertThat(click(ActionIds.INVOICE_CONFIRM).status()).isEqualTo(200);

        String updated = fake.awaitOne("chat.update", WAIT).param("blocks");
        assertThat(updated).contains("✅ F-2026-0042 confirmée par <@UCLAIRE> à 10:00 : 968,00\u00a0€, échéance 12/12/2026")
                .doesNotContain(ActionIds.INVOICE_CONFIRM);
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(confirmedBy()).containsExactly("UCLAIRE/slack");
    }

    @Test
    void aDoubleClickIsHarmless() {
        click(ActionIds.INVOICE_CONFIRM);
        fake.awaitOne("chat.update", WAIT);

        click(ActionIds.INVOICE_CONFIRM);

        assertThat(fake.awaitOne("chat.postEphemeral", WAIT).param("text")).contains("Déjà fait");
        assertThat(confirmedBy()).hasSize(1);
        assertThat(fake.calls("chat.update")).hasSize(1);
    }

    @Test
    void aConfirmClickOnAReadingThatChangedSinceChangesNothingAndSaysWhy() {
        read("1968.00");

        click(ActionIds.INVOICE_CONFIRM);

        assertThat(fake.awaitOne("chat.postEphemeral", WAIT).param("text")).contains("n'est plus à jour")
                .contains("Rien n'a changé");
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
        assertThat(confirmedBy()).isEmpty();
        assertThat(fake.calls("chat.update")).isEmpty();
    }

    @Test
    void theEditButtonOpensAModalWithTheValuesAsRead() throws Exception {
        JsonNode view = openModal();

        assertThat(view.path("callback_id").asText()).isEqualTo(ActionIds.INVOICE_EDIT);
        assertThat(view.toString()).contains("\"initial_value\":\"968,00\"").contains("\"initial_date\":\"2026-12-12\"")
                .contains("\"type\":\"datepicker\"");
        InvoiceEditModal.Origin origin = InvoiceEditModal.Origin.decode(view.path("private_metadata").asText());
        assertThat(origin.value()).isEqualTo(value());
        assertThat(origin.channel()).isEqualTo(Payloads.CHANNEL);
        assertThat(origin.ts()).isEqualTo(Payloads.MESSAGE_TS);
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
    }

    @Test
    void aSubmittedCorrectionConfirmsWithTheCorrectionAndUpdatesTheMessage() throws Exception {
        String metadata = openModal().path("private_metadata").asText();

        SlackSigner.Response r = submit(metadata, "986,00", "2026-12-15", "compta@lu.test");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("errors");
        String updated = fake.awaitOne("chat.update", WAIT).param("blocks");
        assertThat(updated).contains("✅ F-2026-0042 corrigée et confirmée par <@UCLAIRE>")
                .contains("986,00\u00a0€, échéance 15/12/2026, compta@lu.test");
        Invoice now = invoice();
        assertThat(now.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(now.total().amount()).isEqualByComparingTo(new BigDecimal("986.00"));
        assertThat(now.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(confirmedBy()).containsExactly("UCLAIRE/slack");
    }

    @Test
    void aBadTotalIsAnsweredWithTheFieldsErrorAndChangesNothing() throws Exception {
        String metadata = openModal().path("private_metadata").asText();

        SlackSigner.Response r = submit(metadata, "beaucoup", "2026-12-12", "pas-une-adresse");

        assertThat(r.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path(InvoiceEditModal.TOTAL).asText()).contains("montant");
        assertThat(body.path("errors").has(InvoiceEditModal.EMAIL)).isTrue();
        Thread.sleep(300);
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
        assertThat(confirmedBy()).isEmpty();
    }

    @Test
    void aSubmissionOnAReadingThatChangedSinceChangesNothingAndSaysWhy() throws Exception {
        String metadata = openModal().path("private_metadata").asText();
        read("1968.00");

        submit(metadata, "986,00", "2026-12-12", "");

        assertThat(fake.awaitOne("chat.postEphemeral", WAIT).param("text")).contains("n'est plus à jour");
        assertThat(invoice().total().amount()).isEqualByComparingTo(new BigDecimal("1968.00"));
        assertThat(invoice().status()).isEqualTo(InvoiceStatus.TO_CONFIRM);
        assertThat(fake.calls("chat.update")).isEmpty();
    }
}
