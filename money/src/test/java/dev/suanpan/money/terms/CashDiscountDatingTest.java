package dev.suanpan.money.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * End-of-month and proximo dating, and partial payments within the discount period, as US business
 * mathematics teaches them (Slater, <i>Practical Business Math Procedures</i>, ch. 7, "Cash
 * discounts and terms of the sale": EOM terms with the 25th-day rule, and the credit {@code P / (1
 * − d)} for a partial payment). The figures are worked by hand in the comments.
 */
class CashDiscountDatingTest {
  static final CurrencyUnit USD = CurrencyUnit.USD;

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void eomTermsCountFromTheEndOfTheInvoiceMonthOrTheNextAfterThe25th() {
    CashDiscountTerms eom = CashDiscountTerms.parse("2/10 EOM");
    // No net term: net 20 days after the discount days, 30 days from the end of the month.
    assertThat(eom.netDays()).isEqualTo(30);
    assertThat(eom.dating()).isEqualTo(Dating.END_OF_MONTH);
    assertThat(eom).hasToString("2/10, n/30 EOM");

    // Invoice of 6 July: days count from 31 July, 2% up to 10 August, net 30 August.
    CashDiscount july =
        eom.discountFor(usd("1000.00"), day("2024-07-06"), day("2024-08-10"), Rounding.FEN);
    assertThat(july.discount()).isEqualTo(usd("20.00"));
    assertThat(july.discountDeadline()).contains(day("2024-08-10"));
    assertThat(july.dueDate()).isEqualTo(day("2024-08-30"));
    assertThat(
            eom.discountFor(usd("1000.00"), day("2024-07-06"), day("2024-08-11"), Rounding.FEN)
                .tier())
        .isEmpty();

    // Invoice of 29 September, after the 25th: from 31 October, 2% up to 10 November.
    CashDiscount september =
        eom.discountFor(usd("1000.00"), day("2024-09-29"), day("2024-11-10"), Rounding.FEN);
    assertThat(september.discount()).isEqualTo(usd("20.00"));
    assertThat(september.discountDeadline()).contains(day("2024-11-10"));
  }

  @Test
  void proxTermsCountFromTheEndOfTheInvoiceMonthWhateverTheDay() {
    CashDiscountTerms prox = CashDiscountTerms.parse("2/10 prox, n/30");
    assertThat(prox.dating()).isEqualTo(Dating.PROXIMO);
    assertThat(prox).hasToString("2/10, n/30 prox");
    // Invoice of 29 September: 2% up to 10 October, net 30 October.
    CashDiscount d =
        prox.discountFor(usd("500.00"), day("2024-09-29"), day("2024-10-10"), Rounding.FEN);
    assertThat(d.discount()).isEqualTo(usd("10.00"));
    assertThat(d.dueDate()).isEqualTo(day("2024-10-30"));
    assertThat(
            prox.discountFor(usd("500.00"), day("2024-09-29"), day("2024-10-11"), Rounding.FEN)
                .tier())
        .isEmpty();
  }

