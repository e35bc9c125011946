package dev.suanpan.app;

import dev.suanpan.inventory.costing.MonthEndClose;
import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code close --month 2024-03}: closes the month in every ledger not yet closed through it (one
 * transaction per ledger), stores the close's journal entries, and prints each ledger's opening,
 * in, out and closing. A closed month takes no more back-dated movements.
 */
final class CloseCommand {
  private CloseCommand() {}

  static int run(SuanpanApp app, List<String> words, PrintStream out) {
    Args a = Args.parse(words, Set.of("month"), Set.of());
    a.positional();
    YearMonth month;
    try {
      month = YearMonth.parse(a.required("month"));
    } catch (DateTimeParseException e) {
      throw new InputException(
          "--month must be a month such as 2024-03, was \"" + a.required("month") + "\"", e);
    }
    Map<Ledgers.Key, MonthEndClose> closes = app.ledgers().close(month, app.now());
    for (Map.Entry<Ledgers.Key, MonthEndClose> e : closes.entrySet()) {
      MonthEndClose m = e.getValue();
      out.println(
          e.getKey()
              + " "
              + month
              + ": opening "
              + m.openingQuantity().toPlainString()
              + " "
              + m.openingValue()
              + ", in "
              + m.inboundQuantity().toPlainString()
              + " "
              + m.inboundValue()
              + ", out "
              + m.outboundQuantity().toPlainString()
              + " "
              + m.outboundCost()
              + ", closing "
              + m.closingQuantity().toPlainString()
              + " "
              + m.closingValue()
              + ", "
              + m.journal().size()
              + " journal entries");
    }
    out.println("closed " + month + " in " + closes.size() + " ledgers");
    return 0;
  }
}
