package org.relance.bank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.text.DateText;
import org.relance.text.Fold;

/**
 * A notification a person forwarded ("Fwd:", "TR:", "WG:"), as the forwarded message's own subject, day, sender and
 * text: her note and signature above it are not the bank's words, and its date is the bank's, not hers.
 */
record Forwarded(String subject, String body, Optional<LocalDate> sent, Optional<String> from, Optional<String> fromName) {

    private static final Pattern QUOTE = Pattern.compile("^[ \\t]*(?:>[ \\t]?)+");
    private static final Pattern HEADER = Pattern.compile(
            "^[ \\t]*\\*?(from|de|von|van|da|sent|envoy[ée]|date|datum|gesendet|verzonden|inviato|enviado|fecha|to|[àa]"
                    + "|an|aan|para|pour|cc|cci|bcc|subject|objet|sujet|betreff|onderwerp|oggetto|asunto|reply-to|r[ée]pondre [àa])"
                    + "\\*?[ \\t]*:\\*?[ \\t]*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // What mail programs write above a forwarded message's headers, in the languages the bot reads.
    private static final Pattern MARKER = Pattern.compile(
            "(?iu)^[ \\t]*(?:-{2,}[ \\t]*(?:forwarded message|original message|message transf[ée]r[ée]|message d'origine"
                    + "|sms transf[ée]r[ée]|weitergeleitete nachricht|urspr[üu]ngliche nachricht|doorgestuurd bericht"
                    + "|oorspronkelijk bericht|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale)"
                    + "[ \\t]*-*|_{10,}|begin forwarded message[ \\t]*:|d[ée]but du message r[ée]exp[ée]di[ée][ \\t]*:"
                    + "|anfang der weitergeleiteten nachricht[ \\t]*:)[ \\t]*$");
    // A reply quoting the message: "On 8 Feb 2027, at 12:31, Lloyds Bank <alerts@…> wrote:", "Le … a écrit :".
    private static final Pattern WROTE = Pattern.compile(
            "(?iu)^[ \\t]*(?:on|le|am|op|el|il)[ \\t](.+?)[ \\t](?:wrote|a [ée]crit|schrieb|schreef|escribi[óo]|ha scritto)[ \\t]*:[ \\t]*$");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");

    private static final Pattern FORWARD_PREFIX = Pattern.compile("(?iu)^\\s*(?:(?:fwd?|tr|wg|fw|rv|i|doorst)\\s*:\\s*)+");

    /** A subject without the "Fwd:", "TR:", "WG:" its forwarding added. */
    static String unprefixed(String subject) {
        return FORWARD_PREFIX.matcher(subject).replaceFirst("");
    }

    /** The innermost forwarded message in a mail's text, when the text forwards one. */
    static Optional<Forwarded> in(String text) {
        String[] lines = Fold.plainSpaces(text).split("\n", -1);
        Optional<Forwarded> found = Optional.empty();
        for (int i = 0; i < lines.length; i++) {
            Optional<Block> block = blockAt(lines, i);
            if (block.isPresent()) {
                Forwarded message = block.get().message(lines);
                if (message.body().isBlank()) {
                    // headers with nothing under them (her own earlier message, emptied): what she wrote above them,
                    // a notification she retyped, is the text; the headers are not its labels
                    String above = String.join("\n", List.of(lines).subList(0, i)).strip();
                    message = new Forwarded("", above, message.sent(), Optional.empty(), Optional.empty());
                }
                found = Optional.of(message);
                i = block.get().end() - 1;
            }
        }
        return found;
    }

    /**
     * Each forwarded message of a mail that forwards several one after another ("Début du message réexpédié" twice),
     * each cut where the next begins; a single forward, or none, gives at most one.
     */
    static List<Forwarded> each(String text) {
        String[] lines = Fold.plainSpaces(text).split("\n", -1);
        List<Integer> starts = new ArrayList<>(); // the line where each block's headers begin
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Optional<Block> block = blockAt(lines, i);
            if (block.isPresent()) {
                starts.add(i);
                blocks.add(block.get());
                i = block.get().end() - 1;
            }
        }
        List<Forwarded> messages = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            int until = k + 1 < blocks.size() ? starts.get(k + 1) : lines.length;
            messages.add(blocks.get(k).message(java.util.Arrays.copyOfRange(lines, 0, until)));
        }
        return messages;
    }

    private record Block(int end, String subject, String date, String from) {

        Forwarded message(String[] lines) {
            List<String> rest = new ArrayList<>(List.of(lines).subList(Math.min(end, lines.length), lines.length));
            long nonBlank = rest.stream().filter(l -> !l.isBlank()).count();
            long quoted = rest.stream().filter(l -> QUOTE.matcher(l).find()).count();
            if (nonBlank > 0 && quoted * 2 >= nonBlank) {
                rest.replaceAll(l -> QUOTE.matcher(l).replaceFirst(""));
            }
            List<DateText.Found> dates = date == null ? List.of() : DateText.findAll(date);
            Matcher address = ADDRESS.matcher(from);
            return new Forwarded(subject == null ? "" : subject.strip(), String.join("\n", rest).strip(),
                    dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0).date()),
                    address.find() ? Optional.of(address.group().toLowerCase(Locale.ROOT)) : Optional.empty(), nameOf(from));
        }
    }

    /** "Uber Eats <restaurants@uber.com>", "\"Deliveroo\" [mailto:x@y]": the sender's name without its address. */
    private static Optional<String> nameOf(String from) {
        String name = ADDRESS.matcher(from).replaceAll("").replaceAll("[<>\\[\\]()\"]|mailto:", " ").strip();
        return name.isEmpty() || !name.matches("(?s).*\\p{L}.*") ? Optional.empty() : Optional.of(name.replaceAll("\\s+", " "));
    }

    /**
     * A forwarded message's header lines starting at {@code start}: a sender, and a subject or a date, and either an
     * address in the sender or a forwarding line just above; a notification's own "From: Acme Ltd" label is none.
     */
    private static Optional<Block> blockAt(String[] lines, int start) {
        Matcher wrote = WROTE.matcher(QUOTE.matcher(lines[start]).replaceFirst(""));
        if (wrote.matches() && ADDRESS.matcher(wrote.group(1)).find()) {
            return Optional.of(new Block(start + 1, null, wrote.group(1), wrote.group(1)));
        }
        String from = null;
        String subject = null;
        String date = null;
        int end = start;
        int headers = 0;
        for (int j = start; j < lines.length && j < start + 12; j++) {
            String line = QUOTE.matcher(lines[j]).replaceFirst("");
            if (line.isBlank()) {
                if (headers == 0) {
                    return Optional.empty();
                }
                continue;
            }
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                break;
            }
            String key = Fold.accents(m.group(1)).toLowerCase(Locale.ROOT);
            String value = m.group(2);
            switch (key) {
                case "from", "de", "von", "van", "da" -> from = from == null ? value : from;
                case "subject", "objet", "sujet", "betreff", "onderwerp", "oggetto", "asunto" -> subject = value;
                case "sent", "envoye", "date", "datum", "gesendet", "verzonden", "inviato", "enviado", "fecha" -> date = value;
                default -> { }
            }
            headers++;
            end = j + 1;
        }
        if (from == null || subject == null && date == null) {
            return Optional.empty();
        }
        if (!ADDRESS.matcher(from).find() && !markerAbove(lines, start)) {
            return Optional.empty();
        }
        return Optional.of(new Block(end, subject, date, from));
    }

    private static boolean markerAbove(String[] lines, int start) {
        for (int j = start - 1, seen = 0; j >= 0 && seen < 2; j--) {
            String line = QUOTE.matcher(lines[j]).replaceFirst("");
            if (line.isBlank()) {
                continue;
            }
            if (MARKER.matcher(line).matches()) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
