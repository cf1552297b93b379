package org.relance.digest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relance.config.Company;
import org.relance.text.HtmlEscape;

/**
 * The digest as an email to the team: the subject of contract §8 with the digest's token, a plain-text body and its
 * HTML alternative, both ending with the reply commands. Pure; every outside string is escaped in the HTML.
 */
public final class DigestEmail {

    /** What the email says: the subject, the plain text and the HTML alternative. */
    public record Rendered(String subject, String text, String html) {
    }

    private final Locale locale;
    private final DigestText text;
    private final boolean silentWhenEmpty;

    public DigestEmail(Company company, org.relance.config.Digest settings) {
        this.locale = company.locale();
        this.text = new DigestText(locale, settings.whenEmpty());
        this.silentWhenEmpty = settings.silentWhenEmpty();
    }

    /** The email for this digest; empty when nothing is to chase and {@code digest.whenEmpty} is {@code off}. */
    public Optional<Rendered> render(Digest digest) {
        if (digest.isEmpty() && silentWhenEmpty) {
            return Optional.empty();
        }
        String subject = "[Relance] " + text.title(digest);
        String body = text.render(digest);
        if (!digest.isEmpty()) {
            body = body + "\n" + ReplyGrammar.help(locale) + "\n";
        }
        return Optional.of(new Rendered(subject, body, html(digest)));
    }

    private String html(Digest digest) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.getLanguage()))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(text.title(digest)))
                .append("</title></head>\n<body style=\"font-family:sans-serif;font-size:14px;line-height:1.4\">\n");
        out.append("<h2>").append(escape(text.title(digest))).append("</h2>\n");
        out.append("<p>").append(String.join("<br>\n", text.summary(digest).stream().map(DigestEmail::escape).toList()))
                .append("</p>\n");
        if (digest.isEmpty()) {
            out.append("<p>").append(escape(text.emptyLine())).append("</p>\n</body></html>\n");
            return out.toString();
        }
        for (DigestItem item : digest.items()) {
            List<String> lines = text.item(item);
            out.append("<p><b>").append(escape(lines.get(0))).append("</b>");
            for (int i = 1; i < lines.size(); i++) {
                boolean preview = i == lines.size() - 1 && item.preview() != null && !item.preview().isBlank();
                out.append("<br>\n").append(preview ? "<i style=\"color:#555\">" : "").append(escape(lines.get(i)))
                        .append(preview ? "</i>" : "");
            }
            out.append("</p>\n");
        }
        text.rest(digest).ifPresent(line -> out.append("<p>").append(escape(line)).append("</p>\n"));
        if (!digest.details().toConfirm().isEmpty()) {
            out.append("<h3>").append(escape(text.toConfirmTitle(digest))).append("</h3>\n");
            for (DigestDetails.ToConfirm t : digest.details().toConfirm()) {
                List<String> lines = text.toConfirm(t);
                out.append("<p><b>").append(escape(lines.get(0))).append("</b>");
                for (String line : lines.subList(1, lines.size())) {
                    out.append("<br>\n<i style=\"color:#555\">").append(escape(line)).append("</i>");
                }
                out.append("</p>\n");
            }
        }
        for (DigestText.Section section : text.sections(digest)) {
            out.append("<h3>").append(escape(section.title())).append("</h3>\n<ul>\n");
            for (String line : section.lines()) {
                out.append("<li>").append(escape(line)).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<hr>\n<pre style=\"font-size:13px\">").append(escape(ReplyGrammar.help(locale)))
                .append("</pre>\n</body></html>\n");
        return out.toString();
    }

    private static String escape(String s) {
        return HtmlEscape.escape(s);
    }
}
