package org.relance.slack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.relance.dunning.InvoiceHistory;
import org.relance.dunning.ReceivablesStatus;
import org.relance.dunning.ReminderFormat;
import org.relance.invoice.Invoice;
import org.relance.ledger.Money;
import org.relance.text.ReplyText;

/**
 * The answers of {@code /relance status} and {@code /relance invoice N} as Slack messages, and the aging chart; pure
 * (the same services as {@code relance status} and {@code relance history}, a second rendering). Thread-safe.
 */
public final class StatusView {

    /** The chart's size in pixels. */
    public static final int CHART_WIDTH = 640;
    public static final int CHART_HEIGHT = 360;
    /** Entries shown for one invoice; older ones are counted, and {@code relance history} has them all. */
    static final int MAX_HISTORY_LINES = 120;

    private static final Color[] BAR_COLOURS = {new Color(0x2E7D32), new Color(0xF9A825), new Color(0xEF6C00),
            new Color(0xC62828)};

    private final Locale locale;
    private final ZoneId zone;
    private final boolean french;
    private final ReminderFormat format;

    /** Times in the history are shown in UTC; prefer {@link #StatusView(Locale, ZoneId)} with company.timezone. */
    public StatusView(Locale locale) {
        this(locale, ZoneId.of("UTC"));
    }

    public StatusView(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.french = "fr".equals(locale.getLanguage());
        this.format = new ReminderFormat(french ? "fr" : "en");
    }

    public SlackMessage status(ReceivablesStatus.Summary s) {
        FeedBlocks b = new FeedBlocks();
        b.header((french ? "Créances au " : "Receivables on ") + format.shortDate(s.today()));
        String dso = s.dso() == null ? (french ? "— (rien facturé en 90 jours)" : "— (nothing invoiced in 90 days)")
                : s.dso() + (french ? " jours" : " days");
        b.section((french ? "*À encaisser* " : "*Receivable* ") + money(s.receivable())
                + (french ? "\n*En retard* " : "\n*Overdue* ") + money(s.overdue())
                + "\n*DSO* " + dso);
        List<String> aging = new ArrayList<>();
        aging.add(french ? "*Retard par ancienneté*" : "*Overdue by age*");
        for (Map.Entry<String, Money> bucket : s.buckets().entrySet()) {
            aging.add("• " + bucketLabel(bucket.getKey()) + (french ? " : " : ": ") + money(bucket.getValue()));
        }
        b.section(String.join("\n", aging));
        if (!s.topDebtors().isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add(french ? "*Plus gros débiteurs*" : "*Largest debtors*");
            int n = 1;
            for (ReceivablesStatus.Debtor d : s.topDebtors()) {
                lines.add(n++ + ". " + FeedBlocks.escape(ReminderFormat.oneLine(d.customer())) + " — " + money(d.amountDue())
                        + (d.overdue().isZero() ? "" : (french ? " (dont " + money(d.overdue()) + " en retard)"
                                : " (" + money(d.overdue()) + " overdue)"))
                        + (french ? ", " + d.invoices() + " facture" + (d.invoices() > 1 ? "s" : "")
                                : ", " + d.invoices() + " invoice" + (d.invoices() > 1 ? "s" : "")));
            }
            b.sections(lines);
        }
        b.context(french
                ? "Relances : %d approuvée(s), %d en file, %d envoyée(s) (facture impayée), %d à vérifier, %d en attente"
                        .formatted(s.approved(), s.queued(), s.sent(), s.needsReview(), s.onHold())
                        + " · À confirmer : %d facture(s), %d paiement(s)".formatted(s.toConfirm(), s.paymentsToConfirm())
                : "Reminders: %d approved, %d queued, %d sent (invoice unpaid), %d in review, %d on hold"
                        .formatted(s.approved(), s.queued(), s.sent(), s.needsReview(), s.onHold())
                        + " · To confirm: %d invoice(s), %d payment(s)".formatted(s.toConfirm(), s.paymentsToConfirm()));
        for (String w : s.warnings()) {
            if (b.size() < FeedBlocks.MAX_BLOCKS) {
                b.context("⚠️ " + FeedBlocks.escape(w));
            }
        }
        String text = (french ? "Créances : " : "Receivables: ") + money(s.receivable())
                + (french ? ", dont " + money(s.overdue()) + " en retard" : ", " + money(s.overdue()) + " overdue");
        return b.message(text);
    }

    private String bucketLabel(String bucket) {
        return bucket.replace("-", "–") + (french ? " jours" : " days");
    }

