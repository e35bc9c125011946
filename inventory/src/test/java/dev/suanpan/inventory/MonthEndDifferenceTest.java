package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import dev.suanpan.inventory.costing.MonthEndDifference;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Where the month-end average puts the rounding difference of its unit cost: in ending inventory
 * (期末结存倒挤, the default), or in the month's issues (发出成本倒挤), chosen by the policy or taken as the
 * fallback when ending inventory would be a positive stock with a negative value.
 */
class MonthEndDifferenceTest {
  private static final YearMonth MAY = YearMonth.of(2024, 5);
  private static final CostingPolicy TEXTBOOK = CostingPolicy.of(CostingMethod.MONTHLY_AVERAGE);
  private static final CostingPolicy TO_ISSUES =
      CostingPolicy.builder()
          .method(CostingMethod.MONTHLY_AVERAGE)
          .monthEndDifference(MonthEndDifference.ISSUES)
          .build();

  /**
   * 201 pieces received on 1 May at 0.505 (101.505, rounded to 101.51), then {@code issues} of 1
   * piece on the days from 2 to 29 May in turn.
   */
  private static StockLedger manySmallIssues(CostingPolicy policy, int issues) {
    StockLedger l = post(Ledgers.open(policy), receipt("2024-05-01", "GRN-1", "201", "0.505"));
    for (int n = 1; n <= issues; n++) {
      l = post(l, issue(String.format("2024-05-%02d", n % 28 + 2), "OUT-" + n, "1"));
    }
    return l;
  }

  private static Money sum(List<Money> amounts) {
    return amounts.stream().reduce(cny("0.00"), Money::plus);
  }

  private static List<Money> issueAmounts(StockLedger l) {
    return l.card().lines().stream()
        .filter(x -> x.kind() == MovementKind.SALE_ISSUE)
        .map(StockCardLine::amount)
        .toList();
  }

  @Test
  void theTextbookRuleLeavesTheDifferenceInEndingInventory() {
    StockLedger l =
        post(
            Ledgers.open(TEXTBOOK),
            receipt("2024-04-01", "GRN-1", "3", "10.00"),
            receipt("2024-04-02", "GRN-2", "3", "10.01"),
            issue("2024-04-03", "OUT-1", "3"),
            issue("2024-04-04", "OUT-2", "1"));
    MonthEndClose close = l.closeMonth(YearMonth.of(2024, 4));
    assertThat(close.unitCost()).contains(new BigDecimal("10.01")); // 60.03 / 6 = 10.005
    assertThat(close.ledger().line(2).amount()).isEqualTo(cny("30.03"));
    assertThat(close.ledger().line(3).amount()).isEqualTo(cny("10.01"));
    assertThat(close.closingValue()).isEqualTo(cny("19.99"));
    assertThat(close.roundingDifference()).contains(cny("-0.03"));
    assertThat(close.issuesDifference()).contains(cny("0.00"));
    assertThat(close.differenceTreatment()).contains(MonthEndDifference.ENDING_INVENTORY);
  }

  @Test
  void issuesTakeTheDifferenceWhenThePolicySaysSo() {
    StockLedger l =
        post(
            Ledgers.open(TO_ISSUES),
            receipt("2024-04-01", "GRN-1", "3", "10.00"),
            receipt("2024-04-02", "GRN-2", "3", "10.01"),
            issue("2024-04-03", "OUT-1", "3"),
            issue("2024-04-04", "OUT-2", "1"));
    MonthEndClose close = l.closeMonth(YearMonth.of(2024, 4));
    // ending stock 2 × 10.01 = 20.02; issues 60.03 - 20.02 = 40.01 split 3:1 by largest remainder
    assertThat(close.closingValue()).isEqualTo(cny("20.02"));
    assertThat(close.outboundCost()).isEqualTo(cny("40.01"));
    assertThat(close.ledger().line(2).amount()).isEqualTo(cny("30.01")); // 30.0075
    assertThat(close.ledger().line(3).amount()).isEqualTo(cny("10.00")); // 10.0025
    assertThat(close.ledger().line(2).balanceValue()).isEqualTo(cny("30.02"));
    assertThat(close.ledger().line(3).balanceValue()).isEqualTo(cny("20.02"));
    assertThat(close.roundingDifference()).contains(cny("0.00"));
    assertThat(close.issuesDifference()).contains(cny("-0.03")); // 40.01 - (30.03 + 10.01)
    assertThat(close.differenceTreatment()).contains(MonthEndDifference.ISSUES);
    assertThat(close.journal())
        .extracting(JournalEntry::reference)
        .containsExactly("OUT-1", "OUT-2");
    assertThat(
            JournalSummary.of(Ledgers.CNY, close.journal())
                .balanceOf(LedgerAccount.COST_OF_GOODS_SOLD))
        .isEqualTo(cny("40.01"));
  }

