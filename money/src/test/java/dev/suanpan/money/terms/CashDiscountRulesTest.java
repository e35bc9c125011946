package dev.suanpan.money.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The rules of cash-discount terms: consistent tiers, equality, and the discount as text. */
class CashDiscountRulesTest {
  static final LocalDate MAY_1 = LocalDate.parse("2024-05-01");

  static Money cny(String a) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(a));
  }

  @Test
  void twoTiersCannotEndOnTheSameDay() {
    List<DiscountTier> sameDay =
        List.of(new DiscountTier(Percent.of(2), 10), new DiscountTier(Percent.of(1), 10));
    assertThatThrownBy(() -> CashDiscountTerms.of(sameDay, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers[1] must have more days than tiers[0] (2/10), was 1/10");
  }

  @Test
  void aBadTierIsNamedByItsPlaceInTheText() {
    // the second part, "0/20", gives nothing off: a tier must give more than 0%
    assertThatThrownBy(() -> CashDiscountTerms.parse("2/10, 0/20, n/30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "text must be cash-discount terms such as \"2/10, 1/20, n/30\", was \"2/10, 0/20,"
                + " n/30\": part 2: percent must be above 0% and below 100%, was 0%");
    // terms that end on a tier have no net term
    assertThatThrownBy(() -> CashDiscountTerms.parse("2/10, 1/20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": the net term \"n/<days>\" must come last");
    assertThatThrownBy(() -> CashDiscountTerms.parse("2/10, n/30, 1/20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": part 2 \"n/30\" is not \"<percent>/<days>\"");
    assertThatThrownBy(() -> CashDiscountTerms.parse("2/10, 1/20, n/3x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": part 3 \"n/3x\" is not \"<percent>/<days>\"");
  }

  @Test
  void termsAreEqualWhenTheirTiersAndNetDaysAre() {
    CashDiscountTerms terms = CashDiscountTerms.parse("2/10, n/30");
    assertThat(CashDiscountTerms.parse("2/10,N/30")).isEqualTo(terms).hasSameHashCodeAs(terms);
    assertThat(CashDiscountTerms.parse("1/10, n/30")).isNotEqualTo(terms);
    assertThat(CashDiscountTerms.parse("2/10, n/45")).isNotEqualTo(terms);
    assertThat(terms).isNotEqualTo("2/10, n/30");
  }

  @Test
  void aDiscountReadsAsTheTierTheAmountsAndTheDueDate() {
    // 10 days after 1 May is 11 May, within 2/10: 2% of 10000.00 = 200.00 off, 9800.00 to pay;
    // due 30 days after 1 May = 31 May
    assertThat(
            CashDiscountTerms.parse("2/10, n/30")
                .discountFor(cny("10000.00"), MAY_1, LocalDate.parse("2024-05-11"), Rounding.FEN))
        .hasToString(
            "2/10 on CNY 10000.00 paid 2024-05-11 (10 days after 2024-05-01): discount CNY 200.00,"
                + " pay CNY 9800.00, due 2024-05-31");
  }

  @Test
  void aDiscountIsInTheInvoicesCurrency() {
    CashDiscountTerms terms = CashDiscountTerms.parse("2/10, n/30");
    assertThatThrownBy(
            () ->
                ImmutableCashDiscount.builder()
                    .terms(terms)
                    .invoiceAmount(cny("10000.00"))
                    .invoiceDate(MAY_1)
                    .paymentDate(MAY_1)
                    .daysAfterInvoice(0)
                    .tier(Optional.of(terms.tiers().get(0)))
                    .discount(Money.parse("USD 200.00"))
                    .build())
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("discount must be in CNY, was USD 200.00");
  }

  @Test
  void withoutATierThereIsNoDiscount() {
    CashDiscountTerms terms = CashDiscountTerms.parse("2/10, n/30");
    assertThatThrownBy(
            () ->
                ImmutableCashDiscount.builder()
                    .terms(terms)
                    .invoiceAmount(cny("10000.00"))
                    .invoiceDate(MAY_1)
                    .paymentDate(LocalDate.parse("2024-05-21"))
                    .daysAfterInvoice(20)
                    .tier(Optional.empty())
                    .discount(cny("200.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("discount must be zero when no tier applies, was CNY 200.00");
  }
}
