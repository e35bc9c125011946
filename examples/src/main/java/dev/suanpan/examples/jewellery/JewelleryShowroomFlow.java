package dev.suanpan.examples.jewellery;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.examples.policies.PolicyFiles;
import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.Transfer;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.presets.MonthlyStocktake;
import dev.suanpan.inventory.stocktake.AuditDecision;
import dev.suanpan.inventory.stocktake.AuditPlan;
import dev.suanpan.inventory.stocktake.AuditPolicy;
import dev.suanpan.inventory.stocktake.BookEntry;
import dev.suanpan.inventory.stocktake.CountDifference;
import dev.suanpan.inventory.stocktake.CountSheet;
import dev.suanpan.inventory.stocktake.CountWindow;
import dev.suanpan.inventory.stocktake.CountWindowDecision;
import dev.suanpan.inventory.stocktake.Recount;
import dev.suanpan.inventory.stocktake.SamplingAudit;
import dev.suanpan.inventory.stocktake.StocktakePolicy;
import dev.suanpan.inventory.stocktake.VarianceApproval;
import dev.suanpan.inventory.stocktake.VarianceDecision;
import dev.suanpan.inventory.stocktake.VarianceNote;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.tax.DocumentVat;
import dev.suanpan.money.tax.VatComputation;
import dev.suanpan.money.tax.VatLine;
import dev.suanpan.money.tax.VatRate;
import dev.suanpan.money.tax.VatSplit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The jewellery showroom [004 篇3, 篇4, 篇9]: a day of counter sales, then the month-end stocktake.
 *
 * <p>On Saturday 16 March 2024 the gold counter is replenished from the vault with the necklaces of
 * yesterday's shortage list (a transfer note, the cost travelling with the goods), five sales are
 * made at tax-inclusive retail prices, and the pieces are counted after every sale, at the lunch
 * handover and at the close; every count agrees with the book (moving-average stock ledgers). The
 * retail daily report splits the takings into revenue and 13% output VAT.
 *
 * <p>The month-end stocktake follows 004 篇3 仓库盘点流程. The count is held on the last two days of the
 * month, 30 and 31 March: deliveries are stopped (a supplier's delivery on the 30th is refused),
 * and the sales slip approved on the 29th is posted before the count. Each area is counted on a
 * blind count sheet by a leader with two helpers, then recounted by the warehouse supervisor with
 * four others, who trace the differences (the gold counter's first count missed a bangle in the
 * repair tray). Only then does finance sample each recounted area: 20% drawn from the goods and
 * checked against the count sheet, 30% drawn from the count sheet and checked against the goods, at
 * least 50% of the value covered, a seeded draw. The jade counter's recount has an error in the
 * sample, above the 1% limit, so the warehouse supervisor recounts the whole area. The counts that
 * stand are one gold necklace short of the book and one jade pendant over. The notes are valued at
 * current cost, reviewed by the finance supervisor and approved by the general manager, whatever
 * their value; only then are the books adjusted, and the loss is charged to the counter's
 * custodian, whose display case was found unlocked. The journal entries of the day (the transfer,
 * the cost of each sale, the retail daily report) and of the stocktake, added up by account, close
 * the flow.
 *
 * <p>What is on the shelf is kept apart from the book: sales and transfers move both, the missing
 * necklace and the returned pendant move only the shelf, and every count reads the shelf.
 */
public final class JewelleryShowroomFlow implements Flow {
  /** The showroom (the counters' stock). */
  public static final WarehouseId SHOWROOM = WarehouseId.of("SHOWROOM-HH");

  /** The vault the counters are replenished from. */
  public static final WarehouseId VAULT = WarehouseId.of("VAULT");

  /** Area A, the gold counter. */
  public static final String GOLD_COUNTER = "A gold counter";

  /** Area B, the jade and pearl counter. */
  public static final String JADE_COUNTER = "B jade and pearl counter";

  /** 18K gold ring. */
  public static final ItemId GOLD_RING = ItemId.of("GR-18K-01");

  /** 999 gold necklace. */
  public static final ItemId GOLD_NECKLACE = ItemId.of("GN-999-02");

  /** 999 gold bangle. */
  public static final ItemId GOLD_BANGLE = ItemId.of("GB-999-03");

  /** 18K gold earrings. */
  public static final ItemId GOLD_EARRINGS = ItemId.of("GE-18K-04");

  /** 999 gold pendant. */
  public static final ItemId GOLD_PENDANT = ItemId.of("GP-999-05");

  /** Jadeite bracelet. */
  public static final ItemId JADE_BRACELET = ItemId.of("JB-01");

  /** Jadeite pendant. */
  public static final ItemId JADE_PENDANT = ItemId.of("JP-02");

  /** Freshwater pearl necklace. */
  public static final ItemId PEARL_NECKLACE = ItemId.of("PN-03");

  /** Pearl earrings. */
  public static final ItemId PEARL_EARRINGS = ItemId.of("PE-04");

  /** Silver bangle. */
  public static final ItemId SILVER_BANGLE = ItemId.of("SB-05");

  /** The custodian of the gold counter (柜组长). */
  public static final PersonId GOLD_CUSTODIAN = PersonId.of("zhou.lin");

  /** The custodian of the jade and pearl counter. */
  public static final PersonId JADE_CUSTODIAN = PersonId.of("he.jing");

  /**
   * The warehouse supervisor (仓库主管), who recounts every area with four others and recounts an area
   * in full when the audit orders it.
   */
  public static final PersonId WAREHOUSE_HEAD = PersonId.of("guo.hua");

  /** The four staff who recount with the warehouse supervisor (004 篇3 §2). */
  public static final ImmutableList<PersonId> RECOUNT_STAFF =
      ImmutableList.of(
          PersonId.of("song.yu"),
          PersonId.of("tang.bo"),
          PersonId.of("xu.fang"),
          PersonId.of("lu.kai"));

  /** The finance supervisor (财务主管), who reviews the differences first. */
  public static final Role FINANCE_SUPERVISOR = Role.of("FINANCE_SUPERVISOR", "Finance supervisor");

  /** The general manager (总经理), who approves the differences after the review. */
  public static final Role GENERAL_MANAGER = Role.of("GENERAL_MANAGER", "General manager");

  /** The seed of finance's sampling draw, fixed in the flow so every run samples the same. */
  public static final long AUDIT_SEED = 20240330L;

  /** The day of counter sales. */
  public static final LocalDate SALES_DAY = LocalDate.of(2024, 3, 16);

  /** The retail daily report (零售日报) of the day of counter sales. */
  public static final String DAILY_REPORT = "RD-0316";

  /** The stocktake day, the first of the last two days of the month. */
  public static final LocalDate STOCKTAKE_DAY = LocalDate.of(2024, 3, 30);

  /** The sales slip approved the day before the count, which finance posts before it. */
  public static final String SLIP_BEFORE_COUNT = "XS-0329-01";

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;
  private static final LocalDate OPENING_DAY = LocalDate.of(2024, 3, 1);
  private static final CostingMethod MOVING_AVERAGE = CostingMethod.MOVING_AVERAGE;

  /** The showroom's items: area, name, pieces on hand on 1 March and their unit cost. */
  private static final ImmutableList<Piece> PIECES =
      ImmutableList.of(
          new Piece(GOLD_RING, GOLD_COUNTER, "18K gold ring", 20, "1200.00"),
          new Piece(GOLD_NECKLACE, GOLD_COUNTER, "999 gold necklace", 12, "8400.00"),
          new Piece(GOLD_BANGLE, GOLD_COUNTER, "999 gold bangle", 8, "15600.00"),
          new Piece(GOLD_EARRINGS, GOLD_COUNTER, "18K gold earrings", 30, "560.00"),
          new Piece(GOLD_PENDANT, GOLD_COUNTER, "999 gold pendant", 25, "2350.00"),
          new Piece(JADE_BRACELET, JADE_COUNTER, "jadeite bracelet", 6, "9800.00"),
          new Piece(JADE_PENDANT, JADE_COUNTER, "jadeite pendant", 15, "1650.00"),
          new Piece(PEARL_NECKLACE, JADE_COUNTER, "pearl necklace", 10, "3200.00"),
          new Piece(PEARL_EARRINGS, JADE_COUNTER, "pearl earrings", 18, "680.00"),
          new Piece(SILVER_BANGLE, JADE_COUNTER, "silver bangle", 40, "185.00"));

  /** The day's counter sales, at tax-inclusive retail prices. */
  private static final ImmutableList<CounterSale> SALES =
      ImmutableList.of(
          new CounterSale("10:20", "XS-0316-01", GOLD_NECKLACE, 1, "11880.00"),
          new CounterSale("11:05", "XS-0316-02", GOLD_RING, 2, "1980.00"),
          new CounterSale("14:30", "XS-0316-03", JADE_BRACELET, 1, "16800.00"),
          new CounterSale("16:10", "XS-0316-04", PEARL_EARRINGS, 3, "1280.00"),
          new CounterSale("17:45", "XS-0316-05", GOLD_NECKLACE, 1, "11880.00"));

  /**
   * What the flow ends with, for a caller that wants the values behind the printed account.
   *
   * @param account the printed account
   * @param ledgers the showroom's stock ledgers after the stocktake adjustments
   * @param dailyVat the VAT of the day's retail takings
   * @param window the count window and its decisions: the refused delivery, then the count's start
   * @param goldRecount the gold counter's first count set against the warehouse supervisor's
   *     recount
   * @param goldAudit finance's sampling audit of the gold counter's recount
   * @param jadeRecount the jade and pearl counter's first count set against the recount
   * @param jadeAudit finance's sampling audit of the jade and pearl counter's recount
   * @param jadeFullRecount the jade and pearl counter's recount set against the full recount the
   *     audit ordered
   * @param notes the surplus and shortage notes of both areas
   * @param approvals the approvals that let the notes post, in the order of the notes
   * @param journal every journal entry of the flow, the day's first
   * @param summary the totals by account of the journal
   */
  public record Result(
      FlowReport account,
      ImmutableMap<ItemId, StockLedger> ledgers,
      DocumentVat dailyVat,
      ImmutableList<CountWindowDecision> window,
      Recount goldRecount,
      AuditDecision goldAudit,
      Recount jadeRecount,
      AuditDecision jadeAudit,
      Recount jadeFullRecount,
      ImmutableList<VarianceNote> notes,
      ImmutableList<VarianceDecision> approvals,
      ImmutableList<JournalEntry> journal,
      JournalSummary summary) {}

  @Override
  public FlowReport run() {
    return play().account();
  }

  /** Runs the flow and returns its account with the values behind it. */
  public Result play() {
    FlowReport.Builder account =
        FlowReport.titled("Jewellery showroom: a day at the counter and the month-end stocktake");
    Map<ItemId, StockLedger> book = new LinkedHashMap<>();
    Map<ItemId, BigDecimal> shelf = new LinkedHashMap<>();
    List<JournalEntry> journal = new ArrayList<>();

    account
        .step("Opening stock on 1 March (moving average, pieces)")
        .line(
            "%-10s %-20s %-24s %5s %12s %14s", "item", "name", "area", "pcs", "unit cost", "value");
    for (Piece p : PIECES) {
      BigDecimal qty = BigDecimal.valueOf(p.opening());
      Money value = Money.of(CNY, new BigDecimal(p.unitCost())).multipliedBy(p.opening());
      StockLedger ledger =
          StockLedger.open(p.item(), SHOWROOM, PCS, CNY, CostingPolicy.of(MOVING_AVERAGE))
              .post(Movement.openingBalance(OPENING_DAY, "OB-2403", qty, PCS, value))
              .ledger();
      book.put(p.item(), ledger);
      shelf.put(p.item(), qty);
      account.line(
          "%-10s %-20s %-24s %5d %12s %14s",
          p.item(), p.name(), p.area(), p.opening(), p.unitCost(), value);
    }

    account.step("Saturday 16 March, morning: replenish the gold counter from the vault");
    StockLedger vault =
        StockLedger.open(GOLD_NECKLACE, VAULT, PCS, CNY, CostingPolicy.of(MOVING_AVERAGE))
            .post(
                Movement.receipt(
                    SALES_DAY.minusDays(1),
                    "GRN-0315-07",
                    new BigDecimal("6"),
                    PCS,
                    new BigDecimal("8650.00"),
                    "PO-2403-07"))
            .ledger();
    account.line(
        "Vault received GRN-0315-07 on %s: 6 pcs %s at 8650.00 (PO-2403-07), %s",
        SALES_DAY.minusDays(1), name(GOLD_NECKLACE), vault.valueOnHand());
    Transfer.Result replenish =
        Transfer.move(vault, book.get(GOLD_NECKLACE), SALES_DAY, "ZC-0316-01", new BigDecimal("4"));
    book.put(GOLD_NECKLACE, replenish.in().ledger());
    shelf.merge(GOLD_NECKLACE, new BigDecimal("4"), BigDecimal::add);
    journal.addAll(replenish.out().journal());
    journal.addAll(replenish.in().journal());
    StockLedger necklaces = book.get(GOLD_NECKLACE);
    account
        .line(
            "Transfer note ZC-0316-01 (yesterday's shortage list): 4 pcs %s, cost travelling %s",
            name(GOLD_NECKLACE), replenish.in().line().orElseThrow().amount())
        .line(
            "Gold counter now holds %s pcs %s worth %s: moving-average unit cost %s",
            qty(necklaces.quantityOnHand()),
            name(GOLD_NECKLACE),
            necklaces.valueOnHand(),
            necklaces.currentUnitCost().orElseThrow().toPlainString());

    account.step("Counter sales, the pieces counted after every sale");
    List<VatLine> takings = new ArrayList<>();
    for (CounterSale s : SALES) {
      if (s.time().equals("14:30")) {
        account.line(
            "12:30 lunch handover count: %s", handoverCount(book, shelf, "lunch handover"));
      }
      Posting issue =
          book.get(s.item())
              .post(
                  Movement.saleIssue(SALES_DAY, s.document(), BigDecimal.valueOf(s.pieces()), PCS));
      book.put(s.item(), issue.ledger());
      shelf.merge(s.item(), BigDecimal.valueOf(s.pieces()).negate(), BigDecimal::add);
      journal.addAll(issue.journal());
      Money price = Money.of(CNY, new BigDecimal(s.unitPrice())).multipliedBy(s.pieces());
      takings.add(VatLine.inclusive(price, VatRate.STANDARD_13));
      StockCardLine line = issue.line().orElseThrow();
      BigDecimal counted = shelf.get(s.item());
      BigDecimal onBook = issue.ledger().quantityOnHand();
      account.line(
          "%s %s: %d pcs %s at %s = %s, cost %s; counted %s pcs, book %s: %s",
          s.time(),
          s.document(),
          s.pieces(),
          name(s.item()),
          s.unitPrice(),
          price,
          line.amount(),
          qty(counted),
          qty(onBook),
          counted.compareTo(onBook) == 0 ? "agrees" : "DIFFERS");
    }
    account.line("18:00 closing count: %s", handoverCount(book, shelf, "close"));

    account.step("Retail daily report (零售日报): cash takings, no invoice per customer");
    DocumentVat vat = VatComputation.of(takings, Rounding.FEN);
    VatSplit day = vat.documentLevel().get(VatRate.STANDARD_13);
    // the day's entries so far are the transfer's and the sales' cost
    Money cost = JournalSummary.of(CNY, journal).debitsOf(LedgerAccount.COST_OF_GOODS_SOLD);
    JournalEntry daily =
        JournalEntry.builder()
            .date(SALES_DAY)
            .reference(DAILY_REPORT)
            .description("Retail daily report (零售日报): cash takings of " + SALES.size() + " sales")
            .debit(LedgerAccount.CASH, day.gross())
            .credit(LedgerAccount.REVENUE, day.net())
            .credit(LedgerAccount.OUTPUT_VAT, day.tax())
            .build();
    journal.add(daily);
    account
        .line("%d sales, takings %s including %s", SALES.size(), day.gross(), VatRate.STANDARD_13)
        .line("Revenue %s, output VAT %s (%s)", day.net(), day.tax(), vat)
        .line("%s %s %s", daily.date(), daily.reference(), daily.description());
    for (JournalLine l : daily.lines()) {
      account.line("  %s", l);
    }
    account.line("Cost of the pieces sold %s, gross margin %s", cost, day.net().minus(cost));

    account
        .step("Events the book does not see")
        .line("20 March: a jadeite pendant comes back from re-stringing without a receipt note")
        .line("23 March: the gold counter's display case is found unlocked at the lunch handover");
    shelf.merge(JADE_PENDANT, BigDecimal.ONE, BigDecimal::add);
    shelf.merge(GOLD_NECKLACE, BigDecimal.ONE.negate(), BigDecimal::add);

    account.line(
        "29 March: %s, 1 pcs %s sold and taken by the customer; the slip is approved, not yet"
            + " posted",
        SLIP_BEFORE_COUNT, name(PEARL_NECKLACE));
    shelf.merge(PEARL_NECKLACE, BigDecimal.ONE.negate(), BigDecimal::add);

    List<CountWindowDecision> windowDecisions = new ArrayList<>();
    CountWindow window = MonthlyStocktake.countWindow(YearMonth.from(STOCKTAKE_DAY));
    account
        .step("Preparing the count (004 篇3 §1, §4): the last two days of March")
        .line(
            "Count window %s to %s; suppliers and customers told to stop deliveries",
            window.first(), window.last());
    CountWindowDecision notReady =
        window.ready(Map.of(SLIP_BEFORE_COUNT, STOCKTAKE_DAY.minusDays(1)));
    windowDecisions.add(notReady);
    account.line("Can the count start? %s", notReady.outcome()).block(notReady.explanation());
    Posting slip =
        book.get(PEARL_NECKLACE)
            .post(
                Movement.saleIssue(
                    STOCKTAKE_DAY.minusDays(1), SLIP_BEFORE_COUNT, BigDecimal.ONE, PCS));
    book.put(PEARL_NECKLACE, slip.ledger());
    journal.addAll(slip.journal());
    account.line(
        "Finance posts %s: cost %s, %s now %s pcs on the book",
        SLIP_BEFORE_COUNT,
        slip.line().orElseThrow().amount(),
        PEARL_NECKLACE,
        qty(slip.ledger().quantityOnHand()));
    CountWindowDecision ready = window.ready(Map.of());
    windowDecisions.add(ready);
    account.line("Can the count start? %s", ready.outcome()).block(ready.explanation());
    CountWindowDecision delivery = window.delivery(STOCKTAKE_DAY, "GRN-0330-01");
    windowDecisions.add(delivery);
    account
        .line(
            "30 March, 10:00: a supplier brings 6 pcs %s (GRN-0330-01): %s",
            name(GOLD_NECKLACE), delivery.outcome())
        .block(delivery.explanation());

    account.step("30 March: first counts by area, then the recounts (004 篇3 §2)");
    CountSheet goldFirst = firstCount(GOLD_COUNTER, "wu.gang", "li.na", "ma.rui", shelf);
    // the first team overlooks a bangle lying in the repair tray
    goldFirst = goldFirst.withCount(GOLD_BANGLE, shelf.get(GOLD_BANGLE).subtract(BigDecimal.ONE));
    account.line(
        "%s counted by %s with %s: %s",
        GOLD_COUNTER, goldFirst.leader(), goldFirst.helpers(), counts(goldFirst));
    Recount goldRecount = Recount.of(goldFirst, recount(GOLD_COUNTER, shelf, null));
    printRecount(account, goldRecount, "a bangle in the repair tray");
    // both teams overlook a pearl necklace left on the display bust
    CountSheet jadeFirst =
        firstCount(JADE_COUNTER, "sun.li", "zhang.mei", "qian.hao", shelf)
            .withCount(PEARL_NECKLACE, shelf.get(PEARL_NECKLACE).subtract(BigDecimal.ONE));
    account.line(
        "%s counted by %s with %s: %s",
        JADE_COUNTER, jadeFirst.leader(), jadeFirst.helpers(), counts(jadeFirst));
    Recount jadeRecount = Recount.of(jadeFirst, recount(JADE_COUNTER, shelf, PEARL_NECKLACE));
    printRecount(account, jadeRecount, "");

    AuditPolicy spotCheck = PolicyFiles.financeSpotCheck();
    account
        .step("Finance samples the recounted sheets (抽盘, 004 篇3 §2)")
        .line(
            "Policy: %s drawn from the goods and checked against the count sheet, %s drawn from"
                + " the count sheet and checked against the goods, at least %s of the value"
                + " covered, above %s errors the area is recounted in full",
            spotCheck.countedToBook(),
            spotCheck.bookToShelf(),
            spotCheck.minimumCoverage(),
            spotCheck.maximumErrorRate());
    SamplingAudit audit =
        new SamplingAudit(spotCheck, MonthlyStocktake.recountTeam(WAREHOUSE_HEAD));
    AuditDecision goldAudit = audit(account, audit, goldRecount, book, shelf);
    AuditDecision jadeAudit = audit(account, audit, jadeRecount, book, shelf);

    account.step("The warehouse supervisor recounts the jade and pearl counter in full");
    Recount jadeFull = Recount.of(jadeRecount.standing(), recount(JADE_COUNTER, shelf, null));
    printRecount(account, jadeFull, "a necklace on the display bust");
    account.line("The full recount stands for %s", JADE_COUNTER);
    CountSheet jade = jadeFull.standing();
    CountSheet gold = goldRecount.standing();

    account.step("Surplus and shortage notes, valued at current cost (004 篇3 §3)");
    List<VarianceNote> notes = new ArrayList<>();
    notes.addAll(
        VarianceNote.of(gold, book, STOCKTAKE_DAY, "PK-2403-A", GOLD_CUSTODIAN, Rounding.FEN));
    notes.addAll(
        VarianceNote.of(jade, book, STOCKTAKE_DAY, "PY-2403-B", JADE_CUSTODIAN, Rounding.FEN));
    for (VarianceNote n : notes) {
      account.line(
          "%s (%s, %s, custodian %s): book %s, count %s",
          n,
          n.area(),
          name(n.item()),
          n.custodian(),
          qty(book.get(n.item()).quantityOnHand()),
          qty((n.area().equals(GOLD_COUNTER) ? gold : jade).count(n.item()).orElseThrow()));
    }

    account.step("Review by the finance supervisor, approval by the general manager (004 篇3 §3)");
    StocktakePolicy liability = PolicyFiles.custodianLiability();
    account.line(
        "Every note: %s reviews, then %s approves, whatever the value; a custodian at fault bears"
            + " %s of a loss (the share is the policy's: 004 篇3 §4 names none)",
        FINANCE_SUPERVISOR, GENERAL_MANAGER, liability.custodianShare());
    VarianceApproval approval =
        new VarianceApproval(FINANCE_SUPERVISOR, GENERAL_MANAGER, liability);
    List<VarianceDecision> approved = new ArrayList<>();
    for (VarianceNote n : notes) {
      approved.add(approve(account, approval, n, book, journal));
    }

    account.step("The book after the stocktake agrees with the count");
    for (CountSheet standing : List.of(gold, jade)) {
      Money value = Money.zero(CNY);
      boolean agrees = true;
      for (ItemId item : standing.items()) {
        value = value.plus(book.get(item).valueOnHand());
        agrees &=
            book.get(item).quantityOnHand().compareTo(standing.count(item).orElseThrow()) == 0;
      }
      account.line(
          "%s: book value %s, every item %s",
          standing.area(), value, agrees ? "as counted" : "OFF");
    }

    account.step("Journal of the day and of the stocktake");
    for (JournalEntry e : journal) {
      account.line("%s %-12s %s", e.date(), e.reference(), e.description());
      for (JournalLine l : e.lines()) {
        account.line("    %s %-48s %10s", l.side().abbreviation(), l.account(), plain(l.amount()));
      }
    }
    JournalSummary summary = JournalSummary.of(CNY, journal);
    account.line("Totals by account:").block(summary);
    account.line(
        "Stocktake pending (待处理财产损溢) after approval: %s",
        summary.balanceOf(LedgerAccount.STOCKTAKE_PENDING));

    return new Result(
        account.build(),
        ImmutableMap.copyOf(book),
        vat,
        ImmutableList.copyOf(windowDecisions),
        goldRecount,
        goldAudit,
        jadeRecount,
        jadeAudit,
        jadeFull,
        ImmutableList.copyOf(notes),
        ImmutableList.copyOf(approved),
        ImmutableList.copyOf(journal),
        summary);
  }

  /**
   * Plans finance's seeded sample of a recounted area (the goods are the items on its shelf),
   * traces it on the shelf and prints the result.
   */
  private static AuditDecision audit(
      FlowReport.Builder account,
      SamplingAudit audit,
      Recount recount,
      Map<ItemId, StockLedger> book,
      Map<ItemId, BigDecimal> shelf) {
    Map<ItemId, BookEntry> entries = new LinkedHashMap<>();
    List<ItemId> goods = new ArrayList<>();
    for (ItemId item : recount.standing().items()) {
      entries.put(item, BookEntry.of(book.get(item)));
      if (shelf.get(item).signum() > 0) {
        goods.add(item);
      }
    }
    AuditPlan plan = audit.plan(recount, goods, entries, AUDIT_SEED);
    Map<ItemId, BigDecimal> found = new LinkedHashMap<>();
    for (ItemId item : plan.sampled()) {
      found.put(item, shelf.get(item));
    }
    AuditDecision result = audit.evaluate(plan, recount, found);
    account
        .line(
            "%s (seed %d): from the goods %s, from the count sheet %s",
            recount.standing().area(), AUDIT_SEED, plan.fromGoods(), plan.fromSheet())
        .line("Audit: %s, error rate %s", result.outcome(), result.errorRate())
        .block(result.explanation());
    return result;
  }

  /** Reviews, approves and posts a note, printing each signature; returns the approval. */
  private static VarianceDecision approve(
      FlowReport.Builder account,
      VarianceApproval approval,
      VarianceNote n,
      Map<ItemId, StockLedger> book,
      List<JournalEntry> journal) {
    boolean atFault = n.isShortage();
    account.line(
        "%s: %s",
        n.number(),
        atFault
            ? "the display case was left unlocked: custodian " + n.custodian() + " at fault"
            : "pendant back from re-stringing without a receipt note: nobody at fault");
    if (atFault) {
      VarianceDecision alone = approval.decide(n, List.of(GENERAL_MANAGER), atFault);
      account
          .line("%s signs without the review: %s", GENERAL_MANAGER, alone.outcome())
          .block(alone.explanation());
    }
    VarianceDecision reviewed = approval.decide(n, List.of(FINANCE_SUPERVISOR), atFault);
    account
        .line("%s reviews: %s", FINANCE_SUPERVISOR, reviewed.outcome())
        .block(reviewed.explanation());
    VarianceDecision decision =
        approval.decide(n, List.of(FINANCE_SUPERVISOR, GENERAL_MANAGER), atFault);
    account
        .line("%s approves: %s", GENERAL_MANAGER, decision.outcome())
        .block(decision.explanation());
    StockLedger ledger = book.get(n.item());
    Posting posted = ledger.post(decision.movement(ledger).orElseThrow());
    book.put(n.item(), posted.ledger());
    journal.addAll(posted.journal());
    Optional<JournalEntry> resolution =
        decision.resolution(posted.ledger(), posted.line().orElseThrow());
    resolution.ifPresent(journal::add);
    account.line(
        "Posted %s %s: %s now %s pcs, %s",
        n.number(),
        posted.line().orElseThrow().amount(),
        n.item(),
        qty(posted.ledger().quantityOnHand()),
        posted.ledger().valueOnHand());
    for (JournalLine r : resolution.orElseThrow().lines()) {
      account.line("Cleared: %s", r);
    }
    return decision;
  }

  /** The first count of an area by a leader and two helpers, read from the shelf. */
  private static CountSheet firstCount(
      String area, String leader, String helper1, String helper2, Map<ItemId, BigDecimal> shelf) {
    return countFromShelf(
        CountSheet.blank(
            area,
            PersonId.of(leader),
            ImmutableList.of(PersonId.of(helper1), PersonId.of(helper2)),
            itemsOf(area)),
        shelf);
  }

  /**
   * The warehouse supervisor's recount of an area with the four recount staff, read from the shelf;
   * {@code miscounted}, when given, is counted one short.
   */
  private static CountSheet recount(String area, Map<ItemId, BigDecimal> shelf, ItemId miscounted) {
    CountSheet sheet =
        countFromShelf(CountSheet.blank(area, WAREHOUSE_HEAD, RECOUNT_STAFF, itemsOf(area)), shelf);
    return miscounted == null
        ? sheet
        : sheet.withCount(miscounted, shelf.get(miscounted).subtract(BigDecimal.ONE));
  }

  /** Prints a recount and the differences the warehouse traced. */
  private static void printRecount(FlowReport.Builder account, Recount recount, String cause) {
    CountSheet second = recount.second();
    account.line(
        "%s recounted by %s with %s: %s",
        second.area(), second.leader(), second.helpers(), counts(second));
    if (recount.agrees()) {
      account.line("The recount agrees with the count before it");
    }
    for (CountDifference d : recount.differences()) {
      account.line(
          "Difference traced: %s %s %s, recount %s (%s)",
          d.item(), name(d.item()), qty(d.first()), qty(d.recount()), cause);
    }
  }

  /** The count of every item on the counters (what is on the shelf) set against the book. */
  private static String handoverCount(
      Map<ItemId, StockLedger> book, Map<ItemId, BigDecimal> shelf, String when) {
    int pieces = 0;
    List<ItemId> off = new ArrayList<>();
    for (Piece p : PIECES) {
      BigDecimal counted = shelf.get(p.item());
      pieces += counted.intValueExact();
      if (counted.compareTo(book.get(p.item()).quantityOnHand()) != 0) {
        off.add(p.item());
      }
    }
    return pieces
        + " pcs of "
        + PIECES.size()
        + " items counted at the "
        + when
        + ", "
        + (off.isEmpty() ? "every item agrees with the book" : "differences on " + off);
  }

  private static CountSheet countFromShelf(CountSheet blank, Map<ItemId, BigDecimal> shelf) {
    CountSheet sheet = blank;
    for (ItemId item : blank.items()) {
      sheet = sheet.withCount(item, shelf.get(item));
    }
    return sheet;
  }

  private static ImmutableList<ItemId> itemsOf(String area) {
    return PIECES.stream()
        .filter(p -> p.area().equals(area))
        .map(Piece::item)
        .collect(ImmutableList.toImmutableList());
  }

  private static String counts(CountSheet sheet) {
    List<String> out = new ArrayList<>();
    for (ItemId item : sheet.items()) {
      out.add(item + " " + qty(sheet.count(item).orElseThrow()));
    }
    return String.join(", ", out);
  }

  private static String name(ItemId item) {
    return PIECES.stream().filter(p -> p.item().equals(item)).findFirst().orElseThrow().name();
  }

  private static String qty(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString();
  }

  private static String plain(Money amount) {
    return amount.getAmount().toPlainString();
  }

  /** An item of the showroom with its opening stock. */
  private record Piece(ItemId item, String area, String name, int opening, String unitCost) {}

  /** A counter sale: time, sales slip, item, pieces and the tax-inclusive unit price. */
  private record CounterSale(
      String time, String document, ItemId item, int pieces, String unitPrice) {}
}
