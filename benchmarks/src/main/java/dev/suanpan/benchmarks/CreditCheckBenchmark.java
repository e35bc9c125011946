package dev.suanpan.benchmarks;

import dev.suanpan.core.credit.CreditGrade;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Order credit checks for one customer with 10,000 open invoices (goal: at least 200,000 checks a
 * second on one core). {@link #check} uses the incrementally maintained exposure; {@link
 * #invoiceThenCheck} also books one more invoice first (the incremental update); {@link
 * #fromScratchThenCheck} recomputes the exposure from the 10,000 open receivables before each
 * check, for comparison. The 1,024 orders cycle through amounts of which about 78% are released
 * within the limit and the rest need the credit manager, the finance deputy general manager or the
 * general manager to approve the excess.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CreditCheckBenchmark {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final int OPEN_ITEMS = 10_000;
  private static final int ORDERS = 1024;

  private final CustomerId customer = CustomerId.of("C-BENCH");
  private final LocalDate asOf = LocalDate.of(2026, 3, 31);
  private CreditCheck check;
  private CreditProfile profile;
  private Exposure exposure;
  private List<Receivable> receivables;
  private CreditOrder[] orders;
  private int next;

  /** Books 10,000 invoices (a quarter of them part-paid) and prepares the orders. */
  @Setup
  public void setUp() {
    CreditPolicy policy = DistributorCreditTerms.policy();
    check = CreditCheck.of(policy);
    profile =
        CreditProfile.builder()
            .customer(customer)
            .grade(CreditGrade.of("A"))
            .limit(Money.ofMajor(CNY, 51_500_000L))
            .termDays(60)
            .approvedBy(PersonId.of("finance-vp"))
            .approvedOn(LocalDate.of(2026, 1, 5))
            .build();
    Exposure e = Exposure.none(customer, CNY).prepaymentReceived(Money.ofMajor(CNY, 100_000L));
    receivables = new ArrayList<>(OPEN_ITEMS);
    for (int i = 0; i < OPEN_ITEMS; i++) {
      LocalDate invoiced = asOf.minusDays(i % 55);
      LocalDate due = invoiced.plusDays(60);
      Money amount = Money.ofMinor(CNY, 100_000L + (i * 7919L) % 900_000L);
      e = e.orderApproved(amount).shipped(amount).invoiced(amount, due);
      Money open = amount;
      if (i % 4 == 0) {
        Money part = Money.ofMinor(CNY, amount.getAmountMinorLong() / 3);
        e = e.paid(part, due);
        open = amount.minus(part);
      }
      receivables.add(Receivable.of("INV-" + i, customer, invoiced, due, open));
    }
    e = e.orderApproved(Money.ofMajor(CNY, 250_000L)).shipped(Money.ofMajor(CNY, 50_000L));
    exposure = e;
    orders = new CreditOrder[ORDERS];
    for (int i = 0; i < ORDERS; i++) {
      long yuan = 1_000L + (i * 104_729L) % 1_200_000L;
      orders[i] = CreditOrder.of(customer, "SO-" + i, Money.ofMajor(CNY, yuan));
    }
  }

  /** One order check against the incrementally maintained exposure. */
  @Benchmark
  public CreditDecision check() {
    CreditOrder order = orders[next++ & (ORDERS - 1)];
    return check.check(profile, order, exposure, asOf);
  }

  /** Books one more invoice on the exposure (constant time), then checks an order. */
  @Benchmark
  public CreditDecision invoiceThenCheck() {
    CreditOrder order = orders[next++ & (ORDERS - 1)];
    Exposure updated = exposure.invoicedWithoutShipment(order.amount(), asOf.plusDays(60));
    return check.check(profile, order, updated, asOf);
  }

  /** Recomputes the exposure from the 10,000 open receivables, then checks an order. */
  @Benchmark
  public CreditDecision fromScratchThenCheck() {
    CreditOrder order = orders[next++ & (ORDERS - 1)];
    Exposure recomputed =
        Exposure.fromScratch(
            customer,
            CNY,
            receivables,
            exposure.shippedNotInvoiced(),
            exposure.openOrders(),
            exposure.prepayments());
    return check.check(profile, order, recomputed, asOf);
  }
}
