package dev.suanpan.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code java} block of a documentation page, and the Java source the snippet runner compiles
 * for it (the conventions are those of {@code docs/README.md}).
 *
 * <p>A block that declares a top-level type (or a package) is a <em>unit</em>: compiled as it is,
 * and run through the JUnit Platform when it has {@code @Test} or {@code @Property} methods. Any
 * other block is a <em>statement</em> snippet: its {@code import} lines become the imports of a
 * generated class, the rest the body of a method that is called, and each statement ending with
 * {@code // => VALUE} (or {@code // =>} followed by {@code // | LINE} lines) checks that {@code
 * String.valueOf} of the statement's expression, or of the variable it declares or assigns, is that
 * value.
 */
final class Snippet {
  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;");
  private static final Pattern CHECK = Pattern.compile("^(.*;)\\s*// =>(?: (.*))?$");
  private static final Pattern CONTINUATION = Pattern.compile("^\\s*// \\|(?: (.*))?$");
  private static final Pattern DECLARATION =
      Pattern.compile("^\\s*(?:final\\s+)?[\\w.]+(?:<.*>)?(?:\\[\\])*\\s+(\\w+)\\s*=(?!=)");
  private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(\\w+)\\s*=(?!=)");

  /** The package of the generated statement classes. */
  static final String STATEMENT_PACKAGE = "dev.suanpan.examples.docs.snippets";

  final String page;
  final int fenceLine;
  final List<String> lines;
  final List<Integer> pageLines;

  private String className;
  private String packageName = "";
  private final List<String> source = new ArrayList<>();
  private final List<Integer> sourcePageLines = new ArrayList<>();
  private int checks;

  Snippet(String page, int fenceLine, List<String> lines, List<Integer> pageLines) {
    this.page = page;
    this.fenceLine = fenceLine;
    this.lines = lines;
    this.pageLines = pageLines;
    generate();
  }

  /** Where the block starts, as {@code page:line} of its opening fence. */
  String where() {
    return page + ":" + fenceLine;
  }

  boolean isUnit() {
    return lines.stream()
        .anyMatch(l -> TYPE_DECLARATION.matcher(l).find() || l.startsWith("package "));
  }

  boolean hasTests() {
    return isUnit() && lines.stream().anyMatch(l -> l.contains("@Test") || l.contains("@Property"));
  }

  int checks() {
    return checks;
  }

  String binaryName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  String fileName() {
    return binaryName().replace('.', '/') + ".java";
  }

  String source() {
    return String.join("\n", source) + "\n";
  }

  /** The page line of a line of the generated source (1-based), or 0 for a generated line. */
  int pageLineOf(long sourceLine) {
    int i = (int) sourceLine - 1;
    return i >= 0 && i < sourcePageLines.size() ? sourcePageLines.get(i) : 0;
  }

  private void add(String line, int pageLine) {
    source.add(line);
    sourcePageLines.add(pageLine);
  }

  private void generate() {
    if (isUnit()) {
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher p = PACKAGE.matcher(line);
        if (p.find() && packageName.isEmpty()) {
          packageName = p.group(1);
        }
        Matcher t = TYPE_DECLARATION.matcher(line);
        if (t.find() && className == null) {
          className = t.group(1);
        }
        add(line, pageLines.get(i));
      }
      if (className == null) {
        throw new IllegalStateException(where() + ": a block with a package declares no type");
      }
      return;
    }
    packageName = STATEMENT_PACKAGE;
    className = "Snippet_" + page.replaceAll("[^A-Za-z0-9]", "_") + "_" + fenceLine;
    add("package " + STATEMENT_PACKAGE + ";", 0);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("import ")) {
        add(lines.get(i), pageLines.get(i));
      }
    }
    add("public final class " + className + " {", 0);
    add(
        "  private static final java.util.List<String> MISMATCHES__ = new java.util.ArrayList<>();",
        0);
    add("  public static void run() throws Throwable {", 0);
    List<String> body = new ArrayList<>();
    List<Integer> bodyPageLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      body.add(lines.get(i).startsWith("import ") ? "" : lines.get(i));
      bodyPageLines.add(pageLines.get(i));
    }
    rewriteChecks(body, bodyPageLines);
    for (int i = 0; i < body.size(); i++) {
      add(body.get(i), bodyPageLines.get(i));
    }
    add("    if (!MISMATCHES__.isEmpty()) {", 0);
    add("      throw new AssertionError(String.join(\"\\n\", MISMATCHES__));", 0);
    add("    }", 0);
    add("  }", 0);
    add("  private static void check__(Object actual, String expected, String where) {", 0);
    add("    String mismatch = " + Figures.class.getName() + ".mismatch(actual, expected);", 0);
    add("    if (mismatch != null) {", 0);
    add("      MISMATCHES__.add(where + \": \" + mismatch);", 0);
    add("    }", 0);
    add("  }", 0);
    add("}", 0);
  }

  /** Turns each {@code // =>} statement of the body into a check of its figure, line for line. */
  private void rewriteChecks(List<String> body, List<Integer> bodyPageLines) {
    for (int end = 0; end < body.size(); end++) {
      Matcher m = CHECK.matcher(body.get(end));
      if (!m.matches()) {
        continue;
      }
      checks++;
      List<String> expected = new ArrayList<>();
      if (m.group(2) != null && !m.group(2).isBlank()) {
        expected.add(m.group(2).strip());
      } else {
        int next = end + 1;
        Matcher c;
        while (next < body.size() && (c = CONTINUATION.matcher(body.get(next))).matches()) {
          expected.add(c.group(1) == null ? "" : c.group(1));
          next++;
        }
        if (expected.isEmpty()) {
          throw new IllegalStateException(
              page + ":" + bodyPageLines.get(end) + ": `// =>` without a value or `// |` lines");
        }
      }
      String where = page + ":" + bodyPageLines.get(end) + " (block at line " + fenceLine + ")";
      String prefix = "check__(";
      String suffix =
          ", \"" + escape(String.join("\n", expected)) + "\", \"" + escape(where) + "\");";
      int start = statementStart(body, end);
      String code = m.group(1);
      String first = start == end ? code : body.get(start);
      Matcher declared = DECLARATION.matcher(first);
      Matcher assigned = ASSIGNMENT.matcher(first);
      if (declared.find()) {
        body.set(end, code + " " + prefix + declared.group(1) + suffix);
      } else if (assigned.find()) {
        body.set(end, code + " " + prefix + assigned.group(1) + suffix);
      } else {
        String withoutSemicolon = code.substring(0, code.lastIndexOf(';'));
        String open = start == end ? withoutSemicolon : body.get(start);
        int indent = open.length() - open.stripLeading().length();
        String opened = open.substring(0, indent) + prefix + open.substring(indent);
        if (start == end) {
          body.set(end, opened + suffix);
        } else {
          body.set(start, opened);
          body.set(end, withoutSemicolon + suffix);
        }
      }
    }
  }

  /** The first line of the statement that ends on line {@code end}. */
  private static int statementStart(List<String> body, int end) {
    int start = end;
    while (start > 0) {
      String previous = codeOf(body.get(start - 1)).strip();
      if (previous.isEmpty()
          || previous.endsWith(";")
          || previous.endsWith("{")
          || previous.endsWith("}")) {
        break;
      }
      start--;
    }
    return start;
  }

  /** A line without its trailing {@code //} comment (outside string literals). */
  private static String codeOf(String line) {
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString && ch == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
