package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CNY;
import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.FINANCE;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.ageing.AgeingLine;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.credit.check.CreditApproval;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.credit.provision.BadDebtProvision;
import dev.suanpan.core.credit.provision.ProvisionDecision;
import dev.suanpan.core.credit.provision.ProvisionLine;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.DistributorCreditAuthority;
import dev.suanpan.core.presets.DistributorCreditTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

class CreditProperties {
  /** One invoice of the generated history: amount, due date offset from TODAY, amount paid. */
  record Invoice(long amount, int dueOffset, long paid) {
    long open() {
      return amount - paid;
    }

    LocalDate due() {
      return TODAY.plusDays(dueOffset);
    }
  }

  /** A customer's open documents. */
  record Book(
      List<Invoice> invoices, long shipped, long openOrders, long prepayments, int invoiceAge) {
    Exposure incremental() {
      Exposure e = Exposure.none(CUSTOMER, CNY);
      if (prepayments > 0) {
        e = e.prepaymentReceived(fen(prepayments));
      }
      if (openOrders + shipped > 0) {
        e = e.orderApproved(fen(openOrders + shipped));
      }
      if (shipped > 0) {
        e = e.shipped(fen(shipped));
      }
      for (Invoice i : invoices) {
        e = e.invoicedWithoutShipment(fen(i.amount()), i.due());
        if (i.paid() > 0) {
          e = e.paid(fen(i.paid()), i.due());
        }
      }
      return e;
    }

    List<Receivable> receivables() {
      List<Receivable> out = new ArrayList<>();
      for (int k = 0; k < invoices.size(); k++) {
        Invoice i = invoices.get(k);
        if (i.open() > 0) {
          LocalDate invoiced = i.due().minusDays(invoiceAge);
          out.add(Receivable.of("INV-" + k, CUSTOMER, invoiced, i.due(), fen(i.open())));
        }
      }
      return out;
    }
  }

  static Money fen(long minor) {
    return Money.ofMinor(CNY, minor);
  }

  static final AuthorityPolicy CAPPED =
      AuthorityPolicy.builder()
          .role(CompanyRoles.CREDIT_MANAGER)
          .role(CompanyRoles.CREDIT_OFFICER, CompanyRoles.CREDIT_MANAGER)
          .limit(
              CompanyRoles.CREDIT_MANAGER,
              CreditPolicy.CREDIT_EXCESS,
              Limit.upToAmount(fen(2_000_000)))
          .limit(CompanyRoles.CREDIT_OFFICER, CreditPolicy.CREDIT_EXCESS, Limit.upToAmount(fen(0)))
          .build();

  static final List<CreditPolicy> POLICIES =
      List.of(
          POLICY,
          DistributorCreditTerms.policy(CAPPED, CompanyRoles.CREDIT_OFFICER),
          CreditPolicy.builder()
              .from(POLICY)
              .countedParts(java.util.EnumSet.of(ExposurePart.RECEIVABLES))
              .graceDays(0)
              .build());

  @Provide
  Arbitrary<Book> books() {
    Arbitrary<Invoice> invoice =
        Combinators.combine(
                Arbitraries.longs().between(1, 5_000_000),
                Arbitraries.integers().between(-400, 90),
                Arbitraries.integers().between(0, 100))
            .as((amount, due, paidPct) -> new Invoice(amount, due, amount * paidPct / 100));
    return Combinators.combine(
            invoice.list().ofMaxSize(5),
            Arbitraries.longs().between(0, 3_000_000),
            Arbitraries.longs().between(0, 3_000_000),
            Arbitraries.longs().between(0, 6_000_000),
            Arbitraries.integers().between(0, 60))
        .as(Book::new);
  }

  @Provide
  Arbitrary<CreditProfile> profiles() {
    return Combinators.combine(
            Arbitraries.of("A", "B", "C", "D"),
            Arbitraries.longs().between(0, 10_000_000),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (grade, limit, fresh, guaranteed, cashOnly) ->
                CreditProfile.builder()
                    .customer(CUSTOMER)
                    .grade(CreditGrade.of(grade))
                    .limit(fen(limit))
                    .termDays(30)
                    .newCustomer(fresh)
                    .guaranteeOnFile(guaranteed)
                    .cashOnly(cashOnly)
                    .approvedBy(FINANCE)
                    .approvedOn(TODAY.minusDays(100))
                    .build());
  }

