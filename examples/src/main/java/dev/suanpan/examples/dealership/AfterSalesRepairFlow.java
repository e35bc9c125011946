package dev.suanpan.examples.dealership;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.commission.CommissionClaim;
import dev.suanpan.core.credit.commission.CommissionDecision;
import dev.suanpan.core.credit.commission.CommissionGate;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.Quote;
import dev.suanpan.core.pricing.QuoteDecision;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.examples.policies.PolicyFiles;
import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.inventory.FifoLayer;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.tax.DocumentVat;
import dev.suanpan.money.tax.VatComputation;
import dev.suanpan.money.tax.VatLine;
import dev.suanpan.money.tax.VatRate;
import dev.suanpan.money.tax.VatSplit;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.flows.RepairLine;
import dev.suanpan.workflow.flows.RepairLines;
import dev.suanpan.workflow.flows.RepairOrderFlow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A 4S store's after-sales repair [000, 004 篇9]: the car comes in with worn brakes (customer lines,
 * quoted and agreed before work starts) and a faulty headlight module (warranty lines: free to the
 * customer, claimed from the manufacturer), all on one repair order; the parts are issued from
 * stock against the requisition at FIFO cost; labour is charged by the hour at the labour rate; the
 * order settles when the customer's share is collected and the warranty lines carry the claim's
 * reference; the customer gets the VAT invoice; the settlement sheet shows the parts and labour
 * margin; the technician's commission is paid on the labour collected, the warranty labour's only
 * when the manufacturer pays.
 *
 * <p>The prices, the 260 yuan labour rate, the manufacturer's 15% parts handling and 180 yuan
 * warranty labour rate and the technician's 25% are the example's.
 */
public final class AfterSalesRepairFlow implements Flow {
  /** Renminbi. */
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** Engine oil 5W-30, by the litre. */
  public static final Product OIL = Product.of("OIL-5W30", "Engine oil 5W-30", "parts");

  /** Oil filter. */
  public static final Product FILTER = Product.of("FLT-S5", "Oil filter S5", "parts");

  /** Front brake pads, by the set. */
  public static final Product PADS = Product.of("BP-S5-F", "Front brake pads S5", "parts");

  /** One hour of mechanical labour. */
  public static final Product LABOUR = Product.of("LAB-HOUR", "Labour (hours)", "labour");

  /** The headlight control module replaced under warranty. */
  public static final ItemId MODULE = ItemId.of("HCM-S5-L");

  /** The technician's commission rate on labour net of VAT. */
  public static final Percent TECHNICIAN_RATE = Percent.of(25);

  /** What the manufacturer adds to the part's cost for handling on a warranty claim. */
  public static final Percent WARRANTY_HANDLING = Percent.of(15);

  static final UnitOfMeasure LITRES = UnitOfMeasure.of("L");
  static final UnitOfMeasure SETS = UnitOfMeasure.of("set");
  private static final WarehouseId PARTS_STORE = WarehouseId.of("PARTS-1");
  private static final LocalDate REPAIR_DAY = LocalDate.of(2024, 4, 12);
  private static final String ORDER = "RO-2024-0412-07";
  private static final String WARRANTY_CLAIM = "WC-2024-0412-07";
  private static final String REQUISITION = "LY-2024-0412-07";
  private static final String WARRANTY_REQUISITION = "LY-2024-0412-07W";
  private static final BigDecimal HOURS = new BigDecimal("2.5");
  private static final BigDecimal WARRANTY_HOURS = new BigDecimal("0.8");
  private static final Money WARRANTY_LABOUR_RATE = money("180.00");
  private static final CustomerId CUSTOMER = CustomerId.of("C-4S-0893");
  private static final String CAR = "Sedan S5 1.5T Comfort, VIN LS5A3DBE2PA004711, 23480 km";

  private static final Actor DESK = Actor.of(PersonId.of("desk-guo"), RepairOrderFlow.SERVICE_DESK);
  private static final Actor TECHNICIAN =
      Actor.of(PersonId.of("tech-ma"), RepairOrderFlow.TECHNICIAN);
  private static final Actor CASHIER = Actor.of(PersonId.of("cashier-xu"), RepairOrderFlow.CASHIER);

