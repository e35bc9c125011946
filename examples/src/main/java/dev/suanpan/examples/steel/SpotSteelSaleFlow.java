package dev.suanpan.examples.steel;

import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.credit.CreditGrade;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.credit.commission.CommissionClaim;
import dev.suanpan.core.credit.commission.CommissionDecision;
import dev.suanpan.core.credit.commission.CommissionGate;
import dev.suanpan.core.credit.invoice.InvoiceDecision;
import dev.suanpan.core.credit.invoice.InvoiceGate;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.examples.policies.PolicyFiles;
import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.tax.VatRate;
import dev.suanpan.money.tax.VatSplit;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.flows.SalesOrderFlow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A spot steel sale [004 篇8, 002 第一篇]: the salesperson quotes rebar from the price list; the credit
 * function finds the order over the customer's limit and the customer's deposit releases it; the
 * contract goes through the sales-order flow (the general manager approves it, finance puts it in
 * the contract ledger, and the flow is set to ship only when paid in full, 款到发货); no dispatch
 * before the money arrives; the steel is weighed at loading and finance re-states the contract
 * amount from the actual weight, an event in the order's audit trail; the dispatch is refused until
 * the balance is paid, finance checks the unit price and the amount, and the warehouse ships
 * against the dispatch note; the VAT invoice waits for 60% collected; the salesperson's commission
 * is paid after collection.
 *
 * <p>The numbers are the sources' where they give them (the 60% invoice gate, payment before
 * shipping) and the example policies' otherwise (the credit limit, the 1% commission rate).
 */
public final class SpotSteelSaleFlow implements Flow {
  /** Renminbi. */
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** The rebar sold. */
  public static final Product REBAR = Product.of("HRB400E-20", "Rebar HRB400E 20 mm", "rebar");

  /** The customer. */
  public static final CustomerId CUSTOMER = CustomerId.of("C-HX-017");

  /** The tonnes ordered (theoretical weight). */
  public static final BigDecimal ORDERED_TONNES = new BigDecimal("30.000");

  /** The tonnes on the weighbridge at loading. */
  public static final BigDecimal WEIGHED_TONNES = new BigDecimal("29.867");

  /** The example's commission rate on collected amounts (the sources give none). */
  public static final Percent COMMISSION_RATE = Percent.of(1);

  private static final LocalDate ORDER_DAY = LocalDate.of(2024, 6, 3);
  private static final LocalDate LOADING_DAY = LocalDate.of(2024, 6, 4);
  private static final LocalDate OLD_INVOICE_DUE = LocalDate.of(2024, 6, 20);
  private static final Money DEPOSIT = Money.of(CNY, new BigDecimal("40000.00"));

  private static final Actor CLERK = Actor.of(PersonId.of("clerk-liu"), SalesOrderFlow.SALES_CLERK);
  private static final Actor SALES_MANAGER =
      Actor.of(PersonId.of("manager-zhou"), SalesOrderFlow.SALES_MANAGER);
  private static final Actor SALES_HEAD =
      Actor.of(PersonId.of("head-qian"), SalesOrderFlow.SALES_HEAD);
  private static final Actor GENERAL_MANAGER =
      Actor.of(PersonId.of("gm-sun"), SalesOrderFlow.GENERAL_MANAGER);
  private static final Actor FINANCE = Actor.of(PersonId.of("finance-wu"), SalesOrderFlow.FINANCE);
  private static final Actor FINANCE_DEPUTY_GM =
      Actor.of(PersonId.of("deputy-zheng"), SalesOrderFlow.FINANCE_DEPUTY_GM);
  private static final PersonId SALESPERSON = PersonId.of("sales-wang");

  /**
   * What the flow decided, for a caller that wants the values rather than the printed account.
   *
   * @param quote the quote of the ordered tonnes from the price list
   * @param creditOnOrder the credit check of the order as it came in
   * @param creditAfterDeposit the same check once the deposit arrived
   * @param weighed the line re-priced at the weighed tonnes
   * @param invoiceGate the invoice gate at invoicing
   * @param vat the VAT split of the invoice
   * @param commission the commission gate after collection
   * @param order the sales-order case at its end
   * @param exposureAfter the customer's exposure once the sale is invoiced and settled
   * @param account the printed account
   */
  public record Result(
      PricingDecision quote,
      CreditDecision creditOnOrder,
      CreditDecision creditAfterDeposit,
      PricingDecision weighed,
      InvoiceDecision invoiceGate,
      VatSplit vat,
      CommissionDecision commission,
      WorkflowCase order,
      Exposure exposureAfter,
      FlowReport account) {}

  @Override
  public FlowReport run() {
    return walk().account();
  }

