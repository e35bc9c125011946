package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.BadDebtTest.BOOK;
import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.credit.provision.BadDebtProvision;
import dev.suanpan.core.credit.provision.ProvisionDecision;
import dev.suanpan.core.credit.provision.ProvisionLine;
import dev.suanpan.money.Percent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ageing by days past the due date, with the receivables still within term on their own line. */
class DueDateAgeingTest {
  static final CreditPolicy BY_DUE_DATE =
      CreditPolicy.builder().from(POLICY).ageingBasis(AgeingBasis.DUE_DATE).build();

  @Test
  void theInvoiceDateIsTheDefaultBasisAndHasNoNotDueLine() {
    assertThat(POLICY.ageingBasis()).isEqualTo(AgeingBasis.INVOICE_DATE);
    AgeingReport r = Ageing.of(POLICY).age(BOOK, TODAY);
    assertThat(r.basis()).isEqualTo(AgeingBasis.INVOICE_DATE);
    assertThat(r.lines()).noneMatch(l -> l.bucket().notYetDue());
  }

  @Test
  void byDueDateReceivablesWithinTermGoToTheNotDueLineAndTheRestByDaysPastDue() {
    // The book's invoices are on 30-day terms: 10 and 30 days old are not yet due (the second
    // falls due today); 45, 75, 120, 200 and 400 days old are 15, 45, 90, 170 and 370 days past
    // due.
    AgeingReport r = Ageing.of(BY_DUE_DATE).age(BOOK, TODAY);
    assertThat(r.basis()).isEqualTo(AgeingBasis.DUE_DATE);
    assertThat(r.lines())
        .extracting(l -> l.bucket().label())
        .containsExactly("not due", "0-30", "31-60", "61-90", "91-180", "181-365", ">365");
    assertThat(r.line("not due").amount()).isEqualTo(cny("15000.00"));
    assertThat(r.line("not due").items()).isEqualTo(2);
    assertThat(r.line("0-30").amount()).isEqualTo(cny("8000.00"));
    assertThat(r.line("31-60").amount()).isEqualTo(cny("6000.00"));
    assertThat(r.line("61-90").amount()).isEqualTo(cny("4000.00"));
    assertThat(r.line("91-180").amount()).isEqualTo(cny("3000.00"));
    assertThat(r.line("181-365").amount()).isEqualTo(cny("0.00"));
    assertThat(r.line("181-365").items()).isZero();
    assertThat(r.line(">365").amount()).isEqualTo(cny("2000.00"));
    assertThat(r.total()).isEqualTo(cny("38000.00"));
    assertThat(r.toString()).startsWith("Ageing as of 2026-03-31 by days past due, total CNY");
  }

  @Test
  void aReceivableIsPastDueFromTheDayAfterItsDueDate() {
    Receivable dueToday =
        Receivable.of("INV-A", CUSTOMER, TODAY.minusDays(30), TODAY, cny("100.00"));
    Receivable dueYesterday =
        Receivable.of("INV-B", CUSTOMER, TODAY.minusDays(31), TODAY.minusDays(1), cny("200.00"));
    CreditPolicy fromDayOne =
        CreditPolicy.builder()
            .from(BY_DUE_DATE)
            .buckets(
                List.of(
                    AgeingBucket.between(1, 30, Percent.of(2)),
                    AgeingBucket.between(31, 90, Percent.of(10)),
                    AgeingBucket.over(90, Percent.of(40))))
            .notDueProvisionRate(Percent.of(1))
            .build();
    AgeingReport r = Ageing.of(fromDayOne).age(List.of(dueToday, dueYesterday), TODAY);
    assertThat(r.lines())
        .extracting(l -> l.bucket().label())
        .containsExactly("not due", "1-30", "31-90", ">90");
    assertThat(r.line("not due").amount()).isEqualTo(cny("100.00"));
    assertThat(r.line("1-30").amount()).isEqualTo(cny("200.00"));
  }

