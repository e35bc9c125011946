package dev.suanpan.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code item add ITEM --unit UNIT --currency CNY --costing POLICY}: registers an item, valued by
 * the latest version of a stored costing policy. Movements of unregistered items are refused.
 */
final class ItemCommand {
  private ItemCommand() {}

  static int run(SuanpanApp app, List<String> words, PrintStream out) {
    if (words.isEmpty() || !words.get(0).equals("add")) {
      throw new InputException(
          "expected item add ITEM --unit UNIT --currency CNY --costing POLICY");
    }
    Args a =
        Args.parse(words.subList(1, words.size()), Set.of("unit", "currency", "costing"), Set.of());
    Items.Item item =
        app.items()
            .add(
                a.positional("ITEM").get(0),
                a.required("unit"),
                a.option("currency").orElse("CNY"),
                a.required("costing"));
    out.println(
        "registered "
            + item.id().code()
            + " ("
            + item.unit()
            + ", "
            + item.currency()
            + ", "
            + item.policy().method()
            + " by policy \""
            + item.policyName()
            + "\" version "
            + item.policyVersion()
            + ")");
    return 0;
  }
}
