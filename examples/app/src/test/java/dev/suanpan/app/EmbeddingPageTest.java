package dev.suanpan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding page (docs/embedding.md): each {@code sh} block's commands, run in order on a new
 * H2 database, print exactly the {@code text} block that follows it.
 */
class EmbeddingPageTest {
  private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
  private static final String JAR = "java -jar examples/app/target/suanpan-app-cli.jar ";

  @TempDir Path dir;

  @Test
  void everyCommandOnThePagePrintsWhatThePageShows() throws IOException {
    List<String> lines =
        Files.readAllLines(ROOT.resolve("docs/embedding.md"), StandardCharsets.UTF_8);
    AppFixture app = AppFixture.h2(dir);
    String printed = null;
    int blocks = 0;
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.equals("```sh") && !fence.equals("```text")) {
        continue;
      }
      List<String> block = new ArrayList<>();
      int start = i + 1;
      for (i++; !lines.get(i).strip().equals("```"); i++) {
        block.add(lines.get(i));
      }
      if (fence.equals("```sh")) {
        printed = run(app, block);
      } else {
        assertThat(printed).as("the text block at line %d follows an sh block", start).isNotNull();
        assertThat(printed)
            .as("docs/embedding.md line %d", start)
            .isEqualTo(String.join("\n", block) + "\n");
        printed = null;
        blocks++;
      }
    }
    assertThat(blocks).isEqualTo(5);
  }

  private static String run(AppFixture app, List<String> commands) {
    StringBuilder out = new StringBuilder();
    for (String command : commands) {
      assertThat(command).startsWith(JAR);
      List<String> args = words(command.substring(JAR.length()));
      String now = args.get(1);
      assertThat(args.get(0)).isEqualTo("--now");
      String[] rest =
          args.subList(2, args.size()).stream()
              .map(a -> a.startsWith("examples/") ? ROOT.resolve(a).toString() : a)
              .toArray(String[]::new);
      app.run(now, rest);
      out.append(app.out);
    }
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  /** The words of a shell command line: spaces separate, double quotes group. */
  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (w.length() > 0) {
          out.add(w.toString());
          w.setLength(0);
        }
      } else {
        w.append(c);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
