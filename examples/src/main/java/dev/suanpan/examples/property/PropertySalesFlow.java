package dev.suanpan.examples.property;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.PropertyCollectedOnBehalf;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.pricing.DiscountGrant;
import dev.suanpan.core.pricing.GrantRegister;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.QuotaCounts;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.core.pricing.StandardOffer;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.cancellation.Cancellation;
import dev.suanpan.core.settlement.cancellation.Retained;
import dev.suanpan.core.settlement.cancellation.SaleContract;
import dev.suanpan.core.settlement.cancellation.Settlement;
import dev.suanpan.core.settlement.cancellation.SettlementDecision;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import dev.suanpan.examples.policies.PolicyFiles;
import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.ApprovalStep;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Escalation;
import dev.suanpan.workflow.Fact;
import dev.suanpan.workflow.Guard;
import dev.suanpan.workflow.Routing;
import dev.suanpan.workflow.State;
import dev.suanpan.workflow.Transition;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.WorkflowDefinition;
import dev.suanpan.workflow.calendar.BusinessCalendar;
import dev.suanpan.workflow.flows.PropertySubscriptionFlow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The property sales office [004 篇6, 篇7]: a buyer pays a VIP pledge and gets the card once the
 * sales manager approves; at subscription the consultant asks for a 2% special discount on top of
 * the published opening offer, which the pricing engine routes to the marketing director and the
 * director signs on a special-discount application form; the buyer subscribes, then asks to defer
 * the signing by 10 days keeping the discount, which the deferral matrix gives to the marketing
 * director; the formal contract is signed with deed tax (3%) and maintenance fund (1%) collected on
 * behalf; finally the buyer withdraws after signing, the settlement engine works out the refund and
 * what is kept and names the general manager, and the workflow's cancellation carries that
 * settlement: the same approver signs it there, and the case records the refund and what is kept.
 *
 * <p>The office's policies (the discount authority, the sales office's authority, the cancellation
 * terms) are read from their YAML files by {@link PolicyFiles}, as the office's people would edit
 * them; the account prints the discount authority's file.
 */
public final class PropertySalesFlow implements Flow {
  /** The unit sold: building 2, flat 1801. */
  public static final Product UNIT = Product.of("B2-1801", "Building 2, flat 1801", "flats");

  /** The buyer. */
  public static final CustomerId BUYER = CustomerId.of("C-0815");

  /** The list (base) price of the unit. */
  public static final Money LIST_PRICE = Money.parse("CNY 1000000.00");

  /** The VIP pledge (认筹金). */
  public static final Money PLEDGE = Money.parse("CNY 20000.00");

  /** The deposit (定金) paid at subscription, the pledge included. */
  public static final Money DEPOSIT = Money.parse("CNY 50000.00");

  /** The special discount asked for on top of the published offer. */
  public static final Percent SPECIAL_DISCOUNT = Percent.of(2);

  /** The share of the price paid down at signing, the deposit included. */
  public static final Percent DOWN_PAYMENT_SHARE = Percent.of(30);

  /** The special-discount application form (特殊折扣申请表): applied for, then signed. */
  public static final String DISCOUNT_FORM = "special-discount-application";

  /** The form waits for the approving leader's signature. */
  public static final State APPLIED = State.of("APPLIED", "Applied for");

  /** The approving leader signed the form. */
  public static final State SIGNED = State.of("SIGNED", "Signed by the approving leader");

  /** The unit on the form. */
  public static final Fact<String> FORM_UNIT = Fact.text("unit");

  /** The special discount asked for, as a percent of the list price. */
  public static final Fact<Percent> FORM_DISCOUNT = Fact.percent("special-discount");

  /** The special discount asked for, as an amount. */
  public static final Fact<Money> FORM_AMOUNT = Fact.money("special-discount-amount");

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** Where the tour's policy files are, as a reader finds them in the sources. */
  private static final String POLICIES = "examples/src/main/resources/" + PolicyFiles.DIRECTORY;

  private static final String DISCOUNT_POLICY = "property-office-discount-authority";

