package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.MonthEndClose;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CostingTextbookTest {
  private static final Movement[] MARCH = {
    receipt("2024-03-01", "GRN-1", "100", "10.00"),
    receipt("2024-03-05", "GRN-2", "200", "12.00"),
    issue("2024-03-10", "OUT-1", "150"),
    receipt("2024-03-15", "GRN-3", "100", "11.00"),
    issue("2024-03-20", "OUT-2", "200"),
  };

  @Test
  void fifoIssuesTakeTheOldestLayersFirst() {
    StockLedger l = post(Ledgers.open(CostingMethod.FIFO), MARCH);
    assertThat(l.line(2).amount()).isEqualTo(cny("1600.00")); // 100 x 10 + 50 x 12
    assertThat(l.line(4).amount()).isEqualTo(cny("2350.00")); // 150 x 12 + 50 x 11
    assertThat(l.valueOnHand()).isEqualTo(cny("550.00"));
    assertThat(l.fifoLayers())
        .containsExactly(
            new FifoLayer(
                Ledgers.day("2024-03-15"), "GRN-3", new BigDecimal("50.0000"), cny("550.00")));
  }

  @Test
  void movingAverageIsRecomputedAtEachReceipt() {
    StockLedger l = post(Ledgers.open(CostingMethod.MOVING_AVERAGE), MARCH);
    assertThat(l.line(2).amount()).isEqualTo(cny("1700.00")); // 3400 x 150 / 300
    assertThat(l.line(4).amount()).isEqualTo(cny("2240.00")); // 2800 x 200 / 250
    assertThat(l.valueOnHand()).isEqualTo(cny("560.00"));
  }

  @Test
  void monthEndAverageValuesTheMonthsIssuesAtTheClose() {
    StockLedger l = post(Ledgers.open(CostingMethod.MONTHLY_AVERAGE), MARCH);
    assertThat(l.line(2).provisional()).isTrue();
    MonthEndClose close = l.closeMonth(YearMonth.of(2024, 3));
    assertThat(close.unitCost()).contains(new BigDecimal("11.25")); // 4500 / 400
    assertThat(close.outboundCost()).isEqualTo(cny("3937.50"));
    assertThat(close.closingValue()).isEqualTo(cny("562.50"));
    assertThat(close.roundingDifference()).contains(cny("0.00"));
    assertThat(close.ledger().line(2).provisional()).isFalse();
    assertThat(close.journal()).hasSize(2);
  }

  @Test
  void monthEndAverageRoundingDifferenceStaysInEndingInventory() {
    StockLedger l =
        post(
            Ledgers.open(CostingMethod.MONTHLY_AVERAGE),
            receipt("2024-04-01", "GRN-1", "3", "10.00"),
            receipt("2024-04-02", "GRN-2", "3", "10.01"),
            issue("2024-04-03", "OUT-1", "4"));
    MonthEndClose close = l.closeMonth(YearMonth.of(2024, 4));
    assertThat(close.unitCost()).contains(new BigDecimal("10.01")); // 60.03 / 6 = 10.005
    assertThat(close.outboundCost()).isEqualTo(cny("40.04"));
    assertThat(close.closingValue()).isEqualTo(cny("19.99"));
    assertThat(close.roundingDifference()).contains(cny("-0.03"));
  }
}
