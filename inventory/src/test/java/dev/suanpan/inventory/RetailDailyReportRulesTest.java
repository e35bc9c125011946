package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The retail daily report's rules (零售日报, 004 篇2 §3): one report of one day's cash sales, each
 * line's VAT split and rounded on its own, no credit line of zero, and no report without takings; a
 * line sells a positive quantity for a non-negative amount.
 */
class RetailDailyReportRulesTest {
  static final WarehouseId STORE = WarehouseId.of("STORE-2");

  static Money cny(String a) {
    return Money.parse("CNY " + a);
  }

  static RetailLine line(String item, String gross, VatRate rate) {
    return RetailLine.of(ItemId.of(item), BigDecimal.ONE, UnitOfMeasure.PIECES, cny(gross), rate);
  }

  static RetailDailyReport.Builder report() {
    return RetailDailyReport.builder()
        .number("RD-20260315")
        .date(LocalDate.of(2026, 3, 15))
        .outlet(STORE);
  }

  static String lines(RetailDailyReport r) {
    return r.entry().lines().stream()
        .map(l -> l.side() + " " + l.account().code() + " " + l.amount())
        .toList()
        .toString();
  }

  @Test
  void eachLinesVatIsSplitAndRoundedOnItsOwn() {
    // each 1.00 at 13%: 1.00 / 1.13 = 0.88496 -> 0.88 net, 0.12 VAT; three lines 2.64 + 0.36.
    // (Split once, the 3.00 would give 2.65 + 0.35.)
    RetailDailyReport r =
        report()
            .addLines(
                line("SPONGE", "1.00", VatRate.STANDARD_13),
                line("CLOTH", "1.00", VatRate.STANDARD_13),
                line("BRUSH", "1.00", VatRate.STANDARD_13))
            .build();
    assertThat(r.gross()).isEqualTo(cny("3.00"));
    assertThat(lines(r))
        .isEqualTo("[DEBIT 1001 CNY 3.00, CREDIT 6001 CNY 2.64, CREDIT 22210102 CNY 0.36]");
    assertThat(r.entry().description()).isEqualTo("Retail daily report RD-20260315 of STORE-2");
  }

  @Test
  void aDayOfZeroRatedSalesBooksNoVatLine() {
    // 50.00 at 0%: all of it revenue
    RetailDailyReport r = report().addLines(line("BOOK", "50.00", VatRate.ZERO)).build();
    assertThat(lines(r)).isEqualTo("[DEBIT 1001 CNY 50.00, CREDIT 6001 CNY 50.00]");
  }

  @Test
  void aGiftLineOfNoTakingsIsAllowedButADayOfNoTakingsIsNot() {
    // a free sample handed out with a 113.00 sale: cash 113.00, the gift books nothing
    RetailDailyReport withGift =
        report()
            .addLines(
                line("OIL-5L", "113.00", VatRate.STANDARD_13),
                line("SAMPLE", "0.00", VatRate.STANDARD_13))
            .build();
    assertThat(lines(withGift))
        .isEqualTo("[DEBIT 1001 CNY 113.00, CREDIT 6001 CNY 100.00, CREDIT 22210102 CNY 13.00]");
    assertThat(withGift.releaseNotes()).hasSize(2);
    assertThatThrownBy(() -> report().addLines(line("SAMPLE", "0.00", VatRate.STANDARD_13)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retail daily report RD-20260315 must take more than zero, took CNY 0.00");
  }

  @Test
  void aReportHasANumberAndLines() {
    assertThatThrownBy(
            () -> report().number(" ").addLines(line("OIL-5L", "1.00", VatRate.ZERO)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must not be blank, was \" \"");
    assertThatThrownBy(() -> report().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lines must not be empty");
  }

  @Test
  void aLineSellsAPositiveQuantityForANonNegativeAmount() {
    ItemId oil = ItemId.of("OIL-5L");
    assertThatThrownBy(
            () ->
                RetailLine.of(
                    oil, BigDecimal.ZERO, UnitOfMeasure.PIECES, cny("1.00"), VatRate.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity of OIL-5L must be positive, was 0");
    assertThatThrownBy(
            () ->
                RetailLine.of(
                    oil, BigDecimal.ONE, UnitOfMeasure.PIECES, cny("-1.00"), VatRate.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gross of OIL-5L must not be negative, was CNY -1.00");
  }
}