  /**
   * Runs the sale from the quote to the commission and returns every decision with the account.
   *
   * @throws IllegalStateException if an engine decides otherwise than the flow's story (a bug)
   */
  public Result walk() {
    FlowReport.Builder account = FlowReport.titled("Spot steel sale: quote, credit hold, weighing");

    // 1. Quote from the price list.
    PriceList list =
        PriceList.builder()
            .code("STEEL-2024-06")
            .validFrom(LocalDate.of(2024, 6, 1))
            .validUntil(LocalDate.of(2024, 6, 30))
            .addEntry(
                PriceListEntry.of(
                    REBAR.id(),
                    Money.of(CNY, new BigDecimal("3865.50")),
                    Money.of(CNY, new BigDecimal("3800.00"))))
            .build();
    Pricer pricer =
        Pricer.of(
            PolicyFiles.propertyOfficeDiscountAuthority().pricingPolicy(List.of(list), List.of()));
    PricingContext context =
        PricingContext.of(ORDER_DAY, CUSTOMER, PropertyOfficeDiscountAuthority.SALES_CONSULTANT);
    PricingDecision quote = pricer.price(QuoteLine.of(REBAR, ORDERED_TONNES), context);
    expect(quote.outcome(), Outcome.ALLOWED, "quote");
    Money ordered = quote.netAmount();
    account
        .step("Quote from the price list " + list.code() + " on " + ORDER_DAY)
        .line(
            "%s: %s t x %s per tonne = %s (%s)",
            REBAR.name(),
            ORDERED_TONNES.toPlainString(),
            quote.listUnitPrice(),
            ordered,
            quote.outcome())
        .block(quote.explanation());

    // 2. Credit check: over the limit, then released by the deposit.
    CreditPolicy creditPolicy = PolicyFiles.distributorCreditTerms();
    CreditProfile profile =
        CreditProfile.builder()
            .customer(CUSTOMER)
            .grade(CreditGrade.of("B"))
            .limit(Money.of(CNY, new BigDecimal("200000.00")))
            .termDays(30)
            .approvedBy(PersonId.of("finance-vp-zheng"))
            .approvedOn(LocalDate.of(2024, 1, 8))
            .build();
    Exposure exposure =
        Exposure.none(CUSTOMER, CNY)
            .invoicedWithoutShipment(Money.of(CNY, new BigDecimal("120000.00")), OLD_INVOICE_DUE);
    CreditCheck creditCheck = CreditCheck.of(creditPolicy);
    CreditOrder creditOrder = CreditOrder.of(CUSTOMER, "SO-2024-0603-01", ordered);
    CreditDecision onOrder = creditCheck.check(profile, creditOrder, exposure, ORDER_DAY);
    expect(onOrder.outcome(), Outcome.NEEDS_APPROVAL, "credit check on order");
    account
        .step("Credit check of " + creditOrder.document())
        .line(
            "grade %s, limit %s; open invoice %s due %s",
            profile.grade(), profile.limit(), exposure.receivables(), OLD_INVOICE_DUE)
        .line(
            "%s: excess %s over the limit, approver %s",
            onOrder.outcome(),
            onOrder.excess(),
            onOrder.requiredApprover().map(Object::toString).orElse("none"))
        .block(onOrder.explanation());
    exposure = exposure.prepaymentReceived(DEPOSIT);
    CreditDecision afterDeposit = creditCheck.check(profile, creditOrder, exposure, ORDER_DAY);
    expect(afterDeposit.outcome(), Outcome.ALLOWED, "credit check after the deposit");
    exposure = exposure.orderApproved(ordered);
    account
        .line(
            "spot steel is paid before it ships: the customer pays a deposit of %s instead of"
                + " asking for credit",
            DEPOSIT)
        .line(
            "re-checked: %s, exposure with the order %s",
            afterDeposit.outcome(), afterDeposit.exposureAfter())
        .block(afterDeposit.explanation());

    // 3. The contract through the sales-order flow.
    Workflow orders =
        Workflow.of(
            SalesOrderFlow.definition(
                PolicyFiles.salesOrderContractAuthority(), SalesOrderFlow.INVOICE_GATE, true));
    account.step("Sales contract (sales-order flow)");
    WorkflowCase order =
        step(
            account,
            "opened",
            orders.open(
                CaseId.of("SO-2024-0603-01"),
                Command.open(CLERK, at(ORDER_DAY, 9, 30))
                    .with(SalesOrderFlow.CUSTOMER, CUSTOMER.code())
                    .with(SalesOrderFlow.PRICE, ordered)),
            Outcome.ALLOWED);
    order =
        step(
            account,
            "check",
            orders.handle(order, Command.fire("check", SALES_MANAGER, at(ORDER_DAY, 10, 0))),
            Outcome.NEEDS_APPROVAL);
    order =
        step(
            account,
            "approve",
            orders.handle(order, Command.approve(GENERAL_MANAGER, at(ORDER_DAY, 11, 0))),
            Outcome.ALLOWED);
    order =
        step(
            account,
            "sign",
            orders.handle(order, Command.fire("sign-contract", SALES_HEAD, at(ORDER_DAY, 14, 0))),
            Outcome.ALLOWED);
    order =
        step(
            account,
            "countersign",
            orders.handle(
                order,
                Command.fire("countersign", FINANCE, at(ORDER_DAY, 15, 0))
                    .with(SalesOrderFlow.CONTRACT_NUMBER, "GC-2024-0603-01")),
            Outcome.ALLOWED);

    // 4. No dispatch before the money: refused, then the deposit is recorded.
    account.step("Payment before dispatch");
    refused(
        account,
        "dispatch asked before any payment",
        orders.handle(
            order,
            Command.fire("dispatch", SALES_MANAGER, at(ORDER_DAY, 15, 30))
                .with(SalesOrderFlow.SHIP_DATE, LOADING_DAY)));
    order =
        step(
            account,
            "deposit recorded",
            orders.handle(
                order,
                Command.fire("record-payment", FINANCE, at(ORDER_DAY, 16, 0))
                    .with(SalesOrderFlow.PAYMENT, DEPOSIT)),
            Outcome.ALLOWED);

    // 5. Weighing: the amount recomputed from the actual weight.
    PricingDecision weighed =
        pricer.price(
            QuoteLine.of(REBAR, WEIGHED_TONNES),
            PricingContext.of(
                LOADING_DAY, CUSTOMER, PropertyOfficeDiscountAuthority.SALES_CONSULTANT));
    expect(weighed.outcome(), Outcome.ALLOWED, "weighed line");
    Money weighedAmount = weighed.netAmount();
    Money collected = order.fact(SalesOrderFlow.COLLECTED_AMOUNT).orElseThrow();
    Money balance = weighedAmount.minus(collected);
    account
        .step("Weighing at loading on " + LOADING_DAY)
        .line(
            "ordered %s t, weighed %s t, difference %s t",
            ORDERED_TONNES.toPlainString(),
            WEIGHED_TONNES.toPlainString(),
            WEIGHED_TONNES.subtract(ORDERED_TONNES).toPlainString())
        .line(
            "%s t x %s = %s exactly, %s rounded to the fen half up",
            WEIGHED_TONNES.toPlainString(),
            weighed.listUnitPrice(),
            weighed
                .listUnitPrice()
                .toBigMoney()
                .multipliedBy(WEIGHED_TONNES)
                .getAmount()
                .toPlainString(),
            weighedAmount)
        .line("amount by weight %s instead of %s ordered", weighedAmount, ordered)
        .line("paid so far %s; balance to pay before the steel leaves: %s", collected, balance);

    order =
        step(
            account,
            "amount re-stated by weight",
            orders.handle(
                order,
                Command.fire("restate-by-weight", FINANCE, at(LOADING_DAY, 9, 30))
                    .with(SalesOrderFlow.WEIGHED_QUANTITY, WEIGHED_TONNES)
                    .with(SalesOrderFlow.WEIGHED_AMOUNT, weighedAmount)),
            Outcome.ALLOWED);
    account.line(
        "the contract price is now the weighed amount %s (ordered %s)",
        order.fact(SalesOrderFlow.PRICE).orElseThrow(),
        order.fact(SalesOrderFlow.ORDERED_PRICE).orElseThrow());
    refused(
        account,
        "dispatch asked with the balance unpaid",
        orders.handle(
            order,
            Command.fire("dispatch", SALES_MANAGER, at(LOADING_DAY, 9, 45))
                .with(SalesOrderFlow.SHIP_DATE, LOADING_DAY)));
    order =
        step(
            account,
            "balance recorded",
            orders.handle(
                order,
                Command.fire("record-payment", FINANCE, at(LOADING_DAY, 10, 0))
                    .with(SalesOrderFlow.PAYMENT, balance)),
            Outcome.ALLOWED);
    exposure = exposure.prepaymentReceived(balance);
    collected = order.fact(SalesOrderFlow.COLLECTED_AMOUNT).orElseThrow();
    account.line(
        "finance checks unit price %s and amount %s: collected %s, paid in full",
        weighed.listUnitPrice(), order.fact(SalesOrderFlow.PRICE).orElseThrow(), collected);

    // 6. Dispatch note, at the weighed amount: the sales manager approves it.
    account
        .step("Dispatch note CK-2024-0604-01")
        .line("customer %s, contract %s", CUSTOMER, "GC-2024-0603-01")
        .line(
            "%s, %s t at %s = %s",
            REBAR.name(), WEIGHED_TONNES.toPlainString(), weighed.listUnitPrice(), weighedAmount);
    order =
        step(
            account,
            "dispatch approved by " + SALES_MANAGER.person(),
            orders.handle(
                order,
                Command.fire("dispatch", SALES_MANAGER, at(LOADING_DAY, 11, 0))
                    .with(SalesOrderFlow.SHIP_DATE, LOADING_DAY)),
            Outcome.ALLOWED);
    exposure = exposure.shipped(weighedAmount).orderCancelled(ordered.minus(weighedAmount));
    account.line("the unshipped rest of the order, %s, is closed", ordered.minus(weighedAmount));
    order =
        step(
            account,
            "customer signed",
            orders.handle(
                order,
                Command.fire("confirm-receipt", CLERK, at(LOADING_DAY.plusDays(1), 9, 0))
                    .with(SalesOrderFlow.CUSTOMER_SIGNED, true)),
            Outcome.ALLOWED);

    // 7. Invoice behind the collection gate.
    InvoiceDecision gate = InvoiceGate.of(creditPolicy).check(weighedAmount, collected);
    expect(gate.outcome(), Outcome.ALLOWED, "invoice gate");
    VatSplit vat = VatRate.STANDARD_13.splitGross(weighedAmount, Rounding.FEN);
    LocalDate invoiceDay = LOADING_DAY.plusDays(1);
    account
        .step("VAT invoice FP-2024-0605-01")
        .line(
            "gate %s: required %s, collected %s", gate.outcome(), gate.required(), gate.collected())
        .block(gate.explanation())
        .line("net %s + VAT 13%% %s = %s", vat.net(), vat.tax(), vat.gross());
    order =
        step(
            account,
            "invoice",
            orders.handle(
                order,
                Command.fire("invoice", FINANCE_DEPUTY_GM, at(invoiceDay, 10, 0))
                    .with(SalesOrderFlow.INVOICE_NUMBER, "FP-2024-0605-01")),
            Outcome.ALLOWED);
    LocalDate due = profile.dueDateFor(invoiceDay);
    exposure = exposure.invoiced(weighedAmount, due).prepaymentApplied(weighedAmount, due);
    account.line(
        "the prepayments settle the invoice; the customer's exposure is back to %s",
        exposure.total(creditPolicy));
    order =
        step(
            account,
            "collection closed",
            orders.handle(order, Command.fire("close-collection", FINANCE, at(invoiceDay, 11, 0))),
            Outcome.ALLOWED);

    // 8. Commission after collection.
    CommissionDecision commission =
        CommissionGate.of(creditPolicy)
            .assess(
                CommissionClaim.builder()
                    .salesperson(SALESPERSON)
                    .contract("GC-2024-0603-01")
                    .rate(COMMISSION_RATE)
                    .collected(collected)
                    .build());
    expect(commission.outcome(), Outcome.ALLOWED, "commission");
    account
        .step("Commission after collection")
        .line(
            "%s: %s of collected %s = earned %s, offset %s, payable %s",
            SALESPERSON,
            COMMISSION_RATE,
            collected,
            commission.earned(),
            commission.offset(),
            commission.payable())
        .block(commission.explanation());
    order =
        step(
            account,
            "commission paid",
            orders.handle(
                order,
                Command.fire("pay-commission", FINANCE, at(invoiceDay.plusDays(1), 9, 0))
                    .with(SalesOrderFlow.COMMISSION, commission.payable())),
            Outcome.ALLOWED);
    account.line("order %s ends in %s", order.id(), order.state());

    return new Result(
        quote,
        onOrder,
        afterDeposit,
        weighed,
        gate,
        vat,
        commission,
        order,
        exposure,
        account.build());
  }

  private static WorkflowCase step(
      FlowReport.Builder account, String what, CaseStep step, Outcome expected) {
    expect(step.outcome(), expected, what);
    account.line("%s: %s", what, step.outcome()).block(step.explanation());
    return step.caseAfter();
  }

  private static void refused(FlowReport.Builder account, String what, CaseStep step) {
    expect(step.outcome(), Outcome.REFUSED, what);
    account.line("%s: %s", what, step.outcome()).block(step.explanation());
  }

  private static void expect(Outcome actual, Outcome expected, String what) {
    if (actual != expected) {
      throw new IllegalStateException(what + " was " + actual + ", expected " + expected);
    }
  }

  private static LocalDateTime at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute);
  }
}
