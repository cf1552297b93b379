package org.relance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The part of an email reply its sender wrote: the quoted history ("> " lines, "Le … a écrit :", "On … wrote:",
 * Outlook's "De : … Envoyé : …" header block, "-----Original Message-----") and the signature after "-- " removed,
 * blank runs collapsed, trimmed. Shared by the Slack notifications and the email-reply reader.
 */
public final class ReplyText {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^(le |on |am |el ).{3,300}(a écrit|wrote|schrieb|escribió)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_END = Pattern.compile(
            "^.{0,300}(a écrit|wrote|schrieb|escribió)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile(
            "^-{2,}\\s*(original message|message d'origine|message d’origine|ursprüngliche nachricht"
                    + "|forwarded message|message transféré)\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(de|from|von)\\s*:\\*?\\s*\\S.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_NEXT = Pattern.compile(
            "^\\*?(envoyé|sent|date|à|to|objet|subject|cc|gesendet|an|betreff)\\s*:\\*?.*$", Pattern.CASE_INSENSITIVE);
    /** Outlook's header block flattened onto one line: "De : X Envoyé : … À : … Objet : …". */
    private static final Pattern HEADER_ONE_LINE = Pattern.compile(
            "^\\*?(de|from)\\s*:\\*?\\s*\\S.{0,300}?\\s\\*?(envoyé|sent|date)\\s*:.*$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LINES_OF_ATTRIBUTION = 3;

    private ReplyText() {
    }

    /** What the sender wrote above the quoted history; empty when nothing is left. */
    public static String withoutQuotedHistory(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (line.equals("-- ") || t.equals("--") || ORIGINAL.matcher(t).matches() || startsAttribution(lines, i)
                    || startsHeaderBlock(lines, i)) {
                break;
            }
            if (t.startsWith(">")) {
                continue;
            }
            kept.add(stripEnd(line));
        }
        return collapse(kept);
    }

    /** "Le lun. 1 déc. 2026 à 10:00, X <x@y> a écrit :", possibly wrapped over up to three lines. */
    private static boolean startsAttribution(List<String> lines, int i) {
        String first = lines.get(i).strip();
        if (ATTRIBUTION.matcher(first).matches()) {
            return true;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("le ") || lower.startsWith("on ") || lower.startsWith("am "))) {
            return false;
        }
        StringBuilder joined = new StringBuilder(first);
        for (int j = i + 1; j < Math.min(lines.size(), i + MAX_LINES_OF_ATTRIBUTION); j++) {
            if (ATTRIBUTION.matcher(lines.get(j).strip()).matches()) {
                return false; // the attribution is that later line; this one is the sender's own text
            }
            joined.append(' ').append(lines.get(j).strip());
            if (ATTRIBUTION_END.matcher(lines.get(j).strip()).matches()) {
                return ATTRIBUTION.matcher(joined.toString()).matches();
            }
        }
        return false;
    }

    /** Outlook's quoted header: "De : …" followed within two lines by "Envoyé : …", "Date : …", "À : …"… */
    private static boolean startsHeaderBlock(List<String> lines, int i) {
        if (!HEADER_FROM.matcher(lines.get(i).strip()).matches()) {
            return false;
        }
        if (HEADER_ONE_LINE.matcher(lines.get(i).strip()).matches()) {
            return true;
        }
        for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
            if (HEADER_NEXT.matcher(lines.get(j).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String collapse(List<String> lines) {
        StringBuilder out = new StringBuilder();
        int blanks = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blanks > 0 ? "\n\n" : "\n");
            }
            blanks = 0;
            out.append(line);
        }
        return out.toString().strip();
    }
}
