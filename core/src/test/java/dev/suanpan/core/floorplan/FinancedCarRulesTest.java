package dev.suanpan.core.floorplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A financed car's price is the loan plus the dealer's own funds, and its certificate is released
 * exactly when the loan is repaid, never before the car was financed.
 */
class FinancedCarRulesTest {
  static final Vin SEDAN = Vin.of("LS5A3DBE7RA012345");
  static final LocalDate ARRIVAL = LocalDate.of(2024, 3, 1);

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  /** 200,000.00: 70% financed (140,000.00), 60,000.00 of the dealer's own. */
  static FinancedCar.Builder sedan() {
    return FinancedCar.builder()
        .vin(SEDAN)
        .price(cny("200000.00"))
        .loan(cny("140000.00"))
        .dealerFunds(cny("60000.00"))
        .financedOn(ARRIVAL)
        .certificate(CertificateStatus.PLEDGED);
  }

  @Test
  void theLoanAndTheDealersFundsAddUpToThePrice() {
    assertThat(sedan().build().isPledged()).isTrue();
    assertThatThrownBy(() -> sedan().dealerFunds(cny("59999.99")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "loan CNY 140000.00 and dealerFunds CNY 59999.99 must add up to the price CNY 200000.00");
  }

  @Test
  void aCertificateIsReleasedExactlyWhenTheLoanIsRepaid() {
    FinancedCar repaid =
        sedan().certificate(CertificateStatus.RELEASED).repaidOn(ARRIVAL.plusDays(17)).build();
    assertThat(repaid.isPledged()).isFalse();
    assertThatThrownBy(() -> sedan().certificate(CertificateStatus.RELEASED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a certificate is released exactly when the loan is repaid");
    assertThatThrownBy(() -> sedan().repaidOn(ARRIVAL.plusDays(17)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a certificate is released exactly when the loan is repaid");
  }

  @Test
  void aLoanIsRepaidNoEarlierThanTheCarWasFinanced() {
    assertThat(sedan().certificate(CertificateStatus.RELEASED).repaidOn(ARRIVAL).build().repaidOn())
        .contains(ARRIVAL);
    assertThatThrownBy(
            () ->
                sedan()
                    .certificate(CertificateStatus.RELEASED)
                    .repaidOn(ARRIVAL.minusDays(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repaidOn 2024-02-29 must not be before financedOn 2024-03-01");
  }
}
