package dev.suanpan.workflow.flows;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The lines of one repair order, each with its payer, carried as the case fact {@link
 * RepairOrderFlow#LINES}: what splits the order's total into the customer's share, the warranty
 * claim on the manufacturer and the store's internal cost.
 *
 * <p>Rejects an empty list, a null line and lines in more than one currency.
 *
 * @param lines the lines, in the order of the sheet
 */
public record RepairLines(ImmutableList<RepairLine> lines) {
  /** Validates the lines: at least one, all in one currency. */
  public RepairLines {
    Arguments.notEmpty(Arguments.notNull(lines, "lines"), "lines");
    CurrencyUnit currency = lines.get(0).amount().getCurrencyUnit();
    for (RepairLine l : lines) {
      Arguments.check(
          l.amount().getCurrencyUnit().equals(currency),
          "lines must share one currency %s, was %s",
          currency,
          l);
    }
  }

  /**
   * The given lines, in order.
   *
   * @throws IllegalArgumentException if there are none or their currencies differ
   * @throws NullPointerException if a line is null
   */
  public static RepairLines of(List<RepairLine> lines) {
    Arguments.notNull(lines, "lines");
    return new RepairLines(ImmutableList.copyOf(lines));
  }

  /** The given lines, in order; see {@link #of(List)}. */
  public static RepairLines of(RepairLine... lines) {
    Arguments.notNull(lines, "lines");
    return of(List.of(lines));
  }

  /** The currency of every line. */
  public CurrencyUnit currency() {
    return lines.get(0).amount().getCurrencyUnit();
  }

  /** The sum of the lines {@code payer} pays; zero if there are none. */
  public Money share(RepairLine.Payer payer) {
    Arguments.notNull(payer, "payer");
    Money sum = Money.zero(currency());
    for (RepairLine l : lines) {
      if (l.payer() == payer) {
        sum = sum.plus(l.amount());
      }
    }
    return sum;
  }

  /** The sum of every line, whoever pays it: the customer's, warranty and internal shares. */
  public Money total() {
    Money sum = Money.zero(currency());
    for (RepairLine l : lines) {
      sum = sum.plus(l.amount());
    }
    return sum;
  }

  /** True if any line is claimed from the manufacturer's warranty. */
  public boolean hasWarranty() {
    return lines.stream().anyMatch(l -> l.payer() == RepairLine.Payer.WARRANTY);
  }

  /** {@code [line; line; ...]}, as it appears in the audit trail. */
  @Override
  public String toString() {
    return lines.stream().map(RepairLine::toString).collect(Collectors.joining("; ", "[", "]"));
  }
}
