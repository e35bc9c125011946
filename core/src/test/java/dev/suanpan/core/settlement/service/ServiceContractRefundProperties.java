package dev.suanpan.core.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class ServiceContractRefundProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate START = LocalDate.of(2024, 1, 1);

  static ServiceContract contract(long priceFen, int days, int services) {
    return ServiceContract.builder()
        .reference("S")
        .customer(CustomerId.of("C"))
        .description("package")
        .price(Money.ofMinor(CNY, priceFen))
        .coversFrom(START)
        .coversUntil(START.plusDays(days - 1L))
        .servicesIncluded(services)
        .build();
  }

  @Property
  void refundPlusUsedPlusFeesIsExactlyThePricePaid(
      @ForAll @LongRange(min = 1, max = 10_000_000_00L) long priceFen,
      @ForAll @IntRange(min = 1, max = 3000) int days,
      @ForAll @IntRange(min = 1, max = 24) int services,
      @ForAll @IntRange(min = -100, max = 3200) int cancelledAfter,
      @ForAll @IntRange(min = 0, max = 24) int used,
      @ForAll RefundBasis basis,
      @ForAll @IntRange(min = 0, max = 10000) int feeBasisPoints,
      @ForAll @LongRange(min = 0, max = 1_000_00L) long handlingFen,
      @ForAll MonthBasis monthBasis,
      @ForAll boolean daily) {
    ServiceContract c = contract(priceFen, days, services);
    ServiceRefundPolicy.Builder builder =
        ServiceRefundPolicy.builder()
            .basis(basis)
            .cancellationFee(Percent.ofBasisPoints(feeBasisPoints))
            .handlingFee(Money.ofMinor(CNY, handlingFen));
    if (basis == RefundBasis.BY_MONTHS) {
      builder.monthlyListPrice(Money.ofMinor(CNY, 1 + priceFen / 10)).monthBasis(monthBasis);
    }
    if (daily) {
      builder.dailyRate(Rounding.FEN);
    }
    ServiceRefundPolicy policy = builder.build();
    ServiceRefundDecision r =
        ServiceContractRefund.of(policy)
            .refund(c, ServiceUse.of(START.plusDays(cancelledAfter), Math.min(used, services)));

    assertThat(r.refund().plus(r.usedValue()).plus(r.fees())).isEqualTo(c.price());
    assertThat(r.refund().isGreaterThan(c.price())).isFalse();
    assertThat(r.refund().isNegative()).isFalse();
  }

  @Property
  void cancellingLaterNeverRefundsMore(
      @ForAll @LongRange(min = 1, max = 10_000_000_00L) long priceFen,
      @ForAll @IntRange(min = 1, max = 3000) int days,
      @ForAll @IntRange(min = -10, max = 3100) int first,
      @ForAll @IntRange(min = 0, max = 400) int later) {
    ServiceContract c = contract(priceFen, days, 1);
    ServiceContractRefund engine =
        ServiceContractRefund.of(ServiceRefundPolicy.of(RefundBasis.BY_DAYS));
    Money earlier = engine.refund(c, ServiceUse.of(START.plusDays(first), 0)).refund();
    Money afterwards = engine.refund(c, ServiceUse.of(START.plusDays(first + later), 0)).refund();
    assertThat(afterwards.isGreaterThan(earlier)).isFalse();
  }

  @Property
  void theDailyRateIsOffTheExactRefundByAtMostHalfAFenADayLeft(
      @ForAll @LongRange(min = 1, max = 10_000_000_00L) long priceFen,
      @ForAll @IntRange(min = 1, max = 3000) int days,
      @ForAll @IntRange(min = 0, max = 3000) int cancelledAfter) {
    ServiceContract c = contract(priceFen, days, 1);
    ServiceUse use = ServiceUse.of(START.plusDays(cancelledAfter), 0);
    ServiceRefundPolicy policy =
        ServiceRefundPolicy.builder().basis(RefundBasis.BY_DAYS).dailyRate(Rounding.FEN).build();
    Money refund = ServiceContractRefund.of(policy).refund(c, use).refund();

    long left = c.coverDays() - c.daysUsed(use.cancelledOn());
    BigDecimal exact =
        c.price()
            .getAmount()
            .multiply(BigDecimal.valueOf(left))
            .divide(BigDecimal.valueOf(c.coverDays()), 20, RoundingMode.HALF_EVEN);
    BigDecimal bound = new BigDecimal("0.005").multiply(BigDecimal.valueOf(left));
    assertThat(refund.getAmount().subtract(exact).abs()).isLessThanOrEqualTo(bound);
  }

  @Property
  void cancellingLaterNeverChargesFewerMonths(
      @ForAll @LongRange(min = 1, max = 10_000_000_00L) long priceFen,
      @ForAll @IntRange(min = 1, max = 3000) int days,
      @ForAll @IntRange(min = -40, max = 3100) int first,
      @ForAll @IntRange(min = 0, max = 400) int later,
      @ForAll MonthBasis basis) {
    ServiceContract c = contract(priceFen, days, 1);
    LocalDate earlier = START.plusDays(first);
    LocalDate afterwards = START.plusDays(first + later);
    assertThat(c.monthsUsed(afterwards, basis))
        .isGreaterThanOrEqualTo(c.monthsUsed(earlier, basis));
    assertThat(c.monthsUsed(earlier, MonthBasis.STARTED_MONTHS))
        .isGreaterThanOrEqualTo(c.monthsUsed(earlier, MonthBasis.WHOLE_MONTHS))
        .isLessThanOrEqualTo(c.monthsUsed(earlier, MonthBasis.WHOLE_MONTHS) + 1);
  }
}
