package dev.suanpan.examples.docs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares a figure a documentation snippet shows with the value the code gives: the expected
 * text's lines must match {@code String.valueOf(actual)}'s one for one, where {@code ...} in an
 * expected line stands for any text within that line, and an expected line that is only {@code ...}
 * stands for any number of lines (none included).
 */
public final class Figures {
  private Figures() {}

  /** Null when {@code actual} shows as {@code expected}, else what differs. */
  public static String mismatch(Object actual, String expected) {
    String shown = String.valueOf(actual);
    List<String> want = expected.lines().toList();
    List<String> got = shown.isEmpty() ? List.of("") : shown.lines().toList();
    if (matches(want, 0, got, 0)) {
      return null;
    }
    if (want.size() == 1 && got.size() == 1) {
      return "expected <" + want.get(0) + "> but was <" + got.get(0) + ">";
    }
    int line = 0;
    while (line < want.size()
        && line < got.size()
        && !want.get(line).equals("...")
        && lineMatches(want.get(line), got.get(line))) {
      line++;
    }
    String first =
        line < want.size() && line < got.size() && !want.get(line).equals("...")
            ? " (line " + (line + 1) + ": expected <" + want.get(line) + ">)"
            : "";
    return "expected\n" + expected + "\nbut the value shows" + first + "\n" + shown;
  }

  /** Whether {@code want} from line {@code i} matches {@code got} from line {@code j}. */
  private static boolean matches(List<String> want, int i, List<String> got, int j) {
    if (i == want.size()) {
      return j == got.size();
    }
    if (want.get(i).equals("...")) {
      for (int k = j; k <= got.size(); k++) {
        if (matches(want, i + 1, got, k)) {
          return true;
        }
      }
      return false;
    }
    return j < got.size()
        && lineMatches(want.get(i), got.get(j))
        && matches(want, i + 1, got, j + 1);
  }

  private static boolean lineMatches(String want, String got) {
    return want.contains("...") ? wildcard(want).matcher(got).matches() : got.equals(want);
  }

  private static Pattern wildcard(String line) {
    StringBuilder regex = new StringBuilder();
    String[] parts = line.split("\\.\\.\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
