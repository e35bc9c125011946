package dev.suanpan.core.credit.ageing;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.credit.AgeingBasis;
import dev.suanpan.core.credit.AgeingBucket;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.decision.DuplicateDocuments;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.receivables.OpenItemVisitor;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Ages open receivables as of a date into the policy's buckets, counting days from the date the
 * policy's {@link CreditPolicy#ageingBasis() ageing basis} names: since the invoice date (the
 * default), or past the due date, with receivables not yet due on a "not due" line of their own.
 * Either way the lines partition the receivables: they add up exactly to the total (sums are exact,
 * whatever their size). Immutable and thread-safe.
 *
 * <p>Two receivables with the same document number are refused by default ({@link
 * DuplicateDocuments#REFUSE}): a number keyed twice would age the debt twice. {@link
 * #with(DuplicateDocuments) with(ALLOW)} ages them separately, for books where one number covers
 * several receivables (the instalments of one contract).
 */
public final class Ageing {
  private final CreditPolicy policy;
  private final DuplicateDocuments duplicates;

  private Ageing(CreditPolicy policy, DuplicateDocuments duplicates) {
    this.policy = policy;
    this.duplicates = duplicates;
  }

  /** Ageing with the buckets of {@code policy}, refusing duplicate document numbers. */
  public static Ageing of(CreditPolicy policy) {
    return new Ageing(Arguments.notNull(policy, "policy"), DuplicateDocuments.REFUSE);
  }

  /** This ageing, treating repeated document numbers by {@code duplicates}. */
  public Ageing with(DuplicateDocuments duplicates) {
    return new Ageing(policy, Arguments.notNull(duplicates, "duplicates"));
  }

  /** How repeated document numbers are treated. */
  public DuplicateDocuments duplicates() {
    return duplicates;
  }

  /**
   * The ageing schedule of {@code receivables} as of {@code asOf}: one line per {@link
   * CreditPolicy#scheduleBuckets() schedule bucket} of the policy, in order.
   *
   * @throws IllegalArgumentException if a receivable is in another currency than the policy's, was
   *     invoiced after {@code asOf}, or (when refusing duplicates) has the document number of an
   *     earlier one, naming both
   */
  public AgeingReport age(List<Receivable> receivables, LocalDate asOf) {
    Arguments.notNull(receivables, "receivables");
    Arguments.notNull(asOf, "asOf");
    CurrencyUnit currency = policy.currency();
    AgeingBasis basis = policy.ageingBasis();
    ImmutableList<AgeingBucket> buckets = policy.scheduleBuckets();
    BigDecimal[] amounts = new BigDecimal[buckets.size()];
    Arrays.fill(amounts, BigDecimal.ZERO);
    int[] counts = new int[buckets.size()];
    BigDecimal total = BigDecimal.ZERO;
    Map<String, Integer> seen = new HashMap<>();
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
      if (duplicates == DuplicateDocuments.REFUSE) {
        Integer first = seen.putIfAbsent(r.document(), i);
        if (first != null) {
          Receivable f = receivables.get(first);
          throw new IllegalArgumentException(
              String.format(
                  "receivables[%s] and receivables[%s] are both document %s (invoiced %s and %s);"
                      + " duplicate document numbers are refused",
                  first, i, r.document(), f.invoiceDate(), r.invoiceDate()));
        }
      }
      int b = bucketIndex(buckets, basis == AgeingBasis.DUE_DATE ? r.daysOverdueOn(asOf) : age);
      BigDecimal amount = r.openAmount().getAmount();
      amounts[b] = amounts[b].add(amount);
      counts[b]++;
      total = total.add(amount);
    }
    ImmutableAgeingReport.Builder report =
        ImmutableAgeingReport.builder().asOf(asOf).basis(basis).total(Money.of(currency, total));
    for (int b = 0; b < buckets.size(); b++) {
      report.addLines(new AgeingLine(buckets.get(b), Money.of(currency, amounts[b]), counts[b]));
    }
    return report.build();
  }

  /**
   * The ageing schedule of every open instalment of {@code ledger} as of {@code asOf}, read from
   * the ledger's items directly: the same report as {@code age(ledger.openItems(), asOf)}, without
   * a {@link Receivable} built for each item. The ledger refuses duplicate document numbers when it
   * posts, so none are looked for here.
   *
   * @throws org.joda.money.CurrencyMismatchException if the ledger's currency is not the policy's
   * @throws IllegalArgumentException if an open item was invoiced after {@code asOf}, naming it
   */
  public AgeingReport age(ReceivablesLedger ledger, LocalDate asOf) {
    Arguments.notNull(ledger, "ledger");
    Arguments.notNull(asOf, "asOf");
    if (!ledger.currency().equals(policy.currency())) {
      throw new CurrencyMismatchException(ledger.currency(), policy.currency());
    }
    Tally tally = new Tally(asOf);
    ledger.forEachOpenItem(tally);
    return tally.report();
  }

  /** Sums open items into the policy's buckets in minor units, exactly whatever the total. */
  private final class Tally implements OpenItemVisitor {
    private final LocalDate asOf;
    private final long day;
    private final boolean byDueDate = policy.ageingBasis() == AgeingBasis.DUE_DATE;
    private final ImmutableList<AgeingBucket> buckets = policy.scheduleBuckets();
    private final long[] sums = new long[buckets.size()];
    private final BigDecimal[] carried = new BigDecimal[buckets.size()];
    private final int[] counts = new int[buckets.size()];

    Tally(LocalDate asOf) {
      this.asOf = asOf;
      this.day = asOf.toEpochDay();
      Arrays.fill(carried, BigDecimal.ZERO);
    }

    @Override
    public void visit(
        CustomerId customer,
        String document,
        LocalDate invoiceDate,
        LocalDate dueDate,
        long openMinor) {
      long age = day - invoiceDate.toEpochDay();
      Arguments.check(
          age >= 0, "open item %s was invoiced on %s, after asOf %s", document, invoiceDate, asOf);
      int b = bucketIndex(buckets, byDueDate ? day - dueDate.toEpochDay() : age);
      long sum = sums[b] + openMinor;
      if (sum < 0) {
        carried[b] = carried[b].add(BigDecimal.valueOf(sums[b]));
        sum = openMinor;
      }
      sums[b] = sum;
      counts[b]++;
    }

    AgeingReport report() {
      CurrencyUnit currency = policy.currency();
      int scale = currency.getDecimalPlaces();
      BigDecimal total = BigDecimal.ZERO;
      ImmutableAgeingReport.Builder report =
          ImmutableAgeingReport.builder().asOf(asOf).basis(policy.ageingBasis());
      for (int b = 0; b < buckets.size(); b++) {
        BigDecimal amount = carried[b].add(BigDecimal.valueOf(sums[b])).scaleByPowerOfTen(-scale);
        total = total.add(amount);
        report.addLines(new AgeingLine(buckets.get(b), Money.of(currency, amount), counts[b]));
      }
      return report.total(Money.of(currency, total)).build();
    }
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
