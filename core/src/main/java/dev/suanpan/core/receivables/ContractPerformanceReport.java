package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.util.function.Function;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The contract performance list (合同履行一览表) and its monthly, quarterly or yearly statistics
 * (每个月、季、年度合同履行情况的统计表, 003 (一) §1 and (二) §1): one {@link ContractPerformance} per contract
 * registered in the ledger, by contract number, for a {@link ReportPeriod}, and their totals. From
 * {@link ReceivablesLedger#performance(ReportPeriod)}; the periods of a year add up to the year.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ContractPerformanceReport {
  /** The period reported. */
  public abstract ReportPeriod period();

  /** The ledger's currency. */
  public abstract CurrencyUnit currency();

  /** One line per registered contract, by contract number. */
  public abstract ImmutableList<ContractPerformance> lines();

  /** The line of contract {@code contract}; rejects a contract not in the report. */
  public ContractPerformance line(String contract) {
    Arguments.notNull(contract, "contract");
    for (ContractPerformance l : lines()) {
      if (l.contract().equals(contract)) {
        return l;
      }
    }
    throw new IllegalArgumentException("contract " + contract + " is not in the report");
  }

  /** The contracts' values. */
  public Money value() {
    return sum(ContractPerformance::value);
  }

  /** What was billed in the period. */
  public Money billed() {
    return sum(ContractPerformance::billed);
  }

  /** What was credited in the period. */
  public Money credited() {
    return sum(ContractPerformance::credited);
  }

  /** What was collected in the period. */
  public Money collected() {
    return sum(ContractPerformance::collected);
  }

  /** What was billed up to the period's end. */
  public Money billedToDate() {
    return sum(ContractPerformance::billedToDate);
  }

  /** What was collected up to the period's end. */
  public Money collectedToDate() {
    return sum(ContractPerformance::collectedToDate);
  }

  private Money sum(Function<ContractPerformance, Money> f) {
    Money t = Money.zero(currency());
    for (ContractPerformance l : lines()) {
      t = t.plus(f.apply(l));
    }
    return t;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Contract performance " + period() + ": value " + value());
    s.append(", billed ").append(billed()).append(", collected ").append(collected());
    for (ContractPerformance l : lines()) {
      s.append("\n  ").append(l);
    }
    return s.toString();
  }
}
