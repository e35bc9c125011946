package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.costing.CostingMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 1: perpetual LIFO (后进先出法, not allowed by Chinese standards or IFRS; offered for US
 * GAAP users). Figures worked by hand below.
 */
class LifoTest {
  static List<Movement> march() {
    List<Movement> m = new ArrayList<>();
    m.add(receipt("2024-03-01", "GRN-1", "10", "10.00"));
    m.add(receipt("2024-03-05", "GRN-2", "10", "12.00"));
    m.add(issue("2024-03-10", "OUT-1", "15"));
    m.add(receipt("2024-03-12", "GRN-3", "10", "11.00"));
    m.add(issue("2024-03-15", "OUT-2", "12"));
    return m;
  }

  @Test
  void issuesTakeTheNewestLayersFirst() {
    StockLedger l = post(Ledgers.open(CostingMethod.LIFO), march().toArray(Movement[]::new));
    // OUT-1: the 10 of GRN-2 (120.00) and 5 of GRN-1 (100.00 x 5 / 10 = 50.00): 170.00
    // (FIFO: 100.00 + 60.00 = 160.00); 5 of GRN-1 left, worth 50.00
    assertThat(l.line(2).amount()).isEqualTo(cny("170.00"));
    assertThat(l.line(2).balanceValue()).isEqualTo(cny("50.00"));
    // OUT-2: the 10 of GRN-3 (110.00) and 2 more of GRN-1 (100.00 x 7/10 - 100.00 x 5/10 = 20.00)
    assertThat(l.line(4).amount()).isEqualTo(cny("130.00"));
    // 3 of GRN-1 left: 100.00 - 70.00 = 30.00
    assertThat(l.valueOnHand()).isEqualTo(cny("30.00"));
  }

  @Test
  void aBackDatedReceiptIsValuedAsInDateOrder() {
    StockLedger l = post(Ledgers.open(CostingMethod.LIFO), march().toArray(Movement[]::new));
    Posting late = l.post(receipt("2024-03-08", "GRN-0", "5", "13.00"));
    // OUT-1 now takes GRN-2's 10 (120.00) and GRN-0's 5 (65.00): 185.00, leaving GRN-1 whole;
    // OUT-2 takes GRN-3's 10 (110.00) and 2 of GRN-1 (20.00): 130.00, leaving 8 worth 80.00
    assertThat(late.ledger().line(3).amount()).isEqualTo(cny("185.00"));
    assertThat(late.ledger().line(5).amount()).isEqualTo(cny("130.00"));
    assertThat(late.ledger().valueOnHand()).isEqualTo(cny("80.00"));
    assertThat(late.costOfGoodsSoldChange()).isEqualTo(cny("15.00"));
    List<Movement> inOrder = march();
    inOrder.add(2, receipt("2024-03-08", "GRN-0", "5", "13.00"));
    StockLedger direct = post(Ledgers.open(CostingMethod.LIFO), inOrder.toArray(Movement[]::new));
    assertThat(late.ledger().card().lines()).isEqualTo(direct.card().lines());
  }
}
