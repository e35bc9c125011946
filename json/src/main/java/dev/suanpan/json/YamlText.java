package dev.suanpan.json;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Limits on YAML text checked before it reaches the YAML parser, which applies neither the
 * longest-text limit nor any bound on its own work: SnakeYAML takes time growing with the square of
 * a line's length (a 4,000,000-character line takes seconds), and Jackson's YAML parser hands on a
 * text value of any length. So a YAML document may be at most {@value #MAX_LENGTH} characters long,
 * and none of its lines longer than {@link SuanpanJson#MAX_STRING_LENGTH} characters, the longest
 * text a document may hold anyway.
 *
 * <p>An alias ({@code *name}) is refused too: Jackson's YAML parser does not expand it but reads
 * the anchor's name in its place, so {@code title: *t} would silently read as the title {@code
 * "t"}. (So an alias bomb costs nothing either.)
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
    if (document.indexOf('*') >= 0) {
      refuseAliases(document);
    }
    return document;
  }

  /** Refuses the first alias of {@code document}; a document SnakeYAML cannot parse passes. */
  private static void refuseAliases(String document) {
    try {
      for (Event e : new Yaml(new LoaderOptions()).parse(new StringReader(document))) {
        if (e instanceof AliasEvent a) {
          Mark at = a.getStartMark();
          throw new DocumentException(
              "$",
              "*"
                  + Tokens.shorten(a.getAnchor())
                  + " is a YAML alias; aliases are not read, write the value out",
              Optional.of(new DocumentException.Position(at.getLine() + 1, at.getColumn() + 1)),
              null);
        }
      }
    } catch (YAMLException e) {
      // not well formed: reading says where, in the same words as for any other document
    }
  }
}
