package dev.suanpan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The snippet runner's own rules: how a block becomes code and how figures are compared. */
class SnippetRunnerTest {
  private static Snippet block(String... lines) {
    return new Snippet(
        "docs/x.md",
        10,
        List.of(lines),
        IntStream.rangeClosed(11, 10 + lines.length).boxed().toList());
  }

  @Test
  void aFigureMatchesItsValueLineForLineWithDotsForAnyText() {
    assertThat(Figures.mismatch("CNY 25.00", "CNY 25.00")).isNull();
    assertThat(Figures.mismatch("CNY 25.01", "CNY 25.00"))
        .isEqualTo("expected <CNY 25.00> but was <CNY 25.01>");
    assertThat(Figures.mismatch("penalty CNY 50.00 on CNY 10000.00", "penalty CNY 50.00 ..."))
        .isNull();
    assertThat(Figures.mismatch("a x b", "...x...")).isNull();
    assertThat(Figures.mismatch("a\nb\nc\nd", "a\n...\nd")).isNull();
    assertThat(Figures.mismatch("a\nd", "a\n...\nd")).isNull();
    assertThat(Figures.mismatch("a\nb", "a")).contains("but the value shows\na\nb");
    assertThat(Figures.mismatch("a\nb\nc", "a\nx\nc")).contains("line 2: expected <x>");
    assertThat(Figures.mismatch(null, "null")).isNull();
  }

  @Test
  void aStatementBlockBecomesAMethodWithItsFiguresChecked() {
    Snippet s =
        block(
            "import java.math.BigDecimal;",
            "",
            "BigDecimal a = new BigDecimal(\"2.50\");  // => 2.50",
            "a.add(",
            "    BigDecimal.ONE);  // => 3.50",
            "a = a.negate(); // =>",
            "// | -2.50",
            "String.valueOf(1); // not a figure");

    assertThat(s.isUnit()).isFalse();
    assertThat(s.checks()).isEqualTo(3);
    assertThat(s.binaryName()).isEqualTo(Snippet.STATEMENT_PACKAGE + ".Snippet_docs_x_md_10");
    String source = s.source();
    assertThat(source)
        .contains("import java.math.BigDecimal;")
        .contains(
            "BigDecimal a = new BigDecimal(\"2.50\"); check__(a, \"2.50\","
                + " \"docs/x.md:13 (block at line 10)\");")
        .contains("check__(a.add(")
        .contains("    BigDecimal.ONE), \"3.50\", \"docs/x.md:15 (block at line 10)\");")
        .contains("a = a.negate(); check__(a, \"-2.50\", \"docs/x.md:16 (block at line 10)\");")
        .contains("String.valueOf(1); // not a figure");
    int line =
        source
            .lines()
            .toList()
            .indexOf("    BigDecimal.ONE), \"3.50\", \"docs/x.md:15 (block at line 10)\");");
    assertThat(s.pageLineOf(line + 1)).isEqualTo(15);
  }

  @Test
  void aBlockDeclaringAClassIsCompiledAsItIsAndRunWhenItHasTests() {
    Snippet s =
        block(
            "package com.example;",
            "",
            "import org.junit.jupiter.api.Test;",
            "",
            "class MyTest {",
            "  @Test",
            "  void works() {}",
            "}");

    assertThat(s.isUnit()).isTrue();
    assertThat(s.hasTests()).isTrue();
    assertThat(s.binaryName()).isEqualTo("com.example.MyTest");
    assertThat(s.fileName()).isEqualTo("com/example/MyTest.java");
    assertThat(s.source()).isEqualTo(String.join("\n", s.lines) + "\n");
  }
}
