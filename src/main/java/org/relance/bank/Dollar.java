package org.relance.bank;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which dollar a bare "$" in a bank's mail is: the US one unless the mail or its sender says another country's. */
final class Dollar {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The mail names the US dollar itself: then "$" is USD whatever else it says. */
    private static final Pattern US = Pattern.compile(
            "(?<![\\p{L}])(?:USD|US\\$|U\\.S\\.\\s*dollars?|US\\s+dollars?|dollars?\\s+am[ée]ricains?)(?![\\p{L}])", FLAGS);

    private record Country(String code, Pattern said, String domain) {
    }

    private static final List<Country> COUNTRIES = List.of(
            // "Virement Interac reçu", "Banque Nationale du Canada", "Les montants sont en dollars canadiens"
            new Country("CAD", Pattern.compile("(?<![\\p{L}])(?:CAD|C\\$|CA\\$|Interac|Canada|canadiens?|canadian|Qu[ée]bec)(?![\\p{L}])", FLAGS), ".ca"),
            new Country("AUD", Pattern.compile("(?<![\\p{L}])(?:AUD|A\\$|AU\\$|Australia|australian)(?![\\p{L}])", FLAGS), ".au"),
            new Country("NZD", Pattern.compile("(?<![\\p{L}])(?:NZD|NZ\\$|New\\s+Zealand)(?![\\p{L}])", FLAGS), ".nz"),
            new Country("SGD", Pattern.compile("(?<![\\p{L}])(?:SGD|S\\$|Singapore)(?![\\p{L}])", FLAGS), ".sg"),
            new Country("HKD", Pattern.compile("(?<![\\p{L}])(?:HKD|HK\\$|Hong\\s+Kong)(?![\\p{L}])", FLAGS), ".hk"));

    private Dollar() {
    }

    /**
     * The currency a "$" read as USD stands for in this mail: another country's dollar when the mail never names
     * the US dollar and names exactly one other dollar's country, or its sender's domain is that country's.
     */
    static Optional<Currency> of(String text, Optional<String> from) {
        if (US.matcher(text).find()) {
            return Optional.empty();
        }
        String domain = from.map(f -> f.replaceAll("[>\\s]+$", "").toLowerCase(Locale.ROOT)).orElse("");
        List<Country> named = COUNTRIES.stream()
                .filter(c -> c.said().matcher(text).find() || domain.endsWith(c.domain())).toList();
        return named.size() == 1 ? Optional.of(Currency.getInstance(named.get(0).code())) : Optional.empty();
    }
}
