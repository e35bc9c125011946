package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import org.junit.jupiter.api.Test;

/** Issue 25 item 6: a last known unit cost readable when the stock is zero or negative. */
class LastKnownUnitCostTest {
  @Test
  void whileStockIsOnHandItIsTheCurrentUnitCost() {
    StockLedger l =
        post(
            Ledgers.open(CostingMethod.MOVING_AVERAGE),
            receipt("2024-03-01", "GRN-1", "10", "10.00"),
            receipt("2024-03-02", "GRN-2", "10", "12.00"));
    // (100.00 + 120.00) / 20
    assertThat(l.lastKnownUnitCost()).contains(l.currentUnitCost().orElseThrow());
    assertThat(l.lastKnownUnitCost().orElseThrow()).isEqualByComparingTo("11.00");
  }

  @Test
  void atZeroOrBelowItIsTheCostTheStockWasLastCarriedAt() {
    StockLedger empty =
        post(
            Ledgers.open(
                Ledgers.policy(
                    CostingMethod.MOVING_AVERAGE, NegativeStockPolicy.ALLOW_AND_TRUE_UP)),
            receipt("2024-03-01", "GRN-1", "10", "10.00"),
            receipt("2024-03-02", "GRN-2", "10", "12.00"),
            issue("2024-03-03", "OUT-1", "20"));
    assertThat(empty.currentUnitCost()).isEmpty();
    // the average the 20 went out at: 220.00 / 20 = 11.00
    assertThat(empty.lastKnownUnitCost().orElseThrow()).isEqualByComparingTo("11.000000");
    StockLedger negative = post(empty, issue("2024-03-04", "OUT-2", "3"));
    assertThat(negative.quantityOnHand()).isEqualByComparingTo("-3");
    assertThat(negative.lastKnownUnitCost().orElseThrow()).isEqualByComparingTo("11.000000");
  }

  @Test
  void underStandardCostItIsTheStandard() {
    StockLedger l =
        post(
            Ledgers.open(CostingMethod.STANDARD),
            receipt("2024-03-01", "GRN-1", "10", "10.00"),
            issue("2024-03-03", "OUT-1", "10"));
    // Ledgers.STANDARDS: 10.90 from 1 March 2024
    assertThat(l.lastKnownUnitCost().orElseThrow()).isEqualByComparingTo("10.90");
  }

  @Test
  void withNothingEverOnHandThereIsNone() {
    assertThat(Ledgers.open(CostingMethod.FIFO).lastKnownUnitCost()).isEmpty();
  }
}