  /**
   * What the flow decided, for a caller that wants the values rather than the printed account.
   *
   * @param quote the quote of the customer's lines: parts and labour hours
   * @param issues the parts issued for the customer's lines, in the quote's order, at FIFO cost
   * @param warrantyIssue the warranty part issued
   * @param vat the VAT invoice of the customer's lines
   * @param warrantyClaim the claim on the manufacturer, net, VAT and gross
   * @param partsMargin the parts margin of the customer's lines, net of VAT
   * @param grossMargin the customer's lines' margin: parts margin plus labour net of VAT
   * @param commission the technician's commission on the paid labour
   * @param warrantyCommission the technician's commission on the warranty labour, before the
   *     manufacturer pays
   * @param order the repair order at its end, with its lines and the split by payer
   * @param account the printed account
   */
  public record Result(
      QuoteDecision quote,
      ImmutableList<StockCardLine> issues,
      StockCardLine warrantyIssue,
      DocumentVat vat,
      VatSplit warrantyClaim,
      Money partsMargin,
      Money grossMargin,
      CommissionDecision commission,
      CommissionDecision warrantyCommission,
      WorkflowCase order,
      FlowReport account) {}

  @Override
  public FlowReport run() {
    return walk().account();
  }

  /**
   * Runs the repair from intake to the technician's commission and returns the values with the
   * account.
   *
   * @throws IllegalStateException if an engine decides otherwise than the flow's story (a bug)
   */
  public Result walk() {
    FlowReport.Builder account = FlowReport.titled("4S after-sales: repair order to settlement");

    // The parts store before the repair, costed FIFO.
    StockLedger oil =
        ledger(
            OIL.id().code(),
            LITRES,
            Movement.receipt(
                LocalDate.of(2024, 3, 1), "GRN-0301", qty("200"), LITRES, cost("38.50"), "PO-0226"),
            Movement.repairIssue(LocalDate.of(2024, 3, 15), "LY-0315", qty("120"), LITRES),
            Movement.receipt(
                LocalDate.of(2024, 4, 1), "GRN-0401", qty("208"), LITRES, cost("41.20"), "PO-0328"),
            Movement.repairIssue(LocalDate.of(2024, 4, 8), "LY-0408", qty("78.5"), LITRES));
    StockLedger filters =
        ledger(
            FILTER.id().code(),
            UnitOfMeasure.PIECES,
            Movement.receipt(
                LocalDate.of(2024, 3, 1),
                "GRN-0302",
                qty("40"),
                UnitOfMeasure.PIECES,
                cost("28.60"),
                "PO-0226"),
            Movement.repairIssue(
                LocalDate.of(2024, 3, 15), "LY-0316", qty("22"), UnitOfMeasure.PIECES));
    StockLedger pads =
        ledger(
            PADS.id().code(),
            SETS,
            Movement.receipt(
                LocalDate.of(2024, 2, 20), "GRN-0220", qty("6"), SETS, cost("320.00"), "PO-0215"),
            Movement.repairIssue(LocalDate.of(2024, 3, 22), "LY-0322", qty("5"), SETS),
            Movement.receipt(
                LocalDate.of(2024, 4, 3), "GRN-0403", qty("10"), SETS, cost("335.00"), "PO-0329"));
    StockLedger modules =
        ledger(
            MODULE.code(),
            UnitOfMeasure.PIECES,
            Movement.receipt(
                LocalDate.of(2024, 1, 15),
                "GRN-0115",
                qty("2"),
                UnitOfMeasure.PIECES,
                cost("1150.00"),
                "PO-0110"));

    // 1. Intake: one order for the visit, customer and warranty work together.
    Workflow repairs = Workflow.of(RepairOrderFlow.definition());
    account
        .step("Intake on " + REPAIR_DAY + " by " + DESK.person())
        .line("%s for %s", CAR, CUSTOMER);
    WorkflowCase order =
        step(
            account,
            ORDER + " opened (brakes and service paid, left headlight under warranty)",
            repairs.open(
                CaseId.of(ORDER),
                intake(at(9, 0), "front brakes grind; oil service due; left headlight flickers")),
            Outcome.ALLOWED);

    // 2. Diagnosis, the quote of the customer's lines, and the customer's consent.
    order =
        step(
            account,
            ORDER + " diagnosed",
            repairs.handle(
                order,
                Command.fire("diagnose", TECHNICIAN, at(10, 0))
                    .with(
                        RepairOrderFlow.DIAGNOSIS,
                        "front pads worn to 2 mm; oil and filter change due;"
                            + " headlight control module HCM-S5-L failed (warranty)")),
            Outcome.ALLOWED);

    PriceList partsAndLabour =
        PriceList.builder()
            .code("AFTER-SALES-2024")
            .validFrom(LocalDate.of(2024, 1, 1))
            .addEntry(PriceListEntry.of(OIL.id(), money("68.00")))
            .addEntry(PriceListEntry.of(FILTER.id(), money("85.00")))
            .addEntry(PriceListEntry.of(PADS.id(), money("680.00")))
            .addEntry(PriceListEntry.of(LABOUR.id(), money("260.00")))
            .build();
    Pricer pricer =
        Pricer.of(
            PolicyFiles.propertyOfficeDiscountAuthority()
                .pricingPolicy(List.of(partsAndLabour), List.of()));
    QuoteDecision quote =
        pricer.price(
            Quote.builder()
                .context(
                    PricingContext.of(
                        REPAIR_DAY, CUSTOMER, PropertyOfficeDiscountAuthority.SALES_CONSULTANT))
                .addLines(
                    QuoteLine.of(OIL, qty("4.5")),
                    QuoteLine.of(FILTER, BigDecimal.ONE),
                    QuoteLine.of(PADS, BigDecimal.ONE),
                    QuoteLine.of(LABOUR, HOURS))
                .build());
    expect(quote.outcome(), Outcome.ALLOWED, "repair quote");
    account.step("Quote of " + ORDER + " from the price list " + partsAndLabour.code());
    for (PricingDecision line : quote.lines()) {
      account.line(
          "%-20s %6s x %s = %s",
          line.line().product().name(),
          line.line().quantity().toPlainString(),
          line.listUnitPrice(),
          line.netAmount());
    }
    account.line("quoted %s; no work before the customer agrees", quote.netTotal());
    List<RepairLine> customerLines = new ArrayList<>();
    for (PricingDecision line : quote.lines()) {
      customerLines.add(
          RepairLine.customer(
              line.line().product().name() + " x " + line.line().quantity().toPlainString(),
              line.netAmount()));
    }
    order =
        step(
            account,
            "quoted",
            repairs.handle(
                order,
                Command.fire("quote", DESK, at(10, 20))
                    .with(RepairOrderFlow.QUOTE, quote.netTotal())
                    .with(RepairOrderFlow.LINES, RepairLines.of(customerLines))),
            Outcome.ALLOWED);
    order =
        step(
            account,
            "customer agrees",
            repairs.handle(
                order,
                Command.fire("customer-consents", DESK, at(10, 30))
                    .with(RepairOrderFlow.CUSTOMER_CONSENT, true)),
            Outcome.ALLOWED);

    // 3. Parts issued from stock at FIFO cost.
    account.step("Parts issued at FIFO cost (requisition " + REQUISITION + ")");
    account.line("oil on hand before: %s", describe(oil.fifoLayers(), oil.unit().toString()));
    Posting oilIssue = oil.post(Movement.repairIssue(REPAIR_DAY, REQUISITION, qty("4.5"), LITRES));
    Posting filterIssue =
        filters.post(
            Movement.repairIssue(REPAIR_DAY, REQUISITION, BigDecimal.ONE, UnitOfMeasure.PIECES));
    Posting padsIssue =
        pads.post(Movement.repairIssue(REPAIR_DAY, REQUISITION, BigDecimal.ONE, SETS));
    Posting moduleIssue =
        modules.post(
            Movement.repairIssue(
                REPAIR_DAY, WARRANTY_REQUISITION, BigDecimal.ONE, UnitOfMeasure.PIECES));
    List<StockCardLine> issued = new ArrayList<>();
    Money partsCost = Money.zero(CNY);
    for (Posting p : List.of(oilIssue, filterIssue, padsIssue)) {
      StockCardLine l = issued(p);
      issued.add(l);
      partsCost = partsCost.plus(l.amount());
      account.line(
          "%-10s %s %s out at %s, left %s %s worth %s",
          p.ledger().item(),
          l.quantityOut().stripTrailingZeros().toPlainString(),
          p.ledger().unit(),
          l.amount(),
          l.balanceQuantity().stripTrailingZeros().toPlainString(),
          p.ledger().unit(),
          l.balanceValue());
    }
    account.line(
        "oil on hand after: %s", describe(oilIssue.ledger().fifoLayers(), oil.unit().toString()));
    StockCardLine moduleLine = issued(moduleIssue);
    account
        .line(
            "%-10s 1 %s out at %s (warranty requisition %s)",
            MODULE, UnitOfMeasure.PIECES, moduleLine.amount(), WARRANTY_REQUISITION)
        .line("parts cost of the customer lines of %s: %s", ORDER, partsCost);
    for (Posting p : List.of(oilIssue, filterIssue, padsIssue, moduleIssue)) {
      for (JournalEntry e : p.journal()) {
        account.line("journal: %s %s %s", e.date(), e.reference(), e.description());
        for (JournalLine l : e.lines()) {
          account.line("  %s", l);
        }
      }
    }

    // 4. Repair finished; the warranty lines at the claim's amounts; settled.
    Money claimPart =
        moduleLine.amount().plus(WARRANTY_HANDLING.of(moduleLine.amount(), Rounding.FEN));
    Money claimLabour =
        Rounding.FEN.round(WARRANTY_LABOUR_RATE.toBigMoney().multipliedBy(WARRANTY_HOURS));
    VatSplit claim = VatRate.STANDARD_13.grossUp(claimPart.plus(claimLabour), Rounding.FEN);
    List<Money> claimLines = Allocation.byAmounts(claim.gross(), List.of(claimPart, claimLabour));
    List<RepairLine> sheet = new ArrayList<>(customerLines);
    sheet.add(RepairLine.warranty(MODULE + " headlight control module x 1", claimLines.get(0)));
    sheet.add(
        RepairLine.warranty(
            "Warranty labour x " + WARRANTY_HOURS.toPlainString(), claimLines.get(1)));
    account.step("Repair and settlement");
    order =
        step(
            account,
            ORDER + " repaired",
            repairs.handle(order, Command.fire("finish-repair", TECHNICIAN, at(15, 0))),
            Outcome.ALLOWED);
    for (RepairLine l : sheet) {
      account.line("%-45s %-8s %s", l.item(), l.payer(), l.amount());
    }
    order =
        step(
            account,
            ORDER + " settled",
            repairs.handle(
                order,
                Command.fire("settle", CASHIER, at(16, 0))
                    .with(RepairOrderFlow.LINES, RepairLines.of(sheet))
                    .with(RepairOrderFlow.WARRANTY_CLAIM, WARRANTY_CLAIM)
                    .with(RepairOrderFlow.PAID, quote.netTotal())),
            Outcome.ALLOWED);
    account.line(
        "customer's share %s collected; warranty %s to claim %s; internal %s",
        order.fact(RepairOrderFlow.CUSTOMER_SHARE).orElseThrow(),
        order.fact(RepairOrderFlow.WARRANTY_SHARE).orElseThrow(),
        order.fact(RepairOrderFlow.WARRANTY_CLAIM).orElseThrow(),
        order.fact(RepairOrderFlow.INTERNAL_SHARE).orElseThrow());

    // 5. The customer's VAT invoice.
    List<VatLine> lines = new ArrayList<>();
    for (PricingDecision line : quote.lines()) {
      lines.add(VatLine.inclusive(line.netAmount(), VatRate.STANDARD_13));
    }
    DocumentVat vat = VatComputation.of(lines, Rounding.FEN);
    account.step("VAT invoice of " + ORDER + " (13%)");
    for (int i = 0; i < quote.lines().size(); i++) {
      VatSplit s = vat.lineSplits().get(i);
      account.line(
          "%-20s net %s + VAT %s = %s",
          quote.lines().get(i).line().product().name(), s.net(), s.tax(), s.gross());
    }
    account.line(
        "total net %s + VAT %s = %s, paid %s",
        vat.lineLevelNet(),
        vat.lineLevelTax(),
        vat.lineLevelGross(),
        order.fact(RepairOrderFlow.PAID).orElseThrow());

    // 6. The warranty claim on the manufacturer.
    account
        .step("Warranty claim " + WARRANTY_CLAIM + " on the manufacturer for " + ORDER)
        .line(
            "part %s at cost %s + %s handling = %s",
            MODULE, moduleLine.amount(), WARRANTY_HANDLING, claimPart)
        .line(
            "labour %s h x %s = %s",
            WARRANTY_HOURS.toPlainString(), WARRANTY_LABOUR_RATE, claimLabour)
        .line("claim net %s + VAT 13%% %s = %s", claim.net(), claim.tax(), claim.gross())
        .line(
            "on the repair order as warranty lines: part %s + labour %s",
            claimLines.get(0), claimLines.get(1));

    // 7. The settlement sheet: margin.
    Money partsRevenue = Money.zero(CNY);
    for (int i = 0; i < 3; i++) {
      partsRevenue = partsRevenue.plus(vat.lineSplits().get(i).net());
    }
    Money labourRevenue = vat.lineSplits().get(3).net();
    Money partsMargin = partsRevenue.minus(partsCost);
    Money grossMargin = partsMargin.plus(labourRevenue);
    Money warrantyMargin = claimPart.minus(moduleLine.amount()).plus(claimLabour);
    account
        .step("Settlement sheet (net of VAT)")
        .line(
            "%s customer lines: parts %s - FIFO cost %s = parts margin %s (%s)",
            ORDER,
            partsRevenue,
            partsCost,
            partsMargin,
            Percent.ratio(partsMargin, partsRevenue, 2))
        .line("%s customer lines: labour %s h = %s", ORDER, HOURS.toPlainString(), labourRevenue)
        .line("%s customer lines: gross margin %s", ORDER, grossMargin)
        .line(
            "%s warranty lines: part %s - cost %s + labour %s = margin %s",
            ORDER, claimPart, moduleLine.amount(), claimLabour, warrantyMargin);

    // 8. The technician's commission, after collection.
    CreditPolicy gatePolicy = PolicyFiles.distributorCreditTerms();
    CommissionGate gate = CommissionGate.of(gatePolicy);
    CommissionDecision commission =
        gate.assess(
            CommissionClaim.builder()
                .salesperson(TECHNICIAN.person())
                .contract(ORDER)
                .rate(TECHNICIAN_RATE)
                .collected(labourRevenue)
                .build());
    expect(commission.outcome(), Outcome.ALLOWED, "technician's commission");
    CommissionDecision warrantyCommission =
        gate.assess(
            CommissionClaim.builder()
                .salesperson(TECHNICIAN.person())
                .contract(WARRANTY_CLAIM)
                .rate(TECHNICIAN_RATE)
                .collected(Money.zero(CNY))
                .build());
    expect(warrantyCommission.outcome(), Outcome.HELD, "warranty labour commission");
    account
        .step("Technician's commission (" + TECHNICIAN.person() + ")")
        .line(
            "%s: %s of labour collected %s = %s payable, booked to repair cost",
            ORDER, TECHNICIAN_RATE, labourRevenue, commission.payable())
        .block(commission.explanation())
        .line(
            "%s: warranty labour %s not yet paid by the manufacturer: %s",
            WARRANTY_CLAIM, claimLabour, warrantyCommission.outcome())
        .block(warrantyCommission.explanation())
        .line(
            "%s customer lines margin after commission: %s",
            ORDER, grossMargin.minus(commission.payable()));

    return new Result(
        quote,
        ImmutableList.copyOf(issued),
        moduleLine,
        vat,
        claim,
        partsMargin,
        grossMargin,
        commission,
        warrantyCommission,
        order,
        account.build());
  }