  private static final Actor CONSULTANT =
      Actor.of(PersonId.of("zhou.lin"), PropertySubscriptionFlow.CONSULTANT);
  private static final Actor SALES_MANAGER =
      Actor.of(PersonId.of("he.jun"), PropertySubscriptionFlow.SALES_MANAGER);
  private static final Actor DIRECTOR =
      Actor.of(PersonId.of("qian.yu"), PropertySubscriptionFlow.MARKETING_DIRECTOR);
  private static final Actor GENERAL_MANAGER =
      Actor.of(PersonId.of("lin.guo"), PropertySubscriptionFlow.GENERAL_MANAGER);

  /**
   * The special-discount application form as a workflow: the consultant applies, and the form is
   * signed by the lowest leader up the consultant's line whose special-discount limit in {@code
   * pricing}'s authority covers the percent; the one who applied can never sign.
   */
  public static WorkflowDefinition discountForm(PropertyOfficeDiscountAuthority pricing) {
    return WorkflowDefinition.builder(DISCOUNT_FORM)
        .states(APPLIED, SIGNED)
        .initial(APPLIED)
        .endStates(SIGNED)
        .openedBy(PropertyOfficeDiscountAuthority.SALES_CONSULTANT)
        .openGuard(Guard.requires("special-discount.unit", FORM_UNIT))
        .openGuard(Guard.requires("special-discount.percent", FORM_DISCOUNT))
        .transition(
            Transition.builder()
                .name("sign")
                .addFrom(APPLIED)
                .to(SIGNED)
                .addFiredBy(PropertyOfficeDiscountAuthority.SALES_CONSULTANT)
                .approval(
                    ApprovalStep.of(
                        pricing.authority(),
                        "special-discount by percent",
                        f ->
                            f.get(FORM_DISCOUNT)
                                .map(
                                    p ->
                                        AuthorityRequest.ofPercent(
                                            PropertyOfficeDiscountAuthority.SPECIAL_DISCOUNT, p)),
                        Routing.UP_FROM_REQUESTER))
                .build())
        .build();
  }

  /**
   * What the flow ends with, for a caller that wants the values behind the printed account.
   *
   * @param account the printed account
   * @param pricing the pricing decision on the special discount
   * @param deferral the subscription case once the deferral was approved
   * @param settlement the settlement of the cancellation after signing
   * @param cancelled the subscription case once the cancellation was approved
   */
  public record Result(
      FlowReport account,
      PricingDecision pricing,
      WorkflowCase deferral,
      SettlementDecision settlement,
      WorkflowCase cancelled) {}

  @Override
  public FlowReport run() {
    return play().account();
  }