  @Test
  void theDatingIsWrittenOnceAndReadBack() {
    assertThat(CashDiscountTerms.parse("2/10, n/30 eom"))
        .isEqualTo(CashDiscountTerms.parse("2/10 EOM, n/30"));
    assertThat(CashDiscountTerms.parse("2/10, n/30 EOM"))
        .isNotEqualTo(CashDiscountTerms.parse("2/10, n/30"));
    assertThatThrownBy(() -> CashDiscountTerms.parse("2/10 EOM, n/30 prox"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dated both EOM and prox");
    assertThatThrownBy(() -> CashDiscountTerms.parse("2/10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must come last");
  }

  @Test
  void aPartialPaymentWithinTheDiscountPeriodSettlesPOverOneMinusD() {
    // Invoice 600.00 of 10 July on 2/10, n/30; 400.00 paid on 19 July (9 days: within 2/10):
    // 400.00 / 0.98 = 408.163... -> 408.16 credited, discount 8.16, 600.00 - 408.16 = 191.84 owed.
    PartialPayment p =
        CashDiscountTerms.parse("2/10, n/30")
            .partialPayment(
                usd("600.00"), usd("400.00"), day("2024-07-10"), day("2024-07-19"), Rounding.FEN);

    assertThat(p.credited()).isEqualTo(usd("408.16"));
    assertThat(p.discount()).isEqualTo(usd("8.16"));
    assertThat(p.balance()).isEqualTo(usd("191.84"));
    assertThat(p)
        .hasToString(
            "USD 400.00 paid 2024-07-19 under 2/10 settles USD 408.16 of USD 600.00 (discount USD"
                + " 8.16), USD 191.84 still owed");
  }

  @Test
  void aPartialPaymentAfterTheDiscountPeriodSettlesItselfAndTheFullAmountToPaySettlesAll() {
    CashDiscountTerms terms = CashDiscountTerms.parse("2/10, n/30");
    // 21 July: 11 days, no discount.
    PartialPayment late =
        terms.partialPayment(
            usd("600.00"), usd("400.00"), day("2024-07-10"), day("2024-07-21"), Rounding.FEN);
    assertThat(late.credited()).isEqualTo(usd("400.00"));
    assertThat(late.tier()).isEmpty();
    // 600.00 - 2% = 588.00 settles the invoice.
    PartialPayment all =
        terms.partialPayment(
            usd("600.00"), usd("588.00"), day("2024-07-10"), day("2024-07-19"), Rounding.FEN);
    assertThat(all.credited()).isEqualTo(usd("600.00"));
    assertThat(all.balance().isZero()).isTrue();
    assertThatThrownBy(
            () ->
                terms.partialPayment(
                    usd("600.00"),
                    usd("588.01"),
                    day("2024-07-10"),
                    day("2024-07-19"),
                    Rounding.FEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payment must not exceed the USD 588.00")
        .hasMessageContaining("588.01");
  }

  @Provide
  Arbitrary<CashDiscountTerms> datedTerms() {
    return Arbitraries.of(Dating.class)
        .flatMap(
            dating ->
                Arbitraries.integers()
                    .between(1, 40)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3)
                    .map(
                        steps -> {
                          List<DiscountTier> tiers = new ArrayList<>();
                          int days = 0;
                          long bp = 100L * (steps.size() + 1);
                          for (int step : steps) {
                            days += step;
                            tiers.add(new DiscountTier(Percent.ofBasisPoints(bp), days));
                            bp -= 25 + step;
                          }
                          return CashDiscountTerms.of(tiers, days + 20, dating);
                        }));
  }

  @Property
  void datedTermsPrintAndParseBack(@ForAll("datedTerms") CashDiscountTerms terms) {
    assertThat(CashDiscountTerms.parse(terms.toString())).isEqualTo(terms);
  }

  @Property
  void aPartialPaymentIsCreditedWithinHalfAFenOfPOverOneMinusDAndNeverBeyondTheInvoice(
      @ForAll("datedTerms") CashDiscountTerms terms,
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long invoiceFen,
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long paymentFen,
      @ForAll @IntRange(min = 0, max = 120) int daysLater) {
    Money invoice = Money.ofMinor(USD, invoiceFen);
    LocalDate invoiced = day("2024-01-20");
    LocalDate paid = invoiced.plusDays(daysLater);
    Money full = terms.discountFor(invoice, invoiced, paid, Rounding.FEN).amountToPay();
    Money payment = Money.ofMinor(USD, Math.min(paymentFen, full.getAmountMinorLong()));
    if (!payment.isPositive()) {
      return;
    }
    PartialPayment p = terms.partialPayment(invoice, payment, invoiced, paid, Rounding.FEN);

    assertThat(p.credited().plus(p.balance())).isEqualTo(invoice);
    assertThat(p.credited().isGreaterThan(invoice)).isFalse();
    assertThat(p.credited().isLessThan(payment)).isFalse();
    if (p.tier().isPresent() && !payment.equals(full) && p.credited().isLessThan(invoice)) {
      java.math.BigDecimal exact =
          payment
              .getAmount()
              .divide(
                  java.math.BigDecimal.ONE.subtract(p.tier().get().percent().fraction()),
                  20,
                  java.math.RoundingMode.HALF_EVEN);
      assertThat(p.credited().getAmount().subtract(exact).abs())
          .isLessThanOrEqualTo(new java.math.BigDecimal("0.005"));
    }
  }
}
