package dev.suanpan.money.interest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class InterestProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate BASE = LocalDate.parse("2020-01-01");

  @Provide
  Arbitrary<PenaltyPolicy> policies() {
    Arbitrary<Optional<Percent>> caps =
        Arbitraries.integers().between(1, 10_000).map(bp -> Percent.ofBasisPoints(bp)).optional();
    return Combinators.combine(
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 30),
            Arbitraries.of(GraceRule.class),
            caps,
            Arbitraries.of(Rounding.FEN, Rounding.FEN_HALF_EVEN, Rounding.JIAO, Rounding.YUAN))
        .as(
            (bp, grace, rule, cap, rounding) ->
                PenaltyPolicy.builder()
                    .dailyRate(Percent.ofBasisPoints(bp))
                    .graceDays(grace)
                    .graceRule(rule)
                    .cap(cap)
                    .rounding(rounding)
                    .build());
  }

  @Property
  void aPenaltyNeverDecreasesWithMoreDaysLate(
      @ForAll("policies") PenaltyPolicy policy,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long fen,
      @ForAll @IntRange(min = -30, max = 2000) int days,
      @ForAll @IntRange(min = 0, max = 400) int moreDays) {
    LatePaymentPenalty penalty = LatePaymentPenalty.of(policy);
    Money overdue = Money.ofMinor(CNY, fen);
    PenaltyAssessment earlier = penalty.assess(overdue, BASE, BASE.plusDays(days));
    PenaltyAssessment later = penalty.assess(overdue, BASE, BASE.plusDays(days + moreDays));
    assertThat(later.penalty().isLessThan(earlier.penalty()))
        .as("%s then %s", earlier, later)
        .isFalse();
  }

  @Property
  void aPenaltyNeverExceedsItsCap(
      @ForAll("policies") PenaltyPolicy policy,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long fen,
      @ForAll @IntRange(min = 0, max = 5000) int days) {
    Money overdue = Money.ofMinor(CNY, fen);
    PenaltyAssessment a = LatePaymentPenalty.of(policy).assess(overdue, BASE, BASE.plusDays(days));
    policy
        .cap()
        .ifPresent(
            cap -> {
              Money capAmount = cap.of(overdue, policy.rounding());
              assertThat(a.capAmount()).contains(capAmount);
              assertThat(a.penalty().isGreaterThan(capAmount)).as("%s", a).isFalse();
            });
    assertThat(a.penalty().isGreaterThan(a.uncappedPenalty())).isFalse();
    assertThat(a.daysLate()).isEqualTo(days);
    assertThat(a.daysCharged()).isBetween(0L, (long) days);
  }

  @Property
  void daysAddUpOverConsecutivePeriodsUnderEveryDayCount(
      @ForAll DayCount dayCount,
      @ForAll @IntRange(min = 0, max = 3000) int first,
      @ForAll @IntRange(min = 0, max = 3000) int second) {
    LocalDate a = BASE;
    LocalDate b = a.plusDays(first);
    LocalDate c = b.plusDays(second);
    assertThat(dayCount.days(a, b) + dayCount.days(b, c)).isEqualTo(dayCount.days(a, c));
    assertThat(dayCount.days(a, b)).isNotNegative();
  }

  @Property
  void interestNeverDecreasesWithALaterEndDate(
      @ForAll DayCount dayCount,
      @ForAll @IntRange(min = 0, max = 2000) int annualBasisPoints,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long fen,
      @ForAll @IntRange(min = 0, max = 1000) int days,
      @ForAll @IntRange(min = 0, max = 400) int moreDays) {
    SimpleInterest interest =
        SimpleInterest.annual(Percent.ofBasisPoints(annualBasisPoints), dayCount);
    Money principal = Money.ofMinor(CNY, fen);
    Money earlier = interest.accrue(principal, BASE, BASE.plusDays(days), Rounding.FEN).interest();
    Money later =
        interest.accrue(principal, BASE, BASE.plusDays(days + moreDays), Rounding.FEN).interest();
    assertThat(later.isLessThan(earlier)).isFalse();
  }
}
