package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.CNY;
import static dev.suanpan.inventory.Ledgers.PCS;
import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.qty;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 2: the moving average with the unit cost rounded to 0.01 at each receipt, the
 * textbook convention (移动加权平均法): an issue costs quantity × the rounded unit cost and the units left
 * are carried at quantity × it. Figures worked by hand below.
 */
class RoundedMovingAverageTest {
  static final CostingPolicy TEXTBOOK =
      CostingPolicy.builder()
          .method(CostingMethod.MOVING_AVERAGE)
          .movingAverageUnitCostScale(2)
          .build();

  static StockLedger march(CostingPolicy policy) {
    return post(
        Ledgers.open(policy),
        Movement.openingBalance(day("2024-03-01"), "OB-1", qty("100"), PCS, cny("1000.00")),
        receipt("2024-03-05", "GRN-1", "200", "10.40"),
        issue("2024-03-10", "OUT-1", "250"));
  }

  @Test
  void theUnitCostIsRoundedAtEachReceiptAndIssuesTakeQuantityTimesIt() {
    StockLedger l = march(TEXTBOOK);
    // GRN-1: (1000.00 + 200 x 10.40) / 300 = 3080.00 / 300 = 10.2666... -> 10.27; the 300 carried
    // at 300 x 10.27 = 3081.00, the 1.00 difference trued up (credited to cost of goods sold)
    assertThat(l.line(1).balanceValue()).isEqualTo(cny("3081.00"));
    assertThat(l.line(1).trueUp()).isEqualTo(cny("-1.00"));
    // OUT-1: 250 x 10.27 = 2567.50; 50 left at 50 x 10.27 = 513.50
    assertThat(l.line(2).amount()).isEqualTo(cny("2567.50"));
    assertThat(l.valueOnHand()).isEqualTo(cny("513.50"));
    assertThat(l.currentUnitCost())
        .hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("10.27"));
    JournalSummary j = JournalSummary.of(CNY, l.journal(day("2024-03-01"), day("2024-03-31")));
    // 2567.50 for OUT-1 less the 1.00 trued up at GRN-1
    assertThat(j.balanceOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("2566.50"));
  }

  @Test
  void theDefaultCarriesTheBalanceExactly() {
    StockLedger l = march(CostingPolicy.of(CostingMethod.MOVING_AVERAGE));
    // 3080.00 x 250 / 300 = 2566.666... -> 2566.67; 513.33 left: the textbook's answer differs
    // by 0.17
    assertThat(l.line(2).amount()).isEqualTo(cny("2566.67"));
    assertThat(l.valueOnHand()).isEqualTo(cny("513.33"));
  }

  @Test
  void anIssueThatEmptiesTheStockTakesWhatIsLeftAndAnyScaleIsKept() {
    StockLedger l = post(march(TEXTBOOK), issue("2024-03-11", "OUT-2", "50"));
    assertThat(l.line(3).amount()).isEqualTo(cny("513.50"));
    assertThat(l.valueOnHand()).isEqualTo(cny("0.00"));
    // to 4 places: 10.2667, 300 x 10.2667 = 3080.01; OUT-1 250 x 10.2667 = 2566.675 -> 2566.68,
    // leaving 50 x 10.2667 = 513.335 -> 513.34 (3080.01 - 513.34 = 2566.67 is what OUT-1 takes)
    StockLedger four =
        march(
            CostingPolicy.builder()
                .method(CostingMethod.MOVING_AVERAGE)
                .movingAverageUnitCostScale(4)
                .build());
    assertThat(four.line(1).balanceValue()).isEqualTo(cny("3080.01"));
    assertThat(four.valueOnHand()).isEqualTo(cny("513.34"));
    assertThat(four.line(2).amount()).isEqualTo(cny("2566.67"));
    assertThatThrownBy(
            () ->
                CostingPolicy.builder()
                    .method(CostingMethod.FIFO)
                    .movingAverageUnitCostScale(2)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "movingAverageUnitCostScale applies to the MOVING_AVERAGE only, was 2 for FIFO");
  }
}
