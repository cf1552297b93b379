package org.relance.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a message really comes from the domain in its From address, by the Authentication-Results our own
 * receiving server ({@code mail.authservId}) put at the top of the message.
 *
 * <p>Only the topmost headers count: reading from the top, the Authentication-Results headers carrying our
 * authserv-id, up to the first Received header or Authentication-Results of another id. Anything below was
 * written before our server received the message, by anyone. A pass must be aligned with the From domain: DMARC
 * with {@code header.from} equal to it; DKIM ({@code header.d}, else {@code header.i}) or SPF
 * ({@code smtp.mailfrom}) with a domain equal to it, a subdomain of it, or a parent of it (relaxed alignment, the
 * parent having at least two labels).
 */
final class SenderAuthentication {

    private static final Pattern RESULT = Pattern.compile(
            "(?i)\\b(dmarc|dkim|spf)\\s*=\\s*(\\w+)([^;]*)");
    private static final Pattern PROPERTY = Pattern.compile(
            "(?i)\\b(header\\.from|header\\.d|header\\.i|smtp\\.mailfrom)\\s*=\\s*([^\\s;]+)");
    private static final String AUTHENTICATION_RESULTS = "authentication-results:";
    private static final String RECEIVED = "received:";

    private final String authservId;

    SenderAuthentication(String authservId) {
        this.authservId = authservId.toLowerCase(Locale.ROOT);
    }

    boolean passes(InboundMessage message) {
        String domain = domainOf(message.from());
        if (domain == null || message.fromProblem() != null) {
            return false;
        }
        for (String results : ours(message.authenticationResults())) {
            Matcher result = RESULT.matcher(results);
            while (result.find()) {
                if (result.group(2).equalsIgnoreCase("pass")
                        && aligned(result.group(1).toLowerCase(Locale.ROOT), result.group(3), domain)) {
                    return true;
                }
            }
        }
        return false;
    }

    String describeFailure() {
        return "no Authentication-Results from " + authservId
                + " at the top of the message shows dmarc, dkim or spf pass aligned with its From domain";
    }

    /**
     * The result lists (after the authserv-id) of our server's headers at the top of {@code trace}: entries are
     * "Authentication-Results: …" or "Received: …" lines in message order; a bare value is an Authentication-Results.
     */
    private List<String> ours(List<String> trace) {
        List<String> out = new ArrayList<>();
        for (String entry : trace) {
            String unfolded = entry.replaceAll("\\s+", " ").trim();
            String lower = unfolded.toLowerCase(Locale.ROOT);
            if (lower.startsWith(RECEIVED)) {
                break;
            }
            if (lower.startsWith(AUTHENTICATION_RESULTS)) {
                unfolded = unfolded.substring(AUTHENTICATION_RESULTS.length()).trim();
            }
            int semicolon = unfolded.indexOf(';');
            String id = (semicolon < 0 ? unfolded : unfolded.substring(0, semicolon)).trim().split(" ")[0];
            if (!id.toLowerCase(Locale.ROOT).equals(authservId)) {
                break;
            }
            if (semicolon >= 0) {
                out.add(unfolded.substring(semicolon + 1));
            }
        }
        return out;
    }

    /** DMARC speaks for header.from exactly; DKIM and SPF for their signing / envelope domain, aligned. */
    private static boolean aligned(String method, String properties, String domain) {
        Matcher p = PROPERTY.matcher(properties);
        String d = null;
        String i = null;
        String from = null;
        String mailfrom = null;
        while (p.find()) {
            String value = p.group(2).toLowerCase(Locale.ROOT);
            String host = value.contains("@") ? value.substring(value.lastIndexOf('@') + 1) : value;
            switch (p.group(1).toLowerCase(Locale.ROOT)) {
                case "header.d" -> d = host;
                case "header.i" -> i = host;
                case "header.from" -> from = host;
                default -> mailfrom = host;
            }
        }
        return switch (method) {
            case "dmarc" -> domain.equals(from);
            case "dkim" -> relaxed(d != null ? d : i, domain);
            default -> relaxed(mailfrom, domain);
        };
    }

    private static boolean relaxed(String authenticated, String domain) {
        if (authenticated == null) {
            return false;
        }
        return authenticated.equals(domain) || authenticated.endsWith("." + domain)
                || (domain.endsWith("." + authenticated) && authenticated.contains("."));
    }

    private static String domainOf(String address) {
        if (address == null || !address.contains("@")) {
            return null;
        }
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
