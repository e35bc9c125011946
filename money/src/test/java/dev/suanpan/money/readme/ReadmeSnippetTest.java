package dev.suanpan.money.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.interest.*;
import dev.suanpan.money.tax.*;
import dev.suanpan.money.terms.*;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The snippet of the README's "VAT, interest and penalties, cash-discount terms" section, line for
 * line, with its commented results asserted.
 */
class ReadmeSnippetTest {
  @Test
  void theReadmeSnippetRunsAndGivesTheFiguresItShows() {
    // VAT: split a tax-inclusive amount, gross up a net one
    VatSplit split = VatRate.STANDARD_13.splitGross(Money.parse("CNY 1130.00"), Rounding.FEN);
    assertThat(split.net()).isEqualTo(Money.parse("CNY 1000.00"));
    assertThat(split.tax()).isEqualTo(Money.parse("CNY 130.00"));
    assertThat(split.gross()).isEqualTo(Money.parse("CNY 1130.00"));
    VatSplit up = VatRate.REDUCED_9.grossUp(Money.parse("CNY 1000.00"), Rounding.FEN);
    assertThat(up.tax()).isEqualTo(Money.parse("CNY 90.00"));
    assertThat(up.gross()).isEqualTo(Money.parse("CNY 1090.00"));

    // line-level vs document-level VAT on one invoice
    VatLine line = VatLine.inclusive(Money.parse("CNY 1.00"), VatRate.STANDARD_13);
    DocumentVat vat = VatComputation.of(List.of(line, line, line), Rounding.FEN);
    assertThat(vat.lineLevelTax()).isEqualTo(Money.parse("CNY 0.36"));
    assertThat(vat.documentLevelTax()).isEqualTo(Money.parse("CNY 0.35"));
    assertThat(vat.roundingDifference()).isEqualTo(Money.parse("CNY 0.01"));
    assertThat(
            vat.documentLevelLines().stream().map(VatSplit::tax).reduce(Money::plus).orElseThrow())
        .isEqualTo(vat.documentLevelTax());
    assertThat(
            vat.documentLevelLines().stream().map(VatSplit::net).reduce(Money::plus).orElseThrow())
        .isEqualTo(vat.documentLevelNet());
    assertThat(
            vat.documentLevelLines().stream()
                .map(VatSplit::gross)
                .reduce(Money::plus)
                .orElseThrow())
        .isEqualTo(vat.documentLevelGross());

    // simple interest
    InterestAccrual interest =
        SimpleInterest.annual(Percent.parse("3.65%"), DayCount.ACT_365)
            .accrue(
                Money.parse("CNY 10000.00"),
                LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-03-01"),
                Rounding.FEN);
    assertThat(interest.days()).isEqualTo(60);
    assertThat(interest.interest()).isEqualTo(Money.parse("CNY 60.00"));

    // late-payment penalty: 0.05% a day (日万分之五), 5 grace days, at most 20% of the amount
    LatePaymentPenalty penalty =
        LatePaymentPenalty.of(
            PenaltyPolicy.builder()
                .dailyRate(Percent.parse("0.05%"))
                .graceDays(5)
                .graceRule(GraceRule.FORGIVEN_WITHIN_GRACE)
                .cap(Percent.parse("20%"))
                .build());
    PenaltyAssessment late =
        penalty.assess(
            Money.parse("CNY 10000.00"),
            LocalDate.parse("2024-03-31"),
            LocalDate.parse("2024-04-10"));
    assertThat(late.daysLate()).isEqualTo(10);
    assertThat(late.penalty()).isEqualTo(Money.parse("CNY 50.00"));
    assertThat(late.capped()).isFalse();
    assertThat(late.toString())
        .startsWith("penalty CNY 50.00 on CNY 10000.00 due 2024-03-31 paid 2024-04-10: ");

    // cash-discount terms
    CashDiscountTerms terms = CashDiscountTerms.parse("2/10, 1/20, n/30");
    CashDiscount discount =
        terms.discountFor(
            Money.parse("CNY 10000.00"),
            LocalDate.parse("2024-05-01"),
            LocalDate.parse("2024-05-11"),
            Rounding.FEN);
    assertThat(discount.discount()).isEqualTo(Money.parse("CNY 200.00"));
    assertThat(discount.amountToPay()).isEqualTo(Money.parse("CNY 9800.00"));
    assertThat(discount.dueDate()).isEqualTo(LocalDate.parse("2024-05-31"));
  }
}
