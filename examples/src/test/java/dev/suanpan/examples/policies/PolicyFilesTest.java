package dev.suanpan.examples.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.presets.ComplaintCompensationTiers;
import dev.suanpan.core.presets.DealerFloorPlanTerms;
import dev.suanpan.core.presets.DistributorCreditAuthority;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.presets.DistributorDunningLevels;
import dev.suanpan.core.presets.PropertyOfficeCancellationAuthority;
import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.presets.SalesReturnAuthority;
import dev.suanpan.core.presets.SalesReturnTerms;
import dev.suanpan.inventory.presets.CustodianLiability;
import dev.suanpan.inventory.presets.FinanceSpotCheck;
import dev.suanpan.json.SuanpanJson;
import dev.suanpan.workflow.flows.ComplaintFlow;
import dev.suanpan.workflow.flows.PropertySubscriptionFlow;
import dev.suanpan.workflow.flows.SalesOrderFlow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each policy file reads back equal to the ready-made policy it stands for, and is, below its
 * comment, exactly what {@code SuanpanJson.writeYaml} writes for that policy: a file cannot drift
 * from its preset, nor from the stored form.
 */
class PolicyFilesTest {
  private static final SuanpanJson JSON = SuanpanJson.create();
  private static final Path SOURCES =
      Path.of("src", "main", "resources").resolve(PolicyFiles.DIRECTORY);

  /** Each file's name, what it loads as and the preset it must equal. */
  private record Entry(Supplier<Object> loaded, Supplier<Object> preset) {}

  private static Map<String, Entry> files() {
    Map<String, Entry> m = new LinkedHashMap<>();
    m.put(
        "property-office-discount-authority",
        new Entry(
            PolicyFiles::propertyOfficeDiscountAuthority,
            PropertyOfficeDiscountAuthority::asPublished));
    m.put(
        "property-sales-office-authority",
        new Entry(
            PolicyFiles::propertySalesOfficeAuthority,
            PropertySubscriptionFlow::salesOfficeAuthority));
    m.put(
        "property-office-cancellation-terms",
        new Entry(
            PolicyFiles::propertyOfficeCancellationTerms, PropertyOfficeCancellationTerms::policy));
    m.put(
        "property-office-cancellation-authority",
        new Entry(
            PolicyFiles::propertyOfficeCancellationAuthority,
            PropertyOfficeCancellationAuthority::policy));
    m.put(
        "dealer-floor-plan-terms",
        new Entry(PolicyFiles::dealerFloorPlanTerms, DealerFloorPlanTerms::policy));
    m.put(
        "distributor-credit-authority",
        new Entry(PolicyFiles::distributorCreditAuthority, DistributorCreditAuthority::policy));
    m.put(
        "distributor-credit-terms",
        new Entry(PolicyFiles::distributorCreditTerms, DistributorCreditTerms::policy));
    m.put(
        "distributor-dunning-levels",
        new Entry(PolicyFiles::distributorDunningLevels, DistributorDunningLevels::policy));
    m.put(
        "complaint-compensation-tiers",
        new Entry(PolicyFiles::complaintCompensationTiers, ComplaintCompensationTiers::policy));
    m.put(
        "complaint-compensation-authority",
        new Entry(
            PolicyFiles::complaintCompensationAuthority, ComplaintFlow::compensationAuthority));
    m.put(
        "sales-order-contract-authority",
        new Entry(PolicyFiles::salesOrderContractAuthority, SalesOrderFlow::contractAuthority));
    m.put(
        "sales-return-authority",
        new Entry(PolicyFiles::salesReturnAuthority, SalesReturnAuthority::policy));
    m.put("sales-return-terms", new Entry(PolicyFiles::salesReturnTerms, SalesReturnTerms::policy));
    m.put(
        "custodian-liability",
        new Entry(PolicyFiles::custodianLiability, CustodianLiability::policy));
    m.put("finance-spot-check", new Entry(PolicyFiles::financeSpotCheck, FinanceSpotCheck::policy));
    return m;
  }

  @Test
  void everyFileReadsBackEqualToItsPreset() {
    files()
        .forEach(
            (name, e) ->
                assertThat(e.loaded().get()).as(name + ".yaml").isEqualTo(e.preset().get()));
  }

  @Test
  void everyFileIsBelowItsCommentWhatWriteYamlWritesForItsPreset() throws IOException {
    for (Map.Entry<String, Entry> f : files().entrySet()) {
      String text = Files.readString(SOURCES.resolve(f.getKey() + ".yaml"));
      assertThat(PolicyFiles.text(f.getKey())).as("%s.yaml as built", f.getKey()).isEqualTo(text);
      String expected = JSON.writeYaml(f.getValue().preset().get());
      assertThat(text)
          .as(
              "%s.yaml: the file must be a comment, a blank line, then what"
                  + " SuanpanJson.writeYaml writes for its preset today; if the stored form"
                  + " changed on purpose, replace the text below the comment with the"
                  + " expected text",
              f.getKey())
          .startsWith("# ");
      assertThat(PolicyFiles.document(f.getKey()))
          .as("%s.yaml below its comment", f.getKey())
          .isEqualTo(expected);
    }
  }

  @Test
  void everyFileInTheDirectoryIsChecked() throws IOException {
    try (Stream<Path> list = Files.list(SOURCES)) {
      Set<String> names =
          list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(names)
          .containsExactlyInAnyOrderElementsOf(
              files().keySet().stream().map(n -> n + ".yaml").toList());
    }
  }

  @Test
  void aTypoInAFileIsRefusedNamingTheFileThePathAndTheLine() {
    // the same file as the tour loads, with one field misspelt: not a silent default
    String text =
        PolicyFiles.text("property-office-discount-authority")
            .replace("marketingDirectorLimit: 3%", "marketingDirectorLimt: 3%");
    int line = lineOf(text, "marketingDirectorLimt");
    assertThatThrownBy(() -> JSON.readYaml(text, PropertyOfficeDiscountAuthority.class))
        .hasMessageStartingWith("$.marketingDirectorLimt: unknown field \"marketingDirectorLimt\"")
        .hasMessageContaining("(line " + line + ",");
    assertThatThrownBy(() -> PolicyFiles.load("no-such-policy", AuthorityPolicy.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-policy");
  }

  private static int lineOf(String text, String what) {
    return text.substring(0, text.indexOf(what)).split("\n", -1).length;
  }
}
