package dev.suanpan.examples.distributor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.PaymentRecord;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.ageing.AgeingLine;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.credit.interest.OverdueInterest;
import dev.suanpan.core.credit.interest.OverdueInterestLine;
import dev.suanpan.core.credit.interest.OverdueInterestReport;
import dev.suanpan.core.credit.provision.BadDebtProvision;
import dev.suanpan.core.credit.provision.ProvisionDecision;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.examples.policies.PolicyFiles;
import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A building-materials distributor's month end [002, 004 篇2]: March 2024 closed on the 31st.
 *
 * <p>The stock is valued by the month-end weighted average (月末一次加权平均), so the unit cost of the
 * month's issues is known only now: for each item the close works out (opening value + the month's
 * receipts) / (opening + received quantity) to the fen, costs every issue at it, leaves the
 * rounding difference in ending inventory and yields the cost-of-goods-sold entries (Dr COGS / Cr
 * inventory), one per issue document. Then the receivables are aged as of the month end into the
 * policy's buckets, the bad-debt provision is worked out by ageing percentages and adjusted against
 * February's allowance, interest is charged on overdue receivables and on the month's late
 * payments, and the month's journal (the close's entries and the provision's, all of core's one
 * journal model) is printed and added up by account.
 *
 * <p>The credit figures are those of core's shipped example policy ({@link
 * dev.suanpan.core.presets.DistributorCreditTerms}): buckets 0-30, 31-60, 61-90, 91-180, 181-365
 * and over 365 days at 1%, 3%, 5%, 10%, 30% and 50%; interest 0.05% a day; late payments charged
 * after 5 grace days.
 */
public final class DistributorMonthEndFlow implements Flow {
  /** The month closed. */
  public static final YearMonth MONTH = YearMonth.of(2024, 3);

  /** The month-end date: the ageing, provision and interest date. */
  public static final LocalDate MONTH_END = MONTH.atEndOfMonth();

  /** The distribution centre. */
  public static final WarehouseId WAREHOUSE = WarehouseId.of("DC-1");

  /** Glazed floor tile 800x800, in boxes. */
  public static final ItemId TILE = ItemId.of("TILE-800");

  /** Tile adhesive, 25 kg bags. */
  public static final ItemId ADHESIVE = ItemId.of("ADH-25");

  /** Tile grout, 5 kg bags. */
  public static final ItemId GROUT = ItemId.of("GROUT-5");

  /** A builder, the largest customer. */
  public static final CustomerId HENGDA = CustomerId.of("HENGDA-BM");

  /** A decoration company. */
  public static final CustomerId LIANHUA = CustomerId.of("LIANHUA-DECOR");

  /** A construction company. */
  public static final CustomerId XINYU = CustomerId.of("XINYU-CONSTR");

  /** A hardware shop, long in arrears. */
  public static final CustomerId DONGFANG = CustomerId.of("DONGFANG-HW");

  /** The bad-debt allowance on the books at the end of February. */
  public static final Money FEBRUARY_ALLOWANCE = Money.parse("CNY 13850.00");

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final UnitOfMeasure BOX = UnitOfMeasure.of("box");
  private static final UnitOfMeasure BAG = UnitOfMeasure.of("bag");
  private static final LocalDate FEBRUARY_END = MONTH.minusMonths(1).atEndOfMonth();

  /**
   * The credit policy: core's example with the sources' numbers and its documented interpretations.
   */
  public static CreditPolicy creditPolicy() {
    return PolicyFiles.distributorCreditTerms();
  }

  /** The open receivables at the month end, by invoice. */
  public static ImmutableList<Receivable> openReceivables() {
    return ImmutableList.of(
        receivable("INV-2403-118", HENGDA, "2024-03-20", "2024-04-19", "86400.00"),
        receivable("INV-2403-097", LIANHUA, "2024-03-05", "2024-04-04", "45200.00"),
        receivable("INV-2402-066", HENGDA, "2024-02-10", "2024-03-11", "52000.00"),
        receivable("INV-2401-031", XINYU, "2024-01-15", "2024-02-14", "38600.00"),
        receivable("INV-2311-210", LIANHUA, "2023-11-20", "2023-12-20", "24000.00"),
        receivable("INV-2307-088", DONGFANG, "2023-07-10", "2023-08-09", "15800.00"),
        receivable("INV-2212-045", DONGFANG, "2022-12-15", "2023-01-14", "6500.00"));
  }

