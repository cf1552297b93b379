package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.relance.digest.Digest;
import org.relance.digest.DigestDetails;
import org.relance.digest.DigestItem;
import org.relance.ledger.Money;

/** The digest as Block Kit: content, ids, locale, and Slack's limits for any size of digest. */
class DigestViewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NNBSP = "\u202F";
    private static final String NBSP = "\u00A0";

    private static DigestItem item(int position, long reminder, String amount, int days) {
        return new DigestItem(position, List.of(new DigestItem.Member("F-" + position, reminder)), "Client " + position,
                "firm", "email", Money.of(amount, "EUR"), days, null, null, "Facture F-" + position + " : relance");
    }

    private static Digest digest(List<DigestItem> items, DigestDetails details) {
        return new Digest(7, "ABCDEFGH", DAY, items, details);
    }

    private static DigestDetails summaryOnly(int count) {
        return new DigestDetails(new DigestDetails.Summary(List.of(Money.of("1234.56", "EUR")), count,
                new DigestDetails.Oldest("F-1", "Client 1", 45), LocalDate.of(2026, 12, 1), List.of("P-1"),
                List.of("N-1", "N-2")), DigestDetails.Rest.none(), List.of(), List.of(), List.of());
    }

    private static List<JsonNode> blocks(SlackMessage message) {
        try {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(message.blocksJson()).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<JsonNode> allBlocks(List<SlackMessage> messages) {
        return messages.stream().flatMap(m -> blocks(m).stream()).toList();
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("text") && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                } else {
                    out.addAll(texts(e.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> out.addAll(texts(n)));
        }
        return out;
    }

    private static JsonNode block(List<JsonNode> blocks, String blockId) {
        return blocks.stream().filter(b -> blockId.equals(b.path("block_id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no block " + blockId));
    }

    @Test
    void anItemShowsCustomerInvoiceAmountDaysStepAndPreviewInFrench() {
        List<SlackMessage> messages = new DigestView(Locale.FRENCH).messages(
                digest(List.of(item(1, 42, "1234.56", 45)), summaryOnly(3)));

        assertThat(messages).hasSize(1);
        List<JsonNode> blocks = blocks(messages.get(0));
        String head = block(blocks, ActionIds.itemBlock(1, "head", 42)).path("text").path("text").asText();
        assertThat(head).contains("*1. Client 1*", "F-1", "1" + NNBSP + "234,56" + NBSP + "€", "45 jours de retard",
                "firm", "par email");
        assertThat(block(blocks, ActionIds.itemBlock(1, "preview", 42)).path("elements").get(0).path("text").asText())
                .contains("Facture F-1 : relance");
        assertThat(block(blocks, "summary-title").path("text").path("text").asText())
                .isEqualTo("À relancer — 02/12/2026");
        assertThat(block(blocks, "summary").path("text").path("text").asText())
                .contains("*En retard :* 1" + NNBSP + "234,56" + NBSP + "€ sur 3 factures",
                        "la plus ancienne : F-1 (Client 1), 45 jours",
                        "*Depuis le 01/12/2026 :* 1 payée (P-1) · 2 nouvelles en retard (N-1, N-2)");
        assertThat(messages.get(0).text()).startsWith("À relancer — 02/12/2026");
    }

    @Test
    void everyItemCarriesTheFourButtonsTheSnoozeSelectAndThePromiseDatepickerNamingItsReminder() {
        List<JsonNode> blocks = blocks(new DigestView(Locale.FRENCH).messages(
                digest(List.of(item(1, 42, "100.00", 9), item(2, 77, "50.00", 9)), summaryOnly(2))).get(0));

        for (long reminder : new long[] {42, 77}) {
            int position = reminder == 42 ? 1 : 2;
            JsonNode actions = block(blocks, ActionIds.itemBlock(position, "actions", reminder));
            assertThat(actions.path("type").asText()).isEqualTo("actions");
            assertThat(actions.path("block_id").asText()).endsWith(":" + reminder);
            Map<String, JsonNode> byId = new HashMap<>();
            actions.path("elements").forEach(e -> byId.put(e.path("action_id").asText(), e));
            assertThat(byId).containsOnlyKeys(ActionIds.APPROVE, ActionIds.ESCALATE, ActionIds.MARK_PAID,
                    ActionIds.PREVIEW, ActionIds.SNOOZE, ActionIds.PROMISE);
            for (String button : List.of(ActionIds.APPROVE, ActionIds.ESCALATE, ActionIds.MARK_PAID, ActionIds.PREVIEW)) {
                assertThat(byId.get(button).path("type").asText()).isEqualTo("button");
                assertThat(byId.get(button).path("value").asText()).isEqualTo(Long.toString(reminder));
            }
            assertThat(byId.get(ActionIds.APPROVE).path("style").asText()).isEqualTo("primary");
            assertThat(byId.get(ActionIds.SNOOZE).path("type").asText()).isEqualTo("static_select");
            List<String> options = new ArrayList<>();
            byId.get(ActionIds.SNOOZE).path("options").forEach(o -> options.add(o.path("value").asText()));
            assertThat(options).containsExactly(reminder + "|3", reminder + "|7", reminder + "|14");
            assertThat(byId.get(ActionIds.PROMISE).path("type").asText()).isEqualTo("datepicker");
        }
    }

    @Test
    void threeHundredItemsAreSplitWithinSlackLimitsNeverSplittingAnItemAndNoneIsLost() {
        List<DigestItem> items = IntStream.rangeClosed(1, 300)
                .mapToObj(i -> item(i, 1000 + i, "100.00", 300 - i + 1)).toList();
        List<SlackMessage> messages = new DigestView(Locale.FRENCH).messages(digest(items, summaryOnly(300)));

        assertThat(messages.size()).isGreaterThan(1);
        List<Integer> positions = new ArrayList<>();
        for (SlackMessage m : messages) {
            List<JsonNode> blocks = blocks(m);
            assertThat(blocks).hasSizeLessThanOrEqualTo(50);
            assertThat(texts(JSON.valueToTree(blocks))).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(3000));
            for (JsonNode b : blocks) {
                String id = b.path("block_id").asText();
                if (id.startsWith("item-") && id.contains("-head:")) {
                    int position = Integer.parseInt(id.substring(5, id.indexOf("-head")));
                    long reminder = 1000 + position;
                    positions.add(position);
                    // the item's other two blocks are in this same message
                    block(blocks, ActionIds.itemBlock(position, "preview", reminder));
                    block(blocks, ActionIds.itemBlock(position, "actions", reminder));
                }
            }
        }
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, 300).boxed().toList());
        assertThat(messages.get(1).text()).contains("(2/" + messages.size() + ")");
    }

    @Test
    void theItemsNotShownAreCountedAndTotalledNeverDroppedSilently() {
        DigestDetails details = new DigestDetails(DigestDetails.Summary.none(),
                new DigestDetails.Rest(212, List.of(Money.of("48120.00", "EUR"))), List.of(), List.of(), List.of());
        List<JsonNode> blocks = allBlocks(new DigestView(Locale.FRENCH).messages(
                digest(List.of(item(1, 42, "100.00", 9)), details)));

        assertThat(block(blocks, "rest").path("text").path("text").asText())
                .isEqualTo("… et 212 de plus, 48" + NNBSP + "120,00" + NBSP + "€ : `relance plan`");
    }

    @Test
    void nothingToChaseIsOneShortLineTheConfiguredOneOrNothingWhenOff() {
        Digest empty = digest(List.of(), DigestDetails.none());

        List<SlackMessage> byDefault = new DigestView(Locale.FRENCH).messages(empty);
        assertThat(byDefault).hasSize(1);
        assertThat(blocks(byDefault.get(0))).hasSize(1);
        assertThat(texts(JSON.valueToTree(blocks(byDefault.get(0))))).containsExactly("Rien à relancer aujourd'hui.");
        assertThat(texts(JSON.valueToTree(blocks(new DigestView(Locale.ENGLISH).messages(empty).get(0)))))
                .containsExactly("Nothing to chase today.");
        assertThat(texts(JSON.valueToTree(blocks(new DigestView(Locale.FRENCH, Optional.of("RAS ☕")).messages(empty)
                .get(0))))).containsExactly("RAS ☕");
        assertThat(new DigestView(Locale.FRENCH, Optional.of("off")).messages(empty)).isEmpty();
    }

    @Test
    void aB2bItemShowsLateInterestAndIndemnityAndAB2cItemNeither() {
        DigestItem b2b = new DigestItem(1, List.of(new DigestItem.Member("F-1", 42)), "Pro SARL", "firm", "email",
                Money.of("1000.00", "EUR"), 30, Money.of("10.07", "EUR"), Money.of("40.00", "EUR"), "x");
        DigestItem b2c = new DigestItem(2, List.of(new DigestItem.Member("F-2", 43)), "M. Martin", "firm", "email",
                Money.of("900.00", "EUR"), 30, null, null, "y");
        List<JsonNode> blocks = allBlocks(new DigestView(Locale.FRENCH).messages(
                digest(List.of(b2b, b2c), summaryOnly(2))));

        assertThat(block(blocks, ActionIds.itemBlock(1, "head", 42)).path("text").path("text").asText())
                .contains("intérêts de retard 10,07" + NBSP + "€", "indemnité forfaitaire 40,00" + NBSP + "€");
        assertThat(block(blocks, ActionIds.itemBlock(2, "head", 43)).path("text").path("text").asText())
                .doesNotContain("intérêts", "indemnité");
    }

    @Test
    void aGroupedReminderOfAThousandInvoicesStillFitsOneTextFieldAndSaysHowManyAreNotListed() {
        List<DigestItem.Member> members = IntStream.range(0, 1000)
                .mapToObj(i -> new DigestItem.Member("FACTURE-2026-%05d".formatted(i), 5000 + i)).toList();
        DigestItem item = new DigestItem(1, members, "Gros Client", "firm", "email", Money.of("99999.00", "EUR"), 20,
                null, null, "z");
        List<JsonNode> blocks = allBlocks(new DigestView(Locale.FRENCH).messages(digest(List.of(item), summaryOnly(1000))));

        String head = block(blocks, ActionIds.itemBlock(1, "head", 5000)).path("text").path("text").asText();
        assertThat(head.length()).isLessThanOrEqualTo(3000);
        assertThat(head).contains("FACTURE-2026-00000").containsPattern("\\+ \\d+ autres").contains("99" + NNBSP + "999,00");
    }

    @Test
    void matchesToConfirmCarryConfirmAndRejectButtonsNamingTheAllocation() {
        DigestDetails details = new DigestDetails(DigestDetails.Summary.none(), DigestDetails.Rest.none(), List.of(),
                List.of(new DigestDetails.Match(9, "F-9", Money.of("80.00", "EUR"), "MOREAU", DAY, "fact 9")),
                List.of());
        List<JsonNode> blocks = allBlocks(new DigestView(Locale.ENGLISH).messages(digest(List.of(), details)));

        JsonNode actions = block(blocks, "match-actions:9");
        assertThat(actions.path("elements").get(0).path("action_id").asText()).isEqualTo(ActionIds.MATCH_CONFIRM);
        assertThat(actions.path("elements").get(0).path("value").asText()).isEqualTo("9");
        assertThat(actions.path("elements").get(1).path("action_id").asText()).isEqualTo(ActionIds.MATCH_REJECT);
        assertThat(block(blocks, "match:9").path("text").path("text").asText())
                .contains("€80.00 from MOREAU on 2 Dec 2026 → invoice F-9");
    }

    @Test
    void repliesAndMessagesInReviewAreListedAfterTheItems() {
        DigestDetails details = new DigestDetails(DigestDetails.Summary.none(), DigestDetails.Rest.none(),
                List.of(new DigestDetails.Reply(5, "F-5", "Client Cinq", "firm", "compta@cinq.test", "Re: Facture F-5",
                        DAY)),
                List.of(), List.of(new DigestDetails.InReview(DigestDetails.InReview.OUTBOX, "Facture F-6",
                        "connection lost", "F-6", 6L)));
        List<JsonNode> blocks = allBlocks(new DigestView(Locale.FRENCH).messages(
                digest(List.of(item(1, 42, "10.00", 3)), details)));

        List<String> ids = blocks.stream().map(b -> b.path("block_id").asText()).toList();
        assertThat(ids.indexOf("replies-0")).isGreaterThan(ids.indexOf(ActionIds.itemBlock(1, "actions", 42)));
        assertThat(block(blocks, "replies-0").path("text").path("text").asText())
                .contains("Réponses en attente de décision (1)", "F-5 — Client Cinq (firm)", "compta@cinq.test");
        assertThat(block(blocks, "review-0").path("text").path("text").asText())
                .contains("Messages à vérifier (1)", "F-6", "connection lost");
    }

    @Test
    void aCustomerNameCannotMentionOrLinkAnything() {
        DigestItem item = new DigestItem(1, List.of(new DigestItem.Member("F-1", 42)), "<!channel> & <http://x|y>",
                "firm", "email", Money.of("1.00", "EUR"), 3);
        List<JsonNode> blocks = allBlocks(new DigestView(Locale.FRENCH).messages(digest(List.of(item), summaryOnly(1))));

        String head = block(blocks, ActionIds.itemBlock(1, "head", 42)).path("text").path("text").asText();
        assertThat(head).doesNotContain("<").contains("&lt;!channel&gt; &amp; &lt;http://x|y&gt;");
    }
}