  @Provide
  Arbitrary<CreditOrder> orders() {
    Arbitrary<Optional<CreditApproval>> approval =
        Combinators.combine(
                Arbitraries.of(
                    CompanyRoles.CREDIT_OFFICER,
                    CompanyRoles.CREDIT_MANAGER,
                    CompanyRoles.FINANCE_DEPUTY_GM,
                    CompanyRoles.GENERAL_MANAGER),
                Arbitraries.longs().between(0, 20_000_000))
            .as((role, excess) -> new CreditApproval(role, FINANCE, fen(excess)))
            .optional(0.4);
    return Combinators.combine(Arbitraries.longs().between(1, 8_000_000), approval)
        .as(
            (amount, a) ->
                CreditOrder.builder()
                    .customer(CUSTOMER)
                    .document("SO-P")
                    .amount(fen(amount))
                    .approval(a)
                    .build());
  }

  @Provide
  Arbitrary<Integer> policyIndex() {
    return Arbitraries.integers().between(0, POLICIES.size() - 1);
  }

  static int severity(Outcome o) {
    return switch (o) {
      case ALLOWED -> 0;
      case NEEDS_APPROVAL -> 1;
      case HELD -> 2;
      case REFUSED -> 3;
    };
  }

  @Property
  void neverReleasedOverTheLimitWithoutAnApprovalCoveringTheExcess(
      @ForAll("books") Book book,
      @ForAll("profiles") CreditProfile profile,
      @ForAll("orders") CreditOrder order,
      @ForAll("policyIndex") int p) {
    CreditPolicy policy = POLICIES.get(p);
    Exposure exposure = book.incremental();
    CreditDecision d = CreditCheck.of(policy).check(profile, order, exposure, TODAY);
    Money after = exposure.total(policy).plus(order.amount());
    assertThat(d.exposureAfter()).isEqualTo(after);
    if (d.isAllowed() && after.isGreaterThan(profile.limit())) {
      Money excess = after.minus(profile.limit());
      CreditApproval a = order.approval().orElseThrow();
      assertThat(a.excess()).isGreaterThanOrEqualTo(excess);
      assertThat(
              policy
                  .authority()
                  .mayGrant(a.role(), AuthorityRequest.ofAmount(policy.excessSubject(), excess)))
          .isTrue();
    }
    if (d.needsApproval()) {
      Role approver = d.requiredApprover().orElseThrow();
      assertThat(
              policy
                  .authority()
                  .mayGrant(
                      approver, AuthorityRequest.ofAmount(policy.excessSubject(), d.excess())))
          .isTrue();
    }
  }

  @Property(tries = 3000)
  void aPaymentNeverMakesADecisionStricter(
      @ForAll("books") Book book,
      @ForAll("profiles") CreditProfile profile,
      @ForAll("orders") CreditOrder order,
      @ForAll("policyIndex") int p,
      @ForAll int which,
      @ForAll("share") int share) {
    CreditPolicy policy = POLICIES.get(p);
    CreditCheck check = CreditCheck.of(policy);
    Exposure before = book.incremental();
    List<Invoice> open = book.invoices().stream().filter(i -> i.open() > 0).toList();
    Exposure after;
    int mode = Math.floorMod(which, 3);
    if (open.isEmpty() || mode == 0) {
      after = before.prepaymentReceived(fen(1 + (long) share * 10_000));
    } else if (mode == 1) {
      Invoice i = open.get(Math.floorMod(which, open.size()));
      long pay = Math.max(1, i.open() * share / 100);
      after = before.paid(fen(pay), i.due());
    } else {
      // One receipt settling every invoice already due.
      after = before;
      for (Invoice i : open) {
        if (i.due().isBefore(TODAY)) {
          after = after.paid(fen(i.open()), i.due());
        }
      }
    }
    Outcome was = check.check(profile, order, before, TODAY).outcome();
    Outcome now = check.check(profile, order, after, TODAY).outcome();
    assertThat(severity(now))
        .as("%s after the payment, %s before", now, was)
        .isLessThanOrEqualTo(severity(was));
  }

  @Provide
  Arbitrary<Integer> share() {
    return Arbitraries.integers().between(1, 100);
  }

  /** The example policy aged by invoice date, and by due date with a 1% not-due rate. */
  static CreditPolicy ageingPolicy(AgeingBasis basis) {
    return basis == AgeingBasis.INVOICE_DATE
        ? POLICY
        : CreditPolicy.builder()
            .from(POLICY)
            .ageingBasis(basis)
            .notDueProvisionRate(dev.suanpan.money.Percent.of(1))
            .build();
  }

