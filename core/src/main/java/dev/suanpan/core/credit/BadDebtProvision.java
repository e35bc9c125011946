package dev.suanpan.core.credit;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Computes the bad-debt provision by ageing percentages (账龄分析法) and the adjusting amount against
 * last period's allowance. Immutable and thread-safe.
 *
 * <p>The required allowance is {@code Σ bucket receivables × bucket rate}, computed exactly and
 * rounded once with the policy's rounding; it is split back over the buckets with {@link
 * Allocation} so the lines add up. Because rates never fall with age (the policy checks it) and
 * there is a single rounding, the required allowance never decreases as the same receivables age.
 */
public final class BadDebtProvision {
  private final CreditPolicy policy;

  private BadDebtProvision(CreditPolicy policy) {
    this.policy = policy;
  }

  /** The provision under {@code policy}'s buckets, rates and rounding. */
  public static BadDebtProvision of(CreditPolicy policy) {
    return new BadDebtProvision(Arguments.notNull(policy, "policy"));
  }

  /**
   * The provision required by {@code ageing} and the adjustment against {@code previousAllowance},
   * the bad-debt allowance on the books from last period.
   *
   * @throws IllegalArgumentException if the ageing was made with other buckets than the policy's,
   *     an amount is in another currency, or the previous allowance is negative
   */
  public ProvisionResult provide(AgeingReport ageing, Money previousAllowance) {
    Arguments.notNull(ageing, "ageing");
    CurrencyUnit currency = policy.currency();
    Arguments.inCurrency(ageing.total(), currency, "ageing total");
    Arguments.inCurrency(
        Arguments.nonNegative(previousAllowance, "previousAllowance"),
        currency,
        "previousAllowance");
    List<AgeingBucket> buckets = new ArrayList<>();
    for (AgeingLine l : ageing.lines()) {
      buckets.add(l.bucket());
    }
    Arguments.check(
        buckets.equals(policy.buckets()),
        "ageing buckets %s must be the policy's %s",
        buckets,
        policy.buckets());

    BigMoney exact = BigMoney.zero(currency);
    List<BigDecimal> weights = new ArrayList<>();
    for (AgeingLine l : ageing.lines()) {
      BigMoney part = l.bucket().provisionRate().ofExact(l.amount().toBigMoney());
      weights.add(part.getAmount());
      exact = exact.plus(part);
    }
    Money required = policy.rounding().round(exact);
    List<Money> parts =
        exact.isZero()
            ? java.util.Collections.nCopies(weights.size(), Money.zero(currency))
            : Allocation.byWeights(required, weights);

    LocalDate asOf = ageing.asOf();
    Explanation.Builder why = Explanation.builder();
    ImmutableList.Builder<ProvisionLine> lines = ImmutableList.builder();
    for (int i = 0; i < ageing.lines().size(); i++) {
      AgeingLine l = ageing.lines().get(i);
      lines.add(new ProvisionLine(l.bucket(), l.amount(), parts.get(i)));
      why.add(
          "provision.bucket",
          l.bucket().label()
              + " days: "
              + l.amount()
              + " x "
              + l.bucket().provisionRate()
              + " = "
              + parts.get(i));
    }
    Money adjustment = required.minus(previousAllowance);
    why.add(
        "provision.adjustment",
        "required "
            + required
            + " - previous "
            + previousAllowance
            + " = "
            + adjustment
            + (adjustment.isPositive()
                ? " to provide"
                : adjustment.isNegative() ? " to release" : ", no entry"));
    ImmutableProvisionResult.Builder result =
        ImmutableProvisionResult.builder()
            .asOf(asOf)
            .lines(lines.build())
            .required(required)
            .previous(previousAllowance)
            .adjustment(adjustment)
            .explanation(why.build());
    if (adjustment.isPositive()) {
      result.entry(
          JournalEntry.of(
              asOf,
              "BDP-" + asOf,
              "Bad-debt provision as of " + asOf,
              LedgerAccount.CREDIT_IMPAIRMENT_LOSS,
              LedgerAccount.BAD_DEBT_ALLOWANCE,
              adjustment));
    } else if (adjustment.isNegative()) {
      result.entry(
          JournalEntry.of(
              asOf,
              "BDP-" + asOf,
              "Bad-debt provision released as of " + asOf,
              LedgerAccount.BAD_DEBT_ALLOWANCE,
              LedgerAccount.CREDIT_IMPAIRMENT_LOSS,
              adjustment.negated()));
    }
    return result.build();
  }
}
