package org.relance.dunning;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.relance.ledger.Money;

/**
 * Amounts and dates written the way a reader of the language expects them, and text made safe for one line; public
 * for the other channels' views (the digest), so every channel writes money and dates alike.
 */
public final class ReminderFormat {

    /** French groups thousands with a narrow no-break space and puts a no-break space before the symbol. */
    static final char NARROW_NBSP = '\u202F';
    static final char NBSP = '\u00A0';

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final boolean french;

    private static final DateTimeFormatter FRENCH_SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public ReminderFormat(String language) {
        this.french = "fr".equals(language);
    }

    /** "1 234,56 €" in French, "€1,234.56" in English; other currencies by their symbol or ISO code. */
    public String money(Money money) {
        int scale = money.amount().scale();
        String number = number(money.amount(), scale);
        String symbol = symbol(money.currency().getCurrencyCode());
        if (french) {
            return number + NBSP + symbol;
        }
        boolean sign = symbol.length() == 1;
        return sign ? symbol + number : symbol + NBSP + number;
    }

    private String number(BigDecimal amount, int scale) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(french ? NARROW_NBSP : ',');
        symbols.setDecimalSeparator(french ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(scale > 0 ? "#,##0." + "0".repeat(scale) : "#,##0", symbols);
        format.setParseBigDecimal(true);
        return format.format(amount);
    }

    private static String symbol(String code) {
        return switch (code) {
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "USD" -> "$";
            default -> code;
        };
    }

    /** "15/10/2026" in French; "15 Oct 2026" in English (never the ambiguous 10/15). */
    public String shortDate(LocalDate date) {
        return (french ? FRENCH_SHORT_DATE : ENGLISH_SHORT_DATE).format(date);
    }

    /** "1er octobre 2026", "15 octobre 2026"; "15 October 2026". */
    public String date(LocalDate date) {
        if (french) {
            String text = FRENCH_DATE.format(date);
            return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
        }
        return ENGLISH_DATE.format(date);
    }

    /**
     * Control characters (CR, LF, tab, NUL, Unicode line and paragraph separators…) become spaces and runs of
     * spaces one: a name or subject can never add a header line or break a layout.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean blank = Character.isISOControl(cp) || Character.isWhitespace(cp)
                    || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR
                    || Character.getType(cp) == Character.FORMAT && cp != 0x200D;
            if (blank && cp != NBSP && cp != NARROW_NBSP) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
