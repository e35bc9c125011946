package dev.suanpan.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.writeoff.BadDebtWriteOff;
import dev.suanpan.core.credit.writeoff.WriteOffDecision;
import dev.suanpan.core.credit.writeoff.WriteOffRequest;
import dev.suanpan.core.decision.Reason;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.journal.Side;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What a posting to the receivables ledger does, rule by rule, with figures worked by hand: which
 * instalments a collection pays, what a bounce reopens, what the entries and explanations say, and
 * what the ledger keeps and refuses.
 */
class ReceivablesPostingRulesTest {
  static final CustomerId C1 = CustomerId.of("C-001");
  static final CustomerId C2 = CustomerId.of("C-002");
  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  static Money cny(String a) {
    return Money.parse("CNY " + a);
  }

  static ReceivablesLedger empty() {
    return ReceivablesLedger.of(DistributorCreditTerms.policy());
  }

  static SalesInvoice.Builder invoice(String number, CustomerId c, String gross) {
    return SalesInvoice.builder()
        .number(number)
        .customer(c)
        .date(DAY)
        .kind(InvoiceKind.VAT_ORDINARY)
        .addLines(InvoiceLine.inclusive("goods", cny(gross), VatRate.STANDARD_13))
        .terms(PaymentTerms.net(30));
  }

  static Collection.Builder collection(String number, CustomerId c, String amount) {
    return Collection.builder()
        .number(number)
        .customer(c)
        .date(DAY.plusDays(5))
        .amount(cny(amount))
        .method(PaymentMethod.TRANSFER);
  }

  static AdvanceApplication application(String number, String amount, String... invoices) {
    AdvanceApplication.Builder b =
        AdvanceApplication.builder().number(number).customer(C1).date(DAY).amount(cny(amount));
    for (String i : invoices) {
      b.addAppliesTo(InstalmentRef.of(i));
    }
    return b.build();
  }

  static CollectionReversal reversal(String number, String collection) {
    return CollectionReversal.builder()
        .number(number)
        .collection(collection)
        .date(DAY.plusDays(20))
        .reason("bounced")
        .build();
  }

  static DebitNote.Builder debitNote(String number, LocalDate date, String amount) {
    return DebitNote.builder()
        .number(number)
        .customer(C1)
        .date(date)
        .dueDate(date)
        .description("fee")
        .amount(cny(amount))
        .account(LedgerAccount.NON_OPERATING_INCOME);
  }

  static List<String> texts(ReceivablesPosting p) {
    return p.explanation().steps().stream().map(Reason::text).toList();
  }

  static WriteOffDecision writeOff(Receivable r) {
    return BadDebtWriteOff.of(DistributorCreditTerms.policy())
        .writeOff(
            WriteOffRequest.builder()
                .receivable(r)
                .on(LocalDate.of(2027, 3, 31))
                .cause("customer liquidated")
                .approvedBy(PersonId.of("gm-zhang"))
                .approverRole(CompanyRoles.GENERAL_MANAGER)
                .build());
  }

  @Test
  void theVatIsRoundedOnEachLineOrOncePerRateAsTheInvoiceSays() {
    // Two lines of 1.00 including 13%: per line 1.00 / 1.13 = 0.884955... -> net 0.88, tax 0.12,
    // so net 1.76, tax 0.24; once on the document 2.00 / 1.13 = 1.769911... -> net 1.77, tax 0.23.
    SalesInvoice.Builder inclusive =
        invoice("INV-1", C1, "1.00")
            .addLines(InvoiceLine.inclusive("more goods", cny("1.00"), VatRate.STANDARD_13));
    SalesInvoice byLine = inclusive.build();
    SalesInvoice byDocument =
        SalesInvoice.builder().from(byLine).vatBasis(VatBasis.DOCUMENT).build();
    assertThat(byLine.net()).isEqualTo(cny("1.76"));
    assertThat(byLine.tax()).isEqualTo(cny("0.24"));
    assertThat(byDocument.net()).isEqualTo(cny("1.77"));
    assertThat(byDocument.tax()).isEqualTo(cny("0.23"));
    // The line splits add up to the document's figures under its basis.
    assertThat(byDocument.lineSplits().stream().map(s -> s.net()).reduce(Money::plus))
        .contains(cny("1.77"));
    assertThat(byDocument.vat().lineLevelTax()).isEqualTo(cny("0.24"));
    assertThat(byDocument.vat().documentLevelTax()).isEqualTo(cny("0.23"));
    // Two lines of 0.10 excluding 13%: per line the tax 0.013 is 0.01, gross 0.11 each, 0.22 in
    // all; once on the document the tax of 0.20 is 0.026 -> 0.03, gross 0.23.
    SalesInvoice exclusive =
        SalesInvoice.builder()
            .from(byLine)
            .lines(
                List.of(
                    InvoiceLine.exclusive("a", cny("0.10"), VatRate.STANDARD_13),
                    InvoiceLine.exclusive("b", cny("0.10"), VatRate.STANDARD_13)))
            .build();
    assertThat(exclusive.gross()).isEqualTo(cny("0.22"));
    assertThat(SalesInvoice.builder().from(exclusive).vatBasis(VatBasis.DOCUMENT).build().gross())
        .isEqualTo(cny("0.23"));
    assertThat(SalesInvoice.builder().from(exclusive).vatBasis(VatBasis.DOCUMENT).build().tax())
        .isEqualTo(cny("0.03"));
  }