  @Property
  void provisionNeverDecreasesAsReceivablesAge(
      @ForAll("books") Book book,
      @ForAll("days") int later,
      @ForAll("previous") long previous,
      @ForAll AgeingBasis basis) {
    List<Receivable> receivables = book.receivables();
    LocalDate asOf = TODAY.plusDays(100);
    CreditPolicy policy = ageingPolicy(basis);
    BadDebtProvision provision = BadDebtProvision.of(policy);
    Ageing ageing = Ageing.of(policy);
    ProvisionDecision now = provision.provide(ageing.age(receivables, asOf), fen(previous));
    ProvisionDecision then =
        provision.provide(ageing.age(receivables, asOf.plusDays(later)), fen(previous));
    assertThat(then.required()).isGreaterThanOrEqualTo(now.required());
    assertThat(then.adjustment()).isGreaterThanOrEqualTo(now.adjustment());
  }

  @Provide
  Arbitrary<Integer> asOfOffset() {
    return Arbitraries.integers().between(-100, 900);
  }

  /** The authority matrices the provision approval is checked under. */
  static final List<AuthorityPolicy> PROVISION_AUTHORITIES =
      List.of(
          DistributorCreditAuthority.policy(),
          AuthorityPolicy.builder()
              .role(CompanyRoles.GENERAL_MANAGER)
              .role(CompanyRoles.FINANCE_DEPUTY_GM, CompanyRoles.GENERAL_MANAGER)
              .role(CompanyRoles.CREDIT_MANAGER, CompanyRoles.FINANCE_DEPUTY_GM)
              .role(CompanyRoles.CREDIT_OFFICER, CompanyRoles.CREDIT_MANAGER)
              .limit(
                  CompanyRoles.GENERAL_MANAGER,
                  CreditPolicy.CREDIT_EXCESS,
                  Limit.unlimitedAuthority())
              .limit(
                  CompanyRoles.GENERAL_MANAGER,
                  CreditPolicy.BAD_DEBT_PROVISION,
                  Limit.upToAmount(fen(8_000_000)))
              .limit(
                  CompanyRoles.FINANCE_DEPUTY_GM,
                  CreditPolicy.BAD_DEBT_PROVISION,
                  Limit.upToAmount(fen(3_000_000)))
              .limit(
                  CompanyRoles.CREDIT_MANAGER,
                  CreditPolicy.BAD_DEBT_PROVISION,
                  Limit.upToAmount(fen(500_000)))
              .limit(
                  CompanyRoles.CREDIT_OFFICER,
                  CreditPolicy.BAD_DEBT_PROVISION,
                  Limit.upToAmount(fen(50_000)))
              .build());

  /**
   * How senior whoever must sign a provision is: the preparer's level when allowed, the approver's
   * when approval is needed, above every role when refused. Higher is more senior.
   */
  static int seniority(ProvisionDecision p, AuthorityPolicy authority, Role preparer) {
    if (p.isRefused()) {
      return Integer.MAX_VALUE;
    }
    Role signer = p.isAllowed() ? preparer : p.requiredApprover().orElseThrow();
    return -authority.superiorsOf(signer).size();
  }

  @Property(tries = 2000)
  void aLargerProvisionAdjustmentNeverNeedsAMoreJuniorApprover(
      @ForAll("books") Book book,
      @ForAll("allowances") long previousA,
      @ForAll("allowances") long previousB,
      @ForAll("authorityIndex") int authorityIndex,
      @ForAll("preparers") Role preparer,
      @ForAll AgeingBasis basis) {
    AuthorityPolicy authority = PROVISION_AUTHORITIES.get(authorityIndex);
    CreditPolicy policy =
        CreditPolicy.builder().from(ageingPolicy(basis)).authority(authority).build();
    AgeingReport ageing = Ageing.of(policy).age(book.receivables(), TODAY.plusDays(100));
    BadDebtProvision provision = BadDebtProvision.of(policy);
    ProvisionDecision a = provision.provide(ageing, fen(previousA), preparer);
    ProvisionDecision b = provision.provide(ageing, fen(previousB), preparer);
    ProvisionDecision smaller = a.adjustment().abs().isGreaterThan(b.adjustment().abs()) ? b : a;
    ProvisionDecision larger = smaller == a ? b : a;
    assertThat(seniority(larger, authority, preparer))
        .as(
            "%s adjusting %s, %s adjusting %s",
            larger.outcome(), larger.adjustment(), smaller.outcome(), smaller.adjustment())
        .isGreaterThanOrEqualTo(seniority(smaller, authority, preparer));
    for (ProvisionDecision p : List.of(a, b)) {
      assertThat(p.isHeld()).isFalse();
      if (!p.isAllowed()) {
        assertThat(p.approval().orElseThrow().request().amount()).contains(p.adjustment().abs());
      }
      assertThat(p.explanation().fired("provision.authority")).isTrue();
    }
  }

