package dev.suanpan.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.money.tax.VatRate;
import java.time.LocalDate;
import java.time.YearMonth;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The contract performance list (003 (一) §1) by month, quarter and year, worked by hand.
 *
 * <p>K-1 (C-1, 100,000.00): a deposit of 60,000.00 on 10 Jan (collected +60,000.00 in January); the
 * invoice of 100,000.00 on 5 Feb (60% collected, the gate lets it through); the deposit applied to
 * it on 6 Feb (paid +60,000.00, advance -60,000.00: collected unchanged); 40,000.00 paid on 15 Apr.
 *
 * <p>K-2 (C-2, 50,000.00): a deposit of 30,000.00 on 1 Mar; the invoice of 50,000.00 on 2 Mar; an
 * allowance credit note of 5,000.00 on 20 Mar; 15,000.00 paid on 10 May; 10,000.00 paid on 1 Jun
 * and bounced on 3 Jul (collected -10,000.00 in July).
 */
class ContractPerformanceTest {
  static final CustomerId C1 = CustomerId.of("C-1");
  static final CustomerId C2 = CustomerId.of("C-2");

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  static SalesInvoice invoice(String number, CustomerId c, String contract, LocalDate d, String g) {
    return SalesInvoice.builder()
        .number(number)
        .customer(c)
        .date(d)
        .kind(InvoiceKind.VAT_SPECIAL)
        .contract(contract)
        .addLines(InvoiceLine.inclusive("trucks", cny(g), VatRate.STANDARD_13))
        .terms(PaymentTerms.net(30))
        .build();
  }

  static Collection.Builder collection(String number, CustomerId c, LocalDate d, String amount) {
    return Collection.builder()
        .number(number)
        .customer(c)
        .date(d)
        .amount(cny(amount))
        .method(PaymentMethod.TRANSFER);
  }

  static ReceivablesLedger year() {
    ReceivablesLedger l =
        ReceivablesLedger.of(DistributorCreditTerms.policy())
            .withContract("K-1", C1, cny("100000.00"))
            .withContract("K-2", C2, cny("50000.00"));
    l = post(l, collection("COL-1", C1, day(1, 10), "60000.00").contract("K-1").asAdvance(true));
    ReceivablesPosting inv1 = l.post(invoice("INV-1", C1, "K-1", day(2, 5), "100000.00"));
    assertThat(inv1.outcome()).isEqualTo(Outcome.ALLOWED);
    l = inv1.ledger();
    l =
        l.post(
                AdvanceApplication.builder()
                    .number("APP-1")
                    .customer(C1)
                    .date(day(2, 6))
                    .amount(cny("60000.00"))
                    .build())
            .ledger();
    l = post(l, collection("COL-2", C1, day(4, 15), "40000.00"));
    l = post(l, collection("COL-3", C2, day(3, 1), "30000.00").contract("K-2").asAdvance(true));
    l = l.post(invoice("INV-2", C2, "K-2", day(3, 2), "50000.00")).ledger();
    l =
        l.post(
                CreditNote.builder()
                    .number("CN-1")
                    .invoice("INV-2")
                    .date(day(3, 20))
                    .reason(CreditReason.ALLOWANCE)
                    .addLines(
                        InvoiceLine.inclusive("allowance", cny("5000.00"), VatRate.STANDARD_13))
                    .build())
            .ledger();
    l = post(l, collection("COL-4", C2, day(5, 10), "15000.00"));
    l = post(l, collection("COL-5", C2, day(6, 1), "10000.00"));
    return l.post(
            CollectionReversal.builder()
                .number("REV-5")
                .collection("COL-5")
                .date(day(7, 3))
                .reason("bounced")
                .build())
        .ledger();
  }

  static ReceivablesLedger post(ReceivablesLedger l, Collection.Builder c) {
    return l.post(c.build()).ledger();
  }

  @Test
  void theFirstQuarterShowsWhatEachContractBilledCreditedAndCollected() {
    ContractPerformanceReport q1 = year().performance(ReportPeriod.quarter(2026, 1));

    assertThat(q1.period()).hasToString("2026-Q1");
    assertThat(q1.lines()).extracting(ContractPerformance::contract).containsExactly("K-1", "K-2");
    ContractPerformance k1 = q1.line("K-1");
    assertThat(k1.billed()).isEqualTo(cny("100000.00"));
    assertThat(k1.collected()).isEqualTo(cny("60000.00"));
    assertThat(k1.uncollected()).isEqualTo(cny("40000.00"));
    ContractPerformance k2 = q1.line("K-2");
    assertThat(k2.billed()).isEqualTo(cny("50000.00"));
    assertThat(k2.credited()).isEqualTo(cny("5000.00"));
    assertThat(k2.collected()).isEqualTo(cny("30000.00"));
    assertThat(k2.unbilled()).isEqualTo(cny("0.00"));
    // 100,000 + 50,000; 60,000 + 30,000
    assertThat(q1.value()).isEqualTo(cny("150000.00"));
    assertThat(q1.billed()).isEqualTo(cny("150000.00"));
    assertThat(q1.collected()).isEqualTo(cny("90000.00"));
  }

