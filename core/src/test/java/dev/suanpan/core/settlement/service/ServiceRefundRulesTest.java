package dev.suanpan.core.settlement.service;

import static dev.suanpan.core.settlement.service.ServiceContractRefundTest.WARRANTY;
import static dev.suanpan.core.settlement.service.ServiceContractRefundTest.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The handling fee of a service refund, and what a service contract and its policy must keep. */
class ServiceRefundRulesTest {
  static final LocalDate DEC_26 = LocalDate.of(2024, 12, 26);

  @Test
  void aHandlingFeeIsChargedOnTopOfTheCancellationFeeAndSaidSo() {
    ServiceRefundPolicy withFee =
        ServiceRefundPolicy.builder().basis(RefundBasis.BY_DAYS).handlingFee(cny("50.00")).build();
    ServiceRefundDecision r =
        ServiceContractRefund.of(withFee).refund(WARRANTY, ServiceUse.of(DEC_26, 0));
    // 300 of 730 days used: 3,650.00 x 300 / 730 = 1,500.00 used, 2,150.00 unused, less 50.00
    assertThat(r.refund()).isEqualTo(cny("2100.00"));
    assertThat(r.explanation().toString()).contains("plus handling fee CNY 50.00");
  }

  @Test
  void rejectsAHandlingFeeInAnotherCurrencyThanTheContract() {
    ServiceRefundPolicy inUsd =
        ServiceRefundPolicy.builder()
            .basis(RefundBasis.BY_DAYS)
            .handlingFee(Money.parse("USD 5.00"))
            .build();
    assertThatThrownBy(
            () -> ServiceContractRefund.of(inUsd).refund(WARRANTY, ServiceUse.of(DEC_26, 0)))
        .hasMessageContaining("handlingFee must be in CNY");
  }

  @Test
  void rejectsANegativeHandlingFeeAndAContractOfNoServices() {
    assertThatThrownBy(
            () ->
                ServiceRefundPolicy.builder()
                    .basis(RefundBasis.BY_DAYS)
                    .handlingFee(cny("-0.01"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("handlingFee must not be negative");
    assertThatThrownBy(() -> ServiceContract.builder().from(WARRANTY).servicesIncluded(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("servicesIncluded must be at least 1, was 0");
    assertThat(
            ServiceContract.builder().from(WARRANTY).servicesIncluded(1).build().servicesIncluded())
        .contains(1);
  }
}
