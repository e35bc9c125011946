package dev.suanpan.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The receivables documents' and ledger's rules on what they accept, each stated once. */
class ReceivablesRulesTest {
  static final CustomerId C1 = CustomerId.of("C-001");
  static final CustomerId C2 = CustomerId.of("C-002");
  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  static Money cny(String a) {
    return Money.parse("CNY " + a);
  }

  static ReceivablesLedger empty() {
    return ReceivablesLedger.of(DistributorCreditTerms.policy());
  }

  static SalesInvoice invoice(String number, CustomerId c, String gross) {
    return SalesInvoice.builder()
        .number(number)
        .customer(c)
        .date(DAY)
        .kind(InvoiceKind.VAT_ORDINARY)
        .addLines(InvoiceLine.inclusive("goods", cny(gross), VatRate.STANDARD_13))
        .terms(PaymentTerms.net(30))
        .build();
  }

  static Collection.Builder collection(String number, CustomerId c, String amount) {
    return Collection.builder()
        .number(number)
        .customer(c)
        .date(DAY.plusDays(5))
        .amount(cny(amount))
        .method(PaymentMethod.TRANSFER);
  }

  @Test
  void paymentTermsSplitExactlyAndNameWhatIsMissing() {
    // Three equal monthly instalments of 100.00: 33.34, 33.33, 33.33 (largest remainder first).
    assertThat(
            PaymentTerms.equalMonthly(3, Milestone.INVOICE, 1)
                .schedule(cny("100.00"), Map.of(Milestone.INVOICE, DAY)))
        .extracting(Instalment::amount, Instalment::dueDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(cny("33.34"), LocalDate.of(2026, 4, 1)),
            org.assertj.core.groups.Tuple.tuple(cny("33.33"), LocalDate.of(2026, 5, 1)),
            org.assertj.core.groups.Tuple.tuple(cny("33.33"), LocalDate.of(2026, 6, 1)));
    assertThatThrownBy(() -> PaymentTerms.equalMonthly(0, Milestone.INVOICE, 1))
        .hasMessageContaining("count must be at least 1, was 0");
    assertThatThrownBy(
            () ->
                PaymentTerms.milestones(
                    TermLine.share(Percent.of(30), Milestone.SIGNING, 0),
                    TermLine.share(Percent.of(60), Milestone.DELIVERY, 0)))
        .hasMessageContaining("must add up to 100%, were 90%");
    assertThatThrownBy(
            () -> PaymentTerms.net(30).schedule(cny("1.00"), Map.of(Milestone.SIGNING, DAY)))
        .hasMessageContaining("falls due from INVOICE, which has no date");
    assertThatThrownBy(() -> PaymentTerms.net(30).schedule(cny("-1.00"), Map.of()))
        .hasMessageContaining("total must not be negative");
    assertThatThrownBy(
            () -> TermLine.builder().weight(BigDecimal.ZERO).milestone(Milestone.INVOICE).build())
        .hasMessageContaining("weight must be positive");
    assertThatThrownBy(
            () ->
                TermLine.builder()
                    .weight(BigDecimal.ONE)
                    .milestone(Milestone.INVOICE)
                    .days(-1)
                    .build())
        .hasMessageContaining("days");
    assertThatThrownBy(() -> new Instalment(0, DAY, cny("1.00")))
        .hasMessageContaining("instalment number must be at least 1, was 0");
    assertThatThrownBy(() -> Milestone.of(" ")).hasMessageContaining("code");
  }

  @Test
  void aCollectionNamesItsBillExactlyWhenPaidByBillAndAnAdvanceNamesNoInstalments() {
    assertThatThrownBy(() -> collection("COL-1", C1, "1.00").method(PaymentMethod.BILL).build())
        .hasMessageContaining("must name a bill exactly when paid by bill");
    assertThatThrownBy(() -> collection("COL-1", C1, "1.00").bill("B-1").build())
        .hasMessageContaining("must name a bill exactly when paid by bill");
    assertThat(
            collection("COL-1", C1, "1.00")
                .method(PaymentMethod.BILL)
                .bill("B-1")
                .build()
                .method()
                .account())
        .isEqualTo(LedgerAccount.NOTES_RECEIVABLE);
    assertThatThrownBy(
            () ->
                collection("COL-1", C1, "1.00")
                    .asAdvance(true)
                    .addAppliesTo(InstalmentRef.of("INV-1"))
                    .build())
        .hasMessageContaining("may name no instalments");
    assertThatThrownBy(() -> collection("COL-1", C1, "0.00").build())
        .hasMessageContaining("collection COL-1 amount must be positive");
    assertThatThrownBy(() -> InstalmentRef.of("INV-1", 0))
        .hasMessageContaining("at least 1, was 0");
    assertThat(InstalmentRef.of("INV-1", 2)).hasToString("INV-1#2");
    assertThat(InstalmentRef.of("INV-1")).hasToString("INV-1");
  }

  @Test
  void aDebitNoteFallsDueOnOrAfterItsDate() {
    assertThatThrownBy(
            () ->
                DebitNote.builder()
                    .number("DN-1")
                    .customer(C1)
                    .date(DAY)
                    .dueDate(DAY.minusDays(1))
                    .description("fee")
                    .amount(cny("1.00"))
                    .account(LedgerAccount.NON_OPERATING_INCOME)
                    .build())
        .hasMessageContaining("debit note DN-1 is due 2026-02-28, before its date 2026-03-01");
  }

