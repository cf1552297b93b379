package org.relance.slack;

import java.awt.Graphics2D;
import java.util.Map;

/**
 * A 5×7 pixel font for the chart's figures, drawn as rectangles: the chart needs no system font, so it renders on a
 * JRE without fontconfig (the slim Docker image). Digits, grouping and sign characters and €, £, $; anything else is
 * drawn as a space.
 */
final class PixelFont {

    static final int WIDTH = 5;
    static final int HEIGHT = 7;

    private static final Map<Character, String[]> GLYPHS = Map.ofEntries(
            Map.entry('0', new String[] {" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "}),
            Map.entry('1', new String[] {"  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "}),
            Map.entry('2', new String[] {" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"}),
            Map.entry('3', new String[] {"#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "}),
            Map.entry('4', new String[] {"   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "}),
            Map.entry('5', new String[] {"#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "}),
            Map.entry('6', new String[] {"  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "}),
            Map.entry('7', new String[] {"#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "}),
            Map.entry('8', new String[] {" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "}),
            Map.entry('9', new String[] {" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "}),
            Map.entry('+', new String[] {"     ", "  #  ", "  #  ", "#####", "  #  ", "  #  ", "     "}),
            Map.entry('-', new String[] {"     ", "     ", "     ", "#####", "     ", "     ", "     "}),
            Map.entry('–', new String[] {"     ", "     ", "     ", "#####", "     ", "     ", "     "}),
            Map.entry('.', new String[] {"     ", "     ", "     ", "     ", "     ", " ##  ", " ##  "}),
            Map.entry(',', new String[] {"     ", "     ", "     ", "     ", " ##  ", "  #  ", " #   "}),
            Map.entry('€', new String[] {"  ###", " #   ", "#### ", " #   ", "#### ", " #   ", "  ###"}),
            Map.entry('£', new String[] {"  ## ", " #  #", " #   ", "###  ", " #   ", " #   ", "#####"}),
            Map.entry('$', new String[] {"  #  ", " ####", "# #  ", " ### ", "  # #", "#### ", "  #  "}));

    private PixelFont() {
    }

    /** The width of {@code text} at {@code scale} (one pixel column between characters). */
    static int width(String text, int scale) {
        return text.isEmpty() ? 0 : (text.length() * (WIDTH + 1) - 1) * scale;
    }

    /** Draws {@code text} with its top-left corner at (x, y) in the graphics' current colour. */
    static void draw(Graphics2D g, String text, int x, int y, int scale) {
        int cx = x;
        for (int i = 0; i < text.length(); i++) {
            String[] glyph = GLYPHS.get(text.charAt(i));
            if (glyph != null) {
                for (int row = 0; row < HEIGHT; row++) {
                    for (int col = 0; col < WIDTH; col++) {
                        if (glyph[row].charAt(col) == '#') {
                            g.fillRect(cx + col * scale, y + row * scale, scale, scale);
                        }
                    }
                }
            }
            cx += (WIDTH + 1) * scale;
        }
    }
}
