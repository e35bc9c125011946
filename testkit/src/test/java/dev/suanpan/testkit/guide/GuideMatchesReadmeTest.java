package dev.suanpan.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's testkit guide shows MyPolicyTest exactly as it runs here. */
class GuideMatchesReadmeTest {
  @Test
  void theReadmeShowsTheGuideTestVerbatim() throws IOException {
    String guide = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String test =
        Files.readString(
            Path.of(
                "src", "test", "java", "dev", "suanpan", "testkit", "guide", "MyPolicyTest.java"),
            StandardCharsets.UTF_8);

    assertThat(guide).contains("```java\n" + test + "```");
  }
}
