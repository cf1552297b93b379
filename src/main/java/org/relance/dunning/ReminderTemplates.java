package org.relance.dunning;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a reminder template by language and name: the user's directory first ({@code <dir>/<lang>/<name>.txt} and
 * optional {@code .html}), then the built-in ones under {@code /templates}. Read on every call, so edits apply at once.
 */
final class ReminderTemplates {

    private static final String BUILT_IN = "/templates/";
    private static final Pattern SUBJECT = Pattern.compile("(?i)^(?:subject|objet)\\s*:\\s*(.*)$");
    /** Templates are logic-less; a name they use that the model lacks is a mistake worth reporting. */
    private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false);
    private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true);

    private final Path overrideDir;
    /**
     * The built-ins compiled once: they cannot change while the bot runs (a digest writes dozens of previews). Files
     * of {@code dunning.templatesDir} are read on every use, so an edit takes effect at once.
     */
    private final java.util.concurrent.ConcurrentMap<String, Lookup> builtIns = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param overrideDir null for built-ins only; a directory that does not exist means the same */
    ReminderTemplates(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    /** The outcome of a look-up. */
    sealed interface Lookup permits Found, Missing, Broken {
    }

    /** @param html null when the template has no HTML part: the caller derives it from the text */
    record Found(String origin, Template subject, Template text, Template html) implements Lookup {

        Rendered render(Object model) {
            try {
                String t = text.execute(model);
                return new Rendered(subject == null ? "" : subject.execute(model), t,
                        html == null ? null : html.execute(model));
            } catch (MustacheException e) {
                return new Rendered(null, null, null, origin + ": " + e.getMessage());
            }
        }
    }

    record Missing(String what) implements Lookup {
    }

    record Broken(String reason) implements Lookup {
    }

    /** @param problem non-null when a template used a name the model does not have */
    record Rendered(String subject, String text, String html, String problem) {
        Rendered(String subject, String text, String html) {
            this(subject, text, html, null);
        }
    }

    Lookup find(String language, String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            return new Broken("template name \"" + name + "\": letters, digits, - and _ only");
        }
        if (overrideDir != null) {
            Path txt = overrideDir.resolve(language).resolve(name + ".txt");
            Path html = overrideDir.resolve(language).resolve(name + ".html");
            if (Files.isRegularFile(txt)) {
                return compile(txt.toString(), read(txt), Files.isRegularFile(html) ? read(html) : null);
            }
            if (Files.isRegularFile(html)) {
                return new Broken(html + " has no " + txt.getFileName() + " next to it (the text part and subject)");
            }
        }
        return builtIns.computeIfAbsent(language + "/" + name, key -> {
            String base = BUILT_IN + key;
            String txt = resource(base + ".txt");
            if (txt == null) {
                return new Missing("no template \"" + name + "\" for language " + language);
            }
            return compile("built-in " + key, txt, resource(base + ".html"));
        });
    }

    private static Lookup compile(String origin, String text, String html) {
        text = normalise(text);
        Template subject = null;
        int firstLine = text.indexOf('\n');
        Matcher m = SUBJECT.matcher(firstLine < 0 ? text : text.substring(0, firstLine));
        if (m.matches()) {
            String body = firstLine < 0 ? "" : text.substring(firstLine + 1);
            text = body.startsWith("\n") ? body.substring(1) : body;
            try {
                subject = TEXT.compile(m.group(1));
            } catch (MustacheException e) {
                return new Broken(origin + " (subject): " + e.getMessage());
            }
        }
        try {
            return new Found(origin, subject, TEXT.compile(text), html == null ? null : HTML.compile(normalise(html)));
        } catch (MustacheException e) {
            return new Broken(origin + ": " + e.getMessage());
        }
    }

    private static String normalise(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        return t.startsWith("\uFEFF") ? t.substring(1) : t;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = ReminderTemplates.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in template " + path, e);
        }
    }

    /** Plain text as HTML paragraphs, for a user template that has no HTML part. */
    static String htmlFromText(String text) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><body>\n");
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            out.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>\n")).append("</p>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    static String escape(String s) {
        return org.relance.text.HtmlEscape.escape(s);
    }
}
