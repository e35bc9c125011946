package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.interest.OverdueInterest;
import dev.suanpan.core.credit.interest.OverdueInterestLine;
import dev.suanpan.core.credit.interest.OverdueInterestReport;
import dev.suanpan.core.presets.RecoveryCostCompensation;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A fixed sum on each overdue debt, by band, in addition to interest: the UK's Late Payment of
 * Commercial Debts (Interest) Act 1998, s. 5A (£40 for a debt under £1,000, £70 under £10,000, £100
 * from £10,000), implementing Directive 2011/7/EU art. 6 (at least EUR 40). The bands are the
 * Act's; which band each debt falls in is read off by hand in the comments.
 */
class RecoveryCostTest {
  static final CurrencyUnit GBP = CurrencyUnit.GBP;
  static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  static final CreditPolicy UK =
      CreditPolicy.builder()
          .from(POLICY)
          .currency(GBP)
          .recoveryCostBands(RecoveryCostCompensation.UNITED_KINGDOM)
          .build();

  static Money gbp(String amount) {
    return Money.parse("GBP " + amount);
  }

  static Receivable overdue(String doc, String amount) {
    return Receivable.of(doc, CUSTOMER, DUE.minusDays(30), DUE, gbp(amount));
  }

  @Test
  void eachOverdueDebtEarnsTheSumOfItsBandOnTopOfTheInterest() {
    // 10 days overdue at the policy's 0.05% a day: 800.00 -> 4.00, 1,000.00 -> 5.00,
    // 9,999.99 -> 49.99995 -> 50.00, 10,000.00 -> 50.00; interest 109.00.
    // Bands: 800.00 under 1,000 -> 40; 1,000.00 and 9,999.99 under 10,000 -> 70 each;
    // 10,000.00 -> 100; fixed sums 280.00. Charged 389.00.
    OverdueInterestReport r =
        OverdueInterest.of(UK)
            .assess(
                List.of(
                    overdue("INV-A", "800.00"),
                    overdue("INV-B", "1000.00"),
                    overdue("INV-C", "9999.99"),
                    overdue("INV-D", "10000.00")),
                LocalDate.of(2026, 4, 10));

    assertThat(r.lines())
        .extracting(OverdueInterestLine::fixedSum)
        .containsExactly(gbp("40.00"), gbp("70.00"), gbp("70.00"), gbp("100.00"));
    assertThat(r.total()).isEqualTo(gbp("109.00"));
    assertThat(r.fixedSums()).isEqualTo(gbp("280.00"));
    assertThat(r.totalCharged()).isEqualTo(gbp("389.00"));
    assertThat(r.explanation().toString())
        .contains(
            "[credit.recovery-cost] INV-C: fixed sum for recovery costs on a debt of GBP 9999.99:"
                + " GBP 70.00");
  }

  @Test
  void aDebtPaidLateEarnsTheSumToo() {
    // 2,500.00 paid 11 days late (5 grace days, 0.05% a day for every day): 13.75 interest, 70
    // fixed.
    OverdueInterestReport r =
        OverdueInterest.of(UK)
            .assessLate(List.of(new PaymentRecord("INV-E", DUE, DUE.plusDays(11), gbp("2500.00"))));

    assertThat(r.lines().get(0).interest()).isEqualTo(gbp("13.75"));
    assertThat(r.lines().get(0).fixedSum()).isEqualTo(gbp("70.00"));
    assertThat(r.lines().get(0).charged()).isEqualTo(gbp("83.75"));
  }

  @Test
  void withoutBandsThereIsNoFixedSumAndNoStep() {
    OverdueInterestReport r =
        OverdueInterest.of(CreditPolicy.builder().from(POLICY).currency(GBP).build())
            .assess(List.of(overdue("INV-A", "800.00")), LocalDate.of(2026, 4, 10));

    assertThat(r.fixedSums()).isEqualTo(gbp("0.00"));
    assertThat(r.lines().get(0).fixedSum()).isEqualTo(gbp("0.00"));
    assertThat(r.explanation().toString()).doesNotContain("recovery-cost");
  }

  @Test
  void bandsMustRiseAndBeInThePolicysCurrency() {
    assertThatThrownBy(
            () ->
                CreditPolicy.builder()
                    .from(UK)
                    .recoveryCostBands(
                        List.of(
                            RecoveryCostBand.of(gbp("1000.00"), gbp("70.00")),
                            RecoveryCostBand.of(gbp("1000.00"), gbp("100.00"))))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recoveryCostBands must start at increasing debts");
    assertThatThrownBy(
            () ->
                CreditPolicy.builder()
                    .from(UK)
                    .recoveryCostBands(RecoveryCostCompensation.EU_DIRECTIVE_MINIMUM)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recoveryCostBands[0]");
    assertThatThrownBy(() -> RecoveryCostBand.of(gbp("-1.00"), gbp("40.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("atLeast");
  }

  @Property
  void aLargerDebtNeverEarnsASmallerSum(
      @ForAll @LongRange(min = 0, max = 100_000_000L) long pence,
      @ForAll @LongRange(min = 0, max = 100_000_000L) long more) {
    Money debt = Money.ofMinor(GBP, pence);
    Money sum = UK.recoveryCostFor(debt);
    assertThat(UK.recoveryCostFor(debt.plusMinor(more)).isLessThan(sum)).isFalse();
    assertThat(sum.isPositive()).isTrue();
  }
}
