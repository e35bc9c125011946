package dev.suanpan.core.settlement.returns;

import static dev.suanpan.core.settlement.returns.GoodsReturnTest.SALE;
import static dev.suanpan.core.settlement.returns.GoodsReturnTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.presets.SalesReturnTerms;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The return window's last day, returns of a line partly returned before, and what a return request
 * and a return policy must keep. The sale is {@link GoodsReturnTest#SALE}: two air conditioners
 * (line 1) and one installation (line 2), sold on 2024-05-06.
 */
class ReturnRulesTest {
  static final GoodsReturn SEVEN_DAYS = GoodsReturn.of(SalesReturnTerms.policy());

  @Test
  void goodsBackOnTheLastDayOfTheWindowAreWithinItAndTheDayAfterAreNot() {
    // a 7-day window: 2024-05-13 is day 7, 2024-05-14 day 8
    String within =
        SEVEN_DAYS
            .settle(
                SALE,
                request(7, ReturnReason.QUALITY_DEFECT).addLines(ReturnLine.of("1", 1)).build())
            .explanation()
            .toString();
    assertThat(within).doesNotContain("outside the 7-day return window");
    String outside =
        SEVEN_DAYS
            .settle(
                SALE,
                request(8, ReturnReason.QUALITY_DEFECT).addLines(ReturnLine.of("1", 1)).build())
            .explanation()
            .toString();
    assertThat(outside)
        .contains("8 days after the sale on 2024-05-06, outside the 7-day return window");
  }

  @Test
  void aLinePartlyReturnedBeforeSaysHowManyCameBackEarlier() {
    ReturnRequest second =
        request(3, ReturnReason.QUALITY_DEFECT)
            .addLines(ReturnLine.of("1", 1))
            .putAlreadyReturned("1", BigDecimal.ONE)
            .build();
    assertThat(SEVEN_DAYS.settle(SALE, second).explanation().toString())
        .contains("1 of 2 returned (1 earlier)");
    ReturnRequest first =
        request(3, ReturnReason.QUALITY_DEFECT).addLines(ReturnLine.of("1", 1)).build();
    assertThat(SEVEN_DAYS.settle(SALE, first).explanation().toString())
        .contains("1 of 2 returned;");
  }

  @Test
  void noMoreCanHaveComeBackEarlierThanWasSold() {
    ReturnRequest tooMany =
        request(3, ReturnReason.QUALITY_DEFECT)
            .addLines(ReturnLine.of("2", 1))
            .putAlreadyReturned("1", BigDecimal.valueOf(3))
            .build();
    assertThatThrownBy(() -> SEVEN_DAYS.settle(SALE, tooMany))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1: 3 already returned exceeds the 2 sold");
    ReturnRequest allOfLineOneBack =
        request(3, ReturnReason.QUALITY_DEFECT)
            .addLines(ReturnLine.of("2", 1))
            .putAlreadyReturned("1", BigDecimal.valueOf(2))
            .build();
    assertThat(SEVEN_DAYS.settle(SALE, allOfLineOneBack).creditNoteLines()).hasSize(1);
  }

  @Test
  void aRequestReturnsEachLineOnceAndNothingNegativeCameBackBefore() {
    assertThatThrownBy(
            () ->
                request(3, ReturnReason.QUALITY_DEFECT)
                    .addLines(ReturnLine.of("1", 1), ReturnLine.of("1", 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 is returned twice in one request");
    assertThatThrownBy(
            () ->
                request(3, ReturnReason.QUALITY_DEFECT)
                    .addLines(ReturnLine.of("1", 1))
                    .putAlreadyReturned("1", BigDecimal.valueOf(-1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alreadyReturned[1]");
  }

  @Test
  void aDeductionIsAShareOfNoneToAllOfTheValue() {
    assertThatThrownBy(
            () ->
                ReturnPolicy.builder()
                    .from(SalesReturnTerms.policy())
                    .putDeduction(ReturnReason.CHANGE_OF_MIND, Percent.of(101))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deductions[CHANGE_OF_MIND]");
  }
}
