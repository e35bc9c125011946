package dev.suanpan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM gives users' tests the JUnit, jqwik and AssertJ versions the testkit is built and tested
 * with: bom/pom.xml's version properties are the parent pom's.
 */
class BomVersionsTest {
  @Test
  void theBomManagesTheTestLibrariesAtTheBuildsVersions() {
    String parent = String.join("\n", DocSnippetsTest.readLines(Path.of("..", "pom.xml")));
    String bom = String.join("\n", DocSnippetsTest.readLines(Path.of("..", "bom", "pom.xml")));
    for (String property : List.of("junit.version", "jqwik.version", "assertj.version")) {
      assertThat(property(bom, property))
          .as("bom/pom.xml's %s, as in pom.xml", property)
          .isEqualTo(property(parent, property));
    }
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as("a <%s> property", name).isTrue();
    return m.group(1).strip();
  }
}