  @Test
  void manyIssuesAndOneUnitLeftNoLongerGiveAPositiveStockANegativeValue() {
    // The unit cost 101.51 / 201 = 0.50502 rounds to 0.51: 200 issues at 0.51 come to 102.00,
    // 0.49 more than the 101.51 received; the textbook rule would leave 1 piece worth -0.49.
    StockLedger l = manySmallIssues(TEXTBOOK, 200);
    MonthEndClose close = l.closeMonth(MAY);
    assertThat(close.unitCost()).contains(new BigDecimal("0.51"));
    assertThat(close.closingQuantity()).isEqualByComparingTo("1");
    assertThat(close.differenceTreatment()).contains(MonthEndDifference.ISSUES);
    // fallback: the piece left at 0.51, the 200 issues share 101.00, 0.505 each
    assertThat(close.closingValue()).isEqualTo(cny("0.51"));
    assertThat(close.outboundCost()).isEqualTo(cny("101.00"));
    assertThat(close.issuesDifference()).contains(cny("-1.00"));
    assertThat(close.roundingDifference()).contains(cny("0.00"));
    List<Money> issues = issueAmounts(close.ledger());
    assertThat(issues.subList(0, 100)).containsOnly(cny("0.51")); // ties go to the earlier issue
    assertThat(issues.subList(100, 200)).containsOnly(cny("0.50"));
    assertThat(sum(issues)).isEqualTo(cny("101.00"));
    assertThat(close.ledger().valueOnHand()).isEqualTo(cny("0.51"));
    assertThat(close.ledger().card().closingValue()).isEqualTo(cny("0.51"));
    assertThat(
            JournalSummary.of(Ledgers.CNY, close.journal())
                .balanceOf(LedgerAccount.COST_OF_GOODS_SOLD))
        .isEqualTo(cny("101.00"));
  }

  @Test
  void aReceiptThatCoversIssuesBeyondTheStockTruesUpWhatAnEmptyStockWouldKeep() {
    CostingPolicy allowNegative =
        CostingPolicy.builder()
            .method(CostingMethod.MONTHLY_AVERAGE)
            .negativeStock(dev.suanpan.inventory.costing.NegativeStockPolicy.ALLOW_AND_TRUE_UP)
            .build();
    // January: 10 received free of charge, 12 issued (2 beyond the stock, at the month's unit cost
    // of 0.00). February: the 2 missing arrive at 0.0027, worth 0.01 to the fen, and nothing goes
    // out: the stock is empty, so the 0.01 is the cost the 2 issued in January really had.
    StockLedger l =
        post(
            Ledgers.open(allowNegative),
            receipt("2024-01-05", "GRN-1", "10", "0"),
            issue("2024-01-20", "OUT-1", "12"),
            receipt("2024-02-01", "GRN-2", "2", "0.0027"));

    assertThat(l.quantityOnHand()).isZero();
    assertThat(l.valueOnHand()).isEqualTo(cny("0.00"));
    StockCardLine grn = l.line(2);
    assertThat(grn.amount()).isEqualTo(cny("0.01"));
    assertThat(grn.trueUp()).isEqualTo(cny("0.01"));
    assertThat(grn.balanceValue()).isEqualTo(cny("0.00"));
    MonthEndClose february = l.closeMonth(YearMonth.of(2024, 2));
    assertThat(february.trueUps()).isEqualTo(cny("0.01"));
    assertThat(february.closingValue()).isEqualTo(cny("0.00"));
    assertThat(
            JournalSummary.of(Ledgers.CNY, l.journal(grn.date(), grn.date()))
                .balanceOf(LedgerAccount.COST_OF_GOODS_SOLD))
        .isEqualTo(cny("0.01"));
  }

  @Test
  void fewerIssuesKeepTheTextbookRule() {
    // 100 issues at 0.51 = 51.00; 101 pieces left worth 101.51 - 51.00 = 50.51: no fallback
    StockLedger l = manySmallIssues(TEXTBOOK, 100);
    MonthEndClose close = l.closeMonth(MAY);
    assertThat(close.differenceTreatment()).contains(MonthEndDifference.ENDING_INVENTORY);
    assertThat(issueAmounts(close.ledger())).containsOnly(cny("0.51"));
    assertThat(close.closingValue()).isEqualTo(cny("50.51"));
    assertThat(close.roundingDifference()).contains(cny("-1.00")); // 50.51 - 101 × 0.51
  }

