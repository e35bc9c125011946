package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CNY;
import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.FINANCE;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.SALES;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.credit.provision.BadDebtProvision;
import dev.suanpan.core.credit.provision.ProvisionDecision;
import dev.suanpan.core.credit.provision.ProvisionLine;
import dev.suanpan.core.credit.writeoff.BadDebtWriteOff;
import dev.suanpan.core.credit.writeoff.MemoRecord;
import dev.suanpan.core.credit.writeoff.RecoveryReport;
import dev.suanpan.core.credit.writeoff.WriteOffDecision;
import dev.suanpan.core.credit.writeoff.WriteOffRequest;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.DistributorCreditTerms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadDebtTest {
  static Receivable aged(String doc, int days, String amount) {
    LocalDate invoiced = TODAY.minusDays(days);
    return Receivable.of(doc, CUSTOMER, invoiced, invoiced.plusDays(30), cny(amount));
  }

  static final List<Receivable> BOOK =
      List.of(
          aged("INV-1", 10, "10000.00"),
          aged("INV-2", 30, "5000.00"),
          aged("INV-3", 45, "8000.00"),
          aged("INV-4", 75, "6000.00"),
          aged("INV-5", 120, "4000.00"),
          aged("INV-6", 200, "3000.00"),
          aged("INV-7", 400, "2000.00"));

  @Test
  void ageingSortsReceivablesIntoTheSourcesBucketsAndAddsUp() {
    AgeingReport r = Ageing.of(POLICY).age(BOOK, TODAY);
    assertThat(r.lines())
        .extracting(l -> l.bucket().label())
        .containsExactly("0-30", "31-60", "61-90", "91-180", "181-365", ">365");
    assertThat(r.line("0-30").amount()).isEqualTo(cny("15000.00"));
    assertThat(r.line("0-30").items()).isEqualTo(2);
    assertThat(r.line("31-60").amount()).isEqualTo(cny("8000.00"));
    assertThat(r.line("61-90").amount()).isEqualTo(cny("6000.00"));
    assertThat(r.line("91-180").amount()).isEqualTo(cny("4000.00"));
    assertThat(r.line("181-365").amount()).isEqualTo(cny("3000.00"));
    assertThat(r.line(">365").amount()).isEqualTo(cny("2000.00"));
    assertThat(r.total()).isEqualTo(cny("38000.00"));
  }

  @Test
  void ageingRejectsAReceivableInvoicedAfterTheDate() {
    assertThatThrownBy(() -> Ageing.of(POLICY).age(List.of(aged("INV-9", -1, "1.00")), TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INV-9 was invoiced on 2026-04-01, after asOf 2026-03-31");
  }

  @Test
  void provisionByAgeingPercentagesBooksTheIncreaseOverLastPeriod() {
    // 15000×1% + 8000×3% + 6000×5% + 4000×10% + 3000×30% + 2000×50%
    // = 150 + 240 + 300 + 400 + 900 + 1000 = 2990.00; last period 2000.00 → provide 990.00.
    ProvisionDecision p =
        BadDebtProvision.of(POLICY).provide(Ageing.of(POLICY).age(BOOK, TODAY), cny("2000.00"));
    assertThat(p.required()).isEqualTo(cny("2990.00"));
    assertThat(p.lines())
        .extracting(ProvisionLine::provision)
        .containsExactly(
            cny("150.00"),
            cny("240.00"),
            cny("300.00"),
            cny("400.00"),
            cny("900.00"),
            cny("1000.00"));
    assertThat(p.adjustment()).isEqualTo(cny("990.00"));
    JournalEntry entry = p.entry().orElseThrow();
    assertThat(entry.reference()).isEqualTo("BDP-" + TODAY);
    assertThat(entry.date()).isEqualTo(TODAY);
    assertThat(entry.lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.CREDIT_IMPAIRMENT_LOSS, cny("990.00")),
            JournalLine.credit(LedgerAccount.BAD_DEBT_ALLOWANCE, cny("990.00")));
    // The provision is over the whole ledger: it concerns no one customer.
    assertThat(entry.dimensions()).isEmpty();
    assertThat(p.explanation().toString()).contains(">365 days: CNY 2000.00 x 50% = CNY 1000.00");
  }

  @Test
  void aProvisionLargerThanNeededIsReleased() {
    ProvisionDecision p =
        BadDebtProvision.of(POLICY).provide(Ageing.of(POLICY).age(BOOK, TODAY), cny("3500.00"));
    assertThat(p.adjustment()).isEqualTo(cny("-510.00"));
    assertThat(p.entry().orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.BAD_DEBT_ALLOWANCE, cny("510.00")),
            JournalLine.credit(LedgerAccount.CREDIT_IMPAIRMENT_LOSS, cny("510.00")));
  }

  @Test
  void noEntryWhenTheAllowanceIsAlreadyRight() {
    ProvisionDecision p =
        BadDebtProvision.of(POLICY).provide(Ageing.of(POLICY).age(BOOK, TODAY), cny("2990.00"));
    assertThat(p.entry()).isEmpty();
  }

  @Test
  void bucketProvisionsAddUpToTheRoundedTotal() {
    List<Receivable> odd =
        List.of(aged("A", 5, "33.33"), aged("B", 40, "33.33"), aged("C", 100, "33.34"));
    ProvisionDecision p =
        BadDebtProvision.of(POLICY).provide(Ageing.of(POLICY).age(odd, TODAY), cny("0.00"));
    // exact 0.3333 + 0.9999 + 3.334 = 4.6672 → 4.67
    assertThat(p.required()).isEqualTo(cny("4.67"));
    assertThat(
            p.lines().stream()
                .map(ProvisionLine::provision)
                .reduce(cny("0.00"), (a, b) -> a.plus(b)))
        .isEqualTo(cny("4.67"));
  }

  static WriteOffRequest writeOff(Receivable r, dev.suanpan.core.authority.Role role) {
    return WriteOffRequest.builder()
        .receivable(r)
        .on(TODAY)
        .cause("customer bankrupt, liquidation closed")
        .responsible(SALES)
        .approvedBy(FINANCE)
        .approverRole(role)
        .build();
  }

  @Test
  void aWrittenOffDebtStaysOnTheMemoRegisterAndIsBookedAtOnceWhenRecovered() {
    Receivable r = aged("INV-7", 400, "2000.00");
    WriteOffDecision w =
        BadDebtWriteOff.of(POLICY).writeOff(writeOff(r, CompanyRoles.FINANCE_DEPUTY_GM));
    assertThat(w.isAllowed()).isTrue();
    assertThat(w.entry().orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.BAD_DEBT_ALLOWANCE, cny("2000.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, cny("2000.00")));
    MemoRecord memo = w.memo().orElseThrow();
    assertThat(memo.stillOwed()).isEqualTo(cny("2000.00"));
    assertThat(memo.responsible()).contains(SALES);
    assertThat(memo.cause()).isEqualTo("customer bankrupt, liquidation closed");

    RecoveryReport rec = memo.recover(cny("500.00"), TODAY.plusDays(40));
    assertThat(rec.memo().recovered()).isEqualTo(cny("500.00"));
    assertThat(rec.memo().stillOwed()).isEqualTo(cny("1500.00"));
    assertThat(rec.entries().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.ACCOUNTS_RECEIVABLE, cny("500.00")),
            JournalLine.credit(LedgerAccount.BAD_DEBT_ALLOWANCE, cny("500.00")));
    assertThat(rec.entries().get(1).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.BANK, cny("500.00")),
            JournalLine.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, cny("500.00")));
    assertThat(rec.entries()).extracting(JournalEntry::reference).containsOnly("INV-7");
    JournalSummary booked =
        JournalSummary.of(
            CNY,
            ImmutableList.<JournalEntry>builder()
                .add(w.entry().orElseThrow())
                .addAll(rec.entries())
                .build());
    assertThat(booked.balanceOf(LedgerAccount.ACCOUNTS_RECEIVABLE)).isEqualTo(cny("-2000.00"));
    assertThat(booked.balanceOf(LedgerAccount.BAD_DEBT_ALLOWANCE)).isEqualTo(cny("1500.00"));
    assertThat(booked.balanceOf(LedgerAccount.BANK)).isEqualTo(cny("500.00"));
    assertThat(memo.recoveries()).isEmpty();
  }

  @Test
  void theWriteOffAndTheRecoveryNameTheirCustomerAsADimension() {
    Receivable r = aged("INV-7", 400, "2000.00");
    Receivable other =
        Receivable.of(
            "INV-9",
            CustomerId.of("C-2041"),
            TODAY.minusDays(500),
            TODAY.minusDays(470),
            cny("800.00"));
    WriteOffDecision w =
        BadDebtWriteOff.of(POLICY).writeOff(writeOff(r, CompanyRoles.FINANCE_DEPUTY_GM));
    WriteOffDecision w2 =
        BadDebtWriteOff.of(POLICY).writeOff(writeOff(other, CompanyRoles.FINANCE_DEPUTY_GM));
    RecoveryReport rec = w.memo().orElseThrow().recover(cny("500.00"), TODAY.plusDays(40));

    assertThat(w.entry().orElseThrow().dimensions())
        .containsExactly(entry(Dimensions.CUSTOMER, CUSTOMER.code()));
    assertThat(w2.entry().orElseThrow().dimension(Dimensions.CUSTOMER)).contains("C-2041");
    assertThat(rec.entries())
        .allSatisfy(
            e ->
                assertThat(e.dimensions())
                    .containsExactly(entry(Dimensions.CUSTOMER, CUSTOMER.code())));
    ImmutableList<JournalEntry> journal =
        ImmutableList.<JournalEntry>builder()
            .add(w.entry().orElseThrow(), w2.entry().orElseThrow())
            .addAll(rec.entries())
            .build();
    ImmutableSortedMap<String, JournalSummary> byCustomer =
        JournalSummary.byDimension(CNY, journal, Dimensions.CUSTOMER);
    assertThat(byCustomer.keySet()).containsExactlyInAnyOrder(CUSTOMER.code(), "C-2041");
    assertThat(byCustomer.get(CUSTOMER.code()).balanceOf(LedgerAccount.BAD_DEBT_ALLOWANCE))
        .isEqualTo(cny("1500.00"));
    assertThat(byCustomer.get("C-2041").balanceOf(LedgerAccount.ACCOUNTS_RECEIVABLE))
        .isEqualTo(cny("-800.00"));
    assertThat(byCustomer.get("C-2041").entryCount()).isEqualTo(1);
  }

  @Test
  void aWriteOffBeyondTheApproversAuthorityGoesUpAndWritesNothingOff() {
    WriteOffDecision w =
        BadDebtWriteOff.of(POLICY)
            .writeOff(writeOff(aged("INV-8", 400, "20000.00"), CompanyRoles.CREDIT_MANAGER));
    assertThat(w.outcome()).isEqualTo(dev.suanpan.core.decision.Outcome.NEEDS_APPROVAL);
    assertThat(w.requiredApprover()).contains(CompanyRoles.FINANCE_DEPUTY_GM);
    assertThat(w.memo()).isEmpty();
    assertThat(w.entry()).isEmpty();
    assertThat(w.explanation().toString())
        .contains("CNY 20000.00 is beyond the authority of Credit manager");
  }

  @Test
  void aWriteOffNoRoleMayApproveIsRefused() {
    CreditPolicy noWriteOffs =
        DistributorCreditTerms.policy(CreditProperties.CAPPED, CompanyRoles.CREDIT_OFFICER);
    WriteOffDecision w =
        BadDebtWriteOff.of(noWriteOffs)
            .writeOff(writeOff(aged("INV-8", 400, "1.00"), CompanyRoles.CREDIT_MANAGER));
    assertThat(w.isRefused()).isTrue();
  }

  @Test
  void recoveringMoreThanIsStillOwedIsRejected() {
    MemoRecord memo =
        BadDebtWriteOff.of(POLICY)
            .writeOff(writeOff(aged("INV-7", 400, "2000.00"), CompanyRoles.GENERAL_MANAGER))
            .memo()
            .orElseThrow();
    assertThatThrownBy(() -> memo.recover(cny("2000.01"), TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds what is still owed on INV-7, CNY 2000.00");
    assertThatThrownBy(() -> memo.recover(cny("1.00"), TODAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be before 2026-03-31");
  }

  @Test
  void aWriteOffCannotExceedTheOpenAmount() {
    assertThatThrownBy(
            () ->
                WriteOffRequest.builder()
                    .receivable(aged("INV-7", 400, "2000.00"))
                    .amount(cny("2500.00"))
                    .on(TODAY)
                    .cause("bankrupt")
                    .approvedBy(FINANCE)
                    .approverRole(CompanyRoles.GENERAL_MANAGER)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount CNY 2500.00 exceeds the open amount CNY 2000.00 of INV-7");
  }
}
