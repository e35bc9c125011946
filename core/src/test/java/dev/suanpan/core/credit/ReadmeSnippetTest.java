package dev.suanpan.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.Percent;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The snippet of the README's credit section, line for line, with its commented results asserted.
 */
class ReadmeSnippetTest {
  @Test
  void theReadmeSnippetRunsAndGivesTheFiguresItShows() {
    CreditPolicy policy =
        CreditPolicy.sourcesExample(CreditPolicy.exampleAuthority(), CreditPolicy.CREDIT_OFFICER);
    CustomerId customer = CustomerId.of("C-001");
    LocalDate today = LocalDate.parse("2026-03-31");

    CreditProfile profile =
        CreditProfile.builder()
            .customer(customer)
            .grade(CreditGrade.of("A"))
            .limit(Money.parse("CNY 100000.00"))
            .termDays(60)
            .approvedBy(PersonId.of("finance-vp-wang"))
            .approvedOn(LocalDate.parse("2026-01-05"))
            .build();

    Exposure exposure =
        Exposure.none(customer, CurrencyUnit.of("CNY"))
            .orderApproved(Money.parse("CNY 90000.00"))
            .shipped(Money.parse("CNY 90000.00"))
            .invoiced(Money.parse("CNY 90000.00"), LocalDate.parse("2026-05-30"));

    CreditDecision decision =
        CreditCheck.of(policy)
            .check(
                profile,
                CreditOrder.of(customer, "SO-1", Money.parse("CNY 25000.00")),
                exposure,
                today);
    assertThat(decision.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(decision.excess()).isEqualTo(Money.parse("CNY 15000.00"));
    assertThat(decision.requiredApprover().orElseThrow().title()).isEqualTo("Credit manager");
    assertThat(decision.explanation().toString())
        .contains(
            "[credit.limit] exposure with order CNY 115000.00 exceeds limit CNY 100000.00 by CNY"
                + " 15000.00")
        .contains("[credit.approval] excess CNY 15000.00 needs approval by Credit manager");

    List<Receivable> open =
        List.of(
            Receivable.of(
                "INV-1",
                customer,
                LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-04-30"),
                Money.parse("CNY 15000.00")),
            Receivable.of(
                "INV-7",
                customer,
                LocalDate.parse("2025-02-01"),
                LocalDate.parse("2025-03-03"),
                Money.parse("CNY 2000.00")));
    AgeingReport ageing = Ageing.of(policy).age(open, today);
    ProvisionResult provision =
        BadDebtProvision.of(policy).provide(ageing, Money.parse("CNY 500.00"));
    assertThat(provision.required()).isEqualTo(Money.parse("CNY 1150.00"));
    assertThat(provision.adjustment()).isEqualTo(Money.parse("CNY 650.00"));
    assertThat(provision.entry().orElseThrow().toString())
        .isEqualTo(
            "2026-03-31 BDP-2026-03-31 Bad-debt provision as of 2026-03-31\n"
                + "  Dr 6702 Credit impairment loss CNY 650.00\n"
                + "  Cr 1231 Bad-debt allowance CNY 650.00");
    assertThat(provision.entry().orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.CREDIT_IMPAIRMENT_LOSS, Money.parse("CNY 650.00")),
            JournalLine.credit(LedgerAccount.BAD_DEBT_ALLOWANCE, Money.parse("CNY 650.00")));
    assertThat(provision.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(provision.requiredApprover()).contains(CreditPolicy.CREDIT_MANAGER);
    assertThat(provision.requiredApprover().orElseThrow().toString()).isEqualTo("Credit manager");
    assertThat(provision.explanation().toString())
        .contains(
            "[provision.authority] adjustment CNY 650.00 to provide is beyond the authority of"
                + " Credit officer on bad-debt-provision; needs Credit manager");

    CreditPolicy byDueDate =
        CreditPolicy.builder().from(policy).ageingBasis(AgeingBasis.DUE_DATE).build();
    AgeingReport overdue = Ageing.of(byDueDate).age(open, today);
    assertThat(overdue.line("not due").amount()).isEqualTo(Money.parse("CNY 15000.00"));
    assertThat(overdue.line(">365").amount()).isEqualTo(Money.parse("CNY 2000.00"));
    assertThat(open.get(1).daysOverdueOn(today)).isEqualTo(393);

    OverdueInterestReport interest = OverdueInterest.of(policy).assess(open, today);
    assertThat(interest.lines()).hasSize(1);
    assertThat(interest.lines().get(0).days()).isEqualTo(393);
    assertThat(interest.total()).isEqualTo(Money.parse("CNY 393.00"));

    WriteOffDecision writeOff =
        BadDebtWriteOff.of(policy)
            .writeOff(
                WriteOffRequest.builder()
                    .receivable(open.get(1))
                    .on(today)
                    .cause("customer liquidated")
                    .approvedBy(PersonId.of("finance-vp-wang"))
                    .approverRole(CreditPolicy.FINANCE_DEPUTY_GM)
                    .build());
    assertThat(writeOff.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(writeOff.entry().orElseThrow().reference()).isEqualTo("INV-7");
    assertThat(writeOff.entry().orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.BAD_DEBT_ALLOWANCE, Money.parse("CNY 2000.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, Money.parse("CNY 2000.00")));
    exposure =
        exposure
            .invoicedWithoutShipment(Money.parse("CNY 2000.00"), LocalDate.parse("2025-03-03"))
            .writtenOff(Money.parse("CNY 2000.00"), LocalDate.parse("2025-03-03"));
    RecoveryResult recovery =
        writeOff
            .memo()
            .orElseThrow()
            .recover(Money.parse("CNY 500.00"), LocalDate.parse("2026-05-10"));
    assertThat(recovery.memo().stillOwed()).isEqualTo(Money.parse("CNY 1500.00"));
    assertThat(recovery.entries()).hasSize(2);
    assertThat(recovery.entries().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.ACCOUNTS_RECEIVABLE, Money.parse("CNY 500.00")),
            JournalLine.credit(LedgerAccount.BAD_DEBT_ALLOWANCE, Money.parse("CNY 500.00")));
    assertThat(recovery.entries().get(1).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.BANK, Money.parse("CNY 500.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, Money.parse("CNY 500.00")));

    JournalSummary booked =
        JournalSummary.of(
            CurrencyUnit.of("CNY"),
            List.of(
                provision.entry().orElseThrow(),
                writeOff.entry().orElseThrow(),
                recovery.entries().get(0),
                recovery.entries().get(1)));
    assertThat(booked.balanceOf(LedgerAccount.BAD_DEBT_ALLOWANCE))
        .isEqualTo(Money.parse("CNY 850.00"));
    assertThat(booked.balanceOf(LedgerAccount.ACCOUNTS_RECEIVABLE))
        .isEqualTo(Money.parse("CNY -2000.00"));
    assertThat(booked.balanceOf(LedgerAccount.BANK)).isEqualTo(Money.parse("CNY 500.00"));

    InvoiceDecision invoice =
        InvoiceGate.of(policy).check(Money.parse("CNY 100000.00"), Money.parse("CNY 59999.99"));
    assertThat(invoice.outcome()).isEqualTo(Outcome.HELD);
    assertThat(invoice.required()).isEqualTo(Money.parse("CNY 60000.00"));
    assertThat(invoice.shortfall()).isEqualTo(Money.parse("CNY 0.01"));
    CommissionDecision commission =
        CommissionGate.of(policy)
            .assess(
                CommissionClaim.builder()
                    .salesperson(PersonId.of("sales-li"))
                    .contract("HT-2026-001")
                    .rate(Percent.of(2))
                    .collected(Money.parse("CNY 60000.00"))
                    .overdueReceivables(Money.parse("CNY 300.00"))
                    .build());
    assertThat(commission.earned()).isEqualTo(Money.parse("CNY 1200.00"));
    assertThat(commission.offset()).isEqualTo(Money.parse("CNY 300.00"));
    assertThat(commission.payable()).isEqualTo(Money.parse("CNY 900.00"));

    GradeProposal proposal =
        GradeReview.of(policy)
            .propose(
                profile,
                exposure,
                List.of(
                    new PaymentRecord(
                        "INV-0",
                        LocalDate.parse("2026-01-31"),
                        LocalDate.parse("2026-03-12"),
                        Money.parse("CNY 10000.00"))),
                today);
    assertThat(proposal.proposed()).isEqualTo(CreditGrade.of("C"));
    CreditProfile reviewed = proposal.approve(PersonId.of("credit-manager-zhao"), today);
    assertThat(reviewed.grade()).isEqualTo(CreditGrade.of("C"));
    assertThat(profile.grade()).isEqualTo(CreditGrade.of("A"));
  }
}
