package dev.suanpan.json;

import java.util.Optional;

/**
 * Limits on YAML text checked before it reaches the YAML parser, which applies neither the
 * longest-text limit nor any bound on its own work: SnakeYAML takes time growing with the square of
 * a line's length (a 4,000,000-character line takes seconds), and Jackson's YAML parser hands on a
 * text value of any length. So a YAML document may be at most {@value #MAX_LENGTH} characters long,
 * and none of its lines longer than {@link SuanpanJson#MAX_STRING_LENGTH} characters, the longest
 * text a document may hold anyway.
 */
final class YamlText {
  /** The longest YAML document read, in characters. */
  static final int MAX_LENGTH = 16 * SuanpanJson.MAX_STRING_LENGTH;

  private YamlText() {}

  /** {@code document} (null passes, for the reader to refuse), or a refusal saying which limit. */
  static String checked(String document) {
    if (document == null) {
      return null;
    }
    if (document.length() > MAX_LENGTH) {
      throw new DocumentException(
          "$",
          "the YAML document is "
              + document.length()
              + " characters long; at most "
              + MAX_LENGTH
              + " are read",
          Optional.empty(),
          null);
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= document.length(); i++) {
      if (i == document.length() || document.charAt(i) == '\n') {
        if (i - start > SuanpanJson.MAX_STRING_LENGTH) {
          throw new DocumentException(
              "$",
              "line "
                  + line
                  + " is "
                  + (i - start)
                  + " characters long; a line of a YAML document may be at most "
                  + SuanpanJson.MAX_STRING_LENGTH
                  + " characters long",
              Optional.of(new DocumentException.Position(line, 1)),
              null);
        }
        line++;
        start = i + 1;
      }
    }
    return document;
  }
}
