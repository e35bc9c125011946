package dev.suanpan.core.settlement.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.SalesReturnTerms;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class GoodsReturnTest {
  static final LocalDate SOLD = LocalDate.of(2024, 5, 6);
  static final GoodsReturn SOURCES = GoodsReturn.of(SalesReturnTerms.policy());

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  /** Two air conditioners 9,040.00 at 13%, installation 1,000.00 at 9%, 1,004.00 off the whole. */
  static final Sale SALE =
      Sale.builder()
          .reference("XS-0518")
          .customer(CustomerId.of("C-12"))
          .soldOn(SOLD)
          .addLines(
              SoldLine.builder()
                  .lineId("1")
                  .description("air conditioner")
                  .quantity(BigDecimal.valueOf(2))
                  .amount(cny("9040.00"))
                  .vatRate(VatRate.STANDARD_13)
                  .build())
          .addLines(
              SoldLine.builder()
                  .lineId("2")
                  .description("installation")
                  .quantity(BigDecimal.ONE)
                  .amount(cny("1000.00"))
                  .vatRate(VatRate.REDUCED_9)
                  .build())
          .documentDiscount(cny("1004.00"))
          .build();

  static ReturnRequest.Builder request(int daysAfterSale, ReturnReason reason) {
    return ReturnRequest.builder().returnedOn(SOLD.plusDays(daysAfterSale)).reason(reason);
  }

  @Test
  void theDocumentDiscountIsSpreadOverTheLinesByTheirAmounts() {
    assertThat(SALE.paidPerLine())
        .containsEntry("1", cny("8136.00"))
        .containsEntry("2", cny("900.00"));
    assertThat(SALE.totalPaid()).isEqualTo(cny("9036.00"));
  }

  @Test
  void aDefectiveUnitIsRefundedAtTheNetPricePaidWithItsVat() {
    ReturnDecision d =
        SOURCES.settle(
            SALE, request(3, ReturnReason.QUALITY_DEFECT).addLines(ReturnLine.of("1", 1)).build());

    assertThat(d.refund()).isEqualTo(cny("4068.00"));
    assertThat(d.deductions()).isEqualTo(cny("0.00"));
    CreditNoteLine line = d.creditNoteLines().get(0);
    assertThat(line.credit().net()).isEqualTo(cny("3600.00"));
    assertThat(line.credit().tax()).isEqualTo(cny("468.00"));
    assertThat(line.credit().rate()).isEqualTo(VatRate.STANDARD_13);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(CompanyRoles.SALES_VICE_PRESIDENT);
  }

  @Test
  void aChangeOfMindIsRefundedLessTheRestockingDeduction() {
    ReturnPolicy restocking =
        ReturnPolicy.builder()
            .from(SalesReturnTerms.policy())
            .putDeduction(ReturnReason.CHANGE_OF_MIND, Percent.of(10))
            .putDeduction(ReturnReason.DAMAGED_BY_CUSTOMER, Percent.of(30))
            .build();
    ReturnDecision d =
        GoodsReturn.of(restocking)
            .settle(
                SALE,
                request(5, ReturnReason.CHANGE_OF_MIND).addLines(ReturnLine.of("1", 1)).build());

    assertThat(d.valuePaid()).isEqualTo(cny("4068.00"));
    assertThat(d.deductions()).isEqualTo(cny("406.80"));
    assertThat(d.refund()).isEqualTo(cny("3661.20"));
    assertThat(d.netCredited()).isEqualTo(cny("3240.00"));
    assertThat(d.vatCredited()).isEqualTo(cny("421.20"));
    assertThat(d.explanation().toString()).contains("CHANGE_OF_MIND deduction 10% = CNY 406.80");
  }

  @Test
  void goodsBackAfterTheReturnWindowAreRefusedWithoutACreditNote() {
    ReturnDecision d =
        SOURCES.settle(
            SALE, request(8, ReturnReason.QUALITY_DEFECT).addLines(ReturnLine.of("1", 1)).build());

    assertThat(d.isRefused()).isTrue();
    assertThat(d.creditNoteLines()).isEmpty();
    assertThat(d.refund()).isEqualTo(cny("0.00"));
    assertThat(d.explanation().toString())
        .contains("8 days after the sale on 2024-05-06, outside the 7-day");
  }

  @Test
  void theSecondUnitReturnedLaterRefundsTheRestOfTheLine() {
    ReturnDecision second =
        SOURCES.settle(
            SALE,
            request(6, ReturnReason.QUALITY_DEFECT)
                .addLines(ReturnLine.of("1", 1))
                .putAlreadyReturned("1", BigDecimal.ONE)
                .build());
    assertThat(second.refund()).isEqualTo(cny("4068.00"));
  }

  @Test
  void aFullReturnRefundsEverythingPaid() {
    ReturnDecision d =
        SOURCES.settle(
            SALE,
            request(0, ReturnReason.DAMAGED_IN_TRANSIT)
                .addLines(ReturnLine.of("1", 2), ReturnLine.of("2", 1))
                .build());

    assertThat(d.refund()).isEqualTo(SALE.totalPaid());
    assertThat(d.creditNoteLines().get(1).credit().net()).isEqualTo(cny("825.69"));
    assertThat(d.creditNoteLines().get(1).credit().tax()).isEqualTo(cny("74.31"));
  }

  @Test
  void returningMoreThanWasSoldOrALineNotOnTheSaleIsRejected() {
    assertThatThrownBy(
            () ->
                SOURCES.settle(
                    SALE,
                    request(1, ReturnReason.QUALITY_DEFECT)
                        .addLines(ReturnLine.of("1", 2))
                        .putAlreadyReturned("1", BigDecimal.ONE)
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1: returning 2 after 1 already returned exceeds the 2 sold");
    assertThatThrownBy(
            () ->
                SOURCES.settle(
                    SALE,
                    request(1, ReturnReason.QUALITY_DEFECT)
                        .addLines(ReturnLine.of("9", 1))
                        .build()))
        .hasMessageContaining("line 9 is not on sale XS-0518; its lines are [1, 2]");
    assertThatThrownBy(
            () ->
                SOURCES.settle(
                    SALE,
                    request(-1, ReturnReason.QUALITY_DEFECT)
                        .addLines(ReturnLine.of("1", 1))
                        .build()))
        .hasMessageContaining("returnedOn 2024-05-05 must not be before the sale on 2024-05-06");
    assertThatThrownBy(() -> Sale.builder().from(SALE).documentDiscount(cny("20000.00")).build())
        .hasMessageContaining("documentDiscount CNY 20000.00 must not exceed the lines' total");
  }
}
