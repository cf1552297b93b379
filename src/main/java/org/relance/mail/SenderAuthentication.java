package org.relance.mail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a message really comes from the domain in its From address, by the Authentication-Results header our
 * own receiving server added ({@code mail.authservId}): DMARC pass, or DKIM/SPF pass for the sender's domain.
 * Headers claiming another authserv-id are ignored, since anyone can write them.
 */
final class SenderAuthentication {

    private static final Pattern RESULT = Pattern.compile(
            "(?i)\\b(dmarc|dkim|spf)\\s*=\\s*(\\w+)([^;]*)");
    private static final Pattern PROPERTY = Pattern.compile(
            "(?i)\\b(header\\.from|header\\.d|header\\.i|smtp\\.mailfrom)\\s*=\\s*([^\\s;]+)");

    private final String authservId;

    SenderAuthentication(String authservId) {
        this.authservId = authservId.toLowerCase(Locale.ROOT);
    }

    boolean passes(InboundMessage message) {
        String domain = domainOf(message.from());
        if (domain == null) {
            return false;
        }
        for (String header : message.authenticationResults()) {
            String unfolded = header.replaceAll("\\s+", " ").trim();
            int semicolon = unfolded.indexOf(';');
            String id = (semicolon < 0 ? unfolded : unfolded.substring(0, semicolon)).trim().split(" ")[0];
            if (!id.toLowerCase(Locale.ROOT).equals(authservId) || semicolon < 0) {
                continue;
            }
            Matcher result = RESULT.matcher(unfolded.substring(semicolon + 1));
            while (result.find()) {
                if (!result.group(2).equalsIgnoreCase("pass")) {
                    continue;
                }
                String method = result.group(1).toLowerCase(Locale.ROOT);
                if (method.equals("dmarc") || aligned(result.group(3), domain)) {
                    return true;
                }
            }
        }
        return false;
    }

    String describeFailure() {
        return "no Authentication-Results from " + authservId + " shows dmarc, dkim or spf pass for its domain";
    }

    /** A DKIM or SPF pass counts only for the From domain (or a subdomain of it). */
    private static boolean aligned(String properties, String domain) {
        Matcher p = PROPERTY.matcher(properties);
        while (p.find()) {
            String value = p.group(2).toLowerCase(Locale.ROOT);
            String d = value.contains("@") ? value.substring(value.lastIndexOf('@') + 1) : value;
            if (d.equals(domain) || d.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    private static String domainOf(String address) {
        if (address == null || !address.contains("@")) {
            return null;
        }
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