  @Provide
  Arbitrary<Long> allowances() {
    return Arbitraries.longs().between(0, 12_000_000);
  }

  @Provide
  Arbitrary<Integer> authorityIndex() {
    return Arbitraries.integers().between(0, PROVISION_AUTHORITIES.size() - 1);
  }

  @Provide
  Arbitrary<Role> preparers() {
    return Arbitraries.of(
        CompanyRoles.CREDIT_OFFICER,
        CompanyRoles.CREDIT_MANAGER,
        CompanyRoles.FINANCE_DEPUTY_GM,
        CompanyRoles.GENERAL_MANAGER);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 800);
  }

  @Provide
  Arbitrary<Long> previous() {
    return Arbitraries.longs().between(0, 1_000_000);
  }

  @Property
  void ageingBucketsPartitionTheReceivablesExactly(
      @ForAll("books") Book book, @ForAll("asOfOffset") int offset, @ForAll AgeingBasis basis) {
    List<Receivable> receivables = book.receivables();
    CreditPolicy policy = ageingPolicy(basis);
    LocalDate asOf = TODAY.plusDays(offset);
    // Every receivable must be invoiced by the ageing date; due dates may lie on either side of it.
    receivables = receivables.stream().filter(x -> !x.invoiceDate().isAfter(asOf)).toList();
    AgeingReport r = Ageing.of(policy).age(receivables, asOf);
    assertThat(r.basis()).isEqualTo(basis);
    // Classify each receivable independently: not due (0 days or fewer past due) under the
    // due-date basis, else the one policy bucket holding its days; the lines must match.
    java.util.Map<String, Money> expected = new java.util.HashMap<>();
    for (Receivable x : receivables) {
      long days = basis == AgeingBasis.DUE_DATE ? x.daysOverdueOn(asOf) : x.ageOn(asOf);
      String label;
      if (basis == AgeingBasis.DUE_DATE && days <= 0) {
        label = AgeingBucket.NOT_DUE;
      } else {
        List<AgeingBucket> holding = policy.buckets().stream().filter(k -> k.holds(days)).toList();
        assertThat(holding).as("buckets holding %s days", days).hasSize(1);
        label = holding.get(0).label();
      }
      expected.merge(label, x.openAmount(), Money::plus);
    }
    for (AgeingLine l : r.lines()) {
      assertThat(l.amount())
          .as("line %s", l.bucket().label())
          .isEqualTo(expected.getOrDefault(l.bucket().label(), fen(0)));
    }
    Money sum = fen(0);
    int items = 0;
    for (AgeingLine l : r.lines()) {
      sum = sum.plus(l.amount());
      items += l.items();
    }
    Money open = fen(0);
    for (Receivable x : receivables) {
      open = open.plus(x.openAmount());
    }
    assertThat(sum).isEqualTo(open).isEqualTo(r.total());
    assertThat(items).isEqualTo(receivables.size());
    ProvisionDecision p = BadDebtProvision.of(policy).provide(r, fen(0));
    Money provided = fen(0);
    for (ProvisionLine l : p.lines()) {
      provided = provided.plus(l.provision());
    }
    assertThat(provided).isEqualTo(p.required());
  }

  @Property
  void theIncrementalExposureEqualsTheOneComputedFromScratch(@ForAll("books") Book book) {
    Exposure incremental = book.incremental();
    Exposure scratch =
        Exposure.fromScratch(
            CUSTOMER,
            CNY,
            book.receivables(),
            fen(book.shipped()),
            fen(book.openOrders()),
            fen(book.prepayments()));
    assertThat(incremental).isEqualTo(scratch);
    LocalDate earliest =
        book.invoices().stream()
            .filter(i -> i.open() > 0)
            .map(Invoice::due)
            .min(LocalDate::compareTo)
            .orElse(null);
    assertThat(incremental.earliestOpenDue().orElse(null)).isEqualTo(earliest);
    long dueBeforeToday =
        book.invoices().stream()
            .filter(i -> i.due().isBefore(TODAY))
            .mapToLong(Invoice::open)
            .sum();
    assertThat(incremental.receivablesDueBefore(TODAY)).isEqualTo(fen(dueBeforeToday));
  }
}
