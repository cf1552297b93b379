package org.relance.invoice;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The contract's {@code extract} JSON (§3) of a {@link ReadOutcome}, both ways: the CLI prints it, the parse worker speaks it. */
public final class ExtractJson {

    /** Plain decimals out, exact decimals in: amounts keep their scale across the worker's pipe. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ExtractJson() {
    }

    /** The object {@code relance extract} prints for one file. */
    public static ObjectNode toJson(ReadOutcome outcome) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", outcome.file());
        if (outcome instanceof ReadOutcome.Failed failed) {
            node.put("error", failed.error());
            return node;
        }
        ExtractedInvoice i = ((ReadOutcome.Read) outcome).invoice();
        node.put("kind", i.kind().id());
        node.put("number", i.number());
        putDate(node, "issueDate", i.issueDate());
        putDate(node, "dueDate", i.dueDate());
        node.put("currency", i.currency());
        putAmount(node, "total", i.total());
        putAmount(node, "amountDue", i.amountDue());
        putAmount(node, "net", i.net());
        putAmount(node, "tax", i.tax());
        node.put("customerName", i.customerName());
        node.put("customerEmail", i.customerEmail());
        node.put("sellerName", i.sellerName());
        node.put("iban", i.iban());
        node.put("source", i.source());
        node.put("confidence", BigDecimal.valueOf(i.confidence()).setScale(2, RoundingMode.HALF_UP));
        ArrayNode warnings = node.putArray("warnings");
        i.warnings().forEach(warnings::add);
        return node;
    }

    /** The extract object plus what a mail import also needs: the forwarded headers, when there were some. */
    static ObjectNode toWorkerJson(ReadOutcome outcome) {
        ObjectNode node = toJson(outcome);
        if (outcome instanceof ReadOutcome.Read read && read.forwarded().isPresent()) {
            ForwardedHeaders f = read.forwarded().get();
            ObjectNode headers = node.putObject("forwarded");
            headers.put("from", f.from());
            headers.put("to", f.to());
            putDate(headers, "date", f.date());
            headers.put("subject", f.subject());
            headers.put("messageId", f.messageId());
        }
        if (outcome instanceof ReadOutcome.Read read && read.documentEmail() != null) {
            node.put("documentEmail", read.documentEmail());
        }
        return node;
    }

    /** Reads back what {@link #toWorkerJson} wrote. */
    static ReadOutcome fromWorkerJson(JsonNode node) {
        String file = text(node, "file");
        if (node.hasNonNull("error")) {
            return new ReadOutcome.Failed(file, node.get("error").asText());
        }
        List<String> warnings = new ArrayList<>();
        node.path("warnings").forEach(w -> warnings.add(w.asText()));
        ExtractedInvoice invoice = new ExtractedInvoice(file, InvoiceKind.fromId(text(node, "kind")),
                text(node, "number"), date(node, "issueDate"), date(node, "dueDate"), text(node, "currency"),
                amount(node, "total"), amount(node, "amountDue"), amount(node, "net"), amount(node, "tax"),
                text(node, "customerName"), text(node, "customerEmail"), text(node, "sellerName"), text(node, "iban"),
                text(node, "source"), node.path("confidence").asDouble(), warnings);
        JsonNode f = node.get("forwarded");
        Optional<ForwardedHeaders> forwarded = f == null || f.isNull() ? Optional.empty()
                : Optional.of(new ForwardedHeaders(text(f, "from"), text(f, "to"), date(f, "date"), text(f, "subject"),
                        text(f, "messageId")));
        return new ReadOutcome.Read(invoice, forwarded, text(node, "documentEmail"));
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode node, String name) {
        String v = text(node, name);
        return v == null ? null : LocalDate.parse(v);
    }

    private static BigDecimal amount(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    private static void putDate(ObjectNode node, String name, LocalDate date) {
        if (date == null) {
            node.putNull(name);
        } else {
            node.put(name, date.toString());
        }
    }

    private static void putAmount(ObjectNode node, String name, BigDecimal amount) {
        if (amount == null) {
            node.putNull(name);
        } else {
            node.put(name, amount);
        }
    }
}
