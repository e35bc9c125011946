package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 25 item 4: a cost price for issues before any receipt, as a policy option. */
class CostBeforeAnyReceiptTest {
  static CostingPolicy policy(CostingMethod method, String before) {
    CostingPolicy.Builder b =
        CostingPolicy.builder().method(method).negativeStock(NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    if (before != null) {
      b.unitCostBeforeAnyReceipt(new BigDecimal(before));
    }
    return b.build();
  }

  @Test
  void byDefaultAnIssueBeforeAnyReceiptGoesOutAtZero() {
    StockLedger l =
        post(
            Ledgers.open(policy(CostingMethod.FIFO, null)),
            issue("2024-03-01", "OUT-1", "5"),
            receipt("2024-03-02", "GRN-1", "10", "10.00"));
    assertThat(l.line(0).amount()).isEqualTo(cny("0.00"));
    // the 5 trued up to 5 x 10.00
    assertThat(l.line(1).trueUp()).isEqualTo(cny("50.00"));
  }

  @Test
  void withAnOpeningCostItGoesOutAtThatAndTheReceiptTruesUpTheDifference() {
    for (CostingMethod m : new CostingMethod[] {CostingMethod.FIFO, CostingMethod.MOVING_AVERAGE}) {
      StockLedger l =
          post(
              Ledgers.open(policy(m, "9.00")),
              issue("2024-03-01", "OUT-1", "5"),
              receipt("2024-03-02", "GRN-1", "10", "10.00"));
      // 5 x 9.00 = 45.00 provisionally; 5 x 10.00 - 45.00 = 5.00 trued up; 5 left at 10.00
      assertThat(l.line(0).amount()).as("%s", m).isEqualTo(cny("45.00"));
      assertThat(l.line(1).trueUp()).as("%s", m).isEqualTo(cny("5.00"));
      assertThat(l.valueOnHand()).as("%s", m).isEqualTo(cny("50.00"));
    }
  }

  @Test
  void theCostIsKeptAtSixPlacesAndABadOneIsRejectedNamingIt() {
    assertThat(policy(CostingMethod.FIFO, "9.5").unitCostBeforeAnyReceipt())
        .contains(new BigDecimal("9.500000"));
    assertThatThrownBy(() -> policy(CostingMethod.FIFO, "-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unitCostBeforeAnyReceipt");
    assertThatThrownBy(() -> policy(CostingMethod.FIFO, "0.0000001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unitCostBeforeAnyReceipt must have at most 6 decimal places");
  }
}
