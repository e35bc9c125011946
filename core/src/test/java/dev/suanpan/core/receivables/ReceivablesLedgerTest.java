package dev.suanpan.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.AgeingBasis;
import dev.suanpan.core.credit.AgeingBucket;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.credit.writeoff.BadDebtWriteOff;
import dev.suanpan.core.credit.writeoff.WriteOffDecision;
import dev.suanpan.core.credit.writeoff.WriteOffRequest;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The receivables ledger by hand-worked examples. VAT: a line of CNY 11,300.00 including 13% VAT is
 * net 11,300.00 / 1.13 = 10,000.00 and tax 1,300.00.
 */
class ReceivablesLedgerTest {
  static final CustomerId C1 = CustomerId.of("C-001");
  static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static ReceivablesLedger empty() {
    return ReceivablesLedger.of(DistributorCreditTerms.policy());
  }

  /** 30% on the invoice date, 70% thirty days later. */
  static final PaymentTerms THIRTY_SEVENTY =
      PaymentTerms.milestones(
          TermLine.share(Percent.of(30), Milestone.INVOICE, 0),
          TermLine.share(Percent.of(70), Milestone.INVOICE, 30));

  static SalesInvoice invoice(String number, String gross) {
    return SalesInvoice.builder()
        .number(number)
        .customer(C1)
        .date(MAR_1)
        .kind(InvoiceKind.VAT_SPECIAL)
        .addLines(InvoiceLine.inclusive("steel coil", cny(gross), VatRate.STANDARD_13))
        .terms(THIRTY_SEVENTY)
        .build();
  }

  static Collection collection(String number, String amount) {
    return Collection.builder()
        .number(number)
        .customer(C1)
        .date(MAR_31)
        .amount(cny(amount))
        .method(PaymentMethod.TRANSFER)
        .build();
  }

