package dev.suanpan.money.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CashDiscountTermsTest {
  static final LocalDate INVOICED = LocalDate.parse("2024-05-01");
  static final CashDiscountTerms TERMS = CashDiscountTerms.parse("2/10, 1/20, n/30");

  static Money cny(String a) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(a));
  }

  @Test
  void parsesTiersAndNetDays() {
    assertThat(TERMS.tiers())
        .containsExactly(new DiscountTier(Percent.of(2), 10), new DiscountTier(Percent.of(1), 20));
    assertThat(TERMS.netDays()).isEqualTo(30);
    assertThat(TERMS.lastDiscountDays()).contains(20);
    assertThat(CashDiscountTerms.parse(" 1.50 / 15 ,N/45 "))
        .isEqualTo(CashDiscountTerms.of(List.of(new DiscountTier(Percent.parse("1.5%"), 15)), 45))
        .hasToString("1.5/15, n/45");
    assertThat(CashDiscountTerms.parse("n/30").tiers()).isEmpty();
  }

  @Test
  void printsTheTextItWasParsedFrom() {
    assertThat(TERMS).hasToString("2/10, 1/20, n/30");
    assertThat(CashDiscountTerms.parse(TERMS.toString())).isEqualTo(TERMS);
  }

  @Test
  void paymentWithinTenDaysGetsTwoPercent() {
    CashDiscount d =
        TERMS.discountFor(cny("10000.00"), INVOICED, INVOICED.plusDays(10), Rounding.FEN);
    assertThat(d.tier()).contains(new DiscountTier(Percent.of(2), 10));
    assertThat(d.discount()).isEqualTo(cny("200.00"));
    assertThat(d.amountToPay()).isEqualTo(cny("9800.00"));
    assertThat(d.discountDeadline()).contains(LocalDate.parse("2024-05-11"));
    assertThat(d.dueDate()).isEqualTo(LocalDate.parse("2024-05-31"));
    assertThat(d.overdue()).isFalse();
  }

  @Test
  void paymentOnDayElevenToTwentyGetsOnePercent() {
    CashDiscount d =
        TERMS.discountFor(cny("10000.00"), INVOICED, INVOICED.plusDays(11), Rounding.FEN);
    assertThat(d.daysAfterInvoice()).isEqualTo(11);
    assertThat(d.discount()).isEqualTo(cny("100.00"));
    assertThat(
            TERMS
                .discountFor(cny("10000.00"), INVOICED, INVOICED.plusDays(20), Rounding.FEN)
                .discount())
        .isEqualTo(cny("100.00"));
  }

  @Test
  void paymentAfterTheLastDiscountDayPaysInFull() {
    CashDiscount d =
        TERMS.discountFor(cny("10000.00"), INVOICED, INVOICED.plusDays(21), Rounding.FEN);
    assertThat(d.tier()).isEmpty();
    assertThat(d.discount()).isEqualTo(cny("0.00"));
    assertThat(d.amountToPay()).isEqualTo(cny("10000.00"));
    assertThat(d.discountDeadline()).isEmpty();
    assertThat(
            TERMS
                .discountFor(cny("10000.00"), INVOICED, INVOICED.plusDays(31), Rounding.FEN)
                .overdue())
        .isTrue();
  }

  @Test
  void discountIsRoundedExplicitly() {
    // 2% of 33.33 = 0.6666
    assertThat(TERMS.discountFor(cny("33.33"), INVOICED, INVOICED, Rounding.FEN).discount())
        .isEqualTo(cny("0.67"));
    assertThat(TERMS.discountFor(cny("33.33"), INVOICED, INVOICED, Rounding.JIAO).discount())
        .isEqualTo(cny("0.70"));
  }

  @Test
  void rejectsMalformedTextNamingIt() {
    assertThatThrownBy(() -> CashDiscountTerms.parse("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text must be cash-discount terms")
        .hasMessageContaining("was \"abc\"");
    assertThatThrownBy(() -> CashDiscountTerms.parse("2/10, 1/20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the net term \"n/<days>\" must come last");
    assertThatThrownBy(() -> CashDiscountTerms.parse("2.5 %%/10, n/30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("part 1 \"2.5 %%/10\"");
    assertThatThrownBy(() -> CashDiscountTerms.parse("1/10, 2/20, n/30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiers[1] must give less than tiers[0] (1/10), was 2/20");
    assertThatThrownBy(() -> CashDiscountTerms.parse("2/20, 1/10, n/30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiers[1] must have more days than tiers[0]");
    assertThatThrownBy(() -> CashDiscountTerms.parse("2/10, n/5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("netDays must be at least the last discount days 10, was 5");
    assertThatThrownBy(() -> CashDiscountTerms.parse("0/10, n/30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent must be above 0% and below 100%, was 0%");
    assertThatThrownBy(() -> CashDiscountTerms.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void rejectsNegativeAmountsAndPaymentsBeforeTheInvoice() {
    assertThatThrownBy(() -> TERMS.discountFor(cny("-1.00"), INVOICED, INVOICED, Rounding.FEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoiceAmount must not be negative, was CNY -1.00");
    assertThatThrownBy(
            () -> TERMS.discountFor(cny("1.00"), INVOICED, INVOICED.minusDays(1), Rounding.FEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "paymentDate must not be before invoiceDate 2024-05-01, was 2024-04-30");
    assertThatThrownBy(() -> TERMS.discountFor(cny("1.00"), null, INVOICED, Rounding.FEN))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("invoiceDate");
  }
}
