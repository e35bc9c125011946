package dev.suanpan.money.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SimpleInterestTest {
  static Money cny(String a) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(a));
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void anInterestIsItsRateAndDayCount() {
    SimpleInterest annual = SimpleInterest.annual(Percent.parse("4.35%"), DayCount.ACT_365);
    assertThat(annual.rate()).isEqualTo(Percent.parse("4.35%"));
    assertThat(annual.dayCount()).contains(DayCount.ACT_365);
    assertThat(annual).isEqualTo(SimpleInterest.annual(Percent.parse("4.350%"), DayCount.ACT_365));
    assertThat(annual)
        .isNotEqualTo(SimpleInterest.annual(Percent.parse("4.35%"), DayCount.ACT_360));
    SimpleInterest daily = SimpleInterest.daily(Percent.parse("0.05%"));
    assertThat(daily.dayCount()).isEmpty();
    assertThat(daily).isNotEqualTo(SimpleInterest.annual(Percent.parse("0.05%"), DayCount.ACT_365));
    assertThat(daily.hashCode())
        .isEqualTo(SimpleInterest.daily(Percent.parse("0.050%")).hashCode());
  }

  @Test
  void daysRunFromTheDayAfterTheStartToTheEndInclusive() {
    assertThat(DayCount.ACT_365.days(date("2024-03-31"), date("2024-04-10"))).isEqualTo(10);
    assertThat(DayCount.ACT_365.days(date("2024-03-31"), date("2024-03-31"))).isZero();
    // 2024 is a leap year: January 31 + February 29
    assertThat(DayCount.ACT_360.days(date("2024-01-01"), date("2024-03-01"))).isEqualTo(60);
  }

  @Test
  void thirtyE360CountsEveryMonthAsThirtyDays() {
    assertThat(DayCount.THIRTY_E_360.days(date("2023-01-15"), date("2023-03-15"))).isEqualTo(60);
    assertThat(DayCount.ACT_365.days(date("2023-01-15"), date("2023-03-15"))).isEqualTo(59);
    assertThat(DayCount.THIRTY_E_360.days(date("2024-01-31"), date("2024-03-31"))).isEqualTo(60);
    assertThat(DayCount.THIRTY_E_360.days(date("2024-01-31"), date("2024-02-29"))).isEqualTo(29);
  }

  @Test
  void yearFractionIsExactWhereItTerminatesAndDecimal128Otherwise() {
    assertThat(DayCount.ACT_365.yearFraction(date("2024-01-01"), date("2024-03-14")))
        .isEqualByComparingTo("0.2");
    assertThat(DayCount.ACT_360.yearFraction(date("2024-01-01"), date("2024-03-01")))
        .isEqualByComparingTo(
            new BigDecimal("60").divide(new BigDecimal("360"), java.math.MathContext.DECIMAL128));
    assertThat(DayCount.ACT_365.yearFraction(date("2024-01-01"), date("2024-01-02")))
        .isEqualTo(new BigDecimal("0.002739726027397260273972602739726027"));
  }

  @Test
  void annualInterestDependsOnTheDayCount() {
    Money principal = cny("10000.00");
    LocalDate from = date("2024-01-01");
    LocalDate to = date("2024-03-01");
    InterestAccrual act365 =
        SimpleInterest.annual(Percent.parse("3.65%"), DayCount.ACT_365)
            .accrue(principal, from, to, Rounding.FEN);
    assertThat(act365.days()).isEqualTo(60);
    assertThat(act365.interest()).isEqualTo(cny("60.00"));
    assertThat(act365.total()).isEqualTo(cny("10060.00"));
    assertThat(act365.dayCount()).contains(DayCount.ACT_365);
    // 10000 x 3.65% x 60 / 360 = 60.8333...
    assertThat(
            SimpleInterest.annual(Percent.parse("3.65%"), DayCount.ACT_360)
                .accrue(principal, from, to, Rounding.FEN)
                .interest())
        .isEqualTo(cny("60.83"));
  }

  @Test
  void dailyRateOfFiveInTenThousandChargesFiveYuanADayOnTenThousand() {
    InterestAccrual accrual =
        SimpleInterest.daily(Percent.parse("0.05%"))
            .accrue(cny("10000.00"), date("2024-03-31"), date("2024-04-10"), Rounding.FEN);
    assertThat(accrual.days()).isEqualTo(10);
    assertThat(accrual.interest()).isEqualTo(cny("50.00"));
    assertThat(accrual.dayCount()).isEmpty();
    assertThat(accrual.rate()).isEqualTo(Percent.ofBasisPoints(5));
    assertThat(accrual.toString()).contains("CNY 50.00", "0.05% a day", "10 days");
  }

  @Test
  void roundsOnceAtTheEnd() {
    // 100.00 x 10% x 1 / 365 = 0.0273972...: 0.03 to the fen, 0.00 to the jiao
    SimpleInterest interest = SimpleInterest.annual(Percent.of(10), DayCount.ACT_365);
    assertThat(
            interest
                .accrue(cny("100.00"), date("2024-01-01"), date("2024-01-02"), Rounding.FEN)
                .interest())
        .isEqualTo(cny("0.03"));
    assertThat(
            interest
                .accrue(cny("100.00"), date("2024-01-01"), date("2024-01-02"), Rounding.JIAO)
                .interest())
        .isEqualTo(cny("0.00"));
  }

  @Test
  void rejectsFromAfterToNegativePrincipalAndNegativeRates() {
    SimpleInterest interest = SimpleInterest.annual(Percent.of(4), DayCount.ACT_365);
    assertThatThrownBy(
            () ->
                interest.accrue(cny("1.00"), date("2024-02-01"), date("2024-01-01"), Rounding.FEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must not be after to, was from 2024-02-01 to 2024-01-01");
    assertThatThrownBy(
            () ->
                interest.accrue(cny("-1.00"), date("2024-01-01"), date("2024-02-01"), Rounding.FEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("principal must not be negative, was CNY -1.00");
    assertThatThrownBy(() -> SimpleInterest.daily(Percent.parse("-0.05%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dailyRate must not be negative, was -0.05%");
    assertThatThrownBy(() -> SimpleInterest.annual(Percent.of(4), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("dayCount");
    assertThatThrownBy(() -> DayCount.ACT_360.days(null, date("2024-01-01")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("from");
  }
}
