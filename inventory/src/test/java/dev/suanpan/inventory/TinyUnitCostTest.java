package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.costing.CostingMethod;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 5, the rule decided: under the exact moving average an issue takes its share of the
 * balance rounded to the fen, and the value always adds up; with a unit cost under half a fen the
 * early issues cost nothing and the value goes out with the later ones.
 */
class TinyUnitCostTest {
  @Test
  void issuesOneAtATimeCostNothingUntilAShareReachesHalfAFenAndAddUpToTheValue() {
    // 100 units at 0.004 = 0.40
    StockLedger l =
        post(
            Ledgers.open(CostingMethod.MOVING_AVERAGE),
            receipt("2024-03-01", "GRN-1", "100", "0.004"));
    Money total = cny("0.00");
    for (int k = 1; k <= 100; k++) {
      l = post(l, issue("2024-03-02", "OUT-" + k, "1"));
      total = total.plus(l.line(k).amount());
      if (k <= 20) {
        // 0.40 x 1 / n for n = 100 down to 81 is under 0.005: 0.00
        assertThat(l.line(k).amount()).isEqualTo(cny("0.00"));
      }
    }
    // the 21st: 0.40 x 1 / 80 = 0.005 -> 0.01 (half up)
    assertThat(l.line(21).amount()).isEqualTo(cny("0.01"));
    // all 100 together take the 0.40, the last one what is left
    assertThat(total).isEqualTo(cny("0.40"));
    assertThat(l.valueOnHand()).isEqualTo(cny("0.00"));
  }
}
