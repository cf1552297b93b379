package org.relance.mail;

import java.util.regex.Pattern;

/** Makes any text safe as one header value: line breaks and control characters become a space. */
final class HeaderText {

    // A CR or LF in a header value would end the header and let the text start new ones (header injection).
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\u0000-\\u001F\\u007F\\u0085\\u2028\\u2029]+");

    private HeaderText() {
    }

    static String oneLine(String text) {
        return text == null ? null : BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
