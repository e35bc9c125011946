package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 25 item 5: units issued beyond the stock at the current average, as other ERPs value them,
 * ({@link NegativeStockPolicy#ALLOW_AT_AVERAGE_AND_TRUE_UP}), or at the latest receipt's cost
 * ({@link NegativeStockPolicy#ALLOW_AND_TRUE_UP}, as before).
 */
class BeyondStockCostTest {
  static StockLedger beyond(CostingMethod method, NegativeStockPolicy negative) {
    CostingPolicy policy = CostingPolicy.builder().method(method).negativeStock(negative).build();
    // 10 x 10.00 + 10 x 14.00 = 240.00 for 20, 12.00 a unit; then 25 out and 2 more
    return post(
        Ledgers.open(policy),
        receipt("2024-03-01", "GRN-1", "10", "10.00"),
        receipt("2024-03-02", "GRN-2", "10", "14.00"),
        issue("2024-03-03", "OUT-1", "25"),
        issue("2024-03-04", "OUT-2", "2"),
        receipt("2024-03-05", "GRN-3", "10", "15.00"));
  }

  @ParameterizedTest
  @EnumSource(
      value = CostingMethod.class,
      names = {"FIFO", "MOVING_AVERAGE"})
  void atTheCurrentAverage(CostingMethod method) {
    StockLedger l = beyond(method, NegativeStockPolicy.ALLOW_AT_AVERAGE_AND_TRUE_UP);
    // OUT-1: the 20 on hand (240.00) and 5 beyond at 12.00 = 60.00: 300.00, leaving -5 at -60.00
    assertThat(l.line(2).amount()).isEqualTo(cny("300.00"));
    // OUT-2: 2 more at the 12.00 the owed units carry: 24.00, leaving -7 at -84.00
    assertThat(l.line(3).amount()).isEqualTo(cny("24.00"));
    // GRN-3 covers the 7 owed at 150.00 x 7 / 10 = 105.00: trued up by 105.00 - 84.00 = 21.00
    assertThat(l.line(4).trueUp()).isEqualTo(cny("21.00"));
    // 3 left worth 150.00 - 105.00 = 45.00
    assertThat(l.valueOnHand()).isEqualTo(cny("45.00"));
  }

  @ParameterizedTest
  @EnumSource(
      value = CostingMethod.class,
      names = {"FIFO", "MOVING_AVERAGE"})
  void atTheLatestReceiptsCostUnderAllowAndTrueUp(CostingMethod method) {
    StockLedger l = beyond(method, NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    // OUT-1: 240.00 and 5 x 14.00 = 70.00: 310.00; OUT-2: 2 x 14.00 = 28.00
    assertThat(l.line(2).amount()).isEqualTo(cny("310.00"));
    assertThat(l.line(3).amount()).isEqualTo(cny("28.00"));
    // 105.00 - (70.00 + 28.00) = 7.00
    assertThat(l.line(4).trueUp()).isEqualTo(cny("7.00"));
    assertThat(l.valueOnHand()).isEqualTo(cny("45.00"));
  }
}
