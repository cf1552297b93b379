package org.relance.config;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Reads the optional {@code mail} section: IMAP, SMTP, send window and mailbox hygiene. */
final class MailReader {

    private MailReader() {
    }

    static Mail read(MapReader root, Company company) {
        MapReader m = root.section("mail", "imap", "smtp", "archive", "dryRun", "sendWindow", "limits",
                "requireAuthenticationResults", "authservId", "botAddress", "trustedSenders",
                "processedFolder", "quarantineFolder", "recovery", "attachInvoices", "replyTo");
        Optional<Mail.Imap> imap = m.has("imap") ? Optional.of(imap(m)) : Optional.empty();
        Optional<Mail.Smtp> smtp = m.has("smtp") ? Optional.of(smtp(m)) : Optional.empty();
        if (imap.isEmpty() && smtp.isEmpty()) {
            throw new ConfigException("mail", "needs imap, smtp or both (or leave the mail section out)");
        }
        boolean requireAuth = m.value("requireAuthenticationResults", Parsers.BOOLEAN, false);
        Optional<String> authservId = m.value("authservId", Parsers.HOST);
        if (requireAuth && authservId.isEmpty()) {
            throw new ConfigException(m.key("authservId"),
                    "required when mail.requireAuthenticationResults is true (the receiving server's name)");
        }
        // The bot's own mailbox is usually the IMAP login; fall back to the company address.
        String defaultBot = imap.map(Mail.Imap::username)
                .filter(u -> Parsers.EMAIL_ADDRESS_PATTERN.matcher(u).matches())
                .orElse(company.email());
        String botAddress = m.value("botAddress", Parsers.EMAIL_ADDRESS, defaultBot);
        // A customer's answer must reach the bot (to pause the chase) and the team (to read it).
        List<String> replyTo = m.list("replyTo", Parsers.EMAIL_ADDRESS,
                company.email().equalsIgnoreCase(botAddress) ? List.of(company.email())
                        : List.of(company.email(), botAddress));
        return new Mail(
                imap,
                smtp,
                archive(m),
                m.value("dryRun", Parsers.BOOLEAN, false),
                sendWindow(m),
                limits(m),
                requireAuth,
                authservId.orElse(null),
                botAddress,
                m.list("trustedSenders", Parsers.EMAIL_ADDRESS, List.of()),
                m.value("processedFolder", Parsers.TEXT, "Relance/Processed"),
                m.value("quarantineFolder", Parsers.TEXT, "Relance/Quarantine"),
                m.value("recovery", Parsers.RECOVERY, Mail.Recovery.REVIEW),
                m.value("attachInvoices", Parsers.BOOLEAN, false),
                replyTo);
    }

    private static Mail.Imap imap(MapReader mail) {
        MapReader i = mail.section("imap", "host", "port", "security", "username", "password", "folder",
                "idle", "pollSeconds");
        Mail.Security security = i.value("security", Parsers.SECURITY, Mail.Security.SSL);
        return new Mail.Imap(
                i.required("host", Parsers.HOST),
                i.value("port", Parsers.PORT, security == Mail.Security.SSL ? 993 : 143),
                security,
                i.required("username", Parsers.TEXT).trim(),
                i.required("password", Parsers.SECRET),
                i.value("folder", Parsers.TEXT, "INBOX"),
                i.value("idle", Parsers.BOOLEAN, true),
                i.value("pollSeconds", Parsers.POSITIVE, 30));
    }

    private static Mail.Smtp smtp(MapReader mail) {
        MapReader s = mail.section("smtp", "host", "port", "security", "username", "password", "maxPerMinute");
        Mail.Security security = s.value("security", Parsers.SECURITY, Mail.Security.STARTTLS);
        int defaultPort = switch (security) {
            case SSL -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        };
        return new Mail.Smtp(
                s.required("host", Parsers.HOST),
                s.value("port", Parsers.PORT, defaultPort),
                security,
                s.required("username", Parsers.TEXT).trim(),
                s.required("password", Parsers.SECRET),
                s.value("maxPerMinute", Parsers.POSITIVE, 20));
    }

    private static Mail.Archive archive(MapReader mail) {
        MapReader a = mail.section("archive", "sentFolder", "bcc");
        Optional<String> sentFolder = a.text("sentFolder");
        Optional<String> bcc = a.value("bcc", Parsers.EMAIL_ADDRESS);
        if (sentFolder.isEmpty() && bcc.isEmpty()) {
            sentFolder = Optional.of("Sent");
        }
        return new Mail.Archive(sentFolder, bcc);
    }

    private static Mail.SendWindow sendWindow(MapReader mail) {
        MapReader w = mail.section("sendWindow", "from", "to", "days", "skipHolidays");
        LocalTime from = w.value("from", Parsers.TIME_VALUE, LocalTime.of(8, 30));
        LocalTime to = w.value("to", Parsers.TIME_VALUE, LocalTime.of(18, 0));
        if (!to.isAfter(from)) {
            throw new ConfigException(w.key("to"), "must be later than " + w.key("from") + " (" + from + ")");
        }
        return new Mail.SendWindow(from, to, ConfigLoader.days(w, "days", false),
                w.value("skipHolidays", Parsers.BOOLEAN, true));
    }

    private static Mail.Limits limits(MapReader mail) {
        MapReader l = mail.section("limits", "maxMessageMb", "maxMimeDepth", "maxMimeParts", "parseTimeoutSeconds",
                "maxTextChars", "maxParseMemoryMb", "isolateParsing");
        return new Mail.Limits(
                l.value("maxMessageMb", Parsers.POSITIVE, 25),
                l.value("maxMimeDepth", Parsers.POSITIVE, 20),
                l.value("maxMimeParts", Parsers.POSITIVE, 500),
                l.value("parseTimeoutSeconds", Parsers.POSITIVE, 30),
                l.value("maxTextChars", Parsers.POSITIVE, 1_000_000),
                l.value("maxParseMemoryMb", Parsers.POSITIVE, 64),
                l.value("isolateParsing", Parsers.BOOLEAN, true));
    }
}
