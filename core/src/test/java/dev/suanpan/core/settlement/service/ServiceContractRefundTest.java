package dev.suanpan.core.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.Percent;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ServiceContractRefundTest {
  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static final ServiceContract WARRANTY =
      ServiceContract.builder()
          .reference("EW-1001")
          .customer(CustomerId.of("C-5"))
          .description("extended warranty 2 years")
          .price(cny("3650.00"))
          .coversFrom(LocalDate.of(2024, 3, 1))
          .coversUntil(LocalDate.of(2026, 2, 28))
          .build();

  static final ServiceContract PACKAGE =
      ServiceContract.builder()
          .reference("MP-77")
          .customer(CustomerId.of("C-5"))
          .description("maintenance package, 6 services")
          .price(cny("1800.00"))
          .coversFrom(LocalDate.of(2024, 1, 1))
          .coversUntil(LocalDate.of(2025, 12, 31))
          .servicesIncluded(6)
          .build();

  @Test
  void anExtendedWarrantyIsRefundedForTheDaysOfCoverLeft() {
    ServiceRefundDecision r =
        ServiceContractRefund.of(ServiceRefundPolicy.of(RefundBasis.BY_DAYS))
            .refund(WARRANTY, ServiceUse.of(LocalDate.of(2024, 12, 26), 0));

    // 300 of 730 days used: 3,650 x 300 / 730 = 1,500
    assertThat(WARRANTY.coverDays()).isEqualTo(730);
    assertThat(r.usedValue()).isEqualTo(cny("1500.00"));
    assertThat(r.refund()).isEqualTo(cny("2150.00"));
    assertThat(r.isAllowed()).isTrue();
    assertThat(r.explanation().toString()).contains("300 of 730 days of cover used");
  }

  @Test
  void aMaintenancePackageIsRefundedForTheServicesNotUsedLessTheCancellationFee() {
    ServiceRefundPolicy policy =
        ServiceRefundPolicy.builder()
            .basis(RefundBasis.BY_SERVICES)
            .cancellationFee(Percent.of(10))
            .build();
    ServiceRefundDecision r =
        ServiceContractRefund.of(policy)
            .refund(PACKAGE, ServiceUse.of(LocalDate.of(2024, 7, 1), 2));

    assertThat(r.usedValue()).isEqualTo(cny("600.00"));
    assertThat(r.fees()).isEqualTo(cny("120.00"));
    assertThat(r.refund()).isEqualTo(cny("1080.00"));
    assertThat(r.explanation().rules())
        .containsExactly("service.services", "service.basis", "service.fee", "service.refund");
  }

  @Test
  void onTheGreaterUseBasisServicesUsedUpEarlyAreCharged() {
    ServiceContract yearly =
        ServiceContract.builder()
            .from(PACKAGE)
            .price(cny("2000.00"))
            .coversUntil(LocalDate.of(2024, 12, 31))
            .servicesIncluded(4)
            .build();
    ServiceContractRefund engine =
        ServiceContractRefund.of(ServiceRefundPolicy.of(RefundBasis.GREATER_USE));

    // 91 of 366 days = 497.27; 3 of 4 services = 1,500: the greater use is charged
    ServiceRefundDecision early = engine.refund(yearly, ServiceUse.of(LocalDate.of(2024, 4, 1), 3));
    assertThat(early.usedValue()).isEqualTo(cny("1500.00"));
    assertThat(early.refund()).isEqualTo(cny("500.00"));

    // 305 of 366 days = 1,666.67; 1 of 4 services = 500: the days are charged
    ServiceRefundDecision late = engine.refund(yearly, ServiceUse.of(LocalDate.of(2024, 11, 1), 1));
    assertThat(late.usedValue()).isEqualTo(cny("1666.67"));
    assertThat(late.refund()).isEqualTo(cny("333.33"));
  }

  @Test
  void cancelledBeforeTheCoverStartsEverythingIsRefundedAfterItEndsNothing() {
    ServiceContractRefund engine =
        ServiceContractRefund.of(ServiceRefundPolicy.of(RefundBasis.BY_DAYS));
    assertThat(engine.refund(WARRANTY, ServiceUse.of(LocalDate.of(2024, 2, 1), 0)).refund())
        .isEqualTo(cny("3650.00"));
    assertThat(engine.refund(WARRANTY, ServiceUse.of(LocalDate.of(2024, 3, 1), 0)).refund())
        .isEqualTo(cny("3650.00"));
    assertThat(engine.refund(WARRANTY, ServiceUse.of(LocalDate.of(2026, 3, 1), 0)).refund())
        .isEqualTo(cny("0.00"));
  }

  @Test
  void feesNeverExceedTheUnusedValue() {
    ServiceRefundPolicy policy =
        ServiceRefundPolicy.builder()
            .basis(RefundBasis.BY_SERVICES)
            .cancellationFee(Percent.of(10))
            .handlingFee(cny("200.00"))
            .build();
    ServiceRefundDecision r =
        ServiceContractRefund.of(policy)
            .refund(PACKAGE, ServiceUse.of(LocalDate.of(2025, 6, 1), 5));

    // 1 of 6 services left = 300; 10% = 30 + 200 = 230 fee
    assertThat(r.fees()).isEqualTo(cny("230.00"));
    assertThat(r.refund()).isEqualTo(cny("70.00"));

    ServiceRefundPolicy heavy =
        ServiceRefundPolicy.builder().from(policy).handlingFee(cny("500.00")).build();
    ServiceRefundDecision capped =
        ServiceContractRefund.of(heavy).refund(PACKAGE, ServiceUse.of(LocalDate.of(2025, 6, 1), 5));
    assertThat(capped.fees()).isEqualTo(cny("300.00"));
    assertThat(capped.refund()).isEqualTo(cny("0.00"));
  }

  @Test
  void countingServicesOnAContractWithoutThemOrMoreThanIncludedIsRejected() {
    ServiceContractRefund byServices =
        ServiceContractRefund.of(ServiceRefundPolicy.of(RefundBasis.BY_SERVICES));
    assertThatThrownBy(
            () -> byServices.refund(WARRANTY, ServiceUse.of(LocalDate.of(2024, 6, 1), 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contract EW-1001 includes no number of services");
    assertThatThrownBy(() -> byServices.refund(PACKAGE, ServiceUse.of(LocalDate.of(2024, 6, 1), 7)))
        .hasMessageContaining("servicesUsed must be at most the 6 included, was 7");
    assertThatThrownBy(
            () ->
                ServiceContract.builder()
                    .from(PACKAGE)
                    .coversUntil(LocalDate.of(2023, 1, 1))
                    .build())
        .hasMessageContaining("coversUntil 2023-01-01 must not be before coversFrom 2024-01-01");
  }
}
