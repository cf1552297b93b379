package org.relance.invoice.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the labelled evaluation set of plain PDF invoices (no embedded XML) from seeded random vendors,
 * languages, layouts and distractors: {@code main(outDir, family, seed, count)}. The {@code dev} family is
 * what the reader is tuned on; the {@code heldout} family uses wordings and layouts the dev family never shows.
 */
public final class InvoicePdfGenerator {

    enum Lang { FR, BE, EN_GB, EN_US, NL, DE, IN }

    enum Layout { ONE_LINE, COLUMNS, TABLE, LABEL_ABOVE, LETTER }

    /** What an invoice says, and so what a perfect reader returns. */
    record Truth(String file, String number, LocalDate issueDate, LocalDate dueDate, BigDecimal total, String currency,
            String customerName) {
    }

    private record Placed(float x, float y, String text, float size, boolean bold, boolean right) {
    }

    private final Random random;
    private final boolean heldOut;
    private final List<Placed> page = new ArrayList<>();
    private float y;

    private InvoicePdfGenerator(long seed, boolean heldOut) {
        this.random = new Random(seed);
        this.heldOut = heldOut;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/eval/invoices/dev");
        String family = args.length > 1 ? args[1] : "dev";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 12;
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < count; i++) {
            InvoicePdfGenerator g = new InvoicePdfGenerator(seed * 1000 + i, family.equals("heldout"));
            String file = String.format(Locale.ROOT, "%s-%03d.pdf", family, i + 1);
            Truth t = g.invoice(file);
            Files.write(out.resolve(file), g.render());
            ObjectNode n = json.createObjectNode();
            n.put("file", t.file());
            n.put("number", t.number());
            n.put("issueDate", t.issueDate() == null ? null : t.issueDate().toString());
            n.put("dueDate", t.dueDate() == null ? null : t.dueDate().toString());
            n.put("total", t.total());
            n.put("currency", t.currency());
            n.put("customerName", t.customerName());
            labels.append(json.writeValueAsString(n)).append('\n');
        }
        Files.writeString(out.resolve("labels.jsonl"), labels.toString());
    }

    // --- one invoice

    private Truth invoice(String file) {
        Lang lang = pick(Lang.values());
        Layout layout = heldOut ? pick(Layout.values()) : pick(Layout.ONE_LINE, Layout.COLUMNS, Layout.TABLE);
        Vocab v = Vocab.of(lang, heldOut);
        LocalDate issue = LocalDate.of(2025 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String number = number(lang);
        String customer = pick(v.customers);
        String seller = pick(v.sellers);

        // Amounts: two to four lines, one VAT rate, sometimes a deposit.
        int lineCount = 2 + random.nextInt(3);
        List<String[]> items = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        for (int i = 0; i < lineCount; i++) {
            BigDecimal qty = BigDecimal.valueOf(1 + random.nextInt(8));
            BigDecimal unit = BigDecimal.valueOf(2000 + random.nextInt(90000), 2);
            BigDecimal amount = qty.multiply(unit).setScale(2, RoundingMode.HALF_UP);
            net = net.add(amount);
            items.add(new String[] {pick(v.items), qty.toPlainString(), money(v, unit), money(v, amount)});
        }
        boolean exempt = lang == Lang.FR && random.nextInt(6) == 0;
        BigDecimal rate = exempt ? BigDecimal.ZERO : v.rate;
        // Sometimes a second, reduced VAT rate on part of the lines: two tax lines to add up.
        BigDecimal reducedBase = !exempt && v.reducedRate != null && random.nextInt(4) == 0
                ? net.multiply(BigDecimal.valueOf(0.4)).setScale(2, RoundingMode.HALF_UP) : null;
        BigDecimal tax = (reducedBase == null ? net : net.subtract(reducedBase)).multiply(rate)
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal reducedTax = reducedBase == null ? null
                : reducedBase.multiply(v.reducedRate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal total = net.add(tax).add(reducedTax == null ? BigDecimal.ZERO : reducedTax);
        BigDecimal deposit = random.nextInt(5) == 0 ? total.multiply(BigDecimal.valueOf(0.3)).setScale(2, RoundingMode.HALF_UP)
                : null;

        // Due date: written in digits or words, or from terms.
        int dueKind = random.nextInt(heldOut ? 6 : 5);
        LocalDate due;
        String dueLine;
        switch (dueKind) {
            case 0, 1 -> {
                due = issue.plusDays(pick(15, 30, 45, 60));
                dueLine = pick(v.dueLabels) + " " + date(v, due, dueKind == 1);
            }
            case 2 -> {
                int days = pick(14, 30, 45, 60);
                due = issue.plusDays(days);
                dueLine = String.format(pick(v.termsDays), days);
            }
            case 3 -> {
                int days = pick(30, 45);
                LocalDate d = issue.plusDays(days);
                due = d.withDayOfMonth(d.lengthOfMonth());
                dueLine = String.format(v.termsEndOfMonth, days);
            }
            case 4 -> {
                due = issue;
                dueLine = pick(v.onReceipt);
            }
            default -> {
                due = issue.plusDays(30);
                dueLine = pick(v.dueInWordsPhrase) + " " + date(v, due, true);
            }
        }

        String issueText = date(v, issue, random.nextBoolean());
        List<String[]> header = new ArrayList<>();
        header.add(new String[] {pick(v.numberLabels), number});
        boolean letterDate = layout == Layout.LETTER;
        if (!letterDate) {
            header.add(new String[] {pick(v.issueLabels), issueText});
        }
        if (random.nextInt(3) == 0) {
            header.add(new String[] {pick(v.orderDateLabels), date(v, issue.minusDays(3 + random.nextInt(20)), false)});
        }
        if (random.nextInt(3) == 0) {
            header.add(new String[] {pick(v.customerNoLabels), "C-" + (100 + random.nextInt(900))});
        }
        if (random.nextBoolean() && dueKind <= 1) {
            // The due date with the header fields rather than at the foot.
            header.add(splitLabel(dueLine));
            dueLine = null;
        }
        java.util.Collections.shuffle(header.subList(1, header.size()), random);

        List<String[]> totals = new ArrayList<>();
        String totalLabel = pick(v.totalLabels);
        // A distractor: the net under a bare "Total" above the tax-inclusive total's own label.
        boolean bareNet = random.nextInt(6) == 0 && !totalLabel.equalsIgnoreCase(v.bareTotal);
        totals.add(new String[] {bareNet ? v.bareTotal : pick(v.netLabels), money(v, net)});
        if (exempt) {
            totals.add(new String[] {"TVA non applicable, art. 293 B du CGI", ""});
        } else {
            String taxLabel = pick(v.taxLabels);
            totals.add(new String[] {String.format(taxLabel, v.rate.stripTrailingZeros().toPlainString()), money(v, tax)});
            if (reducedTax != null) {
                totals.add(new String[] {String.format(taxLabel, v.reducedRate.stripTrailingZeros().toPlainString()),
                        money(v, reducedTax)});
            }
        }
        totals.add(new String[] {totalLabel, money(v, total)});
        if (deposit != null) {
            totals.add(new String[] {pick(v.depositLabels), money(v, deposit)});
            totals.add(new String[] {pick(v.balanceLabels), money(v, total.subtract(deposit))});
        }

        // --- drawing
        y = 750;
        line(50, seller, 13, true);
        line(50, pick(v.addresses), 9, false);
        line(50, v.legal + " " + (100000000 + random.nextInt(899999999)), 8, false);
        y -= 10;
        if (letterDate) {
            String place = pick(v.places);
            String text = switch (lang) {
                case FR, BE -> random.nextBoolean() ? "Le " + issueText : place + ", le " + issueText;
                case DE -> place + ", den " + issueText;
                default -> place + ", " + issueText;
            };
            text(380, y, text, 10, false, false);
        }
        line(50, v.title, 16, true);
        y -= 6;
        String[] customerLabel = {pick(v.customerLabels)};
        switch (layout) {
            case ONE_LINE, LETTER -> {
                for (String[] h : header) {
                    line(50, h[0] + " " + h[1], 10, false);
                }
                y -= 8;
                line(50, customerLabel[0] + " " + customer, 10, false);
                line(50, pick(v.addresses), 9, false);
            }
            case COLUMNS -> {
                float top = y;
                text(50, y, customerLabel[0], 10, true, false);
                y -= 14;
                text(50, y, customer, 10, false, false);
                y -= 14;
                text(50, y, pick(v.addresses), 9, false, false);
                float left = y;
                y = top;
                for (String[] h : header) {
                    text(330, y, h[0], 10, false, false);
                    text(560, y, h[1], 10, false, true);
                    y -= 14;
                }
                y = Math.min(left, y) - 14;
            }
            case TABLE, LABEL_ABOVE -> {
                float x = 50;
                float top = y;
                for (String[] h : header) {
                    text(x, top, h[0], 9, true, false);
                    text(x, top - 13, h[1], 10, false, false);
                    x += 130;
                    if (x > 460) {
                        x = 50;
                        top -= 32;
                    }
                }
                y = top - 40;
                line(50, customerLabel[0], 10, true);
                line(50, customer, 10, false);
                line(50, pick(v.addresses), 9, false);
            }
        }
        y -= 12;
        // Line items.
        text(50, y, v.itemHeader[0], 9, true, false);
        text(330, y, v.itemHeader[1], 9, true, true);
        text(440, y, v.itemHeader[2], 9, true, true);
        text(560, y, v.itemHeader[3], 9, true, true);
        y -= 14;
        for (String[] it : items) {
            text(50, y, it[0], 9, false, false);
            text(330, y, it[1], 9, false, true);
            text(440, y, it[2], 9, false, true);
            text(560, y, it[3], 9, false, true);
            y -= 13;
        }
        if (random.nextInt(3) == 0) {
            text(50, y, pick(v.deliveryLabels) + " " + date(v, issue.minusDays(1 + random.nextInt(10)), random.nextBoolean()),
                    9, false, false);
            y -= 13;
        }
        y -= 10;
        boolean labelAbove = layout == Layout.LABEL_ABOVE;
        for (String[] t : totals) {
            if (labelAbove && !t[1].isEmpty()) {
                text(380, y, t[0], 9, true, false);
                y -= 12;
                text(560, y, t[1], 10, false, true);
            } else {
                boolean strong = t[0].equals(totalLabel);
                text(330, y, t[0], 10, strong, false);
                text(560, y, t[1], 10, strong, true);
            }
            y -= 15;
        }
        y -= 10;
        if (dueLine != null) {
            line(50, dueLine, 9, false);
        }
        for (String foot : v.footers) {
            if (random.nextBoolean()) {
                line(50, foot, 8, false);
            }
        }
        line(50, "IBAN " + v.iban + "   BIC " + v.bic, 8, false);
        text(500, 40, pick("Page 1/1", "Page 1 of 1", "1/1"), 8, false, false);
        return new Truth(file, number, issue, due, total, v.currency, customer);
    }

    /** "Échéance : 13/11/2026" as label and value, for layouts that put them apart. */
    private static String[] splitLabel(String line) {
        int colon = line.indexOf(':');
        if (colon > 0) {
            return new String[] {line.substring(0, colon + 1), line.substring(colon + 1).strip()};
        }
        int digit = 0;
        while (digit < line.length() && !Character.isDigit(line.charAt(digit))) {
            digit++;
        }
        return new String[] {line.substring(0, digit).strip(), line.substring(digit).strip()};
    }

    private String number(Lang lang) {
        int year = 2025 + random.nextInt(3);
        int n = 1 + random.nextInt(999);
        return switch (random.nextInt(5)) {
            case 0 -> String.format(Locale.ROOT, "FA-%d-%04d", year, n);
            case 1 -> String.format(Locale.ROOT, "%d%03d", year, n);
            case 2 -> String.format(Locale.ROOT, "%d/%03d", year, n);
            case 3 -> lang == Lang.IN ? String.format(Locale.ROOT, "INV/%d-%02d/%03d", year, (year + 1) % 100, n)
                    : String.format(Locale.ROOT, "F%d%02d-%02d", year, 1 + random.nextInt(12), n % 100);
            default -> String.valueOf(10000 + random.nextInt(90000));
        };
    }

    private String date(Vocab v, LocalDate d, boolean words) {
        if (!words) {
            return d.format(DateTimeFormatter.ofPattern(v.digitDate));
        }
        if ((v.lang == Lang.FR || v.lang == Lang.BE) && d.getDayOfMonth() == 1) {
            return "1er " + v.months[d.getMonthValue() - 1] + " " + d.getYear();
        }
        return switch (v.lang) {
            case EN_US -> v.months[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
            case DE -> d.getDayOfMonth() + ". " + v.months[d.getMonthValue() - 1] + " " + d.getYear();
            case IN -> heldOut && random.nextBoolean()
                    ? String.format(Locale.ROOT, "%02d-%s-%d", d.getDayOfMonth(), v.months[d.getMonthValue() - 1].substring(0, 3),
                            d.getYear())
                    : d.getDayOfMonth() + " " + v.months[d.getMonthValue() - 1] + " " + d.getYear();
            default -> d.getDayOfMonth() + " " + v.months[d.getMonthValue() - 1] + " " + d.getYear();
        };
    }

    private static String money(Vocab v, BigDecimal amount) {
        String digits;
        if (v.lang == Lang.IN) {
            digits = indian(amount);
        } else {
            DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
            s.setGroupingSeparator(v.group);
            s.setDecimalSeparator(v.decimal);
            digits = new DecimalFormat("#,##0.00", s).format(amount);
        }
        return v.prefix ? v.sign + digits : digits + v.sign;
    }

    private static String indian(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String units = plain.substring(0, plain.length() - 3);
        String cents = plain.substring(plain.length() - 3);
        if (units.length() <= 3) {
            return units + cents;
        }
        StringBuilder b = new StringBuilder(units.substring(units.length() - 3));
        String rest = units.substring(0, units.length() - 3);
        while (rest.length() > 2) {
            b.insert(0, rest.substring(rest.length() - 2) + ",");
            rest = rest.substring(0, rest.length() - 2);
        }
        b.insert(0, rest + ",");
        return b + cents;
    }

    // --- drawing

    private void line(float x, String text, float size, boolean bold) {
        text(x, y, text, size, bold, false);
        y -= size + 5;
    }

    private void text(float x, float at, String text, float size, boolean bold, boolean right) {
        page.add(new Placed(x, at, text, size, bold, right));
    }

    private byte[] render() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage();
            doc.addPage(p);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream content = new PDPageContentStream(doc, p)) {
                for (Placed t : page) {
                    PDType1Font font = t.bold() ? bold : regular;
                    float x = t.right() ? t.x() - font.getStringWidth(t.text()) / 1000 * t.size() : t.x();
                    content.beginText();
                    content.setFont(font, t.size());
                    content.newLineAtOffset(x, t.y());
                    content.showText(t.text());
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