  private static Command intake(LocalDateTime at, String fault) {
    return Command.open(DESK, at)
        .with(RepairOrderFlow.MODEL, CAR)
        .with(RepairOrderFlow.FAULT, fault)
        .with(RepairOrderFlow.ACCESSORIES, "spare key, floor mats")
        .with(RepairOrderFlow.CONTACT, "Mr Zhao, 139-0000-5678")
        .with(RepairOrderFlow.UNDER_WARRANTY, false);
  }

  private static StockLedger ledger(String item, UnitOfMeasure unit, Movement... history) {
    StockLedger ledger =
        StockLedger.open(
            ItemId.of(item), PARTS_STORE, unit, CNY, CostingPolicy.of(CostingMethod.FIFO));
    for (Movement m : history) {
      Posting p = ledger.post(m);
      expect(p.outcome(), Outcome.ALLOWED, "posting " + m);
      ledger = p.ledger();
    }
    return ledger;
  }

  private static StockCardLine issued(Posting p) {
    expect(p.outcome(), Outcome.ALLOWED, "issue of " + p.previous().item());
    return p.line().orElseThrow();
  }

  private static String describe(List<FifoLayer> layers, String unit) {
    List<String> out = new ArrayList<>();
    for (FifoLayer l : layers) {
      out.add(
          l.quantity().stripTrailingZeros().toPlainString()
              + " "
              + unit
              + " of "
              + l.document()
              + " worth "
              + l.value());
    }
    return String.join(", ", out);
  }

  private static WorkflowCase step(
      FlowReport.Builder account, String what, CaseStep step, Outcome expected) {
    expect(step.outcome(), expected, what);
    account.line("%s: %s", what, step.outcome()).block(step.explanation());
    return step.caseAfter();
  }

  private static void expect(Outcome actual, Outcome expected, String what) {
    if (actual != expected) {
      throw new IllegalStateException(what + " was " + actual + ", expected " + expected);
    }
  }

  private static LocalDateTime at(int hour, int minute) {
    return REPAIR_DAY.atTime(hour, minute);
  }

  private static BigDecimal qty(String quantity) {
    return new BigDecimal(quantity);
  }

  private static BigDecimal cost(String unitCost) {
    return new BigDecimal(unitCost);
  }

  private static Money money(String amount) {
    return Money.of(CNY, new BigDecimal(amount));
  }
}