    /** The aging buckets as a bar chart (PNG, {@value #CHART_WIDTH}×{@value #CHART_HEIGHT}), uploaded next to the status. */
    public byte[] agingChart(ReceivablesStatus.Summary s) {
        BufferedImage image = new BufferedImage(CHART_WIDTH, CHART_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, CHART_WIDTH, CHART_HEIGHT);
            List<Money> values = new ArrayList<>(s.buckets().values());
            List<String> labels = new ArrayList<>(s.buckets().keySet());
            BigDecimal max = values.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::max);
            int left = 40;
            int right = CHART_WIDTH - 40;
            int top = 50;
            int baseline = CHART_HEIGHT - 60;
            int slot = (right - left) / Math.max(1, values.size());
            int barWidth = slot * 3 / 5;
            for (int i = 0; i < values.size(); i++) {
                BigDecimal v = values.get(i).amount();
                int h = max.signum() == 0 ? 0
                        : v.multiply(BigDecimal.valueOf(baseline - top)).divide(max, 0, RoundingMode.HALF_UP).intValue();
                int x = left + i * slot + (slot - barWidth) / 2;
                g.setColor(BAR_COLOURS[Math.min(i, BAR_COLOURS.length - 1)]);
                g.fillRect(x, baseline - h, barWidth, h);
                g.setColor(new Color(0x212121));
                String value = chartAmount(values.get(i));
                PixelFont.draw(g, value, x + (barWidth - PixelFont.width(value, 2)) / 2, baseline - h - 22, 2);
                String label = labels.get(i).replace("-", "–");
                PixelFont.draw(g, label, x + (barWidth - PixelFont.width(label, 3)) / 2, baseline + 16, 3);
            }
            g.setColor(new Color(0x616161));
            g.setStroke(new BasicStroke(2));
            g.drawLine(left - 10, baseline, right + 10, baseline);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the aging chart", e);
        }
        return out.toByteArray();
    }

    /** Whole units, grouped, with the currency's sign when the pixel font has it ("12 345 €", "€12,345"). */
    private String chartAmount(Money money) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(french ? ' ' : ',');
        String number = new DecimalFormat("#,##0", symbols).format(money.amount().setScale(0, RoundingMode.HALF_UP));
        String sign = switch (money.currency().getCurrencyCode()) {
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "USD" -> "$";
            default -> "";
        };
        if (sign.isEmpty()) {
            return number;
        }
        return french ? number + " " + sign : sign + number;
    }

    public SlackMessage history(List<InvoiceHistory.History> histories, String number) {
        String shown = FeedBlocks.escape(ReminderFormat.oneLine(number));
        if (histories.isEmpty()) {
            String line = french ? "Aucune facture « " + shown + " » dans Relance." : "No invoice \"" + shown
                    + "\" in Relance.";
            return new FeedBlocks().section(line).message(line);
        }
        FeedBlocks b = new FeedBlocks();
        DateTimeFormatter when = DateTimeFormatter.ofPattern(french ? "dd/MM/yyyy HH:mm" : "d MMM yyyy HH:mm", locale)
                .withZone(zone);
        for (InvoiceHistory.History history : histories) {
            if (b.size() >= FeedBlocks.MAX_BLOCKS - 3) {
                break;
            }
            Invoice i = history.invoice();
            String customer = history.customer() == null ? "?" : ReminderFormat.oneLine(history.customer().name());
            b.section("*" + kindLabel(i) + " " + FeedBlocks.escape(i.number()) + "* — " + FeedBlocks.escape(customer)
                    + "\n" + money(i.total()) + (i.dueDate() == null ? "" : (french ? " · échéance " : " · due ")
                    + format.shortDate(i.dueDate())) + " · " + i.status().id().replace('_', ' ')
                    + (french ? " (reste dû " : " (") + money(i.amountDue()) + (french ? ")" : " due)"));
            List<String> lines = new ArrayList<>();
            List<InvoiceHistory.Entry> entries = history.entries();
            int skipped = Math.max(0, entries.size() - MAX_HISTORY_LINES);
            if (skipped > 0) {
                lines.add(french ? "_… " + skipped + " événement(s) plus ancien(s) : `relance history " + shown + "`_"
                        : "_… " + skipped + " older event(s): `relance history " + shown + "`_");
            }
            for (InvoiceHistory.Entry e : entries.subList(skipped, entries.size())) {
                lines.add(entryLine(e, when));
            }
            if (entries.isEmpty()) {
                lines.add(french ? "_(aucun événement)_" : "_(no event recorded)_");
            }
            // Keep the last blocks for the invoice's newest events: drop the oldest sections when over the budget.
            FeedBlocks part = new FeedBlocks().sections(lines);
            int room = FeedBlocks.MAX_BLOCKS - b.size() - 1;
            List<String> kept = lines;
            while (part.size() > room && kept.size() > 1) {
                kept = kept.subList(Math.max(1, kept.size() / 4), kept.size());
                part = new FeedBlocks().sections(kept);
            }
            b.sections(kept);
            b.divider();
        }
        String text = (french ? "Historique de " : "History of ") + ReminderFormat.oneLine(number);
        return b.message(text);
    }

    private String kindLabel(Invoice i) {
        return switch (i.kind()) {
            case CREDIT_NOTE -> french ? "Avoir" : "Credit note";
            default -> french ? "Facture" : "Invoice";
        };
    }

    private String entryLine(InvoiceHistory.Entry e, DateTimeFormatter when) {
        StringBuilder line = new StringBuilder("`").append(when.format(e.at())).append("` *")
                .append(FeedBlocks.escape(e.kind())).append("* — ")
                .append(FeedBlocks.escape(ReminderFormat.oneLine(e.actor()))).append(" (")
                .append(FeedBlocks.escape(e.channel())).append(')');
        if (e.details() != null && !e.details().isBlank()) {
            line.append(french ? " : " : ": ")
                    .append(FeedBlocks.cut(FeedBlocks.escape(ReminderFormat.oneLine(e.details())), 300));
        }
        if (e.reminder() != null) {
            line.append(french ? "\n      relance #" : "\n      reminder #").append(e.reminder().id()).append(" (")
                    .append(FeedBlocks.escape(e.reminder().step())).append(')');
            if (e.reminder().subject() != null) {
                line.append(" « ").append(FeedBlocks.escape(ReminderFormat.oneLine(e.reminder().subject()))).append(" »");
            }
        }
        if (e.reply() != null && e.reply().text() != null) {
            String text = FeedBlocks.cut(ReplyText.withoutQuotedHistory(e.reply().text()), 500);
            text.lines().forEach(l -> line.append("\n>").append(FeedBlocks.escape(l)));
        }
        return line.toString();
    }

    private String money(Money m) {
        return format.money(m);
    }
}
