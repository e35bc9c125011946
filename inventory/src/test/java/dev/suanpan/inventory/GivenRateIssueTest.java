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
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 25 item 3: an issue at a given rate (a sample, an internal use at a set cost). */
class GivenRateIssueTest {
  static final CostingPolicy ALLOWING =
      CostingPolicy.builder()
          .method(CostingMethod.MOVING_AVERAGE)
          .addIssuesAtGivenRate(MovementKind.REPAIR_ISSUE)
          .build();

  /** {@code quantity} issued to a repair job on {@code date} at the set cost {@code rate}. */
  static Movement atRate(String date, String doc, String quantity, String rate) {
    return Movement.builder()
        .from(Movement.repairIssue(day(date), doc, qty(quantity), PCS))
        .unitCost(new BigDecimal(rate))
        .build();
  }

  static StockLedger twoReceipts(CostingPolicy policy) {
    // 10 x 10.00 + 10 x 13.00 = 230.00 for 20, 11.50 a unit
    return post(
        Ledgers.open(policy),
        receipt("2024-03-01", "GRN-1", "10", "10.00"),
        receipt("2024-03-02", "GRN-2", "10", "13.00"));
  }

  @Test
  void anIssueAtAGivenRateLeavesAtItAndTheUnitsLeftCarryTheRest() {
    Posting sample = twoReceipts(ALLOWING).post(atRate("2024-03-03", "USE-1", "2", "8.00"));

    assertThat(sample.isAllowed()).isTrue();
    // 2 x 8.00 = 16.00 (not 2 x 11.50 = 23.00); 18 left worth 230.00 - 16.00 = 214.00
    assertThat(sample.line().orElseThrow().amount()).isEqualTo(cny("16.00"));
    assertThat(sample.line().orElseThrow().unitCost()).isEqualByComparingTo("8.00");
    assertThat(sample.ledger().valueOnHand()).isEqualTo(cny("214.00"));
    JournalSummary j = JournalSummary.of(CNY, sample.journal());
    assertThat(j.debitsOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("16.00"));
    // the next issue takes the balance in proportion: 214.00 x 9 / 18 = 107.00
    Posting sale = sample.ledger().post(issue("2024-03-04", "OUT-1", "9"));
    assertThat(sale.line().orElseThrow().amount()).isEqualTo(cny("107.00"));
    // the movement as posted keeps its rate
    assertThat(sale.ledger().movement(2).unitCost()).contains(new BigDecimal("8.000000"));
  }

  @Test
  void aGivenRateThatEmptiesTheStockLeavesNoValueBehindForLong() {
    StockLedger l =
        post(
            Ledgers.open(ALLOWING),
            receipt("2024-03-01", "GRN-1", "10", "10.00"),
            atRate("2024-03-02", "USE-1", "10", "9.00"));
    // 100.00 - 10 x 9.00 = 10.00 left on no units
    assertThat(l.valueOnHand()).isEqualTo(cny("10.00"));
    Posting next = l.post(receipt("2024-03-03", "GRN-2", "5", "12.00"));
    // the next receipt trues the 10.00 up to cost of goods sold: 5 worth 5 x 12.00 = 60.00
    assertThat(next.line().orElseThrow().trueUp()).isEqualTo(cny("10.00"));
    assertThat(next.ledger().valueOnHand()).isEqualTo(cny("60.00"));
  }

  @Test
  void theDefaultPolicyRefusesAGivenRateNamingTheMovementAndTheReason() {
    StockLedger l = twoReceipts(CostingPolicy.of(CostingMethod.MOVING_AVERAGE));
    Posting p = l.post(atRate("2024-03-03", "USE-1", "2", "8.00"));
    assertThat(p.isRefused()).isTrue();
    assertThat(p.ledger()).isSameAs(l);
    assertThat(p.explanation().fired(PostingRule.GIVEN_RATE)).isTrue();
    assertThat(p.explanation().toString())
        .contains("REPAIR_ISSUE USE-1 dated 2024-03-03 carries a given rate of 8")
        .contains("takes a given rate only for no kind");
    // a policy taking given rates for repair issues still refuses one on a sale issue
    Posting sale =
        twoReceipts(ALLOWING)
            .post(
                Movement.builder()
                    .from(issue("2024-03-03", "OUT-1", "1"))
                    .unitCost(new BigDecimal("8"))
                    .build());
    assertThat(sale.isRefused()).isTrue();
    assertThat(sale.explanation().toString()).contains("only for [REPAIR_ISSUE]");
    // a ledger holding one cannot be re-valued by a policy that takes none
    StockLedger with = twoReceipts(ALLOWING).post(atRate("2024-03-03", "USE-1", "2", "8")).ledger();
    Posting fifo = with.revalue(CostingPolicy.of(CostingMethod.FIFO));
    assertThat(fifo.isRefused()).isTrue();
    assertThat(fifo.explanation().fired(PostingRule.GIVEN_RATE)).isTrue();
  }

  @Test
  void onlyTheMovingAverageTakesAGivenRate() {
    assertThatThrownBy(
            () ->
                CostingPolicy.builder()
                    .method(CostingMethod.FIFO)
                    .addIssuesAtGivenRate(MovementKind.REPAIR_ISSUE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issuesAtGivenRate applies to the MOVING_AVERAGE only")
        .hasMessageContaining("FIFO");
    assertThatThrownBy(
            () ->
                CostingPolicy.builder()
                    .method(CostingMethod.MOVING_AVERAGE)
                    .addIssuesAtGivenRate(MovementKind.RECEIPT)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issuesAtGivenRate must hold outbound kinds only, held RECEIPT");
  }
}
