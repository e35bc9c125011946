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
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LedgerFlowsTest {
  private static final Movement[] MARCH = {
    receipt("2024-03-01", "GRN-1", "100", "10.00"),
    receipt("2024-03-05", "GRN-2", "200", "12.00"),
    issue("2024-03-10", "OUT-1", "150"),
    receipt("2024-03-15", "GRN-3", "100", "11.00"),
    issue("2024-03-20", "OUT-2", "200"),
  };

  @Test
  void backDatedReceiptRevaluesOnlyTheLaterIssuesAndReturnsTheCogsChanges() {
    StockLedger l = post(Ledgers.open(CostingMethod.FIFO), MARCH);
    Posting p = l.post(receipt("2024-03-02", "GRN-LATE", "100", "8.00"));
    assertThat(p.isAllowed()).isTrue();
    assertThat(p.explanation().fired(PostingRule.BACK_DATED)).isTrue();
    assertThat(p.line().orElseThrow().index()).isEqualTo(1);
    // OUT-1: 100 x 10 + 50 x 8 = 1400 (was 1600); OUT-2: 50 x 8 + 150 x 12 = 2200 (was 2350)
    assertThat(p.cogsChanges())
        .extracting(c -> c.after().document(), CogsChange::costChange)
        .containsExactly(tuple("OUT-1", cny("-200.00")), tuple("OUT-2", cny("-150.00")));
    assertThat(p.costOfGoodsSoldChange()).isEqualTo(cny("-350.00"));
    // one entry for the receipt, one for each re-valued issue, referenced by its document
    assertThat(p.journal())
        .extracting(JournalEntry::reference, JournalEntry::description)
        .containsExactly(
            tuple("GRN-LATE", "Receipt of " + Ledgers.ITEM + " at " + Ledgers.MAIN),
            tuple("OUT-1", "Sale issue of " + Ledgers.ITEM + " at " + Ledgers.MAIN + " re-valued"),
            tuple("OUT-2", "Sale issue of " + Ledgers.ITEM + " at " + Ledgers.MAIN + " re-valued"));
    assertThat(p.journal().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INVENTORY, cny("800.00")),
            JournalLine.credit(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED, cny("800.00")));
    assertThat(p.journal().get(1).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INVENTORY, cny("200.00")),
            JournalLine.credit(LedgerAccount.COST_OF_GOODS_SOLD, cny("200.00")));
    JournalSummary booked = JournalSummary.of(CNY, p.journal());
    assertThat(booked.balanceOf(LedgerAccount.COST_OF_GOODS_SOLD))
        .isEqualTo(p.costOfGoodsSoldChange());
    assertThat(booked.balanceOf(LedgerAccount.INVENTORY)).isEqualTo(cny("1150.00"));
    // the movements before it are untouched
    assertThat(p.ledger().line(0)).isEqualTo(l.line(0));
  }

  @Test
  void anIssueBeyondTheStockIsRefusedWhenThePolicyRejectsNegativeStock() {
    StockLedger l =
        post(
            Ledgers.open(CostingMethod.MOVING_AVERAGE),
            receipt("2024-03-01", "GRN-1", "10", "5.00"));
    Posting p = l.post(issue("2024-03-02", "OUT-9", "15"));
    assertThat(p.isRefused()).isTrue();
    assertThat(p.ledger()).isSameAs(l);
    assertThat(p.explanation().toString())
        .contains(
            "[inventory.negative-stock] SALE_ISSUE OUT-9 of 15.0000 pcs on 2024-03-02 would leave -5.0000 pcs");
  }

  @Test
  void aBackDatedIssueThatWouldTakeALaterIssueNegativeIsRefusedNamingIt() {
    StockLedger l =
        post(
            Ledgers.open(CostingMethod.FIFO),
            receipt("2024-03-01", "GRN-1", "10", "5.00"),
            issue("2024-03-05", "OUT-1", "8"));
    Posting p = l.post(issue("2024-03-03", "OUT-0", "5"));
    assertThat(p.isRefused()).isTrue();
    assertThat(p.explanation().toString()).contains("OUT-1");
  }

  @Test
  void negativeStockAllowedIsTruedUpWhenTheReceiptArrives() {
    StockLedger l =
        post(
            Ledgers.open(
                CostingPolicy.builder()
                    .method(CostingMethod.MOVING_AVERAGE)
                    .negativeStock(NegativeStockPolicy.ALLOW_AND_TRUE_UP)
                    .build()),
            receipt("2024-03-01", "GRN-1", "10", "5.00"),
            issue("2024-03-02", "OUT-1", "15"));
    // 10 at 50.00 plus 5 provisional at the latest cost 5.00
    assertThat(l.line(1).amount()).isEqualTo(cny("75.00"));
    assertThat(l.quantityOnHand()).isEqualByComparingTo("-5");
    Posting p = l.post(receipt("2024-03-04", "GRN-2", "20", "6.00"));
    StockCardLine line = p.line().orElseThrow();
    assertThat(line.trueUp()).isEqualTo(cny("5.00")); // 5 x 6.00 - 25.00
    assertThat(p.explanation().fired(PostingRule.TRUE_UP)).isTrue();
    assertThat(p.ledger().valueOnHand()).isEqualTo(cny("90.00")); // 15 x 6.00
    // the receipt's entry carries the true-up: Dr COGS / Cr inventory 5.00
    assertThat(p.journal()).hasSize(1);
    assertThat(p.journal().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INVENTORY, cny("120.00")),
            JournalLine.credit(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED, cny("120.00")),
            JournalLine.debit(LedgerAccount.COST_OF_GOODS_SOLD, cny("5.00")),
            JournalLine.credit(LedgerAccount.INVENTORY, cny("5.00")));
  }

  @Test
  void aCustomerReturnComesBackAtTheCostItWentOutAt() {
    StockLedger l = post(Ledgers.open(CostingMethod.FIFO), MARCH[0], MARCH[1], MARCH[2]);
    Posting p =
        l.post(Movement.customerReturn(day("2024-03-12"), "RET-1", qty("30"), PCS, "OUT-1"));
    assertThat(p.line().orElseThrow().amount()).isEqualTo(cny("320.00")); // 1600 x 30 / 150
    assertThat(p.journal())
        .singleElement()
        .extracting(JournalEntry::lines)
        .isEqualTo(
            com.google.common.collect.ImmutableList.of(
                JournalLine.debit(LedgerAccount.INVENTORY, cny("320.00")),
                JournalLine.credit(LedgerAccount.COST_OF_GOODS_SOLD, cny("320.00"))));
    assertThatThrownBy(
            () ->
                l.post(Movement.customerReturn(day("2024-03-12"), "RET-2", qty("1"), PCS, "OUT-X")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names issue OUT-X");
  }

  @Test
  void aValueBeyondWhatTheLedgerHoldsIsRejectedNamingTheMovement() {
    StockLedger l = Ledgers.open(CostingPolicy.of(CostingMethod.FIFO));
    // 10^12 pieces at 10^9 each: 10^21 yuan, beyond a long of fen.
    Movement huge = receipt("2024-03-01", "GRN-HUGE", "1000000000000", "1000000000");

    assertThatThrownBy(() -> l.post(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "movement 2024-03-01 RECEIPT GRN-HUGE of 1000000000000 pcs is refused")
        .hasMessageContaining("values up to 1000000000000000000 minor units")
        .hasCauseInstanceOf(ArithmeticException.class);
    assertThat(l.size()).isZero();
  }

  @Test
  void aTransferCarriesTheCostToTheOtherWarehouse() {
    StockLedger a = post(Ledgers.open(CostingMethod.FIFO), MARCH[0], MARCH[1]);
    StockLedger b =
        StockLedger.open(
            Ledgers.ITEM,
            WarehouseId.of("PARTS-2"),
            PCS,
            CNY,
            CostingPolicy.of(CostingMethod.MOVING_AVERAGE));
    Transfer.Result t = Transfer.move(a, b, day("2024-03-06"), "TRF-1", qty("150"));
    assertThat(t.out().line().orElseThrow().amount()).isEqualTo(cny("1600.00"));
    assertThat(t.in().ledger().valueOnHand()).isEqualTo(cny("1600.00"));
    assertThat(t.out().ledger().valueOnHand().plus(t.in().ledger().valueOnHand()))
        .isEqualTo(cny("3400.00"));
    JournalSummary transfer =
        JournalSummary.of(
            CNY,
            com.google.common.collect.ImmutableList.<JournalEntry>builder()
                .addAll(t.out().journal())
                .addAll(t.in().journal())
                .build());
    // the clearing account is debited by the transfer out and cleared by the transfer in
    assertThat(transfer.debitsOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES))
        .isEqualTo(t.in().line().orElseThrow().amount());
    assertThat(transfer.balanceOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES))
        .isEqualTo(cny("0.00"));
    assertThat(transfer.balanceOf(LedgerAccount.INVENTORY)).isEqualTo(cny("0.00"));
  }

  @Test
  void aClosedMonthTakesNoBackDatedMovement() {
    StockLedger l = post(Ledgers.open(CostingMethod.MONTHLY_AVERAGE), MARCH);
    StockLedger closed = l.closeMonth(YearMonth.of(2024, 3)).ledger();
    Posting p = closed.post(receipt("2024-03-31", "GRN-LATE", "1", "1.00"));
    assertThat(p.isRefused()).isTrue();
    assertThat(p.explanation().fired(PostingRule.MONTH_CLOSED)).isTrue();
    assertThat(closed.post(receipt("2024-04-01", "GRN-4", "1", "1.00")).isAllowed()).isTrue();
  }

  @Test
  void underTheMonthEndAverageIssuesAreJournalledOnlyAtTheClose() {
    StockLedger l = post(Ledgers.open(CostingMethod.MONTHLY_AVERAGE), MARCH);
    assertThat(l.journal(day("2024-03-01"), day("2024-03-31")))
        .extracting(JournalEntry::reference)
        .containsExactly("GRN-1", "GRN-2", "GRN-3");
    assertThat(JournalSummary.of(CNY, l.journal(day("2024-03-01"), day("2024-03-31"))).accounts())
        .containsExactly(LedgerAccount.INVENTORY, LedgerAccount.GOODS_RECEIVED_NOT_INVOICED);
    assertThat(l.closeMonth(YearMonth.of(2024, 3)).journal())
        .extracting(JournalEntry::reference, JournalEntry::debits)
        .containsExactly(tuple("OUT-1", cny("1687.50")), tuple("OUT-2", cny("2250.00")));
    // generated at the close, so dated the month's last day
    assertThat(l.closeMonth(YearMonth.of(2024, 3)).journal())
        .extracting(JournalEntry::date)
        .containsOnly(day("2024-03-31"));
    assertThat(JournalSummary.of(CNY, l.closeMonth(YearMonth.of(2024, 3)).journal()).balances())
        .containsExactly(
            entry(LedgerAccount.INVENTORY, cny("-3937.50")),
            entry(LedgerAccount.COST_OF_GOODS_SOLD, cny("3937.50")));
  }

  @Test
  void theStockSummaryGivesQuantityAndValueAtADate() {
    StockLedger l = post(Ledgers.open(CostingMethod.FIFO), MARCH);
    StockBalance at = l.balanceAt(day("2024-03-12"));
    assertThat(at.quantity()).isEqualByComparingTo("150");
    assertThat(at.value()).isEqualTo(cny("1800.00"));
    assertThat(l.balanceAt(day("2024-02-28")).value()).isEqualTo(cny("0.00"));
    StockLedger other = post(Ledgers.open(CostingMethod.MOVING_AVERAGE), MARCH);
    StockSummary summary = StockSummary.at(day("2024-03-31"), java.util.List.of(l, other));
    assertThat(summary.balances())
        .extracting(StockBalance::value)
        .containsExactly(cny("550.00"), cny("560.00"));
    assertThat(summary.totalValue()).isEqualTo(cny("1110.00"));
  }

  @Test
  void theStockCardShowsRunningBalancesAndTotals() {
    StockCard card = post(Ledgers.open(CostingMethod.FIFO), MARCH).card();
    assertThat(card.lines())
        .extracting(StockCardLine::balanceQuantity)
        .extracting(BigDecimal::stripTrailingZeros)
        .containsExactly(
            new BigDecimal("1E+2"),
            new BigDecimal("3E+2"),
            new BigDecimal("1.5E+2"),
            new BigDecimal("2.5E+2"),
            new BigDecimal("5E+1"));
    assertThat(card.valueIn()).isEqualTo(cny("4500.00"));
    assertThat(card.costOut()).isEqualTo(cny("3950.00"));
    assertThat(card.closingValue()).isEqualTo(cny("550.00"));
  }

  @Test
  void receivingMoreThanOrderedNeedsConsentBeyondTheTolerance() {
    Role storekeeper = Role.of("STOREKEEPER", "Storekeeper");
    Role marketing = Role.of("MARKETING_MANAGER", "Marketing manager");
    AuthorityPolicy authority =
        AuthorityPolicy.builder()
            .role(marketing)
            .role(storekeeper, marketing)
            .limit(marketing, ReceivingCheck.SUBJECT, Limit.upToPercent(Percent.of(10)))
            .build();
    ReceivingCheck check = new ReceivingCheck(Percent.of(2), authority);
    ItemId item = Ledgers.ITEM;
    assertThat(
            check
                .check("PO-1", item, qty("100"), qty("0"), item, qty("102"), storekeeper)
                .isAllowed())
        .isTrue();
    ReceivingCheck.Result over =
        check.check("PO-1", item, qty("100"), qty("0"), item, qty("105"), storekeeper);
    assertThat(over.needsApproval()).isTrue();
    assertThat(over.requiredApprover()).contains(marketing);
    assertThat(
            check
                .check("PO-1", item, qty("100"), qty("0"), item, qty("120"), storekeeper)
                .isRefused())
        .isTrue();
    assertThat(
            check
                .check(
                    "PO-1", item, qty("100"), qty("0"), ItemId.of("OTHER"), qty("1"), storekeeper)
                .explanation()
                .fired(ReceivingRule.PO_MISMATCH))
        .isTrue();
  }

  @Test
  void aDirectShipmentMovesNoStockAndMatchesTheCosts() {
    DirectShipment d =
        DirectShipment.builder()
            .date(day("2024-03-08"))
            .purchaseInvoice("PI-88")
            .salesInvoice("SI-77")
            .item(Ledgers.ITEM)
            .warehouse(Ledgers.MAIN)
            .purchasedQuantity(qty("20"))
            .soldQuantity(qty("20"))
            .purchaseCost(cny("10000.00"))
            .inputVat(cny("1300.00"))
            .build();
    assertThat(d.journal()).extracting(JournalEntry::reference).containsExactly("PI-88", "SI-77");
    assertThat(d.journal().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.GOODS_IN_TRANSIT, cny("10000.00")),
            JournalLine.debit(LedgerAccount.INPUT_VAT, cny("1300.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_PAYABLE, cny("11300.00")));
    assertThat(d.journal().get(1).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.COST_OF_GOODS_SOLD, cny("10000.00")),
            JournalLine.credit(LedgerAccount.GOODS_IN_TRANSIT, cny("10000.00")));
    // goods in transit is cleared by the delivery
    assertThat(JournalSummary.of(CNY, d.journal()).balanceOf(LedgerAccount.GOODS_IN_TRANSIT))
        .isEqualTo(cny("0.00"));
    assertThatThrownBy(() -> DirectShipment.builder().from(d).soldQuantity(qty("19")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match purchase invoice PI-88");
  }

  @Test
  void badMovementsAreRejectedNamingTheArgument() {
    assertThatThrownBy(() -> issue("2024-03-01", "OUT-1", "0"))
        .hasMessageContaining("quantity must be positive");
    assertThatThrownBy(() -> receipt("2024-03-01", "GRN-1", "1.00001", "1"))
        .hasMessageContaining("quantity must have at most 4 decimal places");
    assertThatThrownBy(
            () ->
                Ledgers.open(CostingMethod.FIFO)
                    .post(
                        Movement.saleIssue(
                            day("2024-03-01"), "OUT-1", qty("1"), UnitOfMeasure.of("kg"))))
        .hasMessageContaining("counts in pcs");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(CostingMethod.class)
  void backDatedPostingsIntoALedgerOfManyChunksEqualBuildingInDateOrder(CostingMethod method) {
    // 5000 movements over 50 days (several storage chunks), posted with every 7th one late.
    java.util.List<Movement> inOrder = new java.util.ArrayList<>();
    java.util.List<Movement> late = new java.util.ArrayList<>();
    CostingPolicy policy = Ledgers.policy(method, NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    StockLedger posted = Ledgers.open(policy);
    for (int i = 0; i < 5000; i++) {
      String date = java.time.LocalDate.of(2024, 1, 1).plusDays(i / 100).toString();
      Movement m =
          i % 3 == 0
              ? receipt(date, "G" + i, "30", (10 + i % 7) + ".25")
              : issue(date, "O" + i, i % 3 == 1 ? "14" : "15");
      inOrder.add(m);
      if (i % 7 == 3 && i % 3 == 0) {
        late.add(m);
      } else {
        posted = post(posted, m);
      }
    }
    for (Movement m : late) {
      posted = post(posted, m);
    }
    java.util.List<Movement> sorted = new java.util.ArrayList<>();
    for (Movement m : inOrder) {
      if (!late.contains(m)) {
        sorted.add(m);
      }
    }
    for (Movement m : late) {
      int at = 0;
      while (at < sorted.size() && !sorted.get(at).date().isAfter(m.date())) {
        at++;
      }
      sorted.add(at, m);
    }
    StockLedger scratch = post(Ledgers.open(policy), sorted.toArray(new Movement[0]));
    assertThat(posted.size()).isEqualTo(5000);
    assertThat(posted.card().lines()).isEqualTo(scratch.card().lines());
    assertThat(posted.valueOnHand()).isEqualTo(scratch.valueOnHand());
  }
}
