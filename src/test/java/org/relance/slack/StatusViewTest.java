package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.relance.dunning.InvoiceHistory;
import org.relance.dunning.ReceivablesStatus;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Money;

/** The status and history answers and the aging chart, as pure functions of the views' values. */
class StatusViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Currency EUR = Currency.getInstance("EUR");
    private final StatusView french = new StatusView(Locale.FRENCH, ZoneId.of("Europe/Paris"));
    private final StatusView english = new StatusView(Locale.ENGLISH, ZoneId.of("Europe/Paris"));

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static ReceivablesStatus.Summary summary(List<ReceivablesStatus.Debtor> debtors) {
        Map<String, Money> buckets = new LinkedHashMap<>();
        buckets.put("0-30", eur("1234.56"));
        buckets.put("31-60", eur("500.00"));
        buckets.put("61-90", eur("0.00"));
        buckets.put("90+", eur("2000.00"));
        return new ReceivablesStatus.Summary(LocalDate.of(2026, 12, 2), EUR, eur("10000.00"), eur("3734.56"), buckets,
                42, 0, 1, 2, 3, 0, 1, 2, debtors, List.of("open invoices in USD are not counted: 10.00 USD due"));
    }

    private static List<ReceivablesStatus.Debtor> debtors(int n) {
        List<ReceivablesStatus.Debtor> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ReceivablesStatus.Debtor(i == 0 ? "Pharmacie <Moreau> & Fils" : "Client " + i,
                    eur((1000 - i) + ".00"), eur(i == 0 ? "1234.56" : "0.00"), i + 1));
        }
        return out;
    }

    private static String allText(SlackMessage m) throws IOException {
        StringBuilder out = new StringBuilder();
        for (JsonNode block : JSON.readTree(m.blocksJson())) {
            block.findValues("text").forEach(t -> out.append(t.isTextual() ? t.asText() : t.path("text").asText())
                    .append('\n'));
        }
        return out.toString();
    }

    @Test
    void theStatusShowsTheTotalsTheFourBucketsTheDsoAndTheFiveLargestDebtorsInFrench() throws IOException {
        SlackMessage m = french.status(summary(debtors(5)));
        String text = allText(m);
        assertThat(text).contains("Créances au 02/12/2026", "10\u202F000,00\u00A0€", "3\u202F734,56\u00A0€",
                "DSO* 42 jours", "0–30 jours : 1\u202F234,56\u00A0€", "31–60 jours", "61–90 jours : 0,00\u00A0€",
                "90+ jours : 2\u202F000,00\u00A0€",
                "1. Pharmacie &lt;Moreau&gt; &amp; Fils — 1\u202F000,00\u00A0€ (dont 1\u202F234,56\u00A0€ en retard), 1 facture",
                "5. Client 4", "USD are not counted");
        assertThat(m.text()).isEqualTo("Créances : 10\u202F000,00\u00A0€, dont 3\u202F734,56\u00A0€ en retard");
        assertThat(JSON.readTree(m.blocksJson()).size()).isLessThanOrEqualTo(50);
    }

    @Test
    void theStatusInEnglishSaysDaysAndOverdue() throws IOException {
        String text = allText(english.status(summary(debtors(2))));
        assertThat(text).contains("Receivables on 2 Dec 2026", "€10,000.00", "90+ days: €2,000.00",
                "2. Client 1 — €999.00, 2 invoices", "DSO* 42 days");
    }

    @Test
    void theAgingChartIsAPngOfTheExpectedSizeWithOneBarPerBucketTallestForTheLargest() throws IOException {
        byte[] png = french.agingChart(summary(List.of()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(StatusView.CHART_WIDTH);
        assertThat(image.getHeight()).isEqualTo(StatusView.CHART_HEIGHT);
        int slot = (StatusView.CHART_WIDTH - 80) / 4;
        int baseline = StatusView.CHART_HEIGHT - 60;
        // 90+ (2 000 €) fills the whole height (250 px); 0–30 (1 234,56 €) about 62 % of it; 61–90 (0 €) nothing.
        assertThat(barHeight(image, 40 + 3 * slot + slot / 2, baseline)).isBetween(245, 251);
        assertThat(barHeight(image, 40 + slot / 2, baseline)).isBetween(150, 158);
        assertThat(barHeight(image, 40 + 2 * slot + slot / 2, baseline)).isZero();
    }

    @Test
    void theAgingChartOfNothingOverdueStillDecodes() throws IOException {
        Map<String, Money> zero = new LinkedHashMap<>();
        ReceivablesStatus.BUCKETS.forEach(b -> zero.put(b, eur("0.00")));
        ReceivablesStatus.Summary empty = new ReceivablesStatus.Summary(LocalDate.of(2026, 12, 2), EUR, eur("0.00"),
                eur("0.00"), zero, null, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
        assertThat(ImageIO.read(new ByteArrayInputStream(english.agingChart(empty))).getWidth())
                .isEqualTo(StatusView.CHART_WIDTH);
    }

    /** Coloured (non-white, non-grey) pixels straight above the baseline at column x. */
    private static int barHeight(BufferedImage image, int x, int baseline) {
        int h = 0;
        for (int y = baseline - 2; y > 0; y--) {
            int rgb = image.getRGB(x, y) & 0xFFFFFF;
            int r = rgb >> 16 & 0xFF;
            int g = rgb >> 8 & 0xFF;
            int b = rgb & 0xFF;
            if (r == g && g == b) {
                break;
            }
            h++;
        }
        return h;
    }

    @Test
    void theHistoryListsEveryEventWithWhoAndWhichChannelAndTheReplyWithoutItsQuote() throws IOException {
        Invoice invoice = new Invoice(7, "F-2026-0042", InvoiceKind.INVOICE, 3, LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 10, 15), eur("1234.56"), eur("0.00"), eur("1234.56"), InvoiceStatus.OPEN, "csv");
        Customer customer = new Customer(3, "Pharmacie Moreau", "compta@moreau.test", "fr", true, false);
        Instant at = Instant.parse("2026-11-20T08:12:00Z");
        List<InvoiceHistory.Entry> entries = List.of(
                new InvoiceHistory.Entry(at, "alice", "cli", "invoice.created", "imported from invoices.csv", null,
                        null, null, null),
                new InvoiceHistory.Entry(at.plusSeconds(60), "U123", "slack", "reminder.approved", "friendly approved",
                        null, new InvoiceHistory.ReminderRef(5, "friendly", "Relance facture F-2026-0042"), null, null),
                new InvoiceHistory.Entry(at.plusSeconds(120), "compta@moreau.test", "email", "customer.replied",
                        "from compta@moreau.test: Re: Relance", null, null, null,
                        new InvoiceHistory.Reply("compta@moreau.test", "Re: Relance",
                                "Le virement part demain.\nLe 20 nov. 2026, Acme a écrit :\n> Madame", "x.eml")));
        SlackMessage m = french.history(List.of(new InvoiceHistory.History(invoice, customer, entries)), "F-2026-0042");
        String text = allText(m);
        assertThat(text).contains("*Facture F-2026-0042* — Pharmacie Moreau", "échéance 15/10/2026",
                "`20/11/2026 09:12` *invoice.created* — alice (cli) : imported from invoices.csv",
                "*reminder.approved* — U123 (slack)", "relance #5 (friendly) « Relance facture F-2026-0042 »",
                ">Le virement part demain.");
        assertThat(text).doesNotContain("Madame");
    }

    @Test
    void anUnknownInvoiceGetsOneClearLine() {
        assertThat(french.history(List.of(), "F-404").text()).isEqualTo("Aucune facture « F-404 » dans Relance.");
        assertThat(english.history(List.of(), "F-404").text()).isEqualTo("No invoice \"F-404\" in Relance.");
    }

    @Test
    void aLongHistoryStaysWithinFiftyBlocksAndThreeThousandCharactersPerTextKeepingTheNewest() throws IOException {
        Invoice invoice = new Invoice(7, "F-1", InvoiceKind.INVOICE, 3, null, null, eur("10.00"), eur("0.00"),
                eur("10.00"), InvoiceStatus.OPEN, "csv");
        List<InvoiceHistory.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            entries.add(new InvoiceHistory.Entry(Instant.parse("2026-11-20T08:12:00Z").plusSeconds(i), "relance",
                    "system", "reminder.snoozed", "event " + i + " " + "x".repeat(250), null, null, null, null));
        }
        SlackMessage m = english.history(List.of(new InvoiceHistory.History(invoice,
                new Customer(3, "C", null, "en", true, false), entries)), "F-1");
        JsonNode blocks = JSON.readTree(m.blocksJson());
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        for (JsonNode block : blocks) {
            assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000);
        }
        assertThat(allText(m)).contains("event 1999 ", "older event(s)").doesNotContain("event 0 ");
    }
}