  @Test
  void anAppliedDepositIsNotCollectedTwice() {
    // February: the invoice, and the deposit received in January applied to it.
    ContractPerformance feb =
        year().performance(ReportPeriod.month(YearMonth.of(2026, 2))).line("K-1");

    assertThat(feb.billed()).isEqualTo(cny("100000.00"));
    assertThat(feb.collected()).isEqualTo(cny("0.00"));
    assertThat(feb.collectedToDate()).isEqualTo(cny("60000.00"));
  }

  @Test
  void aBounceCountsAgainstTheQuarterOfItsReversal() {
    ReceivablesLedger l = year();
    // Q2: K-1 40,000 (15 Apr); K-2 15,000 (10 May) + 10,000 (1 Jun) = 25,000.
    ContractPerformanceReport q2 = l.performance(ReportPeriod.quarter(2026, 2));
    assertThat(q2.line("K-1").collected()).isEqualTo(cny("40000.00"));
    assertThat(q2.line("K-2").collected()).isEqualTo(cny("25000.00"));
    assertThat(q2.line("K-2").collectedToDate()).isEqualTo(cny("55000.00"));
    // Q3: the 10,000 paid on 1 Jun bounced on 3 Jul.
    ContractPerformanceReport q3 = l.performance(ReportPeriod.quarter(2026, 3));
    assertThat(q3.line("K-2").collected()).isEqualTo(cny("-10000.00"));
    assertThat(q3.collectedToDate()).isEqualTo(cny("145000.00"));
  }

  @Test
  void theYearIsTheSumOfItsQuartersAndAgreesWithTheLedger() {
    ReceivablesLedger l = year();
    ContractPerformanceReport y = l.performance(ReportPeriod.year(2026));

    // 90,000 (Q1) + 65,000 (Q2) - 10,000 (Q3) + 0 (Q4)
    assertThat(y.collected()).isEqualTo(cny("145000.00"));
    assertThat(y.line("K-2").collected()).isEqualTo(l.collected("K-2")).isEqualTo(cny("45000.00"));
    assertThat(y.line("K-1").billedToDate()).isEqualTo(l.statement("K-1").billed());
    assertThat(y.credited()).isEqualTo(cny("5000.00"));
    assertThat(y.line("K-2").uncollected()).isEqualTo(cny("5000.00"));
  }

  @Test
  void periodsStartWhereTheyShouldAndSplitIntoTheirParts() {
    assertThat(ReportPeriod.year(2026).quarters())
        .extracting(ReportPeriod::toString)
        .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    assertThat(ReportPeriod.quarter(2026, 2).months())
        .extracting(ReportPeriod::toString)
        .containsExactly("2026-04", "2026-05", "2026-06");
    assertThat(ReportPeriod.quarter(2026, 4).end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThatThrownBy(() -> ReportPeriod.quarter(2026, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter must be 1 to 4, was 5");
    assertThatThrownBy(() -> new ReportPeriod(ReportPeriod.Length.MONTH, day(3, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a MONTH period cannot start on 2026-03-02");
    assertThatThrownBy(() -> ReportPeriod.day(day(3, 2)).months())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a DAY period has no MONTH parts");
    assertThatThrownBy(() -> year().performance(ReportPeriod.year(2026)).line("K-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contract K-9 is not in the report");
  }

  @Test
  void theReportsRefuseBadArgumentsByName() {
    ReceivablesLedger l = year();
    assertThatThrownBy(() -> l.performance(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("period");
    assertThatThrownBy(() -> l.sales(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("period");
    assertThatThrownBy(() -> l.monthEnd(null, java.util.Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("month");
    assertThatThrownBy(() -> l.monthEnd(YearMonth.of(2026, 3), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("secondaryOutlets");
    assertThatThrownBy(() -> l.regionalCollections(2026, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("regions");
    RegionalCollectionsReport r =
        l.regionalCollections(2026, java.util.Map.of(C1, "North", C2, "South"));
    // North: 60,000.00 in January, 40,000.00 in April; South: 30,000 + 15,000 + 10,000 - 10,000.
    assertThat(r.region("North").total()).isEqualTo(cny("100000.00"));
    assertThat(r.region("South").total()).isEqualTo(cny("45000.00"));
    assertThatThrownBy(() -> r.month(13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("month must be 1 to 12, was 13");
    assertThatThrownBy(() -> r.region("North").month(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("month must be 1 to 12, was 0");
  }
}