  /** Runs the flow and returns its account with the values behind it. */
  public Result play() {
    // The office's policies as its people edit them: YAML files read through suanpan-json.
    AuthorityPolicy officeAuthority = PolicyFiles.propertySalesOfficeAuthority();
    SettlementPolicy cancellationTerms = PolicyFiles.propertyOfficeCancellationTerms();
    Workflow sales =
        Workflow.of(
            PropertySubscriptionFlow.definition(
                officeAuthority,
                cancellationTerms,
                PropertySubscriptionFlow.RENAME_QUOTA,
                PropertySubscriptionFlow.DEFERRAL_QUOTA,
                PropertySubscriptionFlow.CONTRACT_WITHIN_DAYS));
    Escalation deadlines =
        Escalation.of(sales.definition(), BusinessCalendar.weekdays()); // calendar days
    FlowReport.Builder account = FlowReport.titled("Property sales office: pledge to cancellation");

    account.step("VIP pledge and card");
    LocalDateTime pledged = LocalDateTime.of(2024, 9, 7, 10, 0);
    WorkflowCase c =
        sales
            .open(
                CaseId.of("B2-1801-ZW"),
                Command.open(CONSULTANT, pledged)
                    .with(PropertySubscriptionFlow.BUYER, "Zhang Wei (" + BUYER + ")")
                    .with(PropertySubscriptionFlow.PLEDGE, PLEDGE))
            .caseAfter();
    account.line(
        "%s paid a VIP pledge of %s at %s, taken by %s",
        c.fact(PropertySubscriptionFlow.BUYER).orElseThrow(), PLEDGE, pledged, CONSULTANT.person());
    CaseStep card =
        sales.handle(c, Command.fire("issue-vip-card", CONSULTANT, pledged.plusMinutes(30)));
    account.line("VIP card asked for: %s, needs %s", card.outcome(), approverOf(card));
    c = approve(sales, card.caseAfter(), SALES_MANAGER, pledged.plusHours(1), account);

    account.step("Special discount at subscription");
    LocalDate subscriptionDay = LocalDate.of(2024, 9, 14);
    PropertyOfficeDiscountAuthority sources = PolicyFiles.propertyOfficeDiscountAuthority();
    account
        .line("The office's discount authority, as %s%s.yaml has it:", POLICIES, DISCOUNT_POLICY)
        .block(PolicyFiles.document(DISCOUNT_POLICY));
    PriceList list =
        PriceList.builder()
            .code("PHASE-2-2024H2")
            .validFrom(LocalDate.of(2024, 7, 1))
            .validUntil(LocalDate.of(2024, 12, 31))
            .addEntry(PriceListEntry.of(UNIT.id(), LIST_PRICE, Money.parse("CNY 950000.00")))
            .build();
    StandardOffer opening =
        StandardOffer.builder()
            .code("OPENING-1PCT")
            .percentOff(Percent.of(1))
            .validFrom(LocalDate.of(2024, 9, 1))
            .validUntil(LocalDate.of(2024, 10, 31))
            .build();
    Pricer pricer = Pricer.of(sources.pricingPolicy(List.of(list), List.of(opening)));
    QuotaCounts counts =
        QuotaCounts.of(100)
            .withGrants(PropertyOfficeDiscountAuthority.SALES_MANAGER, 12)
            .withGrants(PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR, 21);
    PricingDecision price =
        pricer.price(
            QuoteLine.withExtraDiscount(UNIT, BigDecimal.ONE, SPECIAL_DISCOUNT),
            PricingContext.builder()
                .date(subscriptionDay)
                .customer(BUYER)
                .requester(PropertyOfficeDiscountAuthority.SALES_CONSULTANT)
                .quotaCounts(counts)
                .build());
    account
        .line(
            "Quota so far: %d subscriptions; sales manager granted %d, marketing director %d",
            counts.cases(),
            counts.grantsBy(PropertyOfficeDiscountAuthority.SALES_MANAGER),
            counts.grantsBy(PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR))
        .line(
            "List %s, standard offer %s, special discount %s (%s): net %s",
            price.listAmount(),
            price.standardOfferDiscount(),
            SPECIAL_DISCOUNT,
            price.extraDiscount(),
            price.netAmount())
        .line(
            "Pricing: %s, needs %s",
            price.outcome(), price.requiredApprover().orElseThrow().title())
        .block(price.explanation());
    Workflow forms = Workflow.of(discountForm(sources));
    LocalDateTime applied = subscriptionDay.atTime(10, 15);
    WorkflowCase form =
        forms
            .open(
                CaseId.of("SD-2024-0914-01"),
                Command.open(CONSULTANT, applied)
                    .with(FORM_UNIT, UNIT.id().toString())
                    .with(FORM_DISCOUNT, SPECIAL_DISCOUNT)
                    .with(FORM_AMOUNT, price.extraDiscount()))
            .caseAfter();
    CaseStep asked = forms.handle(form, Command.fire("sign", CONSULTANT, applied));
    account
        .line("Special-discount form: %s, needs %s", asked.outcome(), approverOf(asked))
        .block(asked.explanation());
    CaseStep managerTries =
        forms.handle(asked.caseAfter(), Command.approve(SALES_MANAGER, applied.plusMinutes(20)));
    account
        .line("%s tries to sign it: %s", SALES_MANAGER.person(), managerTries.outcome())
        .block(managerTries.explanation());
    form = approve(forms, asked.caseAfter(), DIRECTOR, subscriptionDay.atTime(11, 0), account);
    GrantRegister register =
        GrantRegister.empty(CNY)
            .with(
                DiscountGrant.of(
                    price,
                    "VIP card holder buying on the opening weekend",
                    CONSULTANT.person(),
                    DIRECTOR.person()));
    account.line("Grant register by approver: %s", register.byApprover());

    LocalDateTime subscribed = subscriptionDay.atTime(11, 30);
    c =
        sales
            .handle(
                c,
                Command.fire("subscribe", CONSULTANT, subscribed)
                    .with(PropertySubscriptionFlow.UNIT, UNIT.id().toString())
                    .with(PropertySubscriptionFlow.PRICE, price.netAmount()))
            .caseAfter();
    account.line(
        "Subscribed at %s: unit %s at %s; deposit %s (the pledge %s included)",
        subscribed,
        c.fact(PropertySubscriptionFlow.UNIT).orElseThrow(),
        c.fact(PropertySubscriptionFlow.PRICE).orElseThrow(),
        DEPOSIT,
        PLEDGE);
    account.line(
        "Formal contract due within %d days: %s",
        PropertySubscriptionFlow.CONTRACT_WITHIN_DAYS,
        subscriptionDay.plusDays(PropertySubscriptionFlow.CONTRACT_WITHIN_DAYS));

    account.step("Signing deferral by the deferral matrix");
    var policy = officeAuthority;
    for (Role r :
        List.of(
            PropertySubscriptionFlow.SALES_MANAGER,
            PropertySubscriptionFlow.MARKETING_DIRECTOR,
            PropertySubscriptionFlow.GENERAL_MANAGER)) {
      account.line(
          "%-27s keeping the discount %s days, losing it %s days",
          r.title() + ":",
          policy.limitOf(r, PropertySubscriptionFlow.DEFERRAL_KEEPING_DISCOUNT).orElseThrow(),
          policy.limitOf(r, PropertySubscriptionFlow.DEFERRAL_LOSING_DISCOUNT).orElseThrow());
    }
    LocalDateTime deferralAsked = LocalDateTime.of(2024, 9, 19, 15, 0);
    CaseStep deferral =
        sales.handle(
            c,
            Command.fire("defer-signing", CONSULTANT, deferralAsked)
                .with(PropertySubscriptionFlow.DEFERRAL_DAYS, 10L)
                .with(PropertySubscriptionFlow.KEEPS_DISCOUNT, true)
                .with(PropertySubscriptionFlow.PROJECT_UNITS, 120L)
                .with(PropertySubscriptionFlow.PROJECT_DEFERRALS, 11L));
    account
        .line(
            "Buyer's mortgage pre-approval is late: 10 days asked, keeping the discount"
                + " (deferrals so far 11 of 120 units, at most 15%)")
        .line("Deferral: %s, needs %s", deferral.outcome(), approverOf(deferral))
        .block(deferral.explanation());
    c =
        approve(
            sales, deferral.caseAfter(), DIRECTOR, LocalDateTime.of(2024, 9, 20, 9, 0), account);
    WorkflowCase deferred = c;
    long granted = c.fact(PropertySubscriptionFlow.DEFERRAL_DAYS_GRANTED).orElseThrow();
    LocalDate contractDue =
        subscriptionDay.plusDays(PropertySubscriptionFlow.CONTRACT_WITHIN_DAYS + granted);
    account
        .line(
            "Deferral days granted %d, subscription discount kept: %s",
            granted, c.fact(PropertySubscriptionFlow.SUBSCRIPTION_DISCOUNT).orElseThrow())
        .line(
            "Formal contract now due %s (%d + %d days after %s)",
            contractDue, PropertySubscriptionFlow.CONTRACT_WITHIN_DAYS, granted, subscriptionDay);
    for (LocalDateTime now :
        List.of(LocalDateTime.of(2024, 9, 23, 9, 0), LocalDateTime.of(2024, 9, 30, 9, 0))) {
      var due = deadlines.check(c, now);
      account.line("Deadlines on %s: %s", now, due.isEmpty() ? "none" : due);
    }

    account.step("Formal contract");
    LocalDateTime signed = LocalDateTime.of(2024, 9, 28, 10, 0);
    c = sales.handle(c, Command.fire("sign-contract", CONSULTANT, signed)).caseAfter();
    Money netPrice = price.netAmount();
    Money downPayment = DOWN_PAYMENT_SHARE.of(netPrice, Rounding.FEN).minus(DEPOSIT);
    SaleContract contract =
        SaleContract.builder()
            .reference("HT-2024-0928-07")
            .customer(BUYER)
            .contractPrice(netPrice)
            .addPayments(Payment.of(PaymentKind.DEPOSIT, DEPOSIT))
            .addPayments(Payment.of(PaymentKind.DOWN_PAYMENT, downPayment))
            .addAllPayments(PropertyCollectedOnBehalf.atSigning(netPrice))
            .build();
    account.line(
        "Contract %s signed at %s (due %s), price %s",
        contract.reference(), signed, contractDue, netPrice);
    for (Payment p : contract.payments()) {
      account.line("  %-16s %s", kindName(p.kind()), p.amount());
    }
    account.line("  %-16s %s", "total paid", contract.totalPaid());
    account.line(
        "(down payment %s of the price less the deposit; deed tax %s and maintenance fund %s"
            + " collected on behalf)",
        DOWN_PAYMENT_SHARE,
        PropertyCollectedOnBehalf.DEED_TAX_RATE,
        PropertyCollectedOnBehalf.MAINTENANCE_FUND_RATE);

    account.step("Cancellation after signing, before registration");
    LocalDateTime cancelAsked = LocalDateTime.of(2024, 10, 15, 14, 0);
    SettlementDecision settled =
        Settlement.of(cancellationTerms)
            .settle(
                contract,
                Cancellation.builder()
                    .stage(ContractStage.CONTRACT_SIGNED)
                    .fault(Fault.BUYER)
                    .addCostsIncurred(
                        IncurredCost.of(
                            "bank charges for the withdrawn mortgage application",
                            Money.parse("CNY 1200.00")))
                    .build());
    account.line("The buyer withdraws; the sales manager files the written request");
    for (PaymentKind k : settled.paidByKind().keySet()) {
      account.line(
          "  %-16s paid %s, refunded %s, kept %s",
          kindName(k), settled.paidByKind().get(k), settled.refundOf(k), settled.retainedFrom(k));
    }
    for (Retained r : settled.retained()) {
      account.line("Kept: %s", r);
    }
    account
        .line(
            "Refund %s, retained %s, of %s paid",
            settled.refund(), settled.totalRetained(), settled.paid())
        .line(
            "Settlement: %s, needs %s",
            settled.outcome(), settled.requiredApprover().orElseThrow().title())
        .block(settled.explanation());
    CaseStep cancel =
        sales.handle(c, PropertySubscriptionFlow.cancel(settled, SALES_MANAGER, cancelAsked));
    account
        .line("Cancellation in the workflow: %s, needs %s", cancel.outcome(), approverOf(cancel))
        .block(cancel.explanation());
    CaseStep directorTries =
        sales.handle(cancel.caseAfter(), Command.approve(DIRECTOR, cancelAsked.plusHours(1)));
    account
        .line("%s tries to approve: %s", DIRECTOR.person(), directorTries.outcome())
        .block(directorTries.explanation());
    c =
        approve(
            sales,
            cancel.caseAfter(),
            GENERAL_MANAGER,
            LocalDateTime.of(2024, 10, 16, 9, 30),
            account);
    account
        .line(
            "Case %s, cancelled at stage %s; %d events, audit trail: %s",
            c.state(),
            c.fact(PropertySubscriptionFlow.CANCELLATION_STAGE).orElseThrow(),
            c.history().size(),
            c.auditTrail().verify())
        .line(
            "Recorded on the case: refund %s, retained %s, of %s paid (settlement of %s)",
            c.fact(PropertySubscriptionFlow.REFUND).orElseThrow(),
            c.fact(PropertySubscriptionFlow.RETAINED).orElseThrow(),
            c.fact(PropertySubscriptionFlow.PAID).orElseThrow(),
            c.fact(PropertySubscriptionFlow.SETTLEMENT_REFERENCE).orElseThrow());
    return new Result(account.build(), price, deferred, settled, c);
  }

  private static String kindName(PaymentKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String approverOf(CaseStep step) {
    return step.requiredApprover().map(Role::title).orElse("nobody");
  }

  /** {@code approver} approves the request {@code waiting} waits for; the account says so. */
  private static WorkflowCase approve(
      Workflow flow,
      WorkflowCase waiting,
      Actor approver,
      LocalDateTime at,
      FlowReport.Builder account) {
    CaseStep done = flow.handle(waiting, Command.approve(approver, at));
    Optional<WorkflowCase> next = done.nextCase();
    account
        .line(
            "%s approves at %s: %s%s",
            approver.person(),
            at,
            done.outcome(),
            next.map(n -> ", now " + n.state().title()).orElse(""))
        .block(done.explanation());
    return done.caseAfter();
  }
}