  /** The invoices paid during March, with their due dates. */
  public static ImmutableList<PaymentRecord> marchPayments() {
    return ImmutableList.of(
        new PaymentRecord(
            "INV-2402-041",
            LocalDate.parse("2024-03-08"),
            LocalDate.parse("2024-03-18"),
            Money.parse("CNY 30000.00")),
        new PaymentRecord(
            "INV-2402-052",
            LocalDate.parse("2024-03-12"),
            LocalDate.parse("2024-03-15"),
            Money.parse("CNY 18000.00")),
        new PaymentRecord(
            "INV-2402-058",
            LocalDate.parse("2024-03-20"),
            LocalDate.parse("2024-03-19"),
            Money.parse("CNY 9600.00")));
  }

  /**
   * What the flow ends with, for a caller that wants the values behind the printed account.
   *
   * @param account the printed account
   * @param closes the month-end close of each item
   * @param ageing the receivables ageing as of the month end
   * @param provision the bad-debt provision and its adjusting entry
   * @param overdueInterest the interest on receivables still open and overdue
   * @param latePayments the charge on the month's late payments
   * @param journal the month-end entries: the close's cost of goods sold, then the provision
   * @param summary the totals by account of the month-end journal
   */
  public record Result(
      FlowReport account,
      ImmutableMap<ItemId, MonthEndClose> closes,
      AgeingReport ageing,
      ProvisionDecision provision,
      OverdueInterestReport overdueInterest,
      OverdueInterestReport latePayments,
      ImmutableList<JournalEntry> journal,
      JournalSummary summary) {}

  @Override
  public FlowReport run() {
    return play().account();
  }

