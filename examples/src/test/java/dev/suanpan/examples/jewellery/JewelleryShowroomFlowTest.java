package dev.suanpan.examples.jewellery;

import static dev.suanpan.examples.jewellery.JewelleryShowroomFlow.GENERAL_MANAGER;
import static dev.suanpan.examples.jewellery.JewelleryShowroomFlow.GOLD_BANGLE;
import static dev.suanpan.examples.jewellery.JewelleryShowroomFlow.GOLD_NECKLACE;
import static dev.suanpan.examples.jewellery.JewelleryShowroomFlow.JADE_PENDANT;
import static dev.suanpan.examples.jewellery.JewelleryShowroomFlow.PEARL_NECKLACE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.stocktake.AuditPlan;
import dev.suanpan.inventory.stocktake.CountDifference;
import dev.suanpan.inventory.stocktake.StocktakeRule;
import dev.suanpan.inventory.stocktake.VarianceNote;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class JewelleryShowroomFlowTest {
  private final JewelleryShowroomFlow.Result result = new JewelleryShowroomFlow().play();
  private final FlowReport account = result.account();

  @Test
  void replenishmentFromTheVaultCarriesItsCostAndSetsTheMovingAverage() {
    assertThat(account.lines())
        .contains(
            "  Transfer note ZC-0316-01 (yesterday's shortage list): 4 pcs 999 gold necklace, cost"
                + " travelling CNY 34600.00",
            "  Gold counter now holds 16 pcs 999 gold necklace worth CNY 135400.00: moving-average"
                + " unit cost 8462.500000");
  }

  @Test
  void thePiecesAreCountedAfterEverySaleAtTheHandoverAndAtTheCloseAndAgreeWithTheBook() {
    assertThat(account.lines())
        .contains(
            "  10:20 XS-0316-01: 1 pcs 999 gold necklace at 11880.00 = CNY 11880.00, cost CNY"
                + " 8462.50; counted 15 pcs, book 15: agrees",
            "  11:05 XS-0316-02: 2 pcs 18K gold ring at 1980.00 = CNY 3960.00, cost CNY 2400.00;"
                + " counted 18 pcs, book 18: agrees",
            "  12:30 lunch handover count: 185 pcs of 10 items counted at the lunch handover, every"
                + " item agrees with the book",
            "  14:30 XS-0316-03: 1 pcs jadeite bracelet at 16800.00 = CNY 16800.00, cost CNY"
                + " 9800.00; counted 5 pcs, book 5: agrees",
            "  16:10 XS-0316-04: 3 pcs pearl earrings at 1280.00 = CNY 3840.00, cost CNY 2040.00;"
                + " counted 15 pcs, book 15: agrees",
            "  17:45 XS-0316-05: 1 pcs 999 gold necklace at 11880.00 = CNY 11880.00, cost CNY"
                + " 8462.50; counted 14 pcs, book 14: agrees",
            "  18:00 closing count: 180 pcs of 10 items counted at the close, every item agrees"
                + " with the book");
    assertThat(account.lines()).noneMatch(l -> l.contains("DIFFERS"));
  }

  @Test
  void theRetailDailyReportSplitsTheCashTakingsIntoRevenueAndThirteenPercentOutputVat() {
    assertThat(account.lines())
        .contains(
            "  5 sales, takings CNY 48360.00 including VAT 13%",
            "  Revenue CNY 42796.46, output VAT CNY 5563.54 (VAT line level CNY 5563.55, document"
                + " level CNY 5563.54, rounding difference CNY 0.01 over 5 lines)",
            "  Cost of the pieces sold CNY 31165.00, gross margin CNY 11631.46")
        .containsSequence(
            "  2024-03-16 RD-0316 Retail daily report (零售日报): cash takings of 5 sales",
            "    Dr 1001 Cash on hand CNY 48360.00",
            "    Cr 6001 Revenue CNY 42796.46",
            "    Cr 22210102 Output VAT CNY 5563.54");
    JournalEntry daily =
        result.journal().stream()
            .filter(e -> e.reference().equals(JewelleryShowroomFlow.DAILY_REPORT))
            .findFirst()
            .orElseThrow();
    assertThat(daily.lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.CASH, result.dailyVat().documentLevelGross()),
            JournalLine.credit(LedgerAccount.REVENUE, Money.parse("CNY 42796.46")),
            JournalLine.credit(LedgerAccount.OUTPUT_VAT, result.dailyVat().documentLevelTax()));
    assertThat(result.dailyVat().documentLevelTax()).isEqualTo(Money.parse("CNY 5563.54"));
    assertThat(result.dailyVat().documentLevelGross()).isEqualTo(Money.parse("CNY 48360.00"));
  }

  @Test
  void theCountIsHeldOnTheLastTwoDaysWithDeliveriesStoppedAndEarlierDocumentsPostedFirst() {
    assertThat(account.lines())
        .containsSequence(
            "  Count window 2024-03-30 to 2024-03-31; suppliers and customers told to stop"
                + " deliveries",
            "  Can the count start? HELD",
            "    [stocktake.window.books-not-posted] [XS-0329-01] approved before 2024-03-30 and"
                + " not posted: finance posts them before the count",
            "  Finance posts XS-0329-01: cost CNY 3200.00, PN-03 now 9 pcs on the book",
            "  Can the count start? ALLOWED",
            "    [stocktake.window.books-posted] every document approved before 2024-03-30 is"
                + " posted: the count may start",
            "  30 March, 10:00: a supplier brings 6 pcs 999 gold necklace (GRN-0330-01): REFUSED",
            "    [stocktake.window.delivery-stopped] GRN-0330-01 on 2024-03-30: deliveries are"
                + " stopped during the count, 2024-03-30 to 2024-03-31");
    assertThat(result.window())
        .extracting(d -> d.outcome())
        .containsExactly(Outcome.HELD, Outcome.ALLOWED, Outcome.REFUSED);
    // 10 pearl necklaces opened, 1 sold on the 29th and posted before the count
    assertThat(result.ledgers().get(PEARL_NECKLACE).quantityOnHand())
        .isEqualByComparingTo(new BigDecimal("9"));
  }

  @Test
  void theSupervisorAndFourOthersRecountBeforeFinanceSamples() {
    assertThat(account.lines())
        .containsSequence(
            "  A gold counter counted by wu.gang with [li.na, ma.rui]: GR-18K-01 18, GN-999-02 13,"
                + " GB-999-03 7, GE-18K-04 30, GP-999-05 25",
            "  A gold counter recounted by guo.hua with [song.yu, tang.bo, xu.fang, lu.kai]:"
                + " GR-18K-01 18, GN-999-02 13, GB-999-03 8, GE-18K-04 30, GP-999-05 25",
            "  Difference traced: GB-999-03 999 gold bangle 7, recount 8 (a bangle in the repair"
                + " tray)");
    // the recounts come before the sampling in the account
    assertThat(account.lines().indexOf("-- Finance samples the recounted sheets (抽盘, 004 篇3 §2)"))
        .isGreaterThan(
            account
                .lines()
                .indexOf("-- 30 March: first counts by area, then the recounts (004 篇3 §2)"));
    assertThat(result.goldRecount().differences())
        .containsExactly(
            new CountDifference(GOLD_BANGLE, new BigDecimal("7"), new BigDecimal("8")));
    assertThat(result.goldRecount().second().leader())
        .isEqualTo(JewelleryShowroomFlow.WAREHOUSE_HEAD);
    assertThat(result.goldRecount().second().helpers()).hasSize(4);
    assertThat(result.goldAudit().explanation().fired(StocktakeRule.RECOUNT_TEAM)).isTrue();
    assertThat(result.jadeRecount().agrees()).isTrue();
  }

  @Test
  void financeSamplesFromTheGoodsAndFromTheSheetCoveringAtLeastHalfTheValue() {
    AuditPlan gold = result.goldAudit().plan();
    assertThat(account.lines())
        .contains(
            "  A gold counter (seed 20240330): from the goods [GB-999-03], from the count sheet"
                + " [GR-18K-01, GB-999-03, GN-999-02]",
            "    [stocktake.sample] area A gold counter: 1 items drawn from the goods checked"
                + " against the count sheet, 3 drawn from the count sheet checked against the"
                + " goods, covering CNY 264875.00 of CNY 340425.00",
            "  Audit: ALLOWED, error rate 0%");
    // 20% of 5 items of goods rounds up to 1, 30% of 5 sheet lines to 2; the value rule adds one
    assertThat(gold.fromGoods()).hasSize(1);
    assertThat(gold.fromSheet()).hasSize(3);
    assertThat(
            gold.coveredValue()
                .getAmount()
                .multiply(BigDecimal.valueOf(2))
                .compareTo(gold.totalValue().getAmount()))
        .isGreaterThanOrEqualTo(0);
    assertThat(result.goldAudit().outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void anErrorRateAboveOnePercentOrdersTheSupervisorToRecountTheWholeArea() {
    // jade counter at sampling: JB 5 x 9800 + JP 15 x 1650 + PN 9 x 3200 + PE 15 x 680
    // + SB 40 x 185 = 49000 + 24750 + 28800 + 10200 + 7400 = 120150; JB and PN cover 77800
    assertThat(account.lines())
        .contains(
            "  B jade and pearl counter (seed 20240330): from the goods [PN-03], from the count"
                + " sheet [JB-01, PN-03]",
            "    [stocktake.sample] area B jade and pearl counter: 1 items drawn from the goods"
                + " checked against the count sheet, 2 drawn from the count sheet checked against"
                + " the goods, covering CNY 77800.00 of CNY 120150.00",
            "  Audit: HELD, error rate 50%",
            "    [stocktake.recount] 1 of 2 sampled items disagree (50%), above 1%: the warehouse"
                + " supervisor recounts area B jade and pearl counter in full",
            "  Difference traced: PN-03 pearl necklace 8, recount 9 (a necklace on the display"
                + " bust)",
            "  The full recount stands for B jade and pearl counter");
    assertThat(result.jadeAudit().recountOrdered()).isTrue();
    // PN-03: 8 on the sheet, 9 on the shelf; 1 of the 2 sampled items
    assertThat(result.jadeAudit().errorRate()).isEqualTo(Percent.of("50"));
    assertThat(result.jadeFullRecount().differences())
        .containsExactly(
            new CountDifference(PEARL_NECKLACE, new BigDecimal("8"), new BigDecimal("9")));
  }

  @Test
  void theNotesAreValuedAtCurrentCost() {
    assertThat(account.lines())
        .contains(
            "  PK-2403-A-1 shortage of 1.0000 GN-999-02 at 8462.500000 = CNY 8462.50 (A gold"
                + " counter, 999 gold necklace, custodian zhou.lin): book 14, count 13",
            "  PY-2403-B-1 surplus of 1.0000 JP-02 at 1650.000000 = CNY 1650.00 (B jade and pearl"
                + " counter, jadeite pendant, custodian he.jing): book 15, count 16");
    assertThat(result.notes())
        .extracting(VarianceNote::item)
        .containsExactly(GOLD_NECKLACE, JADE_PENDANT);
    assertThat(result.notes())
        .extracting(VarianceNote::kind)
        .containsExactly(MovementKind.STOCKTAKE_SHORTAGE, MovementKind.STOCKTAKE_SURPLUS);
    assertThat(result.notes().get(0).value()).isEqualTo(Money.parse("CNY 8462.50"));
  }

  @Test
  void theFinanceSupervisorReviewsAndTheGeneralManagerApprovesWhateverTheValue() {
    assertThat(account.lines())
        .containsSequence(
            "  General manager signs without the review: REFUSED",
            "    [stocktake.variance.out-of-order] PK-2403-A-1: signed by [General manager], not"
                + " reviewed by Finance supervisor then approved by General manager; refused",
            "    [stocktake.custodian-charge] zhou.lin at fault: 100% of the loss is charged to"
                + " them",
            "  Finance supervisor reviews: NEEDS_APPROVAL",
            "    [stocktake.variance.approval] PK-2403-A-1: CNY 8462.50 reviewed by Finance"
                + " supervisor; needs General manager")
        .containsSequence(
            "  Finance supervisor reviews: NEEDS_APPROVAL",
            "    [stocktake.variance.approval] PY-2403-B-1: CNY 1650.00 reviewed by Finance"
                + " supervisor; needs General manager",
            "  General manager approves: ALLOWED",
            "    [stocktake.variance.approved] PY-2403-B-1: CNY 1650.00 reviewed by Finance"
                + " supervisor and approved by General manager; the books are adjusted");
    assertThat(result.approvals()).allMatch(d -> d.isAllowed());
    assertThat(result.approvals().get(1).explanation().fired(StocktakeRule.VARIANCE_APPROVED))
        .isTrue();
    assertThat(result.approvals().get(1).route().requester()).isEqualTo(GENERAL_MANAGER);
    // the account posts each note only after the approval
    assertThat(account.lines().indexOf("  General manager approves: ALLOWED"))
        .isLessThan(
            account
                .lines()
                .indexOf(
                    "  Posted PK-2403-A-1 CNY 8462.50: GN-999-02 now 13 pcs, CNY" + " 110012.50"));
  }

  @Test
  void theLossIsChargedToTheCustodianAndTheSurplusGoesToAdministrativeExpense() {
    assertThat(account.lines())
        .contains(
            "  Posted PK-2403-A-1 CNY 8462.50: GN-999-02 now 13 pcs, CNY 110012.50",
            "  Cleared: Dr 122101 Other receivables - custodian CNY 8462.50",
            "  Cleared: Cr 1901 Stocktake surplus and shortage pending CNY 8462.50",
            "  Posted PY-2403-B-1 CNY 1650.00: JP-02 now 16 pcs, CNY 26400.00",
            "  Cleared: Dr 1901 Stocktake surplus and shortage pending CNY 1650.00",
            "  Cleared: Cr 6602 Administrative expense CNY 1650.00",
            "  A gold counter: book value CNY 331962.50, every item as counted",
            // 125000.00 before the pearl necklace sold on the 29th (3200.00) was posted
            "  B jade and pearl counter: book value CNY 121800.00, every item as counted");
    assertThat(result.ledgers().get(GOLD_NECKLACE).quantityOnHand())
        .isEqualByComparingTo(new BigDecimal("13"));
    assertThat(result.ledgers().get(JADE_PENDANT).quantityOnHand())
        .isEqualByComparingTo(new BigDecimal("16"));
  }

  @Test
  void theJournalClearsTheStocktakePendingAccount() {
    assertThat(account.lines())
        .containsSequence(
            "  2024-03-30 PK-2403-A-1  Stocktake shortage of GN-999-02 at SHOWROOM-HH",
            "      Dr 1901 Stocktake surplus and shortage pending         8462.50",
            "      Cr 1405 Inventory                                      8462.50",
            "  2024-03-30 PK-2403-A-1  Stocktake shortage of GN-999-02 at SHOWROOM-HH approved, 100%"
                + " charged to custodian zhou.lin",
            "      Dr 122101 Other receivables - custodian                8462.50",
            "      Cr 1901 Stocktake surplus and shortage pending         8462.50")
        .contains("  Stocktake pending (待处理财产损溢) after approval: CNY 0.00");
    // two transfer entries, five sales, the retail daily report, the sale posted before the
    // count, two notes and their approvals
    assertThat(result.journal()).hasSize(13);
    JournalSummary summary = result.summary();
    assertThat(summary.balanceOf(LedgerAccount.STOCKTAKE_PENDING))
        .isEqualTo(Money.parse("CNY 0.00"));
    // 31165.00 of the day's sales + 3200.00 of the pearl necklace sold on the 29th
    assertThat(summary.debitsOf(LedgerAccount.COST_OF_GOODS_SOLD))
        .isEqualTo(Money.parse("CNY 34365.00"));
    assertThat(summary).isEqualTo(JournalSummary.of(summary.currency(), result.journal()));
    assertThat(summary.isBalanced()).isTrue();
  }

  @Test
  void theAccountIsTheSameOnEveryRun() {
    assertThat(new JewelleryShowroomFlow().run().lines()).isEqualTo(account.lines());
  }
}
