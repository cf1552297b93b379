package org.relance.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.relance.decision.DecisionRequest;
import org.relance.invoice.InvoiceCorrection;
import org.relance.text.AmountText;
import org.relance.text.Decimals;

/**
 * The modal that corrects an invoice read with doubts ({@link ActionIds#INVOICE_EDIT}) and the reading of its
 * submission; pure.
 */
final class InvoiceEditModal {

    static final String TOTAL = "total";
    static final String DUE = "due";
    static final String EMAIL = "email";
    static final String ACTION = "value";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@<>\"',;]+@[^\\s@<>\"',;]+\\.[^\\s@<>\"',;.]+");

    private InvoiceEditModal() {
    }

    /**
     * Where the modal came from, carried in its {@code private_metadata}: the button's value and the digest message
     * to update once confirmed.
     */
    record Origin(String value, String channel, String ts, String blockId, String messageText) {

        String encode() {
            ObjectNode o = JSON.createObjectNode();
            o.put("v", value).put("c", channel).put("ts", ts).put("b", blockId).put("t", messageText);
            return o.toString();
        }

        static Origin decode(String metadata) throws IOException {
            JsonNode o = JSON.readTree(metadata);
            return new Origin(text(o, "v"), text(o, "c"), text(o, "ts"), text(o, "b"), text(o, "t"));
        }
    }

    /** The view {@code views.open} shows: the fields as read, to confirm or correct. */
    static String view(ActionIds.InvoiceValue read, Origin origin, Locale locale) {
        boolean fr = "fr".equals(locale.getLanguage());
        ObjectNode view = JSON.createObjectNode();
        view.put("type", "modal");
        view.put("callback_id", ActionIds.INVOICE_EDIT);
        view.put("private_metadata", origin.encode());
        view.set("title", plain(fr ? "Corriger la facture" : "Correct the invoice"));
        view.set("submit", plain(fr ? "Confirmer" : "Confirm"));
        view.set("close", plain(fr ? "Annuler" : "Cancel"));
        ArrayNode blocks = view.putArray("blocks");
        blocks.addObject().put("type", "section").set("text", JSON.createObjectNode().put("type", "mrkdwn")
                .put("text", (fr ? "*" + FeedBlocks.escape(read.invoice()) + "* — corrigez ce qui a été mal lu, puis confirmez."
                        : "*" + FeedBlocks.escape(read.invoice()) + "* — correct what was misread, then confirm.")));
        String amount = read.total().amount().toPlainString();
        ObjectNode total = input(blocks, TOTAL, fr ? "Montant TTC (" + read.total().currency().getCurrencyCode() + ")"
                : "Total (" + read.total().currency().getCurrencyCode() + ")", false);
        total.put("type", "plain_text_input").put("initial_value", fr ? amount.replace('.', ',') : amount);
        ObjectNode due = input(blocks, DUE, fr ? "Échéance" : "Due date", read.due() == null);
        due.put("type", "datepicker");
        if (read.due() != null) {
            due.put("initial_date", read.due().toString());
        }
        ObjectNode email = input(blocks, EMAIL, fr ? "Email du client (vide : inchangé)"
                : "Customer email (empty: unchanged)", true);
        email.put("type", "plain_text_input");
        return view.toString();
    }

    /** An input block with its element (returned, to fill). */
    private static ObjectNode input(ArrayNode blocks, String blockId, String label, boolean optional) {
        ObjectNode block = blocks.addObject();
        block.put("type", "input").put("block_id", blockId).put("optional", optional);
        block.set("label", plain(label));
        ObjectNode element = block.putObject("element");
        element.put("action_id", ACTION);
        return element;
    }

    private static ObjectNode plain(String text) {
        return JSON.createObjectNode().put("type", "plain_text").put("text", text);
    }

    /** A submitted modal, as typed. */
    record Submission(String teamId, String userId, String viewId, Origin origin, String total, String due,
                      String email) {

        /** The fields that cannot be read, by block id: {@code response_action: errors}. */
        Map<String, String> errors(SlackTexts texts) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (amount() == null) {
                errors.put(TOTAL, texts.badField(TOTAL));
            }
            if (email != null && !email.isBlank() && !EMAIL_ADDRESS.matcher(email.strip()).matches()) {
                errors.put(EMAIL, texts.badField(EMAIL));
            }
            return errors;
        }

        private BigDecimal amount() {
            if (total == null || total.isBlank()) {
                return null;
            }
            return AmountText.read(total) instanceof Decimals.Value v && v.amount().signum() > 0 ? v.amount() : null;
        }

        /**
         * The confirmation of the reading the button showed, with what the person changed (fields left as read are
         * not corrections).
         */
        DecisionRequest.ConfirmInvoice request() {
            ActionIds.InvoiceValue shown = ActionIds.InvoiceValue.decode(origin.value());
            BigDecimal amount = amount();
            LocalDate date = due == null || due.isBlank() ? null : LocalDate.parse(due);
            InvoiceCorrection correction = new InvoiceCorrection(
                    amount == null || amount.compareTo(shown.total().amount()) == 0 ? null : amount,
                    date == null || date.equals(shown.due()) ? null : date,
                    email == null || email.isBlank() ? null : email.strip());
            return new DecisionRequest.ConfirmInvoice(shown.invoice(),
                    new DecisionRequest.Shown(shown.total(), shown.due()), correction);
        }
    }

    /** The view_submission of our modal; null when the body is not one. */
    static Submission read(String body) {
        if (body == null) {
            return null;
        }
        String json = body.startsWith("payload=")
                ? URLDecoder.decode(body.substring("payload=".length()), StandardCharsets.UTF_8) : body;
        try {
            JsonNode p = JSON.readTree(json);
            JsonNode view = p.path("view");
            if (!ActionIds.INVOICE_EDIT.equals(text(view, "callback_id"))) {
                return null;
            }
            JsonNode values = view.path("state").path("values");
            String team = text(p.path("team"), "id");
            if (team == null) {
                team = text(p.path("user"), "team_id");
            }
            return new Submission(team, text(p.path("user"), "id"), text(view, "id"),
                    Origin.decode(view.path("private_metadata").asText("{}")),
                    text(values.path(TOTAL).path(ACTION), "value"),
                    text(values.path(DUE).path(ACTION), "selected_date"),
                    text(values.path(EMAIL).path(ACTION), "value"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
