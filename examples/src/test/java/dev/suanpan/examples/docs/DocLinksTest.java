package dev.suanpan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and docs/*.md leads to a file of the repository, and every
 * {@code #anchor} to a heading of the page it names (GitHub's heading anchors).
 */
class DocLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @Test
  void everyRelativeLinkAndAnchorExists() {
    List<String> broken = new ArrayList<>();
    for (Path page : DocSnippetsTest.pages()) {
      List<String> lines = DocSnippetsTest.readLines(page);
      boolean inFence = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.strip().startsWith("```")) {
          inFence = !inFence;
          continue;
        }
        Matcher m = LINK.matcher(line);
        while (!inFence && m.find()) {
          String target = m.group(1);
          if (target.startsWith("http:") || target.startsWith("https:")) {
            continue;
          }
          int hash = target.indexOf('#');
          String file = hash < 0 ? target : target.substring(0, hash);
          Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
          String where = page.getFileName() + ":" + (i + 1) + ": " + target;
          if (!Files.exists(linked)) {
            broken.add(where + " (no such file)");
          } else if (hash >= 0 && !anchors(linked).contains(target.substring(hash + 1))) {
            broken.add(where + " (no such heading)");
          }
        }
      }
    }
    assertThat(broken).as("broken links").isEmpty();
  }

  /** GitHub's anchors for the headings of a Markdown page. */
  private static Set<String> anchors(Path page) {
    Set<String> anchors = new HashSet<>();
    if (!page.toString().endsWith(".md")) {
      return anchors;
    }
    boolean inFence = false;
    for (String line : DocSnippetsTest.readLines(page)) {
      if (line.strip().startsWith("```")) {
        inFence = !inFence;
      } else if (!inFence && line.startsWith("#")) {
        String title = line.replaceFirst("^#+\\s*", "");
        anchors.add(
            title
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\- _]", "")
                .replace(' ', '-'));
      }
    }
    return anchors;
  }
}