  @Test
  void anEmptiedStockPutsTheDifferenceOnTheLastIssue() {
    StockLedger l =
        post(
            Ledgers.open(TEXTBOOK),
            receipt("2024-04-01", "GRN-1", "3", "10.00"),
            receipt("2024-04-02", "GRN-2", "3", "10.01"),
            issue("2024-04-03", "OUT-1", "4"),
            issue("2024-04-04", "OUT-2", "2"));
    MonthEndClose close = l.closeMonth(YearMonth.of(2024, 4));
    assertThat(close.ledger().line(2).amount()).isEqualTo(cny("40.04"));
    assertThat(close.ledger().line(3).amount()).isEqualTo(cny("19.99")); // 20.02 - 0.03
    assertThat(close.closingValue()).isEqualTo(cny("0.00"));
    assertThat(close.issuesDifference()).contains(cny("-0.03"));
    assertThat(close.differenceTreatment()).contains(MonthEndDifference.ENDING_INVENTORY);
  }

  @Test
  void anEmptiedStockWhoseLastIssueWouldGoNegativeSplitsTheMonthOverItsIssues() {
    // 201 issues at 0.51 = 102.51, 1.00 more than received: the last issue would be -0.49
    StockLedger l = manySmallIssues(TEXTBOOK, 201);
    MonthEndClose close = l.closeMonth(MAY);
    assertThat(close.differenceTreatment()).contains(MonthEndDifference.ISSUES);
    List<Money> issues = issueAmounts(close.ledger());
    assertThat(issues.subList(0, 101)).containsOnly(cny("0.51")); // 101.51 / 201 = 0.50502..
    assertThat(issues.subList(101, 201)).containsOnly(cny("0.50"));
    assertThat(close.closingValue()).isEqualTo(cny("0.00"));
    assertThat(close.outboundCost()).isEqualTo(cny("101.51"));
  }

  @Test
  void aBackDatedIssueGivesTheSameFiguresAsPostingInDateOrder() {
    for (CostingPolicy policy : List.of(TEXTBOOK, TO_ISSUES)) {
      // April: 401 pieces at 0.505 (202.51), 400 issued: the fallback month, 401 movements, so
      // re-valuing May for an issue back-dated from June starts in the middle of April (at its
      // second chunk of 256 movements).
      StockLedger april =
          post(Ledgers.open(policy), receipt("2024-04-01", "GRN-1", "401", "0.505"));
      for (int n = 1; n <= 400; n++) {
        april = post(april, issue(String.format("2024-04-%02d", n % 28 + 2), "OUT-" + n, "1"));
      }
      StockLedger backDated =
          post(
              april,
              receipt("2024-05-03", "GRN-2", "10", "0.60"),
              issue("2024-05-10", "OUT-401", "2"),
              issue("2024-06-03", "OUT-402", "1"),
              issue("2024-05-05", "OUT-LATE", "1")); // before the open month, June
      StockLedger inOrder =
          post(
              april,
              receipt("2024-05-03", "GRN-2", "10", "0.60"),
              issue("2024-05-05", "OUT-LATE", "1"),
              issue("2024-05-10", "OUT-401", "2"),
              issue("2024-06-03", "OUT-402", "1"));
      assertThat(backDated.card().lines()).isEqualTo(inOrder.card().lines());
      assertThat(backDated.valueOnHand()).isEqualTo(inOrder.valueOnHand());
      MonthEndClose aprilClose = backDated.closeMonth(YearMonth.of(2024, 4));
      assertThat(aprilClose.differenceTreatment()).contains(MonthEndDifference.ISSUES);
      assertThat(aprilClose.closingValue()).isEqualTo(cny("0.51")); // 1 piece × 0.51
      assertThat(aprilClose.outboundCost()).isEqualTo(cny("202.00")); // 202.51 - 0.51
      // May: (0.51 + 6.00) / 11 = 0.5918.. -> 0.59; 8 pieces left
      MonthEndClose mayClose = aprilClose.ledger().closeMonth(MAY);
      assertThat(mayClose.unitCost()).contains(new BigDecimal("0.59"));
      Money mayEnding = policy == TEXTBOOK ? cny("4.74") : cny("4.72"); // 6.51 - 1.77 | 8 × 0.59
      assertThat(mayClose.closingValue()).isEqualTo(mayEnding);
      // June, still open: 0.59 again; one piece out, 7 left: 4.74 - 0.59 | 7 × 0.59
      Money juneEnding = policy == TEXTBOOK ? cny("4.15") : cny("4.13");
      assertThat(mayClose.ledger().valueOnHand()).isEqualTo(juneEnding);
    }
  }
}