  @Test
  void anInvoiceSplitsItsVatAndFallsDueInTheInstalmentsOfItsTerms() {
    ReceivablesPosting p = empty().post(invoice("INV-1", "11300.00"));
    assertThat(p.outcome()).isEqualTo(Outcome.ALLOWED);
    // 30% of 11,300.00 = 3,390.00 on 2026-03-01; 70% = 7,910.00 on 2026-03-31.
    assertThat(p.ledger().openItems(C1))
        .extracting(Receivable::document, Receivable::dueDate, Receivable::openAmount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INV-1#1", MAR_1, cny("3390.00")),
            org.assertj.core.groups.Tuple.tuple("INV-1#2", MAR_31, cny("7910.00")));
    JournalEntry e = p.entries().get(0);
    assertThat(e.lines())
        .extracting(l -> l.account(), l -> l.amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LedgerAccount.ACCOUNTS_RECEIVABLE, cny("11300.00")),
            org.assertj.core.groups.Tuple.tuple(LedgerAccount.REVENUE, cny("10000.00")),
            org.assertj.core.groups.Tuple.tuple(LedgerAccount.OUTPUT_VAT, cny("1300.00")));
    assertThat(e.dimension("customer")).contains("C-001");
    assertThat(p.ledger().exposure(C1).receivables()).isEqualTo(cny("11300.00"));
  }

  @Test
  void aCollectionPaysTheOldestDueFirstAndKeepsTheRestAsAnAdvance() {
    ReceivablesLedger l = empty().post(invoice("INV-1", "11300.00")).ledger();
    ReceivablesPosting first = l.post(collection("COL-1", "5000.00"));
    // 5,000.00 pays #1 (3,390.00) and 1,610.00 of #2: 7,910.00 - 1,610.00 = 6,300.00 open.
    assertThat(first.ledger().open("INV-1")).isEqualTo(cny("6300.00"));
    assertThat(first.ledger().openItems(C1))
        .extracting(Receivable::document)
        .containsExactly("INV-1#2");
    ReceivablesPosting second = first.ledger().post(collection("COL-2", "7000.00"));
    // 7,000.00 pays the 6,300.00 open and leaves 700.00 as an advance.
    assertThat(second.ledger().open("INV-1")).isEqualTo(cny("0.00"));
    assertThat(second.ledger().advance(C1)).isEqualTo(cny("700.00"));
    assertThat(second.entries().get(0).lines())
        .extracting(x -> x.account(), x -> x.amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LedgerAccount.BANK, cny("7000.00")),
            org.assertj.core.groups.Tuple.tuple(LedgerAccount.ACCOUNTS_RECEIVABLE, cny("6300.00")),
            org.assertj.core.groups.Tuple.tuple(
                LedgerAccount.ADVANCES_FROM_CUSTOMERS, cny("700.00")));
    // Exposure: nothing receivable, 700.00 prepaid.
    assertThat(second.ledger().exposure(C1).receivables()).isEqualTo(cny("0.00"));
    assertThat(second.ledger().exposure(C1).prepayments()).isEqualTo(cny("700.00"));
  }

  @Test
  void aBouncedCollectionReopensWhatItPaidAndTakesBackItsAdvance() {
    ReceivablesLedger l =
        empty()
            .post(invoice("INV-1", "11300.00"))
            .ledger()
            .post(collection("COL-1", "5000.00"))
            .ledger()
            .post(collection("COL-2", "7000.00"))
            .ledger();
    ReceivablesPosting bounce =
        l.post(
            CollectionReversal.builder()
                .number("REV-1")
                .collection("COL-2")
                .date(LocalDate.of(2026, 4, 2))
                .reason("transfer recalled")
                .build());
    // COL-2 paid 6,300.00 and left 700.00: both undone.
    assertThat(bounce.ledger().open("INV-1")).isEqualTo(cny("6300.00"));
    assertThat(bounce.ledger().advance(C1)).isEqualTo(cny("0.00"));
    assertThat(bounce.entries().get(0).lines())
        .extracting(x -> x.side().name(), x -> x.account(), x -> x.amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "DEBIT", LedgerAccount.ACCOUNTS_RECEIVABLE, cny("6300.00")),
            org.assertj.core.groups.Tuple.tuple(
                "DEBIT", LedgerAccount.ADVANCES_FROM_CUSTOMERS, cny("700.00")),
            org.assertj.core.groups.Tuple.tuple("CREDIT", LedgerAccount.BANK, cny("7000.00")));
    assertThatThrownBy(
            () ->
                bounce
                    .ledger()
                    .post(
                        CollectionReversal.builder()
                            .number("REV-2")
                            .collection("COL-2")
                            .date(LocalDate.of(2026, 4, 3))
                            .reason("again")
                            .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COL-2");
  }

  @Test
  void aBounceWhoseAdvanceWasAppliedSinceReopensWhatTheApplicationPaid() {
    ReceivablesLedger l =
        empty()
            .post(collection("COL-1", "1000.00"))
            .ledger()
            .post(invoice("INV-1", "11300.00"))
            .ledger();
    assertThat(l.advance(C1)).isEqualTo(cny("1000.00"));
    l =
        l.post(
                AdvanceApplication.builder()
                    .number("ADV-1")
                    .customer(C1)
                    .date(MAR_1)
                    .amount(cny("800.00"))
                    .build())
            .ledger();
    // 800.00 of the advance pays 800.00 of #1 (3,390.00): 2,590.00 left on it; advance 200.00.
    assertThat(l.openItems(C1).get(0).openAmount()).isEqualTo(cny("2590.00"));
    ReceivablesPosting bounce =
        l.post(
            CollectionReversal.builder()
                .number("REV-1")
                .collection("COL-1")
                .date(MAR_31)
                .reason("cheque returned")
                .build());
    // The 200.00 left is taken back and the 800.00 applied is reopened: #1 open 3,390.00 again.
    assertThat(bounce.ledger().advance(C1)).isEqualTo(cny("0.00"));
    assertThat(bounce.ledger().open("INV-1")).isEqualTo(cny("11300.00"));
    assertThat(bounce.entries().get(0).lines())
        .extracting(x -> x.side().name(), x -> x.account(), x -> x.amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "DEBIT", LedgerAccount.ACCOUNTS_RECEIVABLE, cny("800.00")),
            org.assertj.core.groups.Tuple.tuple(
                "DEBIT", LedgerAccount.ADVANCES_FROM_CUSTOMERS, cny("200.00")),
            org.assertj.core.groups.Tuple.tuple("CREDIT", LedgerAccount.BANK, cny("1000.00")));
  }

  @Test
  void aCreditNoteReducesTheLatestInstalmentFirst() {
    ReceivablesLedger l = empty().post(invoice("INV-1", "11300.00")).ledger();
    ReceivablesPosting p =
        l.post(
            CreditNote.builder()
                .number("RED-1")
                .invoice("INV-1")
                .date(MAR_31)
                .reason(CreditReason.ALLOWANCE)
                .addLines(
                    InvoiceLine.inclusive("price allowance", cny("1130.00"), VatRate.STANDARD_13))
                .build());
    // 1,130.00 incl. 13%: net 1,000.00, VAT 130.00; #2 falls from 7,910.00 to 6,780.00.
    assertThat(p.ledger().openItems(C1))
        .extracting(Receivable::openAmount)
        .containsExactly(cny("3390.00"), cny("6780.00"));
    assertThat(p.entries().get(0).lines())
        .extracting(x -> x.side().name(), x -> x.account(), x -> x.amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DEBIT", LedgerAccount.REVENUE, cny("1000.00")),
            org.assertj.core.groups.Tuple.tuple("DEBIT", LedgerAccount.OUTPUT_VAT, cny("130.00")),
            org.assertj.core.groups.Tuple.tuple(
                "CREDIT", LedgerAccount.ACCOUNTS_RECEIVABLE, cny("1130.00")));
  }

  @Test
  void anInvoiceAgainstAContractWaitsForSixtyPercentCollected() {
    // 002 第一篇 §11: 60% of 100,000.00 = 60,000.00 collected before the invoice.
    ReceivablesLedger l =
        empty()
            .withContract("K-1", C1, cny("100000.00"))
            .post(
                Collection.builder()
                    .from(collection("COL-1", "59999.99"))
                    .contract("K-1")
                    .asAdvance(true)
                    .build())
            .ledger();
    SalesInvoice inv =
        SalesInvoice.builder().from(invoice("INV-1", "100000.00")).contract("K-1").build();
    ReceivablesPosting held = l.post(inv);
    assertThat(held.outcome()).isEqualTo(Outcome.HELD);
    assertThat(held.ledger()).isSameAs(l);
    assertThat(held.entries()).isEmpty();
    ReceivablesLedger more =
        l.post(
                Collection.builder()
                    .from(collection("COL-2", "0.01"))
                    .contract("K-1")
                    .asAdvance(true)
                    .build())
            .ledger();
    assertThat(more.collected("K-1")).isEqualTo(cny("60000.00"));
    assertThat(more.post(inv).outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void theContractStatementListsItsDocumentsWithWhatIsOpen() {
    // Contract worth 100,000.00; 60,000.00 collected as an advance, then an invoice of
    // 11,300.00 (30/70) paid by the advance: 60,000.00 collected in all, nothing open on INV-1.
    ReceivablesLedger l =
        empty()
            .withContract("K-1", C1, cny("100000.00"))
            .post(
                Collection.builder()
                    .from(collection("COL-1", "60000.00"))
                    .contract("K-1")
                    .asAdvance(true)
                    .build())
            .ledger();
    l =
        l.post(SalesInvoice.builder().from(invoice("INV-1", "11300.00")).contract("K-1").build())
            .ledger();
    l =
        l.post(
                AdvanceApplication.builder()
                    .number("ADV-1")
                    .customer(C1)
                    .date(MAR_31)
                    .amount(cny("11300.00"))
                    .build())
            .ledger();
    ContractStatement s = l.statement("K-1");
    assertThat(s.value()).isEqualTo(cny("100000.00"));
    assertThat(s.collected()).isEqualTo(cny("60000.00"));
    assertThat(s.lines())
        .extracting(StatementLine::document, StatementLine::billed, StatementLine::open)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INV-1", cny("11300.00"), cny("0.00")));
    // 100,000.00 - 11,300.00 billed = 88,700.00 still to bill.
    assertThat(s.unbilled()).isEqualTo(cny("88700.00"));
    ReceivablesLedger done = l;
    assertThatThrownBy(() -> done.statement("K-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contract K-9 is not registered");
  }

  @Test
  void badInputIsRefusedByNameAndPostsNothing() {
    ReceivablesLedger l = empty().post(invoice("INV-1", "11300.00")).ledger();
    assertThatThrownBy(() -> l.post(invoice("INV-1", "100.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoice number INV-1 is already posted");
    assertThatThrownBy(
            () ->
                l.post(
                    Collection.builder()
                        .from(collection("COL-1", "1.00"))
                        .amount(Money.parse("USD 1.00"))
                        .build()))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("collection COL-1 amount");
    ReceivablesLedger paid = l.post(collection("COL-1", "11300.00")).ledger();
    assertThatThrownBy(
            () ->
                paid.post(
                    Collection.builder()
                        .from(collection("COL-2", "1.00"))
                        .addAppliesTo(InstalmentRef.of("INV-1"))
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("collection COL-2 pays INV-1, which is already paid");
    assertThat(paid.open("INV-1")).isEqualTo(cny("0.00"));
  }

  @Test
  void documentsWithoutLinesOrInTwoCurrenciesAreRefusedByName() {
    assertThatThrownBy(
            () -> SalesInvoice.builder().from(invoice("INV-9", "1.00")).lines(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines");
    assertThatThrownBy(
            () ->
                CreditNote.builder()
                    .number("RED-9")
                    .invoice("INV-1")
                    .date(MAR_1)
                    .reason(CreditReason.RETURN)
                    .addLines(
                        InvoiceLine.inclusive("a", cny("1.00"), VatRate.STANDARD_13),
                        InvoiceLine.inclusive("b", Money.parse("USD 1.00"), VatRate.STANDARD_13))
                    .build())
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("credit note RED-9 lines[1]");
  }

  @Test
  void namedInstalmentsArePaidInTheOrderNamed() {
    ReceivablesLedger l = empty().post(invoice("INV-1", "11300.00")).ledger();
    ReceivablesPosting p =
        l.post(
            Collection.builder()
                .from(collection("COL-1", "8000.00"))
                .addAppliesTo(InstalmentRef.of("INV-1", 2))
                .build());
    // #2 (7,910.00) is paid in full; 90.00 is left over as an advance, #1 untouched.
    assertThat(p.ledger().openItems(C1))
        .extracting(Receivable::document, Receivable::openAmount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("INV-1#1", cny("3390.00")));
    assertThat(p.ledger().advance(C1)).isEqualTo(cny("90.00"));
  }

  @Test
  void anApprovedWriteOffTakesTheInstalmentOffTheOpenItems() {
    ReceivablesLedger l = empty().post(invoice("INV-1", "11300.00")).ledger();
    Receivable first = l.openItems(C1).get(0);
    WriteOffDecision w =
        BadDebtWriteOff.of(DistributorCreditTerms.policy())
            .writeOff(
                WriteOffRequest.builder()
                    .receivable(first)
                    .on(LocalDate.of(2027, 3, 31))
                    .cause("customer liquidated")
                    .approvedBy(PersonId.of("gm-zhang"))
                    .approverRole(CompanyRoles.GENERAL_MANAGER)
                    .build());
    ReceivablesPosting p = l.post(w);
    // INV-1#1 (3,390.00) is written off; #2 (7,910.00) stays open.
    assertThat(p.ledger().openItems(C1))
        .extracting(Receivable::document)
        .containsExactly("INV-1#2");
    assertThat(p.ledger().open("INV-1")).isEqualTo(cny("7910.00"));
    assertThat(p.ledger().exposure(C1).receivables()).isEqualTo(cny("7910.00"));
    assertThat(p.entries()).containsExactly(w.entry().orElseThrow());
    assertThatThrownBy(() -> p.ledger().post(w))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than its open CNY 0.00");
  }

  @Test
  void theRulesKeepTheirIds() {
    assertThat(List.of(ReceivablesRule.values()))
        .extracting(ReceivablesRule::id)
        .containsExactly(
            "receivables.invoiced",
            "receivables.credited",
            "receivables.debited",
            "receivables.collected",
            "receivables.advance-kept",
            "receivables.advance-applied",
            "receivables.written-off",
            "receivables.reversed");
  }

  @Test
  void ageingReadsTheLedgersOpenItemsUnderEitherBasis() {
    // INV-1 11,300.00 on 1 Mar: 30% = 3,390.00 due 1 Mar, 70% = 7,910.00 due 31 Mar.
    // INV-2 2,260.00 on 1 May: 30% = 678.00 due 1 May, 70% = 1,582.00 due 31 May.
    ReceivablesLedger ledger = empty().post(invoice("INV-1", "11300.00")).ledger();
    SalesInvoice second =
        SalesInvoice.builder()
            .from(invoice("INV-2", "2260.00"))
            .date(LocalDate.of(2026, 5, 1))
            .build();
    ledger = ledger.post(second).ledger();
    LocalDate may15 = LocalDate.of(2026, 5, 15);

    // Invoice-date basis on 15 May: INV-1 is 30 + 30 + 15 = 75 days old (61-90), INV-2 14 (0-30).
    AgeingReport byInvoice = Ageing.of(DistributorCreditTerms.policy()).age(ledger, may15);
    assertThat(byInvoice.total()).isEqualTo(cny("13560.00"));
    assertThat(line(byInvoice, "0-30")).isEqualTo(cny("2260.00"));
    assertThat(line(byInvoice, "61-90")).isEqualTo(cny("11300.00"));

    // Due-date basis: INV-1#1 75 days past due (61-90), INV-1#2 45 (31-60), INV-2#1 14 (0-30),
    // INV-2#2 due in 16 days (not due).
    CreditPolicy byDue =
        CreditPolicy.builder()
            .from(DistributorCreditTerms.policy())
            .ageingBasis(AgeingBasis.DUE_DATE)
            .build();
    AgeingReport report = Ageing.of(byDue).age(ledger, may15);
    assertThat(line(report, AgeingBucket.NOT_DUE)).isEqualTo(cny("1582.00"));
    assertThat(line(report, "0-30")).isEqualTo(cny("678.00"));
    assertThat(line(report, "31-60")).isEqualTo(cny("7910.00"));
    assertThat(line(report, "61-90")).isEqualTo(cny("3390.00"));
    assertThat(report.total()).isEqualTo(cny("13560.00"));

    ReceivablesLedger open = ledger;
    assertThatThrownBy(
            () -> Ageing.of(DistributorCreditTerms.policy()).age(open, LocalDate.of(2026, 4, 15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("open item INV-2#1 was invoiced on 2026-05-01, after asOf 2026-04-15");
    CreditPolicy inDollars =
        CreditPolicy.builder()
            .from(DistributorCreditTerms.policy())
            .currency(CurrencyUnit.USD)
            .build();
    assertThatThrownBy(() -> Ageing.of(inDollars).age(open, may15))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  private static Money line(AgeingReport report, String label) {
    return report.lines().stream()
        .filter(l -> l.bucket().label().equals(label))
        .findFirst()
        .orElseThrow()
        .amount();
  }
}
