package dev.suanpan.testkit;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.receivables.bills.BillKind;
import dev.suanpan.core.receivables.bills.BillReceivable;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;

/**
 * jqwik generators for bills receivable, valid by construction: {@link BillReceivable}s of both
 * kinds, maturing on or after their issue date.
 *
 * <p>Dates are relative to an {@code asOf} the caller passes; nothing reads the clock. Rejects null
 * arguments.
 */
public final class BillArbitraries {
  private BillArbitraries() {}

  /**
   * Bills of {@code customer} in {@code currency}: bank or commercial acceptance, numbered {@code
   * B-1} to {@code B-99999}, issued 0 to 180 days before {@code asOf}, maturing 0 to 365 days after
   * issue (so some are past maturity on {@code asOf} and some not), face 0.01 to 10,000,000.00.
   */
  public static Arbitrary<BillReceivable> bills(
      CustomerId customer, CurrencyUnit currency, LocalDate asOf) {
    Arguments.notNull(customer, "customer");
    Arguments.notNull(currency, "currency");
    Arguments.notNull(asOf, "asOf");
    return Combinators.combine(
            Arbitraries.integers().between(1, 99_999),
            Arbitraries.of(BillKind.class),
            Arbitraries.integers().between(0, 180),
            Arbitraries.integers().between(0, 365),
            MoneyArbitraries.amounts(currency, "0.01", "10000000.00"))
        .as(
            (number, kind, age, term, face) -> {
              LocalDate issued = asOf.minusDays(age);
              return BillReceivable.builder()
                  .number("B-" + number)
                  .kind(kind)
                  .drawer(customer.code())
                  .acceptor(kind == BillKind.BANK_ACCEPTANCE ? "Acceptor bank" : customer.code())
                  .customer(customer)
                  .issueDate(issued)
                  .maturityDate(issued.plusDays(term))
                  .face(face)
                  .build();
            });
  }
}
