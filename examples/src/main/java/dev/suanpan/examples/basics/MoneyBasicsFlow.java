package dev.suanpan.examples.basics;

import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import org.joda.money.Money;

/**
 * The money primitives every flow uses: a percent of a price with an explicit rounding, and a
 * document amount split across lines so the parts add up.
 */
public final class MoneyBasicsFlow implements Flow {
  @Override
  public FlowReport run() {
    Money price = Money.parse("CNY 1000000.00");
    Percent extra = Percent.parse("0.8%");
    return FlowReport.titled("Money basics")
        .line(
            "%s of %s = %s (rounded to the fen, half up)",
            extra, price, extra.of(price, Rounding.FEN))
        .line(
            "CNY 100.00 over three equal lines = %s",
            Allocation.evenly(Money.parse("CNY 100.00"), 3))
        .line("CNY 0.05 split 70:30 = %s", Allocation.byRatios(Money.parse("CNY 0.05"), 70, 30))
        .build();
  }
}
