package dev.suanpan.examples.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each library module exports every API package to everyone and its {@code internal} package only
 * to the other Suanpan modules, so a package added without an export, or a helper made public by
 * accident, fails the build.
 */
class ModuleExportsTest {
  @ParameterizedTest
  @CsvSource({
    "dev.suanpan.money, dev.suanpan.money.Percent",
    "dev.suanpan.core, dev.suanpan.core.decision.Decision",
    "dev.suanpan.inventory, dev.suanpan.inventory.StockLedger",
    "dev.suanpan.workflow, dev.suanpan.workflow.Workflow",
    "dev.suanpan.testkit, dev.suanpan.testkit.SuanpanAssertions",
    "dev.suanpan.json, dev.suanpan.json.SuanpanJson"
  })
  void everyApiPackageIsExportedAndInternalOnesOnlyToSuanpan(String module, String aClass)
      throws Exception {
    ModuleDescriptor descriptor = descriptorOf(module, Class.forName(aClass));

    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> api =
        descriptor.packages().stream()
            .filter(p -> !p.endsWith(".internal"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(exported).as("packages %s exports to everyone", module).isEqualTo(api);
    descriptor.exports().stream()
        .filter(Exports::isQualified)
        .forEach(
            e ->
                assertThat(e.targets())
                    .as("%s exported to", e.source())
                    .allMatch(t -> t.startsWith("dev.suanpan.")));
  }

  private static ModuleDescriptor descriptorOf(String module, Class<?> member)
      throws URISyntaxException {
    Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleReference reference = ModuleFinder.of(location).find(module).orElseThrow();
    return reference.descriptor();
  }
}
