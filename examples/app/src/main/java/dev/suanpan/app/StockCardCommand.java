package dev.suanpan.app;

import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockCardLine;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code stock-card ITEM [--warehouse W]}: prints the item's stock card (明细账) in one warehouse, or
 * in each warehouse that has a ledger of it: every movement with its cost and the running balance,
 * as the ledger rebuilt from the database values it.
 */
final class StockCardCommand {
  private StockCardCommand() {}

  static int run(SuanpanApp app, List<String> words, PrintStream out) {
    Args a = Args.parse(words, Set.of("warehouse"), Set.of());
    String item = a.positional("ITEM").get(0);
    app.items().get(item);
    List<String> warehouses =
        a.option("warehouse")
            .map(List::of)
            .orElseGet(
                () ->
                    app.ledgers().keys().stream()
                        .filter(k -> k.item().equals(item))
                        .map(Ledgers.Key::warehouse)
                        .toList());
    if (warehouses.isEmpty()) {
      throw new InputException("no ledger of " + item + " in any warehouse");
    }
    for (String w : warehouses) {
      print(app.ledgers().ledger(item, w).card(), out);
    }
    return 0;
  }

  private static void print(StockCard card, PrintStream out) {
    out.println(
        "Stock card of "
            + card.item().code()
            + " in "
            + card.warehouse().code()
            + " ("
            + card.method()
            + ", "
            + card.unit()
            + ")");
    out.printf(
        "%-10s  %-14s  %-16s  %12s  %12s  %12s  %14s  %12s  %16s%n",
        "date", "document", "kind", "in", "out", "unit cost", "amount", "balance", "value");
    for (StockCardLine l : card.lines()) {
      out.printf(
          "%-10s  %-14s  %-16s  %12s  %12s  %12s  %14s  %12s  %16s%n",
          l.date(),
          l.document(),
          l.kind(),
          l.quantityIn().toPlainString(),
          l.quantityOut().toPlainString(),
          l.unitCost().toPlainString(),
          l.amount().getAmount().toPlainString(),
          l.balanceQuantity().toPlainString(),
          l.balanceValue().getAmount().toPlainString());
    }
    out.println(
        "closing "
            + card.closingQuantity().toPlainString()
            + " "
            + card.unit()
            + ", "
            + card.closingValue());
  }
}
