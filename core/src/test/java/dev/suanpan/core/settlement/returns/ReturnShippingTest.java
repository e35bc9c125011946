package dev.suanpan.core.settlement.returns;

import static dev.suanpan.core.settlement.returns.GoodsReturnTest.SALE;
import static dev.suanpan.core.settlement.returns.GoodsReturnTest.cny;
import static dev.suanpan.core.settlement.returns.GoodsReturnTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.presets.SalesReturnTerms;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A return can deduct the shipping the customer bears for its reason. Figures worked by hand on
 * {@link GoodsReturnTest#SALE}: one of the two air conditioners, paid 8,136.00 for the two after
 * the document discount, is 4,068.00 gross, 3,600.00 net + 468.00 VAT at 13%.
 */
class ReturnShippingTest {
  static final GoodsReturn CHARGING =
      GoodsReturn.of(
          ReturnPolicy.builder()
              .from(SalesReturnTerms.policy())
              .addShippingCharged(ReturnReason.CHANGE_OF_MIND)
              .build());

  static ReturnRequest oneUnit(ReturnReason reason, String shipping) {
    return request(2, reason).addLines(ReturnLine.of("1", 1)).shippingCost(cny(shipping)).build();
  }

  @Test
  void aChangeOfMindBearsTheShippingTheCreditNoteKeepsTheGoodsFigures() {
    // 4,068.00 credited less 50.00 shipping = 4,018.00 refunded.
    ReturnDecision d = CHARGING.settle(SALE, oneUnit(ReturnReason.CHANGE_OF_MIND, "50.00"));

    assertThat(d.credited()).isEqualTo(cny("4068.00"));
    assertThat(d.netCredited()).isEqualTo(cny("3600.00"));
    assertThat(d.vatCredited()).isEqualTo(cny("468.00"));
    assertThat(d.shippingDeducted()).isEqualTo(cny("50.00"));
    assertThat(d.refund()).isEqualTo(cny("4018.00"));
    assertThat(d.explanation().toString())
        .contains(
            "[returns.shipping] shipping CNY 50.00 is charged on a return for CHANGE_OF_MIND: CNY"
                + " 50.00 deducted from the refund");
  }

  @Test
  void aQualityDefectDoesNotBearIt() {
    ReturnDecision d = CHARGING.settle(SALE, oneUnit(ReturnReason.QUALITY_DEFECT, "50.00"));

    assertThat(d.shippingDeducted()).isEqualTo(cny("0.00"));
    assertThat(d.refund()).isEqualTo(cny("4068.00"));
    assertThat(d.explanation().toString())
        .contains("shipping CNY 50.00 is not charged on a return for QUALITY_DEFECT");
  }

  @Test
  void withoutShippingChargedThePolicyRefundsAsBefore() {
    ReturnDecision d =
        GoodsReturn.of(SalesReturnTerms.policy())
            .settle(SALE, oneUnit(ReturnReason.CHANGE_OF_MIND, "50.00"));

    assertThat(d.refund()).isEqualTo(cny("4068.00"));
  }

  @Test
  void theShippingDeductedIsAtMostWhatIsCredited() {
    // 5,000.00 shipping on 4,068.00 credited: 4,068.00 deducted, nothing refunded.
    ReturnDecision d = CHARGING.settle(SALE, oneUnit(ReturnReason.CHANGE_OF_MIND, "5000.00"));

    assertThat(d.shippingDeducted()).isEqualTo(cny("4068.00"));
    assertThat(d.refund()).isEqualTo(cny("0.00"));
    assertThat(d.explanation().toString()).contains("at most the CNY 4068.00 credited");
  }

  @Test
  void aNegativeOrForeignShippingCostIsRefused() {
    assertThatThrownBy(() -> oneUnit(ReturnReason.CHANGE_OF_MIND, "-1.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shippingCost");
    assertThatThrownBy(
            () ->
                CHARGING.settle(
                    SALE,
                    request(2, ReturnReason.CHANGE_OF_MIND)
                        .addLines(ReturnLine.of("1", 1))
                        .shippingCost(Money.parse("USD 5.00"))
                        .build()))
        .isInstanceOf(org.joda.money.CurrencyMismatchException.class);
  }

  @Property
  void refundPlusDeductionsPlusShippingIsTheValuePaid(
      @ForAll @LongRange(min = 0, max = 1_000_000L) long shippingFen) {
    ReturnDecision d =
        CHARGING.settle(
            SALE,
            request(2, ReturnReason.CHANGE_OF_MIND)
                .addLines(ReturnLine.of("1", 2))
                .addLines(ReturnLine.of("2", 1))
                .shippingCost(Money.ofMinor(SALE.currency(), shippingFen))
                .build());

    assertThat(d.refund().plus(d.deductions()).plus(d.shippingDeducted())).isEqualTo(d.valuePaid());
    assertThat(d.refund().isNegative()).isFalse();
  }
}
