package org.relance.bank;

import org.relance.text.Csv;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.ledger.Money;
import org.relance.text.AmountText;
import org.relance.text.DateText;
import org.relance.text.Decimals;

/** Reads the credit rows of a bank's CSV export through a {@link CsvMapping}. */
final class CsvStatementReader {

    private static final int HEADER_SEARCH_ROWS = 30;
    private static final Pattern HEADER_CURRENCY = Pattern.compile("\\(([^)]*)\\)|\\b(eur|euros?|usd|gbp|chf)\\b|€|£|\\$");

    private final CsvMapping mapping;

    CsvStatementReader(CsvMapping mapping) {
        this.mapping = mapping;
    }

    /** Where each field is, once the header row is found; -1 when the export has no such column. */
    private record Columns(int headerRow, int date, int amount, int credit, int debit, int direction, int currency,
            int payer, int reference, int bankTxId, Optional<Currency> headerCurrency) {

        boolean usable() {
            return date >= 0 && (amount >= 0 || credit >= 0);
        }
    }

    BankReadResult read(String file, byte[] bytes) {
        String text = decode(bytes);
        List<Character> separators = mapping.separator().map(List::of).orElse(List.of(';', '\t', ','));
        for (char separator : separators) {
            List<List<String>> rows = rows(text, separator);
            Optional<Columns> columns = header(rows);
            if (columns.isPresent()) {
                List<String> rejected = new ArrayList<>();
                List<BankCredit> credits = credits(file, rows, columns.get(), rejected);
                return BankReadResult.read(file, credits, rejected);
            }
        }
        return BankReadResult.failed(file, "CSV has no header row with a date column and an amount or credit column"
                + " (looked for e.g. " + mapping.date().get(0) + ", " + mapping.amount().get(0) + ")");
    }

    private List<BankCredit> credits(String file, List<List<String>> rows, Columns c, List<String> rejected) {
        List<BankCredit> credits = new ArrayList<>();
        int index = c.headerRow();
        for (List<String> row : rows.subList(c.headerRow() + 1, rows.size())) {
            index++;
            Optional<String> problem = boundProblem(row, c);
            if (problem.isPresent()) {
                // Rows are counted from the first record; blank lines are not rows.
                rejected.add("row " + (index + 1) + ": " + problem.get());
                continue;
            }
            creditOf(file, row, c).ifPresent(credits::add);
        }
        return credits;
    }

    private Optional<BankCredit> creditOf(String file, List<String> row, Columns c) {
        Optional<LocalDate> date = date(cell(row, c.date()));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        if (isDebitDirection(cell(row, c.direction()))) {
            return Optional.empty();
        }
        String amountCell = c.amount() >= 0 ? cell(row, c.amount()) : "";
        if (amountCell.isBlank() && c.credit() >= 0) {
            amountCell = cell(row, c.credit());
        }
        Optional<BigDecimal> amount = number(amountCell);
        if (amount.isEmpty() || amount.get().signum() <= 0) {
            // Negative, zero or empty: a debit (its value is in the debit column) or not an operation.
            return Optional.empty();
        }
        Optional<Currency> currency = AmountText.currency(cell(row, c.currency()))
                .or(c::headerCurrency)
                .or(() -> AmountText.parse(cell(row, c.amount() >= 0 ? c.amount() : c.credit()))
                        .flatMap(AmountText.Found::currency));
        Optional<Money> money = toMoney(amount.get(), currency.orElse(Currency.getInstance(mapping.defaultCurrency())));
        if (money.isEmpty()) {
            return Optional.empty();
        }
        String reference = Words.clean(cell(row, c.reference()));
        String payer = Words.clean(cell(row, c.payer()));
        String bankTxId = Words.clean(cell(row, c.bankTxId()));
        if (reference != null) {
            // Many exports put the whole bank label "VIR SEPA RECU /DE X /MOTIF Y" in one column.
            SlashFields fields = SlashFields.parse(reference);
            if (!fields.isEmpty()) {
                payer = payer != null ? payer : fields.payer();
                bankTxId = bankTxId != null ? bankTxId : fields.bankTxId();
                reference = fields.reference() != null ? fields.reference() : reference;
            } else if (payer == null) {
                // "VIR SEPA RECU SCI LES TILLEULS REF F-2026-025": the payer and what they wrote inside the label
                LabelFields words = LabelFields.parse(reference);
                if (words.payer() != null) {
                    payer = words.payer();
                    reference = words.reference() != null ? words.reference() : reference;
                }
            }
        }
        return Optional.of(new BankCredit(file, date.get(), money.get(), payer, reference, bankTxId,
                BankCredit.Source.CSV));
    }

