package org.relance.config;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.relance.text.Decimals;

/** Parsers from a scalar's text to a typed value, each failing with a message that shows the value as %s. */
final class Parsers {

    /** Turns text into a value, or throws {@link Bad}. */
    record Parser<T>(String expects, Function<String, T> parse) {
    }

    /** A value of the wrong form; {@code template} has %s where the (possibly hidden) value goes. */
    static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String template;

        Bad(String template) {
            super(template, null, false, false);
            this.template = template;
        }

        String format(String shownValue) {
            return template.replace("%s", shownValue);
        }
    }

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,9}(\\.\\d{1,9})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");
    // Deliberately simple: one @, no spaces, a dotted (or single-label) domain.
    static final Pattern EMAIL_ADDRESS_PATTERN = Pattern.compile(
            "[^@\\s<>()\",;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");

    static final Parser<String> TEXT = new Parser<>("text", text -> text);
    static final Parser<Secret> SECRET = new Parser<>("text", Secret::new);

    static final Parser<Integer> WHOLE_NUMBER = new Parser<>("a whole number", text -> {
        if (!WHOLE.matcher(text.trim()).matches()) {
            throw new Bad("expected a whole number, got %s");
        }
        return Integer.parseInt(text.trim());
    });

    static final Parser<Boolean> BOOLEAN = new Parser<>("true or false", text -> {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new Bad("expected true or false, got %s");
    });

    /** Exact decimal from the text as written: 40.00 keeps its two decimals, nothing goes through double. */
    static final Parser<BigDecimal> DECIMAL_NUMBER = new Parser<>("a number", text -> {
        if (!DECIMAL.matcher(text.trim()).matches()) {
            throw new Bad("expected a number such as 2.15, got %s");
        }
        // The same bound as every amount read from outside (a config value is outside input too).
        Decimals.Result value = Decimals.parse(text);
        if (value instanceof Decimals.Refused refused) {
            throw new Bad(refused.reason().replace("%", "%%") + ": %s");
        }
        return ((Decimals.Value) value).amount();
    });

    static final Parser<String> EMAIL_ADDRESS = new Parser<>("an email address", text -> {
        if (!EMAIL_ADDRESS_PATTERN.matcher(text.trim()).matches()) {
            throw new Bad("not an email address: %s");
        }
        return text.trim();
    });

    static final Parser<LocalDate> DATE_VALUE = new Parser<>("a date", text -> {
        try {
            if (DATE.matcher(text.trim()).matches()) {
                return LocalDate.parse(text.trim());
            }
        } catch (DateTimeException e) {
            // falls through to the one message for every bad date
        }
        throw new Bad("not a date (YYYY-MM-DD): %s");
    });

    static final Parser<LocalTime> TIME_VALUE = new Parser<>("a time", text -> {
        String t = text.trim();
        if (TIME.matcher(t).matches()) {
            int colon = t.indexOf(':');
            int hour = Integer.parseInt(t.substring(0, colon));
            int minute = Integer.parseInt(t.substring(colon + 1));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        throw new Bad("not a time (HH:MM): %s");
    });

    static final Parser<ZoneId> ZONE = new Parser<>("a time zone", text -> {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new Bad("not a time zone such as Europe/Paris: %s");
        }
    });

    static final Parser<DayOfWeek> DAY = new Parser<>("a day", text -> {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(t) || day.name().substring(0, 3).equals(t)) {
                return day;
            }
        }
        throw new Bad("not a day (MON, TUE, WED, THU, FRI, SAT, SUN): %s");
    });

    static final Parser<Locale> LOCALE = oneOf(locales());

    static final Parser<Mail.Security> SECURITY = oneOf(enumValues(Mail.Security.values()));

    static final Parser<Mail.Recovery> RECOVERY = oneOf(enumValues(Mail.Recovery.values()));

    static final Parser<LadderStep.Channel> CHANNEL = oneOf(enumValues(LadderStep.Channel.values()));

    static final Parser<String> HOST = new Parser<>("a host name", text -> {
        if (!text.trim().matches("[A-Za-z0-9._:\\[\\]-]+")) {
            throw new Bad("not a host name: %s");
        }
        return text.trim();
    });

    /** A file name inside the templates folder, never a path. */
    static final Parser<String> NAME = new Parser<>("a name", text -> {
        if (!text.trim().matches("[A-Za-z0-9_-]+")) {
            throw new Bad("only letters, digits, - and _ are allowed: %s");
        }
        return text.trim();
    });

    static final Parser<String> IBAN = new Parser<>("an IBAN", text -> {
        String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}") || !ibanChecksumOk(compact)) {
            throw new Bad("not a valid IBAN: %s");
        }
        return compact;
    });

    static final Parser<String> BIC = new Parser<>("a BIC", text -> {
        String compact = text.trim().toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw new Bad("not a BIC (8 or 11 letters and digits): %s");
        }
        return compact;
    });

    static final Parser<String> SIREN = new Parser<>("a SIREN", text -> {
        String compact = text.replaceAll("\\s", "");
        if (!compact.matches("\\d{9}")) {
            throw new Bad("not a SIREN (9 digits): %s");
        }
        return compact;
    });

    /** The value itself is not shown: a PostgreSQL URL may carry a password. */
    static final Parser<String> JDBC_URL = new Parser<>("a JDBC URL", text -> {
        String t = text.trim();
        if (!t.startsWith("jdbc:sqlite:") && !t.startsWith("jdbc:postgresql:")) {
            throw new Bad("expected a jdbc:sqlite: or jdbc:postgresql: URL");
        }
        return t;
    });

    static final Parser<String> HTTP_URL = new Parser<>("a URL", text -> {
        String t = text.trim();
        if (!t.matches("https?://\\S+")) {
            throw new Bad("not an http(s) URL: %s");
        }
        return t;
    });

    /** A percentage such as the ECB rate: exact, from 0 to 100. */
    static final Parser<BigDecimal> PERCENT = new Parser<>("a number", text -> {
        BigDecimal value = DECIMAL_NUMBER.parse().apply(text);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new Bad("must be a percentage from 0 to 100, got %s");
        }
        return value;
    });

    private Parsers() {
    }

    /** A whole number in [min, max]. */
    static Parser<Integer> whole(int min, int max) {
        return new Parser<>("a whole number", text -> {
            int value = WHOLE_NUMBER.parse().apply(text);
            if (value < min || value > max) {
                if (min == 0 && value < 0) {
                    throw new Bad("must not be negative");
                }
                if (max == Integer.MAX_VALUE) {
                    throw new Bad("must be at least " + min + ", got " + value);
                }
                throw new Bad("must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        });
    }

    static final Parser<Integer> NON_NEGATIVE = whole(0, Integer.MAX_VALUE);
    static final Parser<Integer> POSITIVE = whole(1, Integer.MAX_VALUE);
    static final Parser<Integer> PORT = whole(1, 65535);

    /** Case-insensitive choice among the map's keys. */
    static <T> Parser<T> oneOf(Map<String, T> choices) {
        String names = String.join(", ", choices.keySet());
        return new Parser<>("one of " + names, text -> {
            T value = choices.get(text.trim().toLowerCase(Locale.ROOT));
            if (value == null) {
                throw new Bad("expected one of " + names + ", got %s");
            }
            return value;
        });
    }

    private static boolean ibanChecksumOk(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int digit = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (digit > 9 ? remainder * 100 : remainder * 10) + digit;
            remainder %= 97;
        }
        return remainder == 1;
    }

    private static <E extends Enum<E>> Map<String, E> enumValues(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(value.name().toLowerCase(Locale.ROOT), value);
        }
        return map;
    }

    private static Map<String, Locale> locales() {
        Map<String, Locale> map = new LinkedHashMap<>();
        map.put("fr", Locale.FRENCH);
        map.put("en", Locale.ENGLISH);
        return map;
    }
}
