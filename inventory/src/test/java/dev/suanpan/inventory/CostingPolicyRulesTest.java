package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What a costing policy may say: costs round to the currency's minor unit (in either mode, never to
 * a cash step such as the jiao), the month-end average unit cost keeps 0 to 6 decimal places, and a
 * standard unit cost is at most the ledger's bound of 10^12 (the bound itself allowed).
 */
class CostingPolicyRulesTest {
  static CostingPolicy.Builder fifo() {
    return CostingPolicy.builder().method(CostingMethod.FIFO);
  }

  @Test
  void costsRoundToTheMinorUnitInEitherModeButNotToACashStep() {
    assertThat(fifo().rounding(Rounding.FEN_HALF_EVEN).build().rounding())
        .isEqualTo(Rounding.FEN_HALF_EVEN);
    assertThat(fifo().build().rounding()).isEqualTo(Rounding.FEN);
    assertThatThrownBy(() -> fifo().rounding(Rounding.JIAO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounding must round to the currency's minor unit, was step 0.1 HALF_UP");
  }

  @Test
  void theAverageUnitCostKeepsNoneToSixDecimalPlaces() {
    assertThat(fifo().build().averageUnitCostScale()).isEqualTo(2);
    assertThat(fifo().averageUnitCostScale(0).build().averageUnitCostScale()).isZero();
    assertThat(fifo().averageUnitCostScale(6).build().averageUnitCostScale()).isEqualTo(6);
    assertThatThrownBy(() -> fifo().averageUnitCostScale(7).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("averageUnitCostScale must be between 0 and 6, was 7");
    assertThatThrownBy(() -> fifo().averageUnitCostScale(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("averageUnitCostScale must be between 0 and 6, was -1");
  }

  @Test
  void aStandardUnitCostIsAtMostTheLedgersBound() {
    // 10^12 is the bound itself: allowed, kept at 6 decimal places
    BigDecimal bound = new BigDecimal("1000000000000");
    assertThat(CostingPolicy.standard(day("2024-03-01"), bound).standardCostOn(day("2024-03-01")))
        .contains(new BigDecimal("1000000000000.000000"));
    assertThatThrownBy(
            () -> CostingPolicy.standard(day("2024-03-01"), new BigDecimal("1000000000000.000001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "standardCosts[2024-03-01] must be at most 1000000000000, was 1000000000000.000001");
  }
}
