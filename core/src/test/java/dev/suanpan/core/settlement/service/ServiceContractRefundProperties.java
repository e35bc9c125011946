package dev.suanpan.core.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.Percent;
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
      @ForAll @LongRange(min = 0, max = 1_000_00L) long handlingFen) {
    ServiceContract c = contract(priceFen, days, services);
    ServiceRefundPolicy policy =
        ServiceRefundPolicy.builder()
            .basis(basis)
            .cancellationFee(Percent.ofBasisPoints(feeBasisPoints))
            .handlingFee(Money.ofMinor(CNY, handlingFen))
            .build();
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
}
