package dev.suanpan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.receivables.dunning.DunningPolicy;
import dev.suanpan.core.settlement.cancellation.CancellationTerms;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import dev.suanpan.core.settlement.complaint.CompensationPolicy;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.money.interest.PenaltyPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped schemas are the generated ones, accept every ready-made policy and refuse what
 * reading refuses.
 *
 * <p>After a change to a policy type or a codec, regenerate the shipped files with {@code mvn -B
 * -pl json -am test -Dtest=SuanpanSchemasTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsuanpan.schemas.write=true} and review the diff.
 */
class SuanpanSchemasTest {
  static final SuanpanJson JSON = SuanpanJson.create();
  static final ObjectMapper TREES = new ObjectMapper();
  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  static final String WRITE = "suanpan.schemas.write";
  static final Path SOURCES = Path.of("src/main/resources");
  static final String REGENERATE =
      "regenerate with: mvn -B -pl json -am test -Dtest=SuanpanSchemasTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -D"
          + WRITE
          + "=true (then review the diff)";

  @Test
  void theJarShipsTheSchemasTheGeneratorMakes() throws IOException {
    List<String> stale = new ArrayList<>();
    for (Class<?> type : SuanpanSchemas.policyTypes()) {
      String generated = SuanpanSchemas.schema(type);
      String resource = SuanpanSchemas.resource(type);
      if (generated.equals(shipped(resource))) {
        continue;
      }
      if (Boolean.getBoolean(WRITE)) {
        Path file = SOURCES.resolve(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      } else {
        stale.add(resource);
      }
    }
    assertThat(stale)
        .as("shipped schemas that differ from SuanpanSchemas.schema(type); " + REGENERATE)
        .isEmpty();
  }

  @Test
  void noOtherSchemaIsShipped() throws IOException {
    Path dir = SOURCES.resolve("META-INF/suanpan/schemas");
    Set<String> expected =
        SuanpanSchemas.policyTypes().stream()
            .map(t -> Path.of(SuanpanSchemas.resource(t)).getFileName().toString())
            .collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("schema files of no policy type in " + dir)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void eachSchemaIsADraft202012DocumentSchemaOfItsType() throws IOException {
    for (Class<?> type : SuanpanSchemas.policyTypes()) {
      ObjectNode schema = (ObjectNode) TREES.readTree(SuanpanSchemas.schema(type));
      assertThat(schema.get("$schema").asText()).isEqualTo(SuanpanSchemas.DIALECT);
      assertThat(schema.at("/properties/$format/const").asInt()).isEqualTo(SuanpanJson.FORMAT);
      assertThat(schema.at("/properties/$type/const").asText()).isEqualTo(Tokens.typeName(type));
      assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
      assertThat(schema.get("required").toString()).startsWith("[\"$format\",\"$type\"");
    }
  }

  @Test
  void requiredFieldsAreThoseTheBuilderRequires() throws IOException {
    // PenaltyPolicy: dailyRate has no default; graceDays, graceRule and rounding have defaults,
    // cap is optional (see PenaltyPolicy's accessors).
    assertThat(schemaTree(PenaltyPolicy.class).get("required").toString())
        .isEqualTo("[\"$format\",\"$type\",\"dailyRate\"]");
    // CancellationTerms: deposit only; liquidatedDamages and customerShareOfCosts default to 0%.
    assertThat(schemaTree(CancellationTerms.class).get("required").toString())
        .isEqualTo("[\"$format\",\"$type\",\"deposit\"]");
  }

  static Stream<Map.Entry<String, Object>> presets() {
    return Samples.presets().entrySet().stream()
        .filter(e -> SuanpanSchemas.policyTypes().contains(policyType(e.getValue())));
  }

  /**
   * The presets' values are all of policy types with a schema, but for the credit and dunning
   * terms, which cannot be stored yet (see {@link #policiesWithoutAStoredFormHaveNoSchemaYet}).
   */
  @Test
  void everyPresetMakesAPolicyWithASchema() {
    Map<String, Object> presets = Samples.presets();
    assertThat(presets)
        .containsKeys(
            "DealerFloorPlanTerms.policy",
            "CustodianLiability.policy",
            "PropertyOfficeDiscountAuthority.asPublished");
    presets.forEach(
        (preset, value) ->
            assertThat(policyType(value))
                .as("the type of %s; add it to SuanpanSchemas' policy types", preset)
                .isIn(
                    Stream.concat(
                            SuanpanSchemas.policyTypes().stream(),
                            Stream.of(CreditPolicy.class, DunningPolicy.class))
                        .toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void everyReadyMadePolicyValidatesAsJsonAndYaml(Map.Entry<String, Object> preset) {
    Object policy = preset.getValue();
    Schema schema = schemaOf(policyType(policy));
    assertThat(schema.validate(JSON.write(policy), InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(JSON.writeYaml(policy), InputFormat.YAML)).isEmpty();
  }

  static Stream<Map.Entry<String, Object>> golden() {
    return Samples.golden().entrySet().stream()
        .filter(e -> SuanpanSchemas.policyTypes().contains(policyType(e.getValue())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void everySamplePolicyValidates(Map.Entry<String, Object> sample) {
    Object policy = sample.getValue();
    assertThat(schemaOf(policyType(policy)).validate(JSON.write(policy), InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void everyPolicyTypeHasASample() {
    assertThat(Samples.golden().values().stream().map(SuanpanSchemasTest::policyType))
        .containsAll(SuanpanSchemas.policyTypes());
  }

  @Test
  void aTypoInAFieldNameIsRefused() {
    String doc =
        edit(
            Samples.penaltyPolicy(),
            o -> {
              o.set("graceDay", o.remove("graceDays"));
            });
    assertRefusedByBoth(
        doc,
        PenaltyPolicy.class,
        "additionalProperties",
        "'graceDay'",
        "$.graceDay: unknown field");
  }

  @Test
  void aMissingRequiredFieldIsRefused() {
    String doc = edit(Samples.penaltyPolicy(), o -> o.remove("dailyRate"));
    assertRefusedByBoth(doc, PenaltyPolicy.class, "required", "'dailyRate'", "dailyRate");
  }

  @Test
  void aFloatAmountIsRefused() {
    String doc =
        edit(
            Samples.priceList(),
            o ->
                ((ObjectNode) o.withArray("entries").get(0).get("basePrice"))
                    .put("amount", 1000000.5));
    assertRefusedByBoth(
        doc,
        PriceList.class,
        "type",
        "/entries/0/basePrice/amount",
        "$.entries[0].basePrice.amount: expected text, found a number 1000000.5");
  }

  @Test
  void aBadPercentageIsRefused() {
    for (String bad : List.of("100 percent", "100", "%", "1,5%")) {
      String doc =
          edit(
              dev.suanpan.core.presets.ComplaintCompensationTiers.policy(),
              o -> o.put("chargedShare", bad));
      assertRefusedByBoth(
          doc, CompensationPolicy.class, "pattern", "/chargedShare", "$.chargedShare: ");
    }
  }

  @Test
  void anEnumConstantGivenByItsNumberIsRefused() {
    String byNumber = edit(Samples.costingPolicy(), o -> o.put("method", 0));
    assertRefusedByBoth(
        byNumber,
        CostingPolicy.class,
        "enum",
        "/method",
        "$.method: Cannot deserialize value of type `dev.suanpan.inventory.costing.CostingMethod`"
            + " from number 0");
    String byText = edit(Samples.costingPolicy(), o -> o.put("method", "0"));
    assertRefusedByBoth(byText, CostingPolicy.class, "enum", "/method", "from String \"0\"");
    String keyByNumber =
        edit(
            Samples.golden().get("SettlementPolicy"),
            o -> {
              ObjectNode terms = (ObjectNode) o.get("termsOnBuyerFault");
              terms.set("0", terms.remove("SUBSCRIPTION"));
            });
    assertRefusedByBoth(
        keyByNumber, SettlementPolicy.class, "propertyNames", "/termsOnBuyerFault", "\"0\"");
  }

  @Test
  void aWrongHeaderIsRefused() {
    String newer = edit(Samples.penaltyPolicy(), o -> o.put("$format", 2));
    assertRefusedByBoth(
        newer, PenaltyPolicy.class, "const", "/$format", "$.$format: this document is format 2");
    String other = edit(Samples.penaltyPolicy(), o -> o.put("$type", "PriceList"));
    assertRefusedByBoth(
        other, PenaltyPolicy.class, "const", "/$type", "$.$type: the document holds a PriceList");
  }

  @Test
  void onlyPolicyTypesHaveASchema() {
    assertThatThrownBy(() -> SuanpanSchemas.schema(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policyType")
        .hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> SuanpanSchemas.resource(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was null");
  }

  /**
   * Refused by the schema, with an error of {@code keyword} that says {@code schemaSays}, and by
   * reading, with a message that says {@code readerSays}.
   */
  static void assertRefusedByBoth(
      String doc, Class<?> type, String keyword, String schemaSays, String readerSays) {
    List<Error> errors = schemaOf(type).validate(doc, InputFormat.JSON);
    assertThat(errors)
        .as("schema errors for %s", doc)
        .anySatisfy(
            e -> {
              assertThat(e.getKeyword()).isEqualTo(keyword);
              assertThat(e.toString()).contains(schemaSays);
            });
    assertThatThrownBy(() -> JSON.read(doc, type))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining(readerSays);
  }

  static String edit(Object value, Consumer<ObjectNode> change) {
    try {
      ObjectNode tree = (ObjectNode) TREES.readTree(JSON.write(value));
      change.accept(tree);
      return TREES.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode schemaTree(Class<?> type) throws IOException {
    return (ObjectNode) TREES.readTree(SuanpanSchemas.schema(type));
  }

  /** The schema the jar ships for {@code type}. */
  static Schema schemaOf(Class<?> type) {
    return REGISTRY.getSchema(shipped(SuanpanSchemas.resource(type)));
  }

  static Class<?> policyType(Object value) {
    return SuanpanSchemas.policyTypes().stream()
        .filter(t -> t.isInstance(value))
        .findFirst()
        .orElseGet(() -> GoldenDocumentsTest.documentType(value));
  }

  static String shipped(String resource) {
    try (InputStream in = SuanpanSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
