package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 25 item 7: a prospective change of costing method, history not re-valued. */
class MethodChangeTest {
  static final LocalDate APRIL = day("2024-04-01");

  /** Moving average: 230.00 for 20 (11.50 a unit), 8 out at 92.00, 12 left worth 138.00. */
  static StockLedger march() {
    return post(
        Ledgers.open(CostingMethod.MOVING_AVERAGE),
        receipt("2024-03-01", "GRN-1", "10", "10.00"),
        receipt("2024-03-10", "GRN-2", "10", "13.00"),
        issue("2024-03-20", "OUT-1", "8"));
  }

  @Test
  void theStockOnHandIsCarriedAtItsValueIntoTheNewMethod() {
    MethodChange change = march().changeMethod(APRIL, CostingPolicy.of(CostingMethod.FIFO));

    assertThat(change.carriedQuantity()).isEqualByComparingTo("12");
    assertThat(change.carriedValue()).isEqualTo(cny("138.00"));
    // history as it was: OUT-1 at 230.00 x 8 / 20 = 92.00, by the moving average
    assertThat(change.history().policy().method()).isEqualTo(CostingMethod.MOVING_AVERAGE);
    assertThat(change.history().line(2).amount()).isEqualTo(cny("92.00"));
    StockLedger fifo = change.ledger();
    assertThat(fifo.policy().method()).isEqualTo(CostingMethod.FIFO);
    assertThat(fifo.line(0).document()).isEqualTo("METHOD-CHANGE-2024-04-01");
    assertThat(fifo.fifoLayers()).hasSize(1);
    // FIFO from April: 12 from the carried layer (138.00) and 3 x 12.00 = 36.00: 174.00
    StockLedger april =
        post(
            fifo,
            receipt("2024-04-05", "GRN-3", "10", "12.00"),
            issue("2024-04-06", "OUT-2", "15"));
    assertThat(april.line(2).amount()).isEqualTo(cny("174.00"));
    // nothing before the change goes into the new ledger
    assertThat(fifo.post(issue("2024-03-31", "OUT-9", "1")).isRefused()).isTrue();
  }

  @Test
  void movementsAlreadyPostedFromTheDateAreValuedByTheNewMethod() {
    StockLedger l =
        post(
            march(),
            receipt("2024-04-05", "GRN-3", "10", "12.00"),
            issue("2024-04-06", "OUT-2", "15"));
    // under the moving average OUT-2 took (138.00 + 120.00) x 15 / 22 = 175.909... = 175.91
    assertThat(l.line(4).amount()).isEqualTo(cny("175.91"));

    MethodChange change = l.changeMethod(APRIL, CostingPolicy.of(CostingMethod.FIFO));

    assertThat(change.history().size()).isEqualTo(3);
    assertThat(change.ledger().size()).isEqualTo(3);
    // by FIFO from the carried layer: 138.00 + 3 x 12.00 = 174.00
    assertThat(change.ledger().line(2).amount()).isEqualTo(cny("174.00"));
    assertThat(change.ledger().valueOnHand()).isEqualTo(cny("84.00"));
  }

  @Test
  void whatCannotBeCarriedIsRejected() {
    assertThatThrownBy(
            () ->
                march()
                    .changeMethod(
                        day("2024-04-15"), CostingPolicy.of(CostingMethod.MONTHLY_AVERAGE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must be the first of a month under the month-end average");
    StockLedger returned =
        post(
            march(),
            Movement.customerReturn(
                day("2024-04-02"), "RET-1", Ledgers.qty("1"), Ledgers.PCS, "OUT-1"));
    assertThatThrownBy(() -> returned.changeMethod(APRIL, CostingPolicy.of(CostingMethod.FIFO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RET-1");
  }
}