  @Test
  void aZeroInstalmentIsNotAnOpenItem() {
    // 0.02 in three equal monthly instalments: 0.01, 0.01 and 0.00 (largest remainder first).
    ReceivablesLedger l =
        empty()
            .post(
                invoice("INV-1", C1, "0.02")
                    .terms(PaymentTerms.equalMonthly(3, Milestone.INVOICE, 1))
                    .build())
            .ledger();
    assertThat(l.openItems(C1))
        .extracting(Receivable::document, Receivable::openAmount)
        .containsExactly(tuple("INV-1#1", cny("0.01")), tuple("INV-1#2", cny("0.01")));
    assertThat(l.openBalance(C1)).isEqualTo(cny("0.02"));
    // A single monthly instalment is allowed: all of it one month after the invoice.
    assertThat(
            PaymentTerms.equalMonthly(1, Milestone.INVOICE, 1)
                .schedule(cny("5.00"), Map.of(Milestone.INVOICE, DAY)))
        .containsExactly(new Instalment(1, LocalDate.of(2026, 4, 1), cny("5.00")));
  }

  @Test
  void dueDatesMustLieWithinTheLedgersCalendar() {
    // The ledger orders open items by due date over 2^21 days, epoch day -2^20 to 2^20 - 1:
    // -0901-02-05 to 4840-11-25.
    LocalDate first = LocalDate.of(-901, 2, 5);
    LocalDate last = LocalDate.of(4840, 11, 25);
    ReceivablesLedger l =
        empty()
            .post(invoice("INV-1", C1, "1.00").date(first).terms(PaymentTerms.net(0)).build())
            .ledger()
            .post(invoice("INV-2", C1, "2.00").date(last).terms(PaymentTerms.net(0)).build())
            .ledger();
    assertThat(l.openItems(C1)).extracting(Receivable::document).containsExactly("INV-1", "INV-2");
    assertThatThrownBy(
            () ->
                l.post(invoice("INV-3", C1, "1.00").date(last).terms(PaymentTerms.net(1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "invoice INV-3 instalment due date must be between -0901-02-05 and 4840-11-25,"
                + " was 4840-11-26");
    assertThatThrownBy(
            () ->
                l.post(
                    invoice("INV-3", C1, "1.00")
                        .date(first.minusDays(1))
                        .terms(PaymentTerms.net(0))
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was -0901-02-04");
    assertThatThrownBy(
            () -> l.post(debitNote("DN-1", last, "1.00").dueDate(last.plusDays(1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("debit note DN-1 due date must be between");
  }

  @Test
  void everyDocumentIsKeptUnderItsOwnNumberAndCounted() {
    // "Aa", "BB" and "AaBB" are distinct numbers (that Java happens to hash alike).
    ReceivablesLedger l =
        empty()
            .post(invoice("Aa", C1, "113.00").build())
            .ledger()
            .post(invoice("BB", C1, "226.00").build())
            .ledger()
            .post(invoice("AaBB", C1, "339.00").build())
            .ledger()
            .post(collection("COL-1", C1, "26.00").addAppliesTo(InstalmentRef.of("BB")).build())
            .ledger();
    assertThat(l.documentCount()).isEqualTo(3);
    assertThat(l.open("Aa")).isEqualTo(cny("113.00"));
    // 226.00 - 26.00 = 200.00.
    assertThat(l.open("BB")).isEqualTo(cny("200.00"));
    assertThat(l.open("AaBB")).isEqualTo(cny("339.00"));
    assertThatThrownBy(() -> l.open("BBAa"))
        .hasMessageContaining("document BBAa is not a posted invoice or debit note");
    assertThatThrownBy(() -> l.post(invoice("BB", C2, "1.00").build()))
        .hasMessageContaining("invoice number BB is already posted");
  }

  @Test
  void creditNotesShareTheInvoicesNumberSeriesAndAreNoOpenDocument() {
    ReceivablesLedger l =
        empty()
            .post(invoice("INV-1", C1, "113.00").build())
            .ledger()
            .post(
                CreditNote.builder()
                    .number("RED-1")
                    .invoice("INV-1")
                    .date(DAY)
                    .reason(CreditReason.RETURN)
                    .addLines(InvoiceLine.inclusive("back", cny("13.00"), VatRate.STANDARD_13))
                    .build())
            .ledger();
    assertThat(l.documentCount()).isEqualTo(2);
    assertThatThrownBy(() -> l.post(invoice("RED-1", C1, "1.00").build()))
        .hasMessageContaining("invoice number RED-1 is already posted");
    assertThatThrownBy(() -> l.open("RED-1"))
        .hasMessageContaining("document RED-1 is not a posted invoice or debit note");
    assertThat(l.open("INV-1")).isEqualTo(cny("100.00"));
  }

  @Test
  void aCreditNoteOfTheWholeInvoiceClosesEveryInstalment() {
    // 113.00 at 30% now and 70% in 30 days: 33.90 and 79.10; a credit of 113.00 closes both.
    ReceivablesLedger l =
        empty()
            .post(
                invoice("INV-1", C1, "113.00")
                    .terms(
                        PaymentTerms.milestones(
                            TermLine.share(Percent.of(30), Milestone.INVOICE, 0),
                            TermLine.share(Percent.of(70), Milestone.INVOICE, 30)))
                    .build())
            .ledger();
    assertThat(l.openItems(C1))
        .extracting(Receivable::openAmount)
        .containsExactly(cny("33.90"), cny("79.10"));
    ReceivablesPosting p =
        l.post(
            CreditNote.builder()
                .number("RED-1")
                .invoice("INV-1")
                .date(DAY)
                .reason(CreditReason.RETURN)
                .addLines(InvoiceLine.inclusive("all back", cny("113.00"), VatRate.STANDARD_13))
                .build());
    assertThat(p.ledger().open("INV-1")).isEqualTo(cny("0.00"));
    assertThat(p.ledger().openItems(C1)).isEmpty();
    assertThat(p.ledger().openBalance(C1)).isEqualTo(cny("0.00"));
  }

  @Test
  void customersAreListedByCodeAndTheirOpenItemsInThatOrder() {
    ReceivablesLedger l = empty();
    List<String> codes = List.of("K-7", "B-2", "Z-1", "A-9", "M-5", "C-3", "X-4", "D-8");
    for (String code : codes) {
      l = l.post(invoice("INV-" + code, CustomerId.of(code), "1.00").build()).ledger();
    }
    assertThat(l.customers())
        .extracting(CustomerId::code)
        .containsExactly("A-9", "B-2", "C-3", "D-8", "K-7", "M-5", "X-4", "Z-1");
    assertThat(l.openItems())
        .extracting(Receivable::document)
        .containsExactly(
            "INV-A-9", "INV-B-2", "INV-C-3", "INV-D-8", "INV-K-7", "INV-M-5", "INV-X-4", "INV-Z-1");
  }

  @Test
  void aCollectionNamingAnInvoicePaysItsEarliestDueInstalmentFirstAndNeverOnePaidAlready() {
    // Half at delivery (2026-04-01), half on the invoice date (2026-03-01): 56.50 each of 113.00;
    // the second instalment falls due first.
    ReceivablesLedger l =
        empty()
            .post(
                invoice("INV-1", C1, "113.00")
                    .terms(
                        PaymentTerms.milestones(
                            TermLine.share(Percent.of(50), Milestone.DELIVERY, 0),
                            TermLine.share(Percent.of(50), Milestone.INVOICE, 0)))
                    .putMilestoneDate(Milestone.DELIVERY, LocalDate.of(2026, 4, 1))
                    .build())
            .ledger();
    // 60.00 naming INV-1: 56.50 pays #2 (due first), 3.50 goes to #1, leaving 53.00.
    ReceivablesPosting first =
        l.post(collection("COL-1", C1, "60.00").addAppliesTo(InstalmentRef.of("INV-1")).build());
    assertThat(texts(first))
        .contains(
            "collection COL-1 from C-001 by TRANSFER: CNY 60.00 pays"
                + " INV-1#2 CNY 56.50, INV-1#1 CNY 3.50");
    assertThat(first.ledger().openItems(C1))
        .extracting(Receivable::document, Receivable::openAmount)
        .containsExactly(tuple("INV-1#1", cny("53.00")));
    // #2 is paid: naming it again is refused; naming the invoice pays what is left, on #1.
    assertThatThrownBy(
            () ->
                first
                    .ledger()
                    .post(
                        collection("COL-2", C1, "1.00")
                            .addAppliesTo(InstalmentRef.of("INV-1", 2))
                            .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("collection COL-2 pays INV-1#2, which is already paid");
    ReceivablesPosting second =
        first
            .ledger()
            .post(collection("COL-2", C1, "10.00").addAppliesTo(InstalmentRef.of("INV-1")).build());
    assertThat(texts(second))
        .containsExactly(
            "collection COL-2 from C-001 by TRANSFER: CNY 10.00 pays INV-1#1 CNY 10.00");
    assertThat(second.ledger().open("INV-1")).isEqualTo(cny("43.00"));
    // The first instalment may be named by its number.
    ReceivablesPosting third =
        second
            .ledger()
            .post(
                collection("COL-3", C1, "43.00")
                    .addAppliesTo(InstalmentRef.of("INV-1", 1))
                    .build());
    assertThat(third.ledger().open("INV-1")).isEqualTo(cny("0.00"));
  }

  @Test
  void aCollectionIsExplainedAndBookedWithWhatItPaysAndWhatItKeepsForTheContract() {
    ReceivablesLedger l =
        empty()
            .withContract("K-1", C1, cny("1000.00"))
            .post(invoice("INV-1", C1, "113.00").build())
            .ledger();
    // 123.00 for contract K-1: 113.00 pays INV-1, 10.00 is kept as an advance for the contract.
    ReceivablesPosting p = l.post(collection("COL-1", C1, "123.00").contract("K-1").build());
    assertThat(texts(p))
        .containsExactly(
            "collection COL-1 from C-001 by TRANSFER: CNY 123.00 pays INV-1 CNY 113.00",
            "CNY 10.00 kept as an advance for C-001 (contract K-1)");
    assertThat(p.explanation().rules())
        .containsExactly(ReceivablesRule.COLLECTED.id(), ReceivablesRule.ADVANCE_KEPT.id());
    JournalEntry e = p.entries().get(0);
    assertThat(e.dimension(Dimensions.CUSTOMER)).contains("C-001");
    assertThat(e.dimension(Dimensions.CONTRACT)).contains("K-1");
    assertThat(e.lines())
        .extracting(x -> x.side(), x -> x.account(), x -> x.amount())
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.BANK, cny("123.00")),
            tuple(Side.CREDIT, LedgerAccount.ACCOUNTS_RECEIVABLE, cny("113.00")),
            tuple(Side.CREDIT, LedgerAccount.ADVANCES_FROM_CUSTOMERS, cny("10.00")));
    assertThat(p.ledger().collected("K-1")).isEqualTo(cny("10.00"));
    // A collection that pays exactly what is open keeps no advance and says nothing of one.
    ReceivablesPosting exact =
        p.ledger()
            .post(invoice("INV-2", C1, "50.00").build())
            .ledger()
            .post(collection("COL-2", C1, "50.00").build());
    assertThat(exact.explanation().rules()).containsExactly(ReceivablesRule.COLLECTED.id());
    // Taken as an advance, a collection pays nothing; by bill, its entry names the bill.
    ReceivablesPosting advance =
        exact
            .ledger()
            .post(
                collection("COL-3", C1, "5.00")
                    .asAdvance(true)
                    .method(PaymentMethod.BILL)
                    .bill("B-7")
                    .build());
    assertThat(texts(advance))
        .containsExactly(
            "collection COL-3 from C-001 by BILL: CNY 5.00 pays no instalment",
            "CNY 5.00 kept as an advance for C-001");
    assertThat(advance.entries().get(0).description())
        .isEqualTo("Collection COL-3 from C-001 by bill B-7");
  }

  @Test
  void anAdvanceApplicationSaysWhatAdvanceIsLeftAndMayTakeAllOfIt() {
    // 10.00 held; 4.00 applied to INV-1 leaves 6.00, which may then be applied in full.
    ReceivablesLedger l =
        empty()
            .post(collection("COL-1", C1, "10.00").asAdvance(true).build())
            .ledger()
            .post(invoice("INV-1", C1, "113.00").build())
            .ledger();
    ReceivablesPosting p = l.post(application("ADV-1", "4.00"));
    assertThat(texts(p))
        .containsExactly(
            "advance application ADV-1 for C-001: CNY 4.00 pays INV-1 CNY 4.00; advance left"
                + " CNY 6.00");
    ReceivablesPosting all = p.ledger().post(application("ADV-2", "6.00"));
    assertThat(all.ledger().advance(C1)).isEqualTo(cny("0.00"));
    // 113.00 - 4.00 - 6.00 = 103.00.
    assertThat(all.ledger().open("INV-1")).isEqualTo(cny("103.00"));
    assertThatThrownBy(() -> all.ledger().post(application("ADV-2", "1.00")))
        .hasMessageContaining("advance application number ADV-2 is already posted");
  }

  @Test
  void aBounceReopensTheNewestAdvanceApplicationsFirstAndALaterBounceTheOlderOnes() {
    // Advances of 40.00, 50.00 and 50.00 (140.00) pay, one application each and in this order,
    // INV-0 20.00, INV-1 40.00, INV-2 40.00 and INV-3 40.00: nothing is left of the advance.
    ReceivablesLedger l =
        empty()
            .post(collection("COL-A", C1, "40.00").asAdvance(true).build())
            .ledger()
            .post(collection("COL-B", C1, "50.00").asAdvance(true).build())
            .ledger()
            .post(collection("COL-C", C1, "50.00").asAdvance(true).build())
            .ledger();
    for (String[] inv : new String[][] {{"0", "20.00"}, {"1", "40.00"}, {"2", "40.00"}}) {
      l = l.post(invoice("INV-" + inv[0], C1, inv[1]).build()).ledger();
      l = l.post(application("ADV-" + inv[0], inv[1], "INV-" + inv[0])).ledger();
    }
    l = l.post(invoice("INV-3", C1, "40.00").build()).ledger();
    l = l.post(application("ADV-3", "40.00", "INV-3")).ledger();
    assertThat(l.advance(C1)).isEqualTo(cny("0.00"));
    // COL-A bounces: its 40.00 was applied since; the newest application (INV-3's) reopens.
    ReceivablesPosting a = l.post(reversal("REV-A", "COL-A"));
    assertThat(texts(a))
        .containsExactly(
            "reversal REV-A of collection COL-A (bounced): CNY 0.00 reopened, advance CNY 40.00"
                + " taken back; CNY 40.00 of it was applied since, reopened");
    assertThat(a.ledger().open("INV-3")).isEqualTo(cny("40.00"));
    assertThat(a.ledger().open("INV-2")).isEqualTo(cny("0.00"));
    // COL-B bounces: 50.00 reopens INV-2 (40.00), then 10.00 of INV-1.
    ReceivablesLedger b = a.ledger().post(reversal("REV-B", "COL-B")).ledger();
    assertThat(b.open("INV-2")).isEqualTo(cny("40.00"));
    assertThat(b.open("INV-1")).isEqualTo(cny("10.00"));
    // COL-C bounces: 50.00 reopens the 30.00 left of INV-1's application, then INV-0's 20.00.
    ReceivablesLedger c = b.post(reversal("REV-C", "COL-C")).ledger();
    assertThat(c.open("INV-1")).isEqualTo(cny("40.00"));
    assertThat(c.open("INV-0")).isEqualTo(cny("20.00"));
    assertThat(c.advance(C1)).isEqualTo(cny("0.00"));
    // 20.00 + 3 x 40.00 = 140.00 open again, nothing prepaid.
    assertThat(c.openBalance(C1)).isEqualTo(cny("140.00"));
    assertThat(c.exposure(C1).prepayments()).isEqualTo(cny("0.00"));
    // A reversed collection keeps its number.
    assertThatThrownBy(() -> c.post(collection("COL-A", C1, "1.00").build()))
        .hasMessageContaining("collection number COL-A is already posted");
  }

  @Test
  void aBounceOfACollectionThatPaidSaysWhatItReopens() {
    // 113.00 open; 120.00 pays it and keeps 7.00; the bounce reopens 113.00 and takes back 7.00.
    ReceivablesLedger l =
        empty()
            .post(invoice("INV-1", C1, "113.00").build())
            .ledger()
            .post(collection("COL-1", C1, "120.00").build())
            .ledger();
    ReceivablesPosting p = l.post(reversal("REV-1", "COL-1"));
    assertThat(texts(p))
        .containsExactly(
            "reversal REV-1 of collection COL-1 (bounced): CNY 113.00 reopened, advance CNY 7.00"
                + " taken back");
    assertThat(p.ledger().open("INV-1")).isEqualTo(cny("113.00"));
  }

  @Test
  void aBounceTakesBackWhatTheCollectionCountedForItsContract() {
    // Contract K-1 of 100.00: 80.00 received for it is kept as an advance (collected 80.00, 80%,
    // above the 60% gate), so INV-K of 50.00 may be invoiced; the advance pays it (paid 50.00,
    // advance 30.00 left: still 80.00 collected).
    ReceivablesLedger l =
        empty()
            .withContract("K-1", C1, cny("100.00"))
            .post(collection("COL-K", C1, "80.00").contract("K-1").build())
            .ledger();
    assertThat(l.collected("K-1")).isEqualTo(cny("80.00"));
    l = l.post(invoice("INV-K", C1, "50.00").contract("K-1").build()).ledger();
    l = l.post(application("ADV-K", "50.00", "INV-K")).ledger();
    assertThat(l.collected("K-1")).isEqualTo(cny("80.00"));
    // COL-K bounces: nothing was collected for K-1 after all, and INV-K is open again.
    ReceivablesLedger after = l.post(reversal("REV-K", "COL-K")).ledger();
    assertThat(after.collected("K-1")).isEqualTo(cny("0.00"));
    assertThat(after.open("INV-K")).isEqualTo(cny("50.00"));
    assertThat(after.advance(C1)).isEqualTo(cny("0.00"));
    assertThat(after.statement("K-1").open()).isEqualTo(cny("50.00"));
  }

  @Test
  void aWriteOffIsExplainedAndNamesAnInstalmentTheLedgerHas() {
    // INV-1 of 113.00 in one instalment, INV-2 of 113.00 at 30% / 70%: 33.90 and 79.10.
    ReceivablesLedger l =
        empty()
            .post(invoice("INV-1", C1, "113.00").build())
            .ledger()
            .post(
                invoice("INV-2", C1, "113.00")
                    .terms(
                        PaymentTerms.milestones(
                            TermLine.share(Percent.of(30), Milestone.INVOICE, 0),
                            TermLine.share(Percent.of(70), Milestone.INVOICE, 30)))
                    .build())
            .ledger();
    // Oldest due first: INV-2#1 (due on the invoice date), then INV-1 and INV-2#2 (30 days on).
    assertThat(l.openItems(C1))
        .extracting(Receivable::document)
        .containsExactly("INV-2#1", "INV-1", "INV-2#2");
    ReceivablesPosting p = l.post(writeOff(l.openItems(C1).get(1)));
    assertThat(p.ledger().open("INV-1")).isEqualTo(cny("0.00"));
    assertThat(texts(p))
        .containsExactly(
            "CNY 113.00 written off for INV-1 on 2027-03-31 (customer liquidated); CNY 0.00 left"
                + " open on it, kept on the memo register");
    LocalDate due = LocalDate.of(2026, 3, 1);
    // Names the ledger does not have: no such document, a third instalment of a two-instalment
    // invoice, a numbered instalment of a one-instalment invoice.
    for (String name : List.of("INV-9", "INV-2#3", "INV-2#0", "INV-2#x", "INV-1#1", "#1")) {
      WriteOffDecision w = writeOff(Receivable.of(name, C1, DAY, due, cny("1.00")));
      assertThatThrownBy(() -> l.post(w))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name + " is not an open item of the ledger");
    }
  }

  @Test
  void aDeclinedWriteOffPostsNothing() {
    ReceivablesLedger l = empty().post(invoice("INV-1", C1, "113.00").build()).ledger();
    // Approved by no one with the authority: a credit officer.
    WriteOffDecision w =
        BadDebtWriteOff.of(DistributorCreditTerms.policy())
            .writeOff(
                WriteOffRequest.builder()
                    .receivable(l.openItems(C1).get(0))
                    .on(LocalDate.of(2027, 3, 31))
                    .cause("customer liquidated")
                    .approvedBy(PersonId.of("credit-li"))
                    .approverRole(CompanyRoles.CREDIT_OFFICER)
                    .build());
    assertThat(w.isAllowed()).isFalse();
    assertThatThrownBy(() -> l.post(w))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not allowed: nothing to post");
  }

  @Test
  void eachNumberSeriesAndContractIsCheckedForEveryKindOfDocument() {
    ReceivablesLedger l =
        empty()
            .withContract("K-1", C1, cny("100.00"))
            .post(debitNote("DN-1", DAY, "5.00").build())
            .ledger()
            .post(collection("COL-1", C1, "1.00").build())
            .ledger();
    assertThatThrownBy(() -> l.post(debitNote("DN-1", DAY, "5.00").build()))
        .hasMessageContaining("debit note number DN-1 is already posted");
    assertThatThrownBy(() -> l.post(debitNote("DN-2", DAY, "5.00").contract("K-9").build()))
        .hasMessageContaining("debit note DN-2 names contract K-9, which is not registered");
    assertThatThrownBy(() -> l.post(collection("COL-1", C1, "1.00").build()))
        .hasMessageContaining("collection number COL-1 is already posted");
    assertThatThrownBy(() -> l.post(collection("COL-2", C2, "1.00").contract("K-1").build()))
        .hasMessageContaining("collection COL-2 is for C-002, but contract K-1 is C-001's");
    assertThatThrownBy(() -> l.post((CreditNote) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("note must not be null");
  }

  @Test
  void aContractStatementListsItsDocumentsByDateThenNumber() {
    ReceivablesLedger l = empty().withContract("K-1", C1, cny("100.00"));
    // Posted out of order: X (day 10), Q, A, M (day 5), B (day 1), and Z for no contract.
    String[][] notes = {{"X", "9"}, {"Q", "4"}, {"A", "4"}, {"M", "4"}, {"B", "0"}};
    for (String[] n : notes) {
      l =
          l.post(
                  debitNote("DN-" + n[0], DAY.plusDays(Integer.parseInt(n[1])), "1.00")
                      .contract("K-1")
                      .build())
              .ledger();
    }
    l = l.post(debitNote("DN-Z", DAY, "9.00").build()).ledger();
    ContractStatement s = l.statement("K-1");
    assertThat(s.lines())
        .extracting(StatementLine::document)
        .containsExactly("DN-B", "DN-A", "DN-M", "DN-Q", "DN-X");
    // Five notes of 1.00, all open; DN-Z is for no contract.
    assertThat(s.billed()).isEqualTo(cny("5.00"));
    assertThat(s.open()).isEqualTo(cny("5.00"));
  }

  @Test
  void linesWithDimensionsAreBookedOneEntryEachAndALineOfNothingNone() {
    // steel 113.00 -> net 100.00 + VAT 13.00; freight 11.30 -> net 10.00 + VAT 1.30; a free line.
    SalesInvoice inv =
        SalesInvoice.builder()
            .from(invoice("INV-1", C1, "1.00").build())
            .lines(
                List.of(
                    InvoiceLine.inclusive("steel", cny("113.00"), VatRate.STANDARD_13)
                        .withDimensions(Map.of(Dimensions.ITEM, "ST-1")),
                    InvoiceLine.inclusive("sample", cny("0.00"), VatRate.STANDARD_13),
                    InvoiceLine.inclusive("freight", cny("11.30"), VatRate.STANDARD_13)))
            .build();
    List<JournalEntry> entries = empty().post(inv).entries();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).description()).endsWith(": steel");
    assertThat(entries.get(0).dimension(Dimensions.ITEM)).contains("ST-1");
    assertThat(entries.get(0).dimension(Dimensions.CUSTOMER)).contains("C-001");
    assertThat(entries.get(0).lines())
        .extracting(x -> x.side(), x -> x.account(), x -> x.amount())
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.ACCOUNTS_RECEIVABLE, cny("113.00")),
            tuple(Side.CREDIT, LedgerAccount.REVENUE, cny("100.00")),
            tuple(Side.CREDIT, LedgerAccount.OUTPUT_VAT, cny("13.00")));
    assertThat(entries.get(1).description()).endsWith(": freight");
    assertThat(entries.get(1).dimension(Dimensions.ITEM)).isEmpty();
    assertThat(entries.get(1).debits()).isEqualTo(cny("11.30"));
    // Only the second line carrying dimensions is enough for one entry per line.
    SalesInvoice second =
        SalesInvoice.builder()
            .from(inv)
            .lines(
                List.of(
                    InvoiceLine.inclusive("freight", cny("11.30"), VatRate.STANDARD_13),
                    InvoiceLine.inclusive("steel", cny("113.00"), VatRate.STANDARD_13)
                        .withDimensions(Map.of(Dimensions.ITEM, "ST-1"))))
            .build();
    assertThat(empty().post(second).entries()).hasSize(2);
    // Without dimensions on any line, one entry for the whole invoice.
    List<JournalEntry> one = empty().post(invoice("INV-1", C1, "113.00").build()).entries();
    assertThat(one)
        .extracting(JournalEntry::description)
        .containsExactly("Sales invoice INV-1 to C-001");
  }

  @Test
  void documentsRefuseBlankNamesAndNothingToPay() {
    assertThatThrownBy(() -> collection("COL-1", C1, "1.00").contract(" ").build())
        .hasMessageContaining("contract");
    assertThatThrownBy(
            () -> collection("COL-1", C1, "1.00").method(PaymentMethod.BILL).bill(" ").build())
        .hasMessageContaining("bill");
    assertThatThrownBy(() -> debitNote("DN-1", DAY, "1.00").contract(" ").build())
        .hasMessageContaining("contract");
    assertThatThrownBy(() -> invoice("INV-1", C1, "1.00").contract(" ").build())
        .hasMessageContaining("contract");
    assertThatThrownBy(
            () ->
                invoice("INV-1", C1, "1.00")
                    .lines(List.of(InvoiceLine.inclusive("free", cny("0.00"), VatRate.STANDARD_13)))
                    .build())
        .hasMessageContaining("invoice INV-1 must total more than zero, was CNY 0.00");
    assertThatThrownBy(
            () ->
                InvoiceLine.exclusive("steel", cny("1.00"), VatRate.STANDARD_13)
                    .withDimensions(Map.of(" ", "ST-1")))
        .hasMessageContaining("dimension name");
    assertThatThrownBy(
            () ->
                invoice("INV-1", C1, "1.00")
                    .terms(
                        PaymentTerms.milestones(
                            TermLine.share(Percent.of(50), Milestone.INVOICE, 0),
                            TermLine.share(Percent.of(50), Milestone.DELIVERY, 0)))
                    .build())
        .hasMessageContaining("terms line 2 falls due from DELIVERY, which has no date");
  }

  @Test
  void paymentTermsReadAsTheirSharesMilestonesAndDelays() {
    assertThat(PaymentTerms.net(30)).hasToString("PaymentTerms[100 at INVOICE + 30 days]");
    assertThat(
            TermLine.builder()
                .weight(BigDecimal.ONE)
                .milestone(Milestone.DELIVERY)
                .months(2)
                .days(10)
                .build())
        .hasToString("1 at DELIVERY + 2 months + 10 days");
    assertThat(TermLine.share(Percent.of(30), Milestone.SIGNING, 0)).hasToString("30 at SIGNING");
    // A milestone of the business's own: 100% ten days after acceptance on 2026-05-01.
    Milestone acceptance = Milestone.of("ACCEPTANCE");
    assertThat(
            PaymentTerms.milestones(TermLine.share(Percent.HUNDRED, acceptance, 10))
                .schedule(
                    cny("9.00"), Map.of(Milestone.of("ACCEPTANCE"), LocalDate.of(2026, 5, 1))))
        .containsExactly(new Instalment(1, LocalDate.of(2026, 5, 11), cny("9.00")));
  }

  @Test
  void ordersAndShipmentsCountInTheExposureUntilInvoiced() {
    // 1,000.00 approved; 400.00 shipped leaves 600.00 on order; the 600.00 rest is cancelled;
    // invoicing the shipped 400.00 moves it from shipped-not-invoiced to receivables.
    ReceivablesLedger l =
        empty()
            .withOrderApproved(C1, cny("1000.00"))
            .withShipment(C1, cny("400.00"))
            .withOrderCancelled(C1, cny("600.00"));
    assertThat(l.exposure(C1).openOrders()).isEqualTo(cny("0.00"));
    assertThat(l.exposure(C1).shippedNotInvoiced()).isEqualTo(cny("400.00"));
    ReceivablesLedger invoiced =
        l.post(invoice("INV-1", C1, "400.00").forShippedGoods(true).build()).ledger();
    assertThat(invoiced.exposure(C1).shippedNotInvoiced()).isEqualTo(cny("0.00"));
    assertThat(invoiced.exposure(C1).receivables()).isEqualTo(cny("400.00"));
    assertThat(empty().withOrderApproved(C1, cny("1000.00")).exposure(C1).openOrders())
        .isEqualTo(cny("1000.00"));
  }

  @Test
  void aBounceOfAnAdvanceStillHeldLeavesEarlierApplicationsForALaterBounce() {
    // COL-A 40.00 and COL-B 50.00 are kept as advances; 40.00 of them pays INV-1; 50.00 is left.
    ReceivablesLedger l =
        empty()
            .post(collection("COL-A", C1, "40.00").asAdvance(true).build())
            .ledger()
            .post(collection("COL-B", C1, "50.00").asAdvance(true).build())
            .ledger()
            .post(invoice("INV-1", C1, "40.00").build())
            .ledger();
    l = l.post(application("ADV-1", "40.00", "INV-1")).ledger();
    // COL-B bounces: its 50.00 is still held, so nothing applied is reopened.
    l = l.post(reversal("REV-B", "COL-B")).ledger();
    assertThat(l.open("INV-1")).isEqualTo(cny("0.00"));
    assertThat(l.advance(C1)).isEqualTo(cny("0.00"));
    // COL-A bounces: its 40.00 was applied to INV-1, which is open again.
    l = l.post(reversal("REV-A", "COL-A")).ledger();
    assertThat(l.open("INV-1")).isEqualTo(cny("40.00"));
    assertThat(l.advance(C1)).isEqualTo(cny("0.00"));
  }
}
