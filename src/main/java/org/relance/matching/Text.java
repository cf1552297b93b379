package org.relance.matching;

/** Character classes of the folded text the number and name normalisers work on ({@code text.Fold.upperAscii}). */
final class Text {

    private Text() {
    }

    static boolean isAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
