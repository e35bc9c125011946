package dev.suanpan.core.credit;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Ages open receivables as of a date into the policy's buckets, counting days from the date the
 * policy's {@link CreditPolicy#ageingBasis() ageing basis} names: since the invoice date (the
 * default), or past the due date, with receivables not yet due on a "not due" line of their own.
 * Either way the lines partition the receivables: they add up exactly to the total. Immutable and
 * thread-safe.
 */
public final class Ageing {
  private final CreditPolicy policy;

  private Ageing(CreditPolicy policy) {
    this.policy = policy;
  }

  /** Ageing with the buckets of {@code policy}. */
  public static Ageing of(CreditPolicy policy) {
    return new Ageing(Arguments.notNull(policy, "policy"));
  }

  /**
   * The ageing schedule of {@code receivables} as of {@code asOf}: one line per {@link
   * CreditPolicy#scheduleBuckets() schedule bucket} of the policy, in order.
   *
   * @throws IllegalArgumentException if a receivable is in another currency than the policy's or
   *     was invoiced after {@code asOf}
   */
  public AgeingReport age(List<Receivable> receivables, LocalDate asOf) {
    Arguments.notNull(receivables, "receivables");
    Arguments.notNull(asOf, "asOf");
    CurrencyUnit currency = policy.currency();
    AgeingBasis basis = policy.ageingBasis();
    ImmutableList<AgeingBucket> buckets = policy.scheduleBuckets();
    long[] amounts = new long[buckets.size()];
    int[] counts = new int[buckets.size()];
    long total = 0;
    for (int i = 0; i < receivables.size(); i++) {
      Receivable r = Arguments.notNull(receivables.get(i), "receivables[" + i + "]");
      Arguments.inCurrency(r.openAmount(), currency, "receivables[" + i + "] open amount");
      long age = r.ageOn(asOf);
      Arguments.check(
          age >= 0,
          "receivables[%s] %s was invoiced on %s, after asOf %s",
          i,
          r.document(),
          r.invoiceDate(),
          asOf);
      int b = bucketIndex(buckets, basis == AgeingBasis.DUE_DATE ? r.daysOverdueOn(asOf) : age);
      long minor = r.openAmount().getAmountMinorLong();
      amounts[b] = Math.addExact(amounts[b], minor);
      counts[b]++;
      total = Math.addExact(total, minor);
    }
    ImmutableAgeingReport.Builder report =
        ImmutableAgeingReport.builder()
            .asOf(asOf)
            .basis(basis)
            .total(Money.ofMinor(currency, total));
    for (int b = 0; b < buckets.size(); b++) {
      report.addLines(
          new AgeingLine(buckets.get(b), Money.ofMinor(currency, amounts[b]), counts[b]));
    }
    return report.build();
  }

  private static int bucketIndex(List<AgeingBucket> buckets, long age) {
    for (int b = 0; b < buckets.size(); b++) {
      if (buckets.get(b).holds(age)) {
        return b;
      }
    }
    throw new IllegalStateException("policy buckets cover every age; none held " + age);
  }
}