  /** Runs the flow and returns its account with the values behind it. */
  public Result play() {
    FlowReport.Builder account =
        FlowReport.titled(
            "Distributor month end: weighted-average close, ageing, provision, interest");
    CostingPolicy costing = CostingPolicy.of(CostingMethod.MONTHLY_AVERAGE);

    account
        .step("Stock of March, valued by the month-end weighted average")
        .line(
            "Costing set up in advance: %s, unit cost to %d places, %s",
            costing.method(), costing.averageUnitCostScale(), costing.rounding());
    Map<ItemId, MonthEndClose> closes = new LinkedHashMap<>();
    closes.put(
        TILE,
        close(
            account,
            "glazed floor tile 800x800",
            ledger(TILE, BOX, costing, "1000", "38520.00")
                .receipt("2024-03-04", "GRN-2403-011", "700", "39.35", "PO-2403-002")
                .issue("2024-03-08", "CK-2403-021", "800")
                .receipt("2024-03-15", "GRN-2403-019", "450", "40.10", "PO-2403-006")
                .issue("2024-03-20", "CK-2403-044", "650")
                .issue("2024-03-27", "CK-2403-058", "300")));
    closes.put(
        ADHESIVE,
        close(
            account,
            "tile adhesive 25 kg",
            ledger(ADHESIVE, BAG, costing, "2400", "52800.00")
                .receipt("2024-03-06", "GRN-2403-014", "3000", "21.65", "PO-2403-004")
                .issue("2024-03-11", "CK-2403-029", "2200")
                .issue("2024-03-18", "CK-2403-040", "1800")
                .receipt("2024-03-22", "GRN-2403-023", "1500", "22.30", "PO-2403-009")
                .issue("2024-03-29", "CK-2403-063", "2100")));
    closes.put(
        GROUT,
        close(
            account,
            "tile grout 5 kg",
            ledger(GROUT, BAG, costing, "600", "9270.00")
                .receipt("2024-03-13", "GRN-2403-017", "900", "15.80", "PO-2403-005")
                .issue("2024-03-14", "CK-2403-033", "500")
                .issue("2024-03-26", "CK-2403-055", "700")));

    account.step("Receivables ageing as of " + MONTH_END);
    CreditPolicy policy = creditPolicy();
    ImmutableList<Receivable> open = openReceivables();
    for (Receivable r : open) {
      account.line(
          "%-13s %-14s invoiced %s due %s %12s  age %3d days",
          r.document(),
          r.customer(),
          r.invoiceDate(),
          r.dueDate(),
          r.openAmount().getAmount().toPlainString(),
          r.ageOn(MONTH_END));
    }
    AgeingReport ageing = Ageing.of(policy).age(open, MONTH_END);
    account.line("Ageing schedule (账龄分析表), total %s:", ageing.total());
    for (AgeingLine l : ageing.lines()) {
      account.line(
          "  %-10s %2d invoice(s) %14s",
          l.bucket().label() + " d", l.items(), l.amount().getAmount().toPlainString());
    }

    account.step("Receivables by customer (exposure and what is overdue)");
    for (CustomerId customer : List.of(HENGDA, LIANHUA, XINYU, DONGFANG)) {
      List<Receivable> own = open.stream().filter(r -> r.customer().equals(customer)).toList();
      Exposure exposure =
          Exposure.fromScratch(
              customer, CNY, own, Money.zero(CNY), Money.zero(CNY), Money.zero(CNY));
      account.line(
          "%-14s %d invoice(s), receivables %s, overdue %s, earliest due %s",
          customer,
          own.size(),
          exposure.receivables(),
          exposure.receivablesDueBefore(MONTH_END),
          exposure.earliestOpenDue().orElseThrow());
    }

    account.step("Bad-debt provision by ageing percentages (坏账准备)");
    ProvisionDecision provision = BadDebtProvision.of(policy).provide(ageing, FEBRUARY_ALLOWANCE);
    account
        .line(
            "Required %s, on the books from February %s: adjustment %s",
            provision.required(), provision.previous(), provision.adjustment())
        .block(provision.explanation());

    account.step("Interest on overdue receivables (逾期货款计息)");
    OverdueInterest interest = OverdueInterest.of(policy);
    OverdueInterestReport overdue = interest.assess(open, MONTH_END);
    account.line("Open and overdue at %s, %s:", MONTH_END, policy.overdueInterest().orElseThrow());
    for (OverdueInterestLine l : overdue.lines()) {
      account.line(
          "  %-13s %10s due %s, %3d days: %8s",
          l.document(),
          l.amount().getAmount().toPlainString(),
          l.dueDate(),
          l.days(),
          l.interest().getAmount().toPlainString());
    }
    account.line("Interest on open receivables: %s", overdue.total());
    OverdueInterestReport late = interest.assessLate(marchPayments());
    account.line(
        "Paid late in March (%s a day after %d grace days, every day once the grace is passed):",
        policy.latePaymentTerms().orElseThrow().dailyRate(),
        policy.latePaymentTerms().orElseThrow().graceDays());
    for (PaymentRecord p : marchPayments()) {
      account.line(
          "  %-13s %10s due %s paid %s: %d day(s) late",
          p.document(),
          p.amount().getAmount().toPlainString(),
          p.dueDate(),
          p.paidOn(),
          p.daysLate());
    }
    account.block(late.explanation());
    account
        .line("Late-payment charges: %s", late.total())
        .line(
            "Interest billed on debit notes: %s; booked as income when collected",
            overdue.total().plus(late.total()));

    account.step("Month-end journal (Dr / Cr)");
    ImmutableList.Builder<JournalEntry> month = ImmutableList.builder();
    for (MonthEndClose close : closes.values()) {
      month.addAll(close.journal());
    }
    month.add(provision.entry().orElseThrow());
    ImmutableList<JournalEntry> journal = month.build();
    int voucher = 1;
    for (JournalEntry e : journal) {
      account.line("JV-2403-%02d %s %-12s %s", voucher++, e.date(), e.reference(), e.description());
      for (JournalLine l : e.lines()) {
        account.line(
            l.isDebit() ? "  Dr %-34s %12s  %s" : "      Cr %-30s %12s  %s",
            l.account(),
            plain(l.amount()),
            l.account().chineseName());
      }
    }
    JournalSummary summary = JournalSummary.of(CNY, journal);
    account.line("Totals by account:").block(summary);
    account.line(
        "Debits %s, credits %s: %s",
        summary.totalDebits(), summary.totalCredits(), summary.isBalanced() ? "balanced" : "OFF");

    return new Result(
        account.build(),
        ImmutableMap.copyOf(closes),
        ageing,
        provision,
        overdue,
        late,
        journal,
        summary);
  }