  @Test
  void theProvisionByDaysPastDueUsesTheNotDueRateForReceivablesWithinTerm() {
    // not due 15000 × 1% + 8000 × 1% + 6000 × 3% + 4000 × 5% + 3000 × 10% + 0 × 30% + 2000 × 50%
    // = 150 + 80 + 180 + 200 + 300 + 0 + 1000 = 1910.00; last period 2000.00 → release 90.00.
    CreditPolicy policy =
        CreditPolicy.builder().from(BY_DUE_DATE).notDueProvisionRate(Percent.of(1)).build();
    ProvisionDecision p =
        BadDebtProvision.of(policy).provide(Ageing.of(policy).age(BOOK, TODAY), cny("2000.00"));
    assertThat(p.lines())
        .extracting(ProvisionLine::provision)
        .containsExactly(
            cny("150.00"),
            cny("80.00"),
            cny("180.00"),
            cny("200.00"),
            cny("300.00"),
            cny("0.00"),
            cny("1000.00"));
    assertThat(p.required()).isEqualTo(cny("1910.00"));
    assertThat(p.adjustment()).isEqualTo(cny("-90.00"));
    assertThat(p.explanation().toString())
        .contains("[provision.bucket] not due: CNY 15000.00 x 1% = CNY 150.00")
        .contains("[provision.bucket] >365 days past due: CNY 2000.00 x 50% = CNY 1000.00");
  }

  @Test
  void theNotDueRateIsZeroUnlessTheBusinessSetsOne() {
    // 8000 × 1% + 6000 × 3% + 4000 × 5% + 3000 × 10% + 2000 × 50% = 80 + 180 + 200 + 300 + 1000.
    ProvisionDecision p =
        BadDebtProvision.of(BY_DUE_DATE)
            .provide(Ageing.of(BY_DUE_DATE).age(BOOK, TODAY), cny("0.00"));
    assertThat(p.lines().get(0).provision()).isEqualTo(cny("0.00"));
    assertThat(p.required()).isEqualTo(cny("1760.00"));
  }

  @Test
  void aScheduleOfTheOtherBasisIsRejectedByTheProvision() {
    AgeingReport byInvoice = Ageing.of(POLICY).age(BOOK, TODAY);
    assertThatThrownBy(() -> BadDebtProvision.of(BY_DUE_DATE).provide(byInvoice, cny("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ageing by INVOICE_DATE")
        .hasMessageContaining("must be by the policy's DUE_DATE");
  }

  @Test
  void aNotDueRateAboveTheFirstBucketsIsRejected() {
    assertThatThrownBy(
            () ->
                CreditPolicy.builder().from(BY_DUE_DATE).notDueProvisionRate(Percent.of(2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notDueProvisionRate must be between 0% and the first bucket's rate")
        .hasMessageContaining("was 2%");
  }

  @Test
  void bucketsFromDayOneAreOnlyForTheDueDateBasis() {
    assertThatThrownBy(
            () ->
                CreditPolicy.builder()
                    .from(POLICY)
                    .buckets(
                        List.of(
                            AgeingBucket.between(1, 30, Percent.of(1)),
                            AgeingBucket.over(30, Percent.of(5))))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buckets must start at 0 days, first was 1-30 days @ 1%");
  }

  @Test
  void theNotDueBucketIsNotOneOfThePolicysBuckets() {
    assertThatThrownBy(
            () ->
                CreditPolicy.builder()
                    .from(BY_DUE_DATE)
                    .buckets(
                        List.of(
                            AgeingBucket.notDue(Percent.ZERO), AgeingBucket.over(0, Percent.of(5))))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buckets must not contain the not-due bucket");
    assertThatThrownBy(() -> new AgeingBucket(0, 30, Percent.ZERO, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a not-due bucket spans 0 to 0 days, was 0 to 30");
  }
}
