package dev.suanpan.core.credit.ageing;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.credit.AgeingBasis;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Open receivables by age as of a date (账龄分析表): one {@link AgeingLine} per policy bucket, in the
 * policy's order (under the due-date {@link #basis()}, the "not due" line first). The lines
 * partition the receivables: they add up exactly to {@link #total()}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AgeingReport {
  /** The date the ages are counted to. */
  public abstract LocalDate asOf();

  /** What the days were counted from; the invoice date unless built otherwise. */
  @Value.Default
  public AgeingBasis basis() {
    return AgeingBasis.INVOICE_DATE;
  }

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
    for (int i = 0; i < lines().size(); i++) {
      boolean notDueLine = lines().get(i).bucket().notYetDue();
      Arguments.check(
          notDueLine == (basis() == AgeingBasis.DUE_DATE && i == 0),
          "a %s ageing has the not-due line %s, lines were %s",
          basis(),
          basis() == AgeingBasis.DUE_DATE ? "first and only there" : "nowhere",
          lines());
    }
    Money sum = Money.zero(total().getCurrencyUnit());
    for (AgeingLine l : lines()) {
      sum = sum.plus(Arguments.inCurrency(l.amount(), total().getCurrencyUnit(), "line amount"));
    }
    Arguments.check(sum.equals(total()), "lines add up to %s, not the total %s", sum, total());
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            "Ageing as of "
                + asOf()
                + (basis() == AgeingBasis.DUE_DATE ? " by days past due" : "")
                + ", total "
                + total());
    for (AgeingLine l : lines()) {
      s.append("\n  ").append(l.bucket().label()).append(": ").append(l.amount());
      s.append(" (").append(l.items()).append(')');
    }
    return s.toString();
  }
}