  /** Closes March for one item and prints its stock card and the close. */
  private static MonthEndClose close(FlowReport.Builder account, String name, March march) {
    StockLedger ledger = march.ledger();
    MonthEndClose close = ledger.closeMonth(MONTH);
    StockLedger closed = close.ledger();
    account
        .step("Month-end close of " + ledger.item() + " " + name)
        .line(
            "Opening (February closed) %s %s, %s",
            qty(close.openingQuantity()), ledger.unit(), close.openingValue());
    for (StockCardLine l : closed.card(MONTH.atDay(1), MONTH_END).lines()) {
      boolean in = l.quantityIn().signum() > 0;
      account.line(
          "  %s %-12s %-4s %6s @ %-9s %10s   balance %6s %10s",
          l.date(),
          l.document(),
          in ? "in" : "out",
          qty(in ? l.quantityIn() : l.quantityOut()),
          cost(l.unitCost()),
          plain(l.amount()),
          qty(l.balanceQuantity()),
          plain(l.balanceValue()));
    }
    account
        .line(
            "  Close: (%s + %s) / (%s + %s) = unit cost %s",
            plain(close.openingValue()),
            plain(close.inboundValue()),
            qty(close.openingQuantity()),
            qty(close.inboundQuantity()),
            close.unitCost().orElseThrow().toPlainString())
        .line(
            "  Issued %s %s, cost %s; closing %s %s, value %s",
            qty(close.outboundQuantity()),
            ledger.unit(),
            close.outboundCost(),
            qty(close.closingQuantity()),
            ledger.unit(),
            close.closingValue())
        .line(
            "  Rounding difference left in ending inventory: %s",
            close.roundingDifference().orElseThrow());
    return close;
  }

  private static March ledger(
      ItemId item, UnitOfMeasure unit, CostingPolicy costing, String quantity, String value) {
    StockLedger ledger =
        StockLedger.open(item, WAREHOUSE, unit, CNY, costing)
            .post(
                Movement.openingBalance(
                    FEBRUARY_END,
                    "OB-2402",
                    new BigDecimal(quantity),
                    unit,
                    Money.parse("CNY " + value)))
            .ledger();
    // February is already closed: its balance is March's opening
    return new March(ledger.closeMonth(MONTH.minusMonths(1)).ledger());
  }

  private static Receivable receivable(
      String document, CustomerId customer, String invoiced, String due, String amount) {
    return Receivable.of(
        document,
        customer,
        LocalDate.parse(invoiced),
        LocalDate.parse(due),
        Money.parse("CNY " + amount));
  }

  private static String qty(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString();
  }

  /** A unit cost without trailing zeros beyond the fen: 40.1 prints as 40.10, 21.913 as is. */
  private static String cost(BigDecimal unitCost) {
    BigDecimal s = unitCost.stripTrailingZeros();
    return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
  }

  private static String plain(Money amount) {
    return amount.getAmount().toPlainString();
  }

  /** A ledger being filled with March's movements. */
  private record March(StockLedger ledger) {
    March receipt(String date, String document, String quantity, String unitCost, String order) {
      return post(
          Movement.receipt(
              LocalDate.parse(date),
              document,
              new BigDecimal(quantity),
              ledger.unit(),
              new BigDecimal(unitCost),
              order));
    }

    March issue(String date, String document, String quantity) {
      return post(
          Movement.saleIssue(
              LocalDate.parse(date), document, new BigDecimal(quantity), ledger.unit()));
    }

    private March post(Movement movement) {
      var posting = ledger.post(movement);
      if (!posting.isAllowed()) {
        throw new IllegalStateException(movement + " refused: " + posting.explanation());
      }
      return new March(posting.ledger());
    }
  }
}
