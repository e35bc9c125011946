package dev.suanpan.testkit;

import dev.suanpan.core.credit.CreditGrade;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.GradeTerms;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.RecoveryCostBand;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik generators for credit, valid by construction: {@link CreditProfile}s on a policy's grade
 * scale, open {@link Receivable}s (due on or after their invoice date), {@link Exposure}s built
 * from open documents (so no part is ever below zero), and {@link CreditOrder}s.
 *
 * <p>Dates are relative to an {@code asOf} the caller passes; nothing reads the clock. Rejects null
 * arguments.
 */
public final class CreditArbitraries {
  private CreditArbitraries() {}

  /**
   * Profiles of {@code customer} on {@code policy}'s grade scale: a limit of 0.00 to 10,000,000.00
   * in the policy's currency, a term of 0 to 180 days, new, foreign, cash-only, guaranteed, waived
   * and demanded flags in every combination, approved 0 to 400 days before {@code asOf}.
   */
  public static Arbitrary<CreditProfile> profiles(
      CreditPolicy policy, CustomerId customer, LocalDate asOf) {
    Arguments.notNull(policy, "policy");
    Arguments.notNull(customer, "customer");
    Arguments.notNull(asOf, "asOf");
    List<CreditGrade> grades = new ArrayList<>();
    for (GradeTerms t : policy.grades()) {
      grades.add(t.grade());
    }
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    return Combinators.combine(
            Arbitraries.of(grades),
            MoneyArbitraries.amounts(policy.currency(), "0.00", "10000000.00"),
            Arbitraries.integers().between(0, 180),
            flag.list().ofSize(6),
            Arbitraries.integers().between(0, 400))
        .as(
            (grade, limit, term, f, approvedDaysAgo) ->
                CreditProfile.builder()
                    .customer(customer)
                    .grade(grade)
                    .limit(limit)
                    .termDays(term)
                    .newCustomer(f.get(0))
                    .foreign(f.get(1))
                    .cashOnly(f.get(2))
                    .guaranteeOnFile(f.get(3))
                    .guaranteeWaived(f.get(4))
                    .guaranteeDemanded(f.get(5))
                    .approvedBy(PersonId.of("CREDIT-OFFICER"))
                    .approvedOn(asOf.minusDays(approvedDaysAgo))
                    .build());
  }

  /**
   * Open receivables of {@code customer} in {@code currency}: invoiced 0 to 400 days before {@code
   * asOf}, due 0 to 90 days after the invoice (so some are overdue on {@code asOf} and some not),
   * 0.01 to 1,000,000.00 still open.
   */
  public static Arbitrary<Receivable> receivables(
      CustomerId customer, CurrencyUnit currency, LocalDate asOf) {
    Arguments.notNull(customer, "customer");
    Arguments.notNull(currency, "currency");
    Arguments.notNull(asOf, "asOf");
    return Combinators.combine(
            Arbitraries.integers().between(1, 99_999),
            Arbitraries.integers().between(0, 400),
            Arbitraries.integers().between(0, 90),
            MoneyArbitraries.amounts(currency, "0.01", "1000000.00"))
        .as(
            (number, age, term, open) -> {
              LocalDate invoiced = asOf.minusDays(age);
              return Receivable.of(
                  "INV-" + number, customer, invoiced, invoiced.plusDays(term), open);
            });
  }

  /**
   * Exposures of {@code customer} in {@code currency} computed from scratch from up to six open
   * receivables ({@link #receivables}), 0.00 to 3,000,000.00 shipped not invoiced and of open
   * orders, and 0.00 to 5,000,000.00 of unapplied prepayments.
   */
  public static Arbitrary<Exposure> exposures(
      CustomerId customer, CurrencyUnit currency, LocalDate asOf) {
    Arbitrary<List<Receivable>> open = receivables(customer, currency, asOf).list().ofMaxSize(6);
    Arbitrary<Money> part = MoneyArbitraries.amounts(currency, "0.00", "3000000.00");
    return Combinators.combine(
            open, part, part, MoneyArbitraries.amounts(currency, "0.00", "5000000.00"))
        .as(
            (receivables, shipped, orders, prepaid) ->
                Exposure.fromScratch(customer, currency, receivables, shipped, orders, prepaid));
  }

  /** Orders of {@code customer} of 0.01 to 5,000,000.00 in {@code currency}, with no approval. */
  public static Arbitrary<CreditOrder> orders(CustomerId customer, CurrencyUnit currency) {
    Arguments.notNull(customer, "customer");
    return MoneyArbitraries.amounts(Arguments.notNull(currency, "currency"), "0.01", "5000000.00")
        .map(amount -> CreditOrder.of(customer, "SO-1", amount));
  }

  /**
   * Valid recovery-cost bands in {@code currency} for {@link
   * dev.suanpan.core.credit.CreditPolicy#recoveryCostBands()}: one to four bands, the first from
   * 0.00, each later one from a larger debt (up to 100,000.00 more), sums of 0.00 to 500.00.
   */
  public static Arbitrary<List<RecoveryCostBand>> recoveryCostBands(CurrencyUnit currency) {
    Arguments.notNull(currency, "currency");
    Arbitrary<Money> step = MoneyArbitraries.amounts(currency, "0.01", "100000.00");
    Arbitrary<Money> sum = MoneyArbitraries.amounts(currency, "0.00", "500.00");
    return Combinators.combine(step, sum)
        .as((s, m) -> new Money[] {s, m})
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            pairs -> {
              List<RecoveryCostBand> bands = new java.util.ArrayList<>();
              Money from = Money.zero(currency);
              for (Money[] p : pairs) {
                bands.add(RecoveryCostBand.of(from, p[1]));
                from = from.plus(p[0]);
              }
              return bands;
            });
  }
}
