package org.relance.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises messages written by a machine (out-of-office, vacation, delivery reports): they never pause a chase. */
final class AutoReplies {

    private static final Pattern SUBJECT = Pattern.compile(
            "(?iu)^\\s*(absence du bureau|absent(e)?\\b|réponse automatique|reponse automatique|out of (the )?office"
                    + "|automatic reply|auto(-| )?reply|autoreply|abwesenheit|undeliverable|delivery status notification)");

    private AutoReplies() {
    }

    static boolean isAutomatic(Message message) throws MessagingException {
        String auto = first(message, "Auto-Submitted");
        if (auto != null && !auto.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        if (first(message, "X-Autoreply") != null || first(message, "X-Autorespond") != null) {
            return true;
        }
        String precedence = first(message, "Precedence");
        if (precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("auto_reply|bulk|junk")) {
            return true;
        }
        String subject = message.getSubject();
        return subject != null && SUBJECT.matcher(subject).find();
    }

    private static String first(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
