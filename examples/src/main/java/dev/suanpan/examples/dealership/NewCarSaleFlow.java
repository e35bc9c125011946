package dev.suanpan.examples.dealership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.floorplan.FinancingDecision;
import dev.suanpan.core.floorplan.FloorPlan;
import dev.suanpan.core.floorplan.FloorPlanReconciliation;
import dev.suanpan.core.floorplan.Repayment;
import dev.suanpan.core.floorplan.Vin;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.DealerFloorPlanTerms;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.pricing.DiscountGrant;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.QuotaCounts;
import dev.suanpan.core.pricing.Quote;
import dev.suanpan.core.pricing.QuoteDecision;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.core.pricing.StandardOffer;
import dev.suanpan.core.rebate.RebateAccrual;
import dev.suanpan.core.rebate.RebateBand;
import dev.suanpan.core.rebate.VolumeRebate;
import dev.suanpan.core.rebate.VolumeRebatePolicy;
import dev.suanpan.examples.policies.PolicyFiles;
import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.interest.DayCount;
import dev.suanpan.money.interest.InterestAccrual;
import dev.suanpan.money.interest.SimpleInterest;
import dev.suanpan.money.tax.DocumentVat;
import dev.suanpan.money.tax.VatComputation;
import dev.suanpan.money.tax.VatLine;
import dev.suanpan.money.tax.VatRate;
import dev.suanpan.money.tax.VatSplit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A new-car sale at a 4S store [000, 002, 004 篇1]: the car arrives on floor-plan finance (the bank
 * lends 70% of the manufacturer's invoice, the dealer pays 30%, the certificate of conformity is
 * pledged to the bank and the bank's certificate list must match the stock ledger); the consultant
 * quotes the car with the published offer and an extra discount that only the sales manager may
 * grant; accessories go on the quote and the insurance premium is collected for the insurer; the
 * VAT is computed on the sale; the dealer repays the bank for the car with its interest and the
 * certificate is released; at month end the manufacturer's volume rebate is accrued.
 *
 * <p>The floor plan is core's {@link FloorPlan} with the sources' policy ({@link
 * DealerFloorPlanTerms}, loaded from its YAML file by {@link PolicyFiles}), the month-end rebate
 * core's {@link VolumeRebate} with the example's flat rate; the two other cars in stock (financed
 * in February at the same cost) are the example's. The 70/30 split, the extra-discount authority
 * and the rebate accrued monthly are the sources'; the prices, the 4.35% loan rate, the 12%
 * insurance agency commission and the 1.5% rebate rate are the example's.
 */
public final class NewCarSaleFlow implements Flow {
  /** Renminbi. */
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** The car sold. */
  public static final Product CAR = Product.of("S5-15T-COMFORT", "Sedan S5 1.5T Comfort", "cars");

  /** Floor mats (accessory). */
  public static final Product MATS = Product.of("ACC-MAT-S5", "Floor mats S5", "accessories");

  /** Dash camera (accessory). */
  public static final Product DASHCAM = Product.of("ACC-CAM-01", "Dash camera", "accessories");

  /** Window film (accessory). */
  public static final Product FILM = Product.of("ACC-FILM-S5", "Window film S5", "accessories");

  /** The car's VIN. */
  public static final String VIN = "LS5A3DBE7RA012345";

  /** The extra discount the consultant asks for, beyond the published offer. */
  public static final Percent EXTRA_DISCOUNT = Percent.parse("0.8%");

  /** The example's rebate rate on the month's purchase volume. */
  public static final Percent REBATE_RATE = Percent.parse("1.5%");

  private static final LocalDate ARRIVAL = LocalDate.of(2024, 3, 1);
  private static final LocalDate SALE_DAY = LocalDate.of(2024, 3, 16);
  private static final LocalDate REPAYMENT = LocalDate.of(2024, 3, 18);
  private static final LocalDate MONTH_END = LocalDate.of(2024, 3, 31);
  private static final YearMonth REBATE_MONTH = YearMonth.from(MONTH_END);

  /** The dealer's own cost-of-sales account for new cars (a sub-account of 6401). */
  public static final LedgerAccount NEW_CAR_COST =
      LedgerAccount.of("640101", "Cost of sales - new cars", "主营业务成本—新车");

  /**
   * The manufacturer's rebate scheme of the example: {@link #REBATE_RATE} on the whole month's
   * purchase volume from the first yuan, rounded to the fen, Dr {@link
   * LedgerAccount#REBATE_RECEIVABLE} / Cr {@link #NEW_CAR_COST}, referenced by the month as {@code
   * REBATE-2403}.
   */
  public static final VolumeRebatePolicy REBATE_POLICY =
      VolumeRebatePolicy.builder()
          .from(VolumeRebatePolicy.flat(CNY, REBATE_RATE))
          .creditAccount(NEW_CAR_COST)
          .referencePattern("'REBATE-'yyMM")
          .build();

  private static final Money CAR_COST = money("168000.00");
  private static final Money PREMIUM = money("5860.00");
  private static final Percent AGENCY_COMMISSION = Percent.of(12);
  private static final Money MONTH_VOLUME = money("7912345.70");
  private static final int MONTH_CARS = 46;
  private static final CustomerId CUSTOMER = CustomerId.of("C-4S-0316");
  private static final PersonId CONSULTANT = PersonId.of("consultant-lin");
  private static final PersonId SALES_MANAGER = PersonId.of("manager-he");

  /**
   * What the flow decided, for a caller that wants the values rather than the printed account.
   *
   * @param floorPlan the bank's and the dealer's parts of the car's cost
   * @param quote the quote of the car and the accessories
   * @param grant the extra discount granted by the sales manager, as filed
   * @param vat the VAT on the sale
   * @param interest the floor-plan interest to repayment
   * @param rebate the month's volume rebate accrued
   * @param rebateEntry the entry accruing it
   * @param account the printed account
   */
  public record Result(
      ImmutableList<Money> floorPlan,
      QuoteDecision quote,
      DiscountGrant grant,
      DocumentVat vat,
      InterestAccrual interest,
      Money rebate,
      JournalEntry rebateEntry,
      FlowReport account) {}

  @Override
  public FlowReport run() {
    return walk().account();
  }

  /**
   * Runs the sale from the car's arrival to the month-end rebate and returns the values with the
   * account.
   *
   * @throws IllegalStateException if an engine decides otherwise than the flow's story (a bug)
   */
  public Result walk() {
    FlowReport.Builder account =
        FlowReport.titled("New-car sale at a 4S store: floor plan to rebate");

    // 1. Floor plan: the car arrives, 70% bank, 30% dealer, certificate pledged; two cars of the
    // same model came in February the same way.
    FloorPlan plan = FloorPlan.empty(PolicyFiles.dealerFloorPlanTerms());
    for (String earlier : List.of("LS5A3DBE1RA011870", "LS5A3DBE4RA011902")) {
      FinancingDecision before = plan.finance(Vin.of(earlier), CAR_COST, ARRIVAL.minusDays(10));
      expect(before.outcome(), Outcome.ALLOWED, "the floor-plan financing of " + earlier);
      plan = before.floorPlan();
    }
    FinancingDecision financed = plan.finance(Vin.of(VIN), CAR_COST, ARRIVAL);
    expect(financed.outcome(), Outcome.ALLOWED, "the floor-plan financing");
    plan = financed.floorPlan();
    ImmutableList<Money> floorPlan = ImmutableList.of(financed.loan(), financed.dealerFunds());
    Money bankLoan = financed.loan();
    ImmutableSortedSet<Vin> stockLedger =
        ImmutableSortedSet.of(
            Vin.of("LS5A3DBE1RA011870"), Vin.of("LS5A3DBE4RA011902"), Vin.of(VIN));
    FloorPlanReconciliation onArrival = plan.reconcile(stockLedger, ARRIVAL);
    account
        .step("Floor plan: " + CAR.name() + " VIN " + VIN + " arrives on " + ARRIVAL)
        .line(
            "manufacturer's invoice %s split %s:%s",
            CAR_COST,
            plan.policy().bankShare().value().toPlainString(),
            plan.policy().dealerShare().value().toPlainString())
        .line("bank lends %s, dealer pays %s from its own funds", bankLoan, floorPlan.get(1))
        .line("certificate of conformity of %s pledged to the bank", VIN)
        .line(
            "daily check: bank's certificates %s, stock ledger %s: %s",
            onArrival.pledged().size(),
            stockLedger.size(),
            onArrival.matches() ? "they match" : "they DIFFER");

    // 2. Quote: published offer, extra discount for the sales manager, accessories.
    PriceList list =
        PriceList.builder()
            .code("4S-2024-Q1")
            .validFrom(LocalDate.of(2024, 1, 1))
            .validUntil(LocalDate.of(2024, 3, 31))
            .addEntry(PriceListEntry.of(CAR.id(), money("179800.00"), money("170000.00")))
            .addEntry(PriceListEntry.of(MATS.id(), money("680.00")))
            .addEntry(PriceListEntry.of(DASHCAM.id(), money("1280.00")))
            .addEntry(PriceListEntry.of(FILM.id(), money("3600.00")))
            .build();
    StandardOffer marchOffer =
        StandardOffer.builder()
            .code("MARCH-3000")
            .amountOff(money("3000.00"))
            .product(CAR.id())
            .validFrom(LocalDate.of(2024, 3, 1))
            .validUntil(LocalDate.of(2024, 3, 31))
            .build();
    PropertyOfficeDiscountAuthority authority = PolicyFiles.propertyOfficeDiscountAuthority();
    Pricer pricer = Pricer.of(authority.pricingPolicy(List.of(list), List.of(marchOffer)));
    QuotaCounts march =
        QuotaCounts.of(40).withGrants(PropertyOfficeDiscountAuthority.SALES_MANAGER, 4);
    Quote quote =
        Quote.builder()
            .context(
                PricingContext.builder()
                    .date(SALE_DAY)
                    .customer(CUSTOMER)
                    .requester(PropertyOfficeDiscountAuthority.SALES_CONSULTANT)
                    .quotaCounts(march)
                    .build())
            .addLines(
                QuoteLine.withExtraDiscount(CAR, BigDecimal.ONE, EXTRA_DISCOUNT),
                QuoteLine.of(MATS, BigDecimal.ONE),
                QuoteLine.of(DASHCAM, BigDecimal.ONE),
                QuoteLine.of(FILM, BigDecimal.ONE))
            .build();
    QuoteDecision decided = pricer.price(quote);
    expect(decided.outcome(), Outcome.NEEDS_APPROVAL, "quote");
    PricingDecision carLine = decided.lines().get(0);
    account.step("Quote to " + CUSTOMER + " on " + SALE_DAY + " by " + CONSULTANT);
    for (PricingDecision line : decided.lines()) {
      account.line(
          "%-22s list %s, offers %s, extra %s, net %s",
          line.line().product().name(),
          line.listAmount(),
          line.standardOfferDiscount(),
          line.extraDiscount(),
          line.netAmount());
    }
    account
        .line(
            "quote: list %s, discount %s, net %s: %s by %s",
            decided.listTotal(),
            decided.discountTotal(),
            decided.netTotal(),
            decided.outcome(),
            decided.requiredApprover().map(Object::toString).orElse("nobody"))
        .block(carLine.explanation());

    DiscountGrant grant =
        DiscountGrant.of(carLine, "matched a competing dealer's quote", CONSULTANT, SALES_MANAGER);
    account
        .line(
            "%s signs the special-discount form; grant filed: %s off %s x %s for %s on %s,"
                + " asked by %s, reason \"%s\"",
            grant.approver(),
            grant.amount(),
            CAR.id(),
            grant.quantity().toPlainString(),
            grant.customer(),
            grant.date(),
            grant.requester(),
            grant.reason())
        .line(
            "the sales manager's grants this month: %d of %d cases, at most %d allowed (15%%)",
            march.grantsBy(PropertyOfficeDiscountAuthority.SALES_MANAGER) + 1,
            march.cases(),
            march.allowedBy(authority.salesManagerQuota()));

    // 3. Insurance, collected for the insurer.
    Money agency = AGENCY_COMMISSION.of(PREMIUM, Rounding.FEN);
    VatSplit agencyVat = VatRate.REDUCED_6.splitGross(agency, Rounding.FEN);
    account
        .step("Insurance")
        .line("premium %s collected for the insurer: not the dealer's revenue", PREMIUM)
        .line(
            "agency commission %s of the premium = %s, invoiced to the insurer: net %s + VAT 6%%"
                + " %s",
            AGENCY_COMMISSION, agency, agencyVat.net(), agencyVat.tax());

    // 4. VAT on the sale.
    List<VatLine> vatLines = new ArrayList<>();
    for (PricingDecision line : decided.lines()) {
      vatLines.add(VatLine.inclusive(line.netAmount(), VatRate.STANDARD_13));
    }
    DocumentVat vat = VatComputation.of(vatLines, Rounding.FEN);
    account.step("VAT invoices (car on the motor-vehicle invoice, accessories on a VAT invoice)");
    for (int i = 0; i < decided.lines().size(); i++) {
      VatSplit split = vat.lineSplits().get(i);
      account.line(
          "%-22s net %s + VAT %s = %s",
          decided.lines().get(i).line().product().name(), split.net(), split.tax(), split.gross());
    }
    account
        .line(
            "total net %s + VAT %s = %s (document-level VAT %s, difference %s)",
            vat.lineLevelNet(),
            vat.lineLevelTax(),
            vat.lineLevelGross(),
            vat.documentLevelTax(),
            vat.roundingDifference())
        .line(
            "the customer pays %s for the car and accessories and %s of premium: %s",
            decided.netTotal(), PREMIUM, decided.netTotal().plus(PREMIUM));

    // 5. Repayment releases the certificate.
    InterestAccrual interest =
        SimpleInterest.annual(Percent.parse("4.35%"), DayCount.ACT_360)
            .accrue(bankLoan, ARRIVAL, REPAYMENT, Rounding.FEN);
    Repayment repaid = plan.repay(Vin.of(VIN), REPAYMENT);
    plan = repaid.floorPlan();
    ImmutableSortedSet<Vin> stockAfter = without(stockLedger, Vin.of(VIN));
    FloorPlanReconciliation afterRepayment = plan.reconcile(stockAfter, REPAYMENT);
    account
        .step("Repayment of the floor plan on " + REPAYMENT)
        .line(
            "loan %s at 4.35%% a year, ACT/360, %d days: interest %s; repaid %s",
            bankLoan, interest.days(), interest.interest(), interest.total())
        .line("the bank releases the certificate of %s; it goes to the buyer with the car", VIN)
        .line(
            "daily check: bank's certificates %s, stock ledger %s: %s",
            afterRepayment.pledged().size(),
            stockAfter.size(),
            afterRepayment.matches() ? "they match" : "they DIFFER");

    // 6. Margin of the car.
    VatSplit costVat = VatRate.STANDARD_13.splitGross(CAR_COST, Rounding.FEN);
    Money carNet = vat.lineSplits().get(0).net();
    Money margin = carNet.minus(costVat.net());
    account
        .step("Margin on the car")
        .line(
            "sold net of VAT %s, cost net of VAT %s: gross margin %s",
            carNet, costVat.net(), margin)
        .line(
            "less floor-plan interest %s: %s before the manufacturer's rebate",
            interest.interest(), margin.minus(interest.interest()));

    // 7. Month end: the manufacturer's volume rebate accrued, with core's VolumeRebate.
    RebateAccrual accrued = VolumeRebate.of(REBATE_POLICY).accrue(REBATE_MONTH, MONTH_VOLUME);
    Money rebate = accrued.total();
    JournalEntry rebateEntry =
        accrued
            .entry()
            .orElseThrow(() -> new IllegalStateException("no rebate accrued on " + MONTH_VOLUME));
    RebateBand band = accrued.bands().get(0);
    account
        .step("Month end " + MONTH_END + ": manufacturer's volume rebate accrued")
        .line("%d cars bought this month for %s", MONTH_CARS, band.volume())
        .line(
            "%s x %s = %s exactly, accrued %s (rounded to the fen, half up)",
            band.rate(), band.volume(), band.exactAmount().toPlainString(), accrued.accrual())
        .line("%s %s %s", rebateEntry.date(), rebateEntry.reference(), rebateEntry.description());
    for (JournalLine l : rebateEntry.lines()) {
      account.line("  %s", l);
    }
    account.line(
        "this car's share: %s x %s = %s",
        REBATE_RATE, CAR_COST, REBATE_RATE.of(CAR_COST, Rounding.FEN));

    return new Result(
        floorPlan, decided, grant, vat, interest, rebate, rebateEntry, account.build());
  }

  private static ImmutableSortedSet<Vin> without(ImmutableSortedSet<Vin> set, Vin vin) {
    return set.stream()
        .filter(v -> !v.equals(vin))
        .collect(ImmutableSortedSet.toImmutableSortedSet(Vin::compareTo));
  }

  private static void expect(Outcome actual, Outcome expected, String what) {
    if (actual != expected) {
      throw new IllegalStateException(what + " was " + actual + ", expected " + expected);
    }
  }

  private static Money money(String amount) {
    return Money.of(CNY, new BigDecimal(amount));
  }
}
