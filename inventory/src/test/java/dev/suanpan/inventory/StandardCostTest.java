package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.qty;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard cost (标准成本法) on the textbook example: a standard of 10.00 from 1 March 2024, 100
 * received at 10.50, 30 issued, the standard raised to 11.00 from 1 April with 70 on hand.
 */
class StandardCostTest {
  /** 10.00 from 1 March 2024, 11.00 from 1 April 2024. */
  static final CostingPolicy POLICY =
      CostingPolicy.builder()
          .method(CostingMethod.STANDARD)
          .putStandardCost(day("2024-03-01"), new BigDecimal("10.00"))
          .putStandardCost(day("2024-04-01"), new BigDecimal("11.00"))
          .build();

  private static StockLedger march() {
    return post(
        Ledgers.open(POLICY),
        receipt("2024-03-05", "GRN-1", "100", "10.50"),
        issue("2024-03-10", "OUT-1", "30"));
  }

  @Test
  void aReceiptEntersAtStandardAndTheExcessCostIsAnUnfavourablePurchasePriceVariance() {
    Posting p = Ledgers.open(POLICY).post(receipt("2024-03-05", "GRN-1", "100", "10.50"));

    StockCardLine line = p.line().orElseThrow();
    assertThat(line.amount()).isEqualTo(cny("1000.00")); // 100 x 10.00
    assertThat(line.purchasePriceVariance()).isEqualTo(cny("50.00")); // 1,050.00 - 1,000.00
    assertThat(line.unitCost()).isEqualByComparingTo("10.00");
    assertThat(line.trueUp()).isEqualTo(cny("0.00"));
    assertThat(p.journal())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.lines())
                    .containsExactly(
                        JournalLine.debit(LedgerAccount.INVENTORY, cny("1000.00")),
                        JournalLine.debit(LedgerAccount.PURCHASE_PRICE_VARIANCE, cny("50.00")),
                        JournalLine.credit(
                            LedgerAccount.GOODS_RECEIVED_NOT_INVOICED, cny("1050.00"))));
    assertThat(p.explanation().fired(PostingRule.PURCHASE_PRICE_VARIANCE)).isTrue();
  }

  @Test
  void aReceiptBelowStandardIsAFavourableVarianceCredited() {
    StockLedger l = post(Ledgers.open(POLICY), receipt("2024-03-05", "GRN-2", "50", "9.80"));

    assertThat(l.line(0).amount()).isEqualTo(cny("500.00"));
    assertThat(l.line(0).purchasePriceVariance()).isEqualTo(cny("-10.00"));
    assertThat(l.journalOf(0).orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INVENTORY, cny("500.00")),
            JournalLine.credit(LedgerAccount.PURCHASE_PRICE_VARIANCE, cny("10.00")),
            JournalLine.credit(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED, cny("490.00")));
  }

  @Test
  void issuesAreCostedAtStandard() {
    StockLedger l = march();

    assertThat(l.line(1).amount()).isEqualTo(cny("300.00")); // 30 x 10.00
    assertThat(l.line(1).purchasePriceVariance()).isEqualTo(cny("0.00"));
    assertThat(l.journalOf(1).orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.COST_OF_GOODS_SOLD, cny("300.00")),
            JournalLine.credit(LedgerAccount.INVENTORY, cny("300.00")));
    assertThat(l.quantityOnHand()).isEqualByComparingTo("70");
    assertThat(l.valueOnHand()).isEqualTo(cny("700.00"));
    assertThat(l.currentUnitCost())
        .hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("10"));
  }

  @Test
  void aNewStandardRevaluesTheStockOnHandAgainstThePurchasePriceVariance() {
    StockLedger l = march();

    assertThat(l.standardRevaluations(day("2024-04-01"), day("2024-04-30")))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.effectiveFrom()).isEqualTo(day("2024-04-01"));
              assertThat(r.quantity()).isEqualByComparingTo("70");
              assertThat(r.previousUnitCost()).isEqualByComparingTo("10.00");
              assertThat(r.unitCost()).isEqualByComparingTo("11.00");
              assertThat(r.valueBefore()).isEqualTo(cny("700.00"));
              assertThat(r.valueAfter()).isEqualTo(cny("770.00"));
              assertThat(r.amount()).isEqualTo(cny("70.00")); // 70 x (11.00 - 10.00)
              assertThat(r.journal().orElseThrow().toString())
                  .isEqualTo(
                      "2024-04-01 STD-2024-04-01 Standard cost revaluation of OIL-FILTER-A at"
                          + " PARTS-1: 70 pcs from 10.00 to 11.00\n"
                          + "  Dr 1405 Inventory CNY 70.00\n"
                          + "  Cr 1404 Purchase price variance CNY 70.00\n"
                          + "  [item=OIL-FILTER-A, warehouse=PARTS-1]");
            });
    // The value on hand at a date is at that date's standard.
    assertThat(l.balanceAt(day("2024-03-31")).value()).isEqualTo(cny("700.00"));
    assertThat(l.balanceAt(day("2024-04-01")).value()).isEqualTo(cny("770.00"));
    // Not booked yet: no movement on or after 1 April.
    assertThat(l.journal(day("2024-03-01"), day("2024-03-31"))).hasSize(2);

    Posting april = l.post(issue("2024-04-05", "OUT-2", "20"));
    StockCardLine out2 = april.line().orElseThrow();
    assertThat(out2.standardRevaluation()).isEqualTo(cny("70.00"));
    assertThat(out2.amount()).isEqualTo(cny("220.00")); // 20 x 11.00
    assertThat(out2.balanceValue()).isEqualTo(cny("550.00")); // 700 + 70 - 220 = 50 x 11.00
    assertThat(april.explanation().fired(PostingRule.STANDARD_REVALUATION)).isTrue();
    // The posting books the revaluation it crossed, dated its effective date.
    assertThat(april.journal())
        .extracting(JournalEntry::reference, JournalEntry::date)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("OUT-2", day("2024-04-05")),
            org.assertj.core.groups.Tuple.tuple("STD-2024-04-01", day("2024-04-01")));
    // The ledger's journal puts it before the movements of its date and after March's.
    StockLedger after = april.ledger();
    assertThat(after.journal(day("2024-03-01"), day("2024-04-30")))
        .extracting(JournalEntry::reference)
        .containsExactly("GRN-1", "OUT-1", "STD-2024-04-01", "OUT-2");

    StockCard card = after.card();
    assertThat(card.standardRevaluations()).isEqualTo(cny("70.00"));
    assertThat(card.purchasePriceVariance()).isEqualTo(cny("50.00"));
    // opening + in (at standard) + revaluations = out + closing
    assertThat(card.valueIn().plus(card.standardRevaluations()))
        .isEqualTo(card.costOut().plus(card.closingValue()));
    assertThat(card.closingValue()).isEqualTo(cny("550.00"));
  }

  @Test
  void monthEndCloseShowsTheVarianceAndTheRevaluationOfTheMonth() {
    StockLedger l = post(march(), issue("2024-04-05", "OUT-2", "20"));

    MonthEndClose marchClose = l.closeMonth(YearMonth.of(2024, 3));
    assertThat(marchClose.inboundValue()).isEqualTo(cny("1000.00"));
    assertThat(marchClose.purchasePriceVariance()).isEqualTo(cny("50.00"));
    assertThat(marchClose.outboundCost()).isEqualTo(cny("300.00"));
    assertThat(marchClose.standardRevaluations()).isEqualTo(cny("0.00"));
    assertThat(marchClose.closingValue()).isEqualTo(cny("700.00"));
    assertThat(marchClose.journal()).isEmpty(); // standard cost books at once, not at the close

    MonthEndClose aprilClose = marchClose.ledger().closeMonth(YearMonth.of(2024, 4));
    assertThat(aprilClose.openingValue()).isEqualTo(cny("700.00"));
    assertThat(aprilClose.standardRevaluations()).isEqualTo(cny("70.00"));
    assertThat(aprilClose.outboundCost()).isEqualTo(cny("220.00"));
    assertThat(aprilClose.closingValue()).isEqualTo(cny("550.00"));
    assertThat(aprilClose.unitCost()).isEmpty();
  }

  @Test
  void aChangeInAMonthWithoutMovementsShowsInThatMonthsClose() {
    // The standard rises on 1 April; the next movement is in May.
    StockLedger l = post(march(), issue("2024-05-06", "OUT-3", "10"));

    MonthEndClose april = l.closeMonth(YearMonth.of(2024, 4));
    assertThat(april.openingValue()).isEqualTo(cny("700.00"));
    assertThat(april.standardRevaluations()).isEqualTo(cny("70.00"));
    assertThat(april.closingValue()).isEqualTo(cny("770.00"));
    MonthEndClose may = april.ledger().closeMonth(YearMonth.of(2024, 5));
    assertThat(may.openingValue()).isEqualTo(cny("770.00"));
    assertThat(may.standardRevaluations()).isEqualTo(cny("0.00"));
    assertThat(may.outboundCost()).isEqualTo(cny("110.00"));
    assertThat(may.closingValue()).isEqualTo(cny("660.00"));
  }

  @Test
  void aBackDatedReceiptBeforeTheChangeRevaluesMoreStockAndBooksTheDifference() {
    StockLedger l = post(march(), issue("2024-04-05", "OUT-2", "20"));

    Posting late = l.post(receipt("2024-03-20", "GRN-LATE", "10", "10.00"));

    assertThat(late.cogsChanges()).isEmpty(); // OUT-2 still costs 20 x 11.00
    assertThat(late.ledger().line(3).standardRevaluation()).isEqualTo(cny("80.00")); // 80 x 1.00
    assertThat(late.journal())
        .extracting(Object::toString)
        .containsExactly(
            "2024-03-20 GRN-LATE Receipt of OIL-FILTER-A at PARTS-1\n"
                + "  Dr 1405 Inventory CNY 100.00\n"
                + "  Cr 220202 Goods received not invoiced CNY 100.00\n"
                + "  [item=OIL-FILTER-A, warehouse=PARTS-1]",
            "2024-04-01 STD-2024-04-01 Standard cost revaluation of OIL-FILTER-A at PARTS-1:"
                + " 80 pcs from 10.00 to 11.00 re-valued\n"
                + "  Dr 1405 Inventory CNY 10.00\n"
                + "  Cr 1404 Purchase price variance CNY 10.00\n"
                + "  [item=OIL-FILTER-A, warehouse=PARTS-1]");
  }

  @Test
  void transfersInAndOpeningBalancesEnterAtStandardWithTheirDifferenceToTheVariance() {
    StockLedger l =
        post(
            Ledgers.open(POLICY),
            Movement.openingBalance(
                day("2024-03-01"), "OB-1", qty("100"), Ledgers.PCS, cny("980.00")),
            Movement.transferIn(day("2024-03-02"), "TI-1", qty("100"), Ledgers.PCS, cny("1060.00")),
            Movement.stocktakeSurplus(day("2024-03-03"), "PY-1", qty("2"), Ledgers.PCS));

    assertThat(l.line(0).amount()).isEqualTo(cny("1000.00"));
    assertThat(l.line(0).purchasePriceVariance()).isEqualTo(cny("-20.00"));
    // already on the books at 980.00: only the difference moves, into the variance account
    assertThat(l.journalOf(0).orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INVENTORY, cny("20.00")),
            JournalLine.credit(LedgerAccount.PURCHASE_PRICE_VARIANCE, cny("20.00")));
    assertThat(l.line(1).purchasePriceVariance()).isEqualTo(cny("60.00"));
    assertThat(l.journalOf(1).orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INVENTORY, cny("1000.00")),
            JournalLine.debit(LedgerAccount.PURCHASE_PRICE_VARIANCE, cny("60.00")),
            JournalLine.credit(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES, cny("1060.00")));
    assertThat(l.line(2).amount()).isEqualTo(cny("20.00")); // surplus at standard, no variance
    assertThat(l.line(2).purchasePriceVariance()).isEqualTo(cny("0.00"));
    assertThat(l.valueOnHand()).isEqualTo(cny("2020.00"));
  }

  @Test
  void aCustomerReturnComesBackAtTheCurrentStandard() {
    StockLedger l =
        post(
            march(),
            Movement.customerReturn(day("2024-04-02"), "RET-1", qty("5"), Ledgers.PCS, "OUT-1"));

    assertThat(l.line(2).amount()).isEqualTo(cny("55.00")); // 5 x 11.00, out at 10.00
    assertThat(l.line(2).standardRevaluation()).isEqualTo(cny("70.00"));
    assertThat(l.journalOf(2).orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INVENTORY, cny("55.00")),
            JournalLine.credit(LedgerAccount.COST_OF_GOODS_SOLD, cny("55.00")));
    assertThat(l.valueOnHand()).isEqualTo(cny("825.00")); // 75 x 11.00
  }

  @Test
  void issuesBeyondTheStockAreAtStandardAndNeedNoTrueUp() {
    CostingPolicy allow =
        CostingPolicy.builder()
            .from(POLICY)
            .negativeStock(NegativeStockPolicy.ALLOW_AND_TRUE_UP)
            .build();
    StockLedger l =
        post(
            Ledgers.open(allow),
            receipt("2024-03-05", "GRN-1", "10", "10.50"),
            issue("2024-03-06", "OUT-1", "15"),
            receipt("2024-03-07", "GRN-2", "20", "9.00"));

    assertThat(l.line(1).amount()).isEqualTo(cny("150.00"));
    assertThat(l.line(1).balanceValue()).isEqualTo(cny("-50.00"));
    assertThat(l.line(2).trueUp()).isEqualTo(cny("0.00"));
    assertThat(l.line(2).purchasePriceVariance()).isEqualTo(cny("-20.00"));
    assertThat(l.valueOnHand()).isEqualTo(cny("150.00"));
  }

  @Test
  void inventoryPlusTheVarianceAccountHoldTheActualCostOfWhatWasReceived() {
    StockLedger l =
        post(
            Ledgers.open(POLICY),
            receipt("2024-03-05", "GRN-1", "100", "10.50"),
            receipt("2024-03-20", "GRN-2", "3", "10.333333"),
            receipt("2024-04-03", "GRN-3", "7.5", "11.27"));
    List<JournalEntry> journal = new ArrayList<>(l.journal(day("2024-03-01"), day("2024-04-30")));

    JournalSummary s = JournalSummary.of(Ledgers.CNY, journal);
    // actual: 1,050.00 + 31.00 + 84.53 = 1,165.53
    assertThat(
            s.balanceOf(LedgerAccount.INVENTORY)
                .plus(s.balanceOf(LedgerAccount.PURCHASE_PRICE_VARIANCE)))
        .isEqualTo(cny("1165.53"));
    assertThat(s.balanceOf(LedgerAccount.INVENTORY)).isEqualTo(l.valueOnHand());
    assertThat(l.valueOnHand()).isEqualTo(cny("1215.50")); // 110.5 x 11.00
  }

  @Test
  void revaluingAFifoLedgerAtStandardMovesTheDifferenceToTheVariance() {
    StockLedger fifo =
        post(
            Ledgers.open(CostingMethod.FIFO),
            receipt("2024-03-05", "GRN-1", "100", "10.50"),
            issue("2024-03-10", "OUT-1", "30"));

    Posting p = fifo.revalue(POLICY);

    assertThat(p.isAllowed()).isTrue();
    assertThat(p.ledger().valueOnHand()).isEqualTo(cny("700.00"));
    assertThat(p.cogsChanges()).hasSize(2);
    assertThat(p.journal().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.PURCHASE_PRICE_VARIANCE, cny("50.00")),
            JournalLine.credit(LedgerAccount.INVENTORY, cny("50.00")));
    assertThat(p.costOfGoodsSoldChange()).isEqualTo(cny("-15.00")); // 315.00 -> 300.00
  }

  @Test
  void aStandardPolicyNeedsItsStandardsAndOnlyItHasThem() {
    assertThatThrownBy(() -> CostingPolicy.of(CostingMethod.STANDARD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "standardCosts must hold at least one standard unit cost for a STANDARD policy, was {}");
    assertThatThrownBy(
            () ->
                CostingPolicy.builder()
                    .method(CostingMethod.FIFO)
                    .putStandardCost(day("2024-03-01"), BigDecimal.TEN)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("standardCosts apply only to a STANDARD policy, was {2024-03-01=10} for FIFO");
    assertThatThrownBy(() -> CostingPolicy.standard(day("2024-03-01"), new BigDecimal("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("standardCosts[2024-03-01] must not be negative, was -1.00");
    assertThatThrownBy(
            () -> CostingPolicy.standard(day("2024-03-01"), new BigDecimal("10.0000001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("standardCosts[2024-03-01] must have at most 6 decimal places, was 10.0000001");
    assertThat(CostingPolicy.standard(day("2024-03-01"), new BigDecimal("10")))
        .isEqualTo(CostingPolicy.standard(day("2024-03-01"), new BigDecimal("10.00")));
    assertThat(POLICY.standardCostOn(day("2024-03-31"))).contains(new BigDecimal("10.000000"));
    assertThat(POLICY.standardCostOn(day("2024-04-01"))).contains(new BigDecimal("11.000000"));
    assertThat(POLICY.standardCostOn(day("2024-02-29"))).isEmpty();
  }

  @Test
  void aMovementBeforeTheFirstStandardIsRejected() {
    StockLedger l = Ledgers.open(POLICY);
    assertThatThrownBy(() -> l.post(receipt("2024-02-29", "GRN-0", "1", "10.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "movement GRN-0 is dated 2024-02-29, before the first standard cost of OIL-FILTER-A"
                + " (in effect from 2024-03-01)");
    StockLedger fifo =
        post(Ledgers.open(CostingMethod.FIFO), receipt("2024-02-29", "GRN-0", "1", "10.00"));
    assertThatThrownBy(() -> fifo.revalue(POLICY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "newPolicy's first standard cost is in effect from 2024-03-01, after the first"
                + " movement GRN-0 of OIL-FILTER-A on 2024-02-29");
  }
}