    private Optional<Columns> header(List<List<String>> rows) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            List<String> headers = rows.get(i).stream().map(CsvStatementReader::headerKey).toList();
            int amount = find(headers, mapping.amount());
            int credit = find(headers, mapping.credit());
            Optional<Currency> headerCurrency = amount >= 0 ? headerCurrency(rows.get(i).get(amount))
                    : credit >= 0 ? headerCurrency(rows.get(i).get(credit)) : Optional.empty();
            Columns columns = new Columns(i, find(headers, mapping.date()), amount, credit,
                    find(headers, mapping.debit()), find(headers, mapping.direction()), find(headers, mapping.currency()),
                    find(headers, mapping.payer()), find(headers, mapping.reference()), find(headers, mapping.bankTxId()),
                    headerCurrency);
            if (columns.usable()) {
                return Optional.of(columns);
            }
        }
        return Optional.empty();
    }

    private static int find(List<String> headers, List<String> names) {
        for (String name : names) {
            int at = headers.indexOf(headerKey(name));
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** "Montant (EUR)", "Montant en euros" and "montant" are the same column. */
    private static String headerKey(String header) {
        // "date_operation", "Date-valeur": an export's field names part their words as they like
        String folded = Words.fold(header.replace("\uFEFF", "")).replaceAll("[_\\-]+", " ");
        return HEADER_CURRENCY.matcher(folded).replaceAll(" ").replaceAll("\\s+en\\s*$", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static Optional<Currency> headerCurrency(String header) {
        Matcher m = HEADER_CURRENCY.matcher(header);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group();
            Optional<Currency> currency = AmountText.currency(word);
            if (currency.isPresent()) {
                return currency;
            }
        }
        return Optional.empty();
    }

    private static boolean isDebitDirection(String value) {
        String v = Words.fold(value);
        return v.equals("d") || v.startsWith("debit") || v.equals("dbit") || v.equals("out") || v.equals("-");
    }

    private static Optional<LocalDate> date(String cell) {
        Optional<LocalDate> exact = DateText.parse(cell);
        if (exact.isPresent()) {
            return exact;
        }
        // "21/11/2026 10:42" and similar: the first date in the cell.
        List<DateText.Found> found = DateText.findAll(cell);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).date());
    }

    /** A value of the row that is a number or date no payment can have (too large, year 10000…), and why. */
    private Optional<String> boundProblem(List<String> row, Columns c) {
        for (int column : new int[] {c.amount(), c.credit()}) {
            String cell = column >= 0 ? cell(row, column) : "";
            if (!cell.isBlank() && numberResult(cell) instanceof Decimals.Refused refused && refused.outOfBounds()) {
                return Optional.of("amount: " + refused.reason());
            }
        }
        return date(cell(row, c.date())).flatMap(DateText::implausible).map(why -> "date: " + why);
    }

    private Optional<BigDecimal> number(String cell) {
        return numberResult(cell).value();
    }

    private Decimals.Result numberResult(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return new Decimals.Refused("empty");
        }
        boolean parenthesised = s.startsWith("(") && s.endsWith(")");
        boolean trailingMinus = s.endsWith("-");
        s = s.replaceAll("[()]", "").replaceAll("-$", "");
        s = s.replaceAll("(?i)[€£$]|\\b(?:eur|euros?|usd|gbp|chf)\\b", "").strip();
        Decimals.Result value = mapping.decimalMark().isPresent() ? withMark(s, mapping.decimalMark().get())
                : AmountText.bareNumber(s);
        return value instanceof Decimals.Value v && (parenthesised || trailingMinus)
                ? new Decimals.Value(v.amount().negate()) : value;
    }

    private static Decimals.Result withMark(String raw, char mark) {
        char grouping = mark == ',' ? '.' : ',';
        String s = raw.replace('−', '-').replaceAll("[\\s\\u00A0\\u202F'’]", "").replace(String.valueOf(grouping), "")
                .replace(mark, '.');
        if (!s.matches("[+\\-]?\\d+(?:\\.\\d+)?")) {
            return new Decimals.Refused("not a number");
        }
        return Decimals.parse(s.startsWith("+") ? s.substring(1) : s);
    }

    private static Optional<Money> toMoney(BigDecimal amount, Currency currency) {
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (Decimals.amountProblem(amount, currency).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Money.of(amount.setScale(scale), currency));
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index) : "";
    }

    /** RFC 4180 records: quoted cells may hold separators, doubled quotes and line breaks. */
    static List<List<String>> rows(String text, char separator) {
        return Csv.records(text, separator).stream().map(Csv.Row::fields).toList();
    }

    /** UTF-8 when the bytes are valid UTF-8, else the Windows Latin-1 most French bank exports still use. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
