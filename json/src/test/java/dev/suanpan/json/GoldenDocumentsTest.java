package dev.suanpan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.suanpan.money.interest.PenaltyPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored form is versioned: {@code golden/v<N>/<Type>.json} holds the document of each of
 * {@link Samples#golden()} in format N. Writing must give the current format's golden text exactly,
 * and every format's golden file must still read back as the value. A change to the stored form
 * therefore fails here until {@link SuanpanJson#FORMAT} goes up and golden files of the new format
 * are added beside the old ones (which stay, so that old documents stay readable).
 *
 * <p>{@code -Dsuanpan.golden.write=true} writes the golden file of a sample that has none (a new
 * type, or a new format); it never rewrites one that exists.
 */
class GoldenDocumentsTest {
  static final SuanpanJson JSON = SuanpanJson.create();
  static final String WRITE = "suanpan.golden.write";
  static final Path SOURCES = Path.of("src/test/resources");

  static Stream<Map.Entry<String, Object>> samples() {
    return Samples.golden().entrySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writingGivesTheGoldenTextOfTheCurrentFormat(Map.Entry<String, Object> sample)
      throws IOException {
    String path = path(SuanpanJson.FORMAT, sample.getKey());
    String written = JSON.write(sample.getValue()) + "\n";
    Optional<String> golden = golden(path);
    if (golden.isEmpty() && Boolean.getBoolean(WRITE)) {
      Path file = SOURCES.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, written, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("%s is missing; write it with -D%s=true", path, WRITE).isPresent();
    assertThat(written)
        .as(
            "writing %s no longer gives %s: the stored form changed. If that is meant, raise"
                + " SuanpanJson.FORMAT and add golden files of the new format; keep the old ones",
            sample.getKey(), path)
        .isEqualTo(golden.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyFormatsGoldenFileReadsBackAsTheValue(Map.Entry<String, Object> sample) {
    Object value = sample.getValue();
    for (int format = 1; format <= SuanpanJson.FORMAT; format++) {
      Optional<String> golden = golden(path(format, sample.getKey()));
      if (golden.isPresent()) {
        assertThat(JSON.read(golden.get(), documentType(value))).isEqualTo(value);
      }
    }
    assertThat(golden(path(SuanpanJson.FORMAT, sample.getKey()))).isPresent();
  }

  @Test
  void thereIsAGoldenFileOfEveryPolicyTypeAndADecision() {
    assertThat(Samples.golden().values().stream().map(GoldenDocumentsTest::documentType))
        .containsAll(SuanpanSchemas.policyTypes())
        .anySatisfy(t -> assertThat(t.getSimpleName()).endsWith("Decision"));
  }

  @Test
  void aDocumentOfANewerFormatIsRefusedSayingSo() {
    String v2 =
        golden(path(SuanpanJson.FORMAT, "PenaltyPolicy"))
            .orElseThrow()
            .replace("\"$format\" : 1,", "\"$format\" : 2,");
    assertThatThrownBy(() -> JSON.read(v2, PenaltyPolicy.class))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith(
            "$.$format: this document is format 2; this suanpan-json reads format 1;"
                + " read it with a newer suanpan-json")
        .hasMessageContaining("(line 2, column");
    String v2yaml = JSON.writeYaml(Samples.penaltyPolicy()).replace("$format: 1", "$format: 2");
    assertThatThrownBy(() -> JSON.readYaml(v2yaml, PenaltyPolicy.class))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("$.$format: this document is format 2");
  }

  @Test
  void aDocumentWithoutAUsableFormatIsRefused() {
    String golden = golden(path(SuanpanJson.FORMAT, "PenaltyPolicy")).orElseThrow();
    assertThatThrownBy(
            () ->
                JSON.read(
                    golden.replace("\"$format\" : 1,", "\"$format\" : 0,"), PenaltyPolicy.class))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("$.$format: this document is format 0; this suanpan-json reads");
    assertThatThrownBy(
            () ->
                JSON.read(
                    golden.replace("\"$format\" : 1,", "\"$format\" : \"1\","),
                    PenaltyPolicy.class))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("$.$format: expected a format version such as 1, found text \"1\"");
    assertThatThrownBy(() -> JSON.read(golden.replace("\"$format\" : 1,", ""), PenaltyPolicy.class))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("a document starts with $format and $type");
  }

  static String path(int format, String name) {
    return "golden/v" + format + "/" + name + ".json";
  }

  static Optional<String> golden(String path) {
    try (InputStream in = GoldenDocumentsTest.class.getClassLoader().getResourceAsStream(path)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Class<?> documentType(Object value) {
    return ValueType.of(value.getClass(), TypeFactory.defaultInstance())
        .<Class<?>>map(ValueType::type)
        .orElse(value.getClass());
  }
}
