package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A payment-terms template (付款条件): how a total falls due in instalments, each line a weight of the
 * total due some months and days after a {@link Milestone}. For example 30% at signing, 60% at
 * delivery and 10% 30 days after acceptance ({@link #milestones}), net 30 days from the invoice
 * ({@link #net}), or n equal monthly instalments ({@link #equalMonthly}). {@link #schedule} turns a
 * total and the milestones' dates into {@link Instalment}s that add up to the total exactly.
 *
 * <p>Rejects terms without lines; {@link #milestones} also rejects shares that do not add up to
 * 100%.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PaymentTerms {
  /** The lines, in the order of their instalments. */
  public abstract ImmutableList<TermLine> lines();

  /** The whole total due {@code days} after the invoice date (净额N天). */
  public static PaymentTerms net(int days) {
    return builder().addLines(TermLine.share(Percent.HUNDRED, Milestone.INVOICE, days)).build();
  }

  /**
   * {@code count} equal instalments (split to the minor unit by largest remainder), the first due
   * {@code firstAfterMonths} months after {@code milestone}, one a month after that.
   */
  public static PaymentTerms equalMonthly(int count, Milestone milestone, int firstAfterMonths) {
    Arguments.check(count >= 1, "count must be at least 1, was %s", count);
    Arguments.nonNegative(firstAfterMonths, "firstAfterMonths");
    Builder b = builder();
    for (int i = 0; i < count; i++) {
      b.addLines(
          TermLine.builder()
              .weight(BigDecimal.ONE)
              .milestone(milestone)
              .months(firstAfterMonths + i)
              .build());
    }
    return b.build();
  }

  /**
   * Shares of the total due at milestones, such as 30% at {@link Milestone#SIGNING}, 60% at {@link
   * Milestone#DELIVERY} and 10% 30 days after {@link Milestone#ACCEPTANCE}.
   *
   * @throws IllegalArgumentException if the shares do not add up to 100%
   */
  public static PaymentTerms milestones(TermLine... lines) {
    BigDecimal sum = BigDecimal.ZERO;
    for (TermLine l : lines) {
      sum = sum.add(Arguments.notNull(l, "line").weight());
    }
    Arguments.check(
        sum.compareTo(Percent.HUNDRED.value()) == 0,
        "milestone shares must add up to 100%%, were %s%% (%s)",
        sum.toPlainString(),
        List.of(lines));
    return builder().addLines(lines).build();
  }

  /**
   * The instalments of {@code total}: each line's weight of it, split so that they add up to the
   * total exactly (the remainder of the rounding to the minor unit goes by largest remainder), due
   * the line's months and days after its milestone's date in {@code dates}.
   *
   * @throws IllegalArgumentException if the total is negative or a line's milestone has no date in
   *     {@code dates}
   */
  public ImmutableList<Instalment> schedule(Money total, Map<Milestone, LocalDate> dates) {
    Arguments.nonNegative(total, "total");
    Arguments.notNull(dates, "dates");
    List<BigDecimal> weights = new ArrayList<>(lines().size());
    for (TermLine l : lines()) {
      weights.add(l.weight());
    }
    List<Money> amounts = Allocation.byWeights(total, weights);
    ImmutableList.Builder<Instalment> out = ImmutableList.builder();
    for (int i = 0; i < lines().size(); i++) {
      TermLine l = lines().get(i);
      LocalDate from = dates.get(l.milestone());
      Arguments.check(
          from != null,
          "terms line %s falls due from %s, which has no date in %s",
          i + 1,
          l.milestone(),
          dates);
      out.add(
          new Instalment(i + 1, from.plusMonths(l.months()).plusDays(l.days()), amounts.get(i)));
    }
    return out.build();
  }

  /** A builder; {@code build()} refuses terms without lines. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PaymentTerms}; rejects what {@link PaymentTerms} rejects. */
  public static final class Builder extends ImmutablePaymentTerms.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notEmpty(lines(), "lines");
  }

  @Override
  public String toString() {
    return "PaymentTerms" + lines();
  }
}
