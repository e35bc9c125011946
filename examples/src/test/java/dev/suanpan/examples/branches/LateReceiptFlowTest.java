package dev.suanpan.examples.branches;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.examples.tour.FlowReport;
import org.junit.jupiter.api.Test;

class LateReceiptFlowTest {
  @Test
  void theLateReceiptReValuesTheTransferAndTheBranchSale() {
    FlowReport account = new LateReceiptFlow().run();
    // by hand: 5 x 10.00 = 50.00 travel and are sold; under FIFO the transfer of the 11th takes
    // the 5 received on the 9th at 20.00 instead: 5 x 20.00 = 100.00, 50.00 more on each side
    assertThat(account.lines())
        .containsSubsequence(
            "  Transfer note DB-0311: 5 pcs, cost travelling CNY 50.00",
            "  Branch sale XS-0312: 5 pcs, cost CNY 50.00",
            "  CENTRAL TRANSFER_OUT DB-0311: CNY 50.00 -> CNY 100.00",
            "  BRANCH-EAST TRANSFER_IN DB-0311: CNY 50.00 -> CNY 100.00",
            "  BRANCH-EAST SALE_ISSUE XS-0312: CNY 50.00 -> CNY 100.00",
            "    2024-03-11 DB-0311 Transfer out of OIL-FILTER-A at CENTRAL re-valued",
            "      Dr 140599 Inventory - transfers between warehouses CNY 50.00",
            "    2024-03-11 DB-0311 Transfer in of OIL-FILTER-A at BRANCH-EAST re-valued",
            "      Cr 140599 Inventory - transfers between warehouses CNY 50.00",
            "  Transfers clearing (140599): Dr CNY 50.00, Cr CNY 50.00, balance CNY 0.00",
            "  Branch cost of goods sold up by CNY 50.00");
    assertThat(account.lines()).anyMatch(l -> l.contains("[inventory.transfer-follows]"));
  }
}
