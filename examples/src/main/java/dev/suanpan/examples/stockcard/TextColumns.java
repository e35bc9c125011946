package dev.suanpan.examples.stockcard;

/**
 * Columns of a text table aligned by display width, as a terminal shows them: a wide (East Asian
 * full-width) character such as 明 takes two columns, a combining mark none, others one. Each column
 * has a width and an alignment; cells are separated by two spaces and padded with spaces to the
 * width (a wider cell is kept whole, pushing the rest of its row right), the row ending with a line
 * break.
 */
final class TextColumns {
  private final int[] widths;
  private final boolean[] left;

  /**
   * Columns of {@code widths}; a positive width aligns left, a negative one right (as {@code %-10s}
   * and {@code %10s} do).
   */
  TextColumns(int... widths) {
    this.widths = new int[widths.length];
    this.left = new boolean[widths.length];
    for (int i = 0; i < widths.length; i++) {
      this.left[i] = widths[i] > 0;
      this.widths[i] = Math.abs(widths[i]);
    }
  }

  /** One row of {@code cells}, one per column. */
  String row(String... cells) {
    if (cells.length != widths.length) {
      throw new IllegalArgumentException(
          "cells must number " + widths.length + ", was " + cells.length);
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        s.append("  ");
      }
      int pad = Math.max(0, widths[i] - width(cells[i]));
      if (left[i]) {
        s.append(cells[i]).append(" ".repeat(pad));
      } else {
        s.append(" ".repeat(pad)).append(cells[i]);
      }
    }
    return s.append('\n').toString();
  }

  /** The display width of {@code text}: 2 for each wide character, 0 for a combining mark. */
  static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      w += width(cp);
    }
    return w;
  }

  private static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    return wide(cp) ? 2 : 1;
  }

  /** East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth W and F, main blocks). */
  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth signs
        || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
        || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental pictographs
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
  }
}
