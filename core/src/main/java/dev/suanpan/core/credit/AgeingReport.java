package dev.suanpan.core.credit;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Open receivables by age as of a date (账龄分析表): one {@link AgeingLine} per policy bucket, in the
 * policy's order. The lines partition the receivables: they add up exactly to {@link #total()}.
 */
@Value.Immutable
@dev.suanpan.money.ValueStyle
public abstract class AgeingReport {
  /** The date the ages are counted to. */
  public abstract LocalDate asOf();

  /** One line per bucket, youngest first. */
  public abstract ImmutableList<AgeingLine> lines();

  /** All open receivables aged. */
  public abstract Money total();

  /** The line of the bucket labelled {@code label} ({@code "31-60"}); rejects an unknown label. */
  public AgeingLine line(String label) {
    Arguments.notNull(label, "label");
    for (AgeingLine l : lines()) {
      if (l.bucket().label().equals(label)) {
        return l;
      }
    }
    throw new IllegalArgumentException("label must be one of the buckets, was \"" + label + "\"");
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(asOf(), "asOf");
    Arguments.notEmpty(lines(), "lines");
    Money sum = Money.zero(total().getCurrencyUnit());
    for (AgeingLine l : lines()) {
      sum = sum.plus(Arguments.inCurrency(l.amount(), total().getCurrencyUnit(), "line amount"));
    }
    Arguments.check(sum.equals(total()), "lines add up to %s, not the total %s", sum, total());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Ageing as of " + asOf() + ", total " + total());
    for (AgeingLine l : lines()) {
      s.append("\n  ").append(l.bucket().label()).append(": ").append(l.amount());
      s.append(" (").append(l.items()).append(')');
    }
    return s.toString();
  }
}