  @Test
  void documentsMustBeTheCustomersAndWithinWhatIsOpen() {
    ReceivablesLedger l = empty().post(invoice("INV-1", C1, "113.00")).ledger();
    // Another customer cannot pay C-001's invoice by naming it.
    assertThatThrownBy(
            () ->
                l.post(
                    collection("COL-1", C2, "1.00")
                        .addAppliesTo(InstalmentRef.of("INV-1"))
                        .build()))
        .hasMessageContaining("which is not a posted invoice or debit note of C-002");
    assertThatThrownBy(
            () ->
                l.post(
                    collection("COL-1", C1, "1.00")
                        .addAppliesTo(InstalmentRef.of("INV-1", 2))
                        .build()))
        .hasMessageContaining("but INV-1 has 1 instalments");
    // A credit note of more than is open, or against no posted invoice.
    assertThatThrownBy(
            () ->
                l.post(
                    CreditNote.builder()
                        .number("RED-1")
                        .invoice("INV-1")
                        .date(DAY)
                        .reason(CreditReason.RETURN)
                        .addLines(InvoiceLine.inclusive("all", cny("113.01"), VatRate.STANDARD_13))
                        .build()))
        .hasMessageContaining("more than invoice INV-1 has open (CNY 113.00)");
    assertThatThrownBy(
            () ->
                l.post(
                    CreditNote.builder()
                        .number("RED-1")
                        .invoice("INV-9")
                        .date(DAY)
                        .reason(CreditReason.RETURN)
                        .addLines(InvoiceLine.inclusive("all", cny("1.00"), VatRate.STANDARD_13))
                        .build()))
        .hasMessageContaining("which is not a posted invoice");
    // An advance application beyond the advance held.
    assertThatThrownBy(
            () ->
                l.post(
                    AdvanceApplication.builder()
                        .number("ADV-1")
                        .customer(C1)
                        .date(DAY)
                        .amount(cny("0.01"))
                        .build()))
        .hasMessageContaining("more than the advance of CNY 0.00 held for C-001");
    // A reversal of no posted collection.
    assertThatThrownBy(
            () ->
                l.post(
                    CollectionReversal.builder()
                        .number("REV-1")
                        .collection("COL-9")
                        .date(DAY)
                        .reason("x")
                        .build()))
        .hasMessageContaining("COL-9, which is not a posted collection");
  }

  @Test
  void anAdvanceAppliesOnlyWhatItCanPay() {
    // 200.00 kept as an advance; 113.00 open: applying 150.00 is more than may be paid.
    ReceivablesLedger l =
        empty()
            .post(collection("COL-1", C1, "200.00").asAdvance(true).build())
            .ledger()
            .post(invoice("INV-1", C1, "113.00"))
            .ledger();
    assertThatThrownBy(
            () ->
                l.post(
                    AdvanceApplication.builder()
                        .number("ADV-1")
                        .customer(C1)
                        .date(DAY)
                        .amount(cny("150.00"))
                        .build()))
        .hasMessageContaining("have only CNY 113.00 open");
    assertThat(l.advance(C1)).isEqualTo(cny("200.00"));
  }

  @Test
  void contractsAreRegisteredOnceAndInvoicedOnlyForTheirCustomer() {
    ReceivablesLedger l = empty().withContract("K-1", C1, cny("1000.00"));
    assertThatThrownBy(() -> l.withContract("K-1", C2, cny("1.00")))
        .hasMessageContaining("contract K-1 is already registered, for C-001");
    assertThatThrownBy(
            () ->
                l.post(
                    SalesInvoice.builder()
                        .from(invoice("INV-1", C2, "1.00"))
                        .contract("K-1")
                        .build()))
        .hasMessageContaining("invoice INV-1 is for C-002, but contract K-1 is C-001's");
    assertThatThrownBy(
            () ->
                l.post(
                    SalesInvoice.builder()
                        .from(invoice("INV-1", C1, "1.00"))
                        .contract("K-2")
                        .build()))
        .hasMessageContaining("names contract K-2, which is not registered");
    assertThatThrownBy(() -> l.withContract("K-2", C1, cny("0.00")))
        .hasMessageContaining("contract K-2 value must be positive");
    assertThat(l.contractValue("K-1")).isEqualTo(cny("1000.00"));
    assertThat(l.collected("K-1")).isEqualTo(cny("0.00"));
  }

  @Test
  void collectionsAndReversalsShareOneNumberSeries() {
    ReceivablesLedger l = empty().post(collection("COL-1", C1, "1.00").build()).ledger();
    assertThatThrownBy(
            () ->
                l.post(
                    CollectionReversal.builder()
                        .number("COL-1")
                        .collection("COL-1")
                        .date(DAY)
                        .reason("x")
                        .build()))
        .hasMessageContaining("reversal number COL-1 is already posted");
    assertThat(l.customers()).containsExactly(C1);
    assertThat(l.documentCount()).isZero();
  }
}
