package org.relance.text;

/** HTML escaping of outside text (names, subjects, previews) for the emails the bot writes. Pure. */
public final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} escaped: safe in element content and in quoted attributes. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
