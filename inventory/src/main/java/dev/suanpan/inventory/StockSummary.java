package dev.suanpan.inventory;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The stock summary (库存汇总) at a date: one {@link StockBalance} per item and warehouse ledger, in
 * the order given, and the total value.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StockSummary {
  /** The date (end of day). */
  public abstract LocalDate date();

  /** The balances, one per ledger. */
  public abstract ImmutableList<StockBalance> balances();

  /** The total value. */
  public abstract Money totalValue();

  /**
   * The summary of {@code ledgers} at the end of {@code date}.
   *
   * @throws IllegalArgumentException if there are no ledgers or they are in several currencies
   */
  public static StockSummary at(LocalDate date, Iterable<StockLedger> ledgers) {
    Arguments.notNull(date, "date");
    Arguments.notNull(ledgers, "ledgers");
    ImmutableList.Builder<StockBalance> out = ImmutableList.builder();
    Money total = null;
    for (StockLedger l : ledgers) {
      StockBalance b = l.balanceAt(date);
      out.add(b);
      total =
          total == null ? b.value() : total.plus(Arguments.sameCurrency(total, b.value(), "value"));
    }
    Arguments.check(total != null, "ledgers must not be empty");
    return ImmutableStockSummary.builder()
        .date(date)
        .balances(out.build())
        .totalValue(total)
        .build();
  }
}
