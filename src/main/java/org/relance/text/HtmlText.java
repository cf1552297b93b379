package org.relance.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an HTML email body into plain text: blocks and rows on their own lines, table cells tab-separated. */
public final class HtmlText {

    private static final Pattern DROPPED = Pattern.compile(
            "<!--.*?-->|<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile(
            "</?(p|div|br|tr|li|ul|ol|h[1-6]|table|tbody|thead|tfoot|blockquote|hr|section|article|header|footer|"
                    + "center|dl|dt|dd|pre|address|caption|form|fieldset|main|nav|aside)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_END = Pattern.compile("</t[dh]\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", "\u00A0"), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("euro", "€"), Map.entry("pound", "£"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"),
            Map.entry("agrave", "à"), Map.entry("acirc", "â"), Map.entry("ccedil", "ç"), Map.entry("ocirc", "ô"),
            Map.entry("ucirc", "û"), Map.entry("ugrave", "ù"), Map.entry("icirc", "î"), Map.entry("iuml", "ï"),
            Map.entry("Eacute", "É"), Map.entry("Egrave", "È"), Map.entry("Agrave", "À"), Map.entry("Ccedil", "Ç"),
            Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("szlig", "ß"),
            Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("rdquo", "”"), Map.entry("ldquo", "“"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("minus", "−"), Map.entry("deg", "°"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("thinsp", "\u2009"), Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("shy", ""),
            Map.entry("zwnj", ""), Map.entry("zwj", ""), Map.entry("yen", "¥"), Map.entry("cent", "¢"),
            Map.entry("bdquo", "„"), Map.entry("sbquo", "‚"), Map.entry("lsaquo", "‹"), Map.entry("rsaquo", "›"),
            Map.entry("Auml", "Ä"), Map.entry("Ouml", "Ö"), Map.entry("Uuml", "Ü"), Map.entry("aacute", "á"),
            Map.entry("iacute", "í"), Map.entry("oacute", "ó"), Map.entry("uacute", "ú"), Map.entry("ntilde", "ñ"),
            Map.entry("oslash", "ø"), Map.entry("aring", "å"), Map.entry("aelig", "æ"), Map.entry("oelig", "œ"),
            Map.entry("OElig", "Œ"), Map.entry("Ecirc", "Ê"), Map.entry("Ocirc", "Ô"), Map.entry("times", "×"),
            Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("sect", "§"), Map.entry("trade", "™"),
            Map.entry("dollar", "$"), Map.entry("percnt", "%"), Map.entry("num", "#"), Map.entry("period", "."),
            Map.entry("comma", ","), Map.entry("colon", ":"), Map.entry("NewLine", "\n"));

    private HtmlText() {
    }

    public static String toText(String html) {
        String s = DROPPED.matcher(html).replaceAll(" ");
        // Source line breaks carry no meaning in HTML; only tags do.
        s = s.replaceAll("[\\r\\n]+", " ");
        s = rowsOnOneLine(s);
        s = CELL_END.matcher(s).replaceAll("\t");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n")) {
            // Each cell keeps its tab, empty ones too: a debit or credit column is known by its position.
            String cleaned = line.replaceAll("[ \\u00A0]*\\t[ \\u00A0]*", "\t").replaceAll(" {2,}", " ").strip();
            if (!cleaned.isEmpty()) {
                out.append(cleaned).append('\n');
            }
        }
        return out.toString();
    }

    private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>((?:(?!<tr\\b|</tr\\s*>|<table\\b).)*)</tr\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CELL_START = Pattern.compile("<t[dh]\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_CELL_BREAK = Pattern.compile("</?(?:br|p|div)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /**
     * A data table's row (two cells or more, no table inside) stays one line: a line break inside its cell ("VIR INST
     * DE: X<br>MOTIF: Y") is part of that cell, not a new row. A layout table's single cell keeps its lines.
     */
    private static String rowsOnOneLine(String html) {
        Matcher row = ROW.matcher(html);
        StringBuilder out = new StringBuilder();
        while (row.find()) {
            String cells = row.group();
            if (CELL_START.matcher(cells).results().count() >= 2) {
                cells = IN_CELL_BREAK.matcher(cells).replaceAll(" ");
            }
            row.appendReplacement(out, Matcher.quoteReplacement(cells));
        }
        row.appendTail(out);
        return out.toString();
    }

    public static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : whole;
            } catch (NumberFormatException tooBig) {
                return whole;
            }
        }
        String named = NAMED.get(name);
        if (named == null) {
            named = NAMED.get(name.toLowerCase(Locale.ROOT));
        }
        return named == null ? whole : named;
    }
}
