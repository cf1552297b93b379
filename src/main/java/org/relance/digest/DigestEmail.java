package org.relance.digest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relance.dunning.ReminderFormat;
import org.relance.text.Html;

/**
 * The digest as an email (contract §8): the subject with the digest's token, the same text as {@code relance digest}
 * with the reply commands at the bottom, and an HTML alternative of it, in the company's language. Pure.
 */
public final class DigestEmail {

    /** A numbered item's first line ("3. Pharmacie Moreau — F-2026-0042"): bold in the HTML. */
    private static final Pattern ITEM_HEAD = Pattern.compile("^\\d+\\. .*");

    private final Locale locale;
    private final DigestText text;
    private final ReminderFormat format;

    /** @param whenEmpty {@code digest.whenEmpty} (the line of an empty digest; {@code off}: no email at all) */
    public DigestEmail(Locale locale, Optional<String> whenEmpty) {
        this.locale = locale;
        this.text = new DigestText(locale, whenEmpty);
        this.format = new ReminderFormat(locale.getLanguage());
    }

    /** One rendered digest email. */
    public record Rendered(String subject, String text, String html) {
    }

    public Rendered render(Digest digest) {
        boolean french = "fr".equals(locale.getLanguage());
        String subject = "[Relance] " + (french ? "À relancer — " : "To chase — ") + format.shortDate(digest.day())
                + " (#" + digest.token() + ")";
        // The text's first line repeats the subject; the email starts with what matters.
        String body = text.render(digest);
        body = body.substring(body.indexOf('\n') + 1);
        String help = ReplyGrammar.help(locale);
        String plain = body + "\n-- \n" + help + "\n";
        return new Rendered(subject, plain, html(subject, body, help));
    }

    private static String html(String subject, String body, String help) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(subject)).append("</title></head>\n")
                .append("<body style=\"font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;")
                .append("line-height:1.45;color:#1d1d1f\">\n<div style=\"white-space:pre-wrap\">");
        for (String line : body.split("\n", -1)) {
            String escaped = Html.escape(line);
            out.append(ITEM_HEAD.matcher(line).matches() ? "<b>" + escaped + "</b>" : escaped).append('\n');
        }
        out.append("</div>\n<hr>\n<div style=\"white-space:pre-wrap;color:#555;font-family:monospace\">")
                .append(Html.escape(help)).append("</div>\n</body></html>\n");
        return out.toString();
    }
}
