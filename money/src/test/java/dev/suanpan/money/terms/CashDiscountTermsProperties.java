package dev.suanpan.money.terms;

import static org.assertj.core.api.Assertions.assertThat;

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

class CashDiscountTermsProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate INVOICED = LocalDate.parse("2024-01-31");

  /** Valid terms: up to 4 tiers with increasing days and decreasing percents, then net days. */
  @Provide
  Arbitrary<CashDiscountTerms> terms() {
    return Arbitraries.integers()
        .between(1, 60)
        .list()
        .ofMaxSize(4)
        .flatMap(
            steps ->
                Arbitraries.integers()
                    .between(0, 60)
                    .map(
                        extraNetDays -> {
                          List<DiscountTier> tiers = new ArrayList<>();
                          int days = -1;
                          long basisPoints = 100L * (steps.size() + 1);
                          for (int step : steps) {
                            days += step;
                            tiers.add(new DiscountTier(Percent.ofBasisPoints(basisPoints), days));
                            basisPoints -= 25 + step;
                          }
                          return CashDiscountTerms.of(tiers, Math.max(0, days) + extraNetDays);
                        }));
  }

  @Property
  void neverADiscountAfterTheLastDiscountDay(
      @ForAll("terms") CashDiscountTerms terms,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long fen,
      @ForAll @IntRange(min = 1, max = 400) int daysAfterLast) {
    int lastDay = terms.lastDiscountDays().orElse(-1);
    LocalDate paid = INVOICED.plusDays(lastDay + (long) daysAfterLast);
    CashDiscount d = terms.discountFor(Money.ofMinor(CNY, fen), INVOICED, paid, Rounding.FEN);
    assertThat(d.tier()).isEmpty();
    assertThat(d.discount().isZero()).isTrue();
    assertThat(d.amountToPay()).isEqualTo(Money.ofMinor(CNY, fen));
  }

  @Property
  void aLaterPaymentNeverGetsALargerDiscount(
      @ForAll("terms") CashDiscountTerms terms,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long fen,
      @ForAll @IntRange(min = 0, max = 300) int days,
      @ForAll @IntRange(min = 0, max = 100) int moreDays) {
    Money amount = Money.ofMinor(CNY, fen);
    CashDiscount earlier =
        terms.discountFor(amount, INVOICED, INVOICED.plusDays(days), Rounding.FEN);
    CashDiscount later =
        terms.discountFor(amount, INVOICED, INVOICED.plusDays(days + moreDays), Rounding.FEN);
    assertThat(later.discount().isGreaterThan(earlier.discount())).isFalse();
    assertThat(earlier.discount().plus(earlier.amountToPay())).isEqualTo(amount);
    earlier
        .tier()
        .ifPresent(t -> assertThat(earlier.daysAfterInvoice()).isLessThanOrEqualTo(t.days()));
  }

  @Property
  void printedTermsParseBackToTheSameTerms(@ForAll("terms") CashDiscountTerms terms) {
    assertThat(CashDiscountTerms.parse(terms.toString())).isEqualTo(terms);
  }
}
