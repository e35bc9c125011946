package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CNY;
import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static dev.suanpan.core.credit.CreditFixtures.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureTest {
  static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);
  static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

  @Test
  void exposureIsReceivablesPlusShippedPlusOpenOrdersLessPrepayments() {
    Exposure e =
        none()
            .orderApproved(cny("100000.00"))
            .shipped(cny("60000.00"))
            .invoiced(cny("40000.00"), APRIL_30)
            .prepaymentReceived(cny("10000.00"));
    assertThat(e.receivables()).isEqualTo(cny("40000.00"));
    assertThat(e.shippedNotInvoiced()).isEqualTo(cny("20000.00"));
    assertThat(e.openOrders()).isEqualTo(cny("40000.00"));
    assertThat(e.prepayments()).isEqualTo(cny("10000.00"));
    assertThat(e.total(POLICY)).isEqualTo(cny("90000.00"));
  }

  @Test
  void theIncrementalExposureEqualsTheOneComputedFromScratch() {
    Exposure incremental =
        none()
            .orderApproved(cny("100000.00"))
            .shipped(cny("70000.00"))
            .invoiced(cny("30000.00"), APRIL_30)
            .invoiced(cny("25000.00"), MAY_31)
            .paid(cny("10000.00"), APRIL_30)
            .prepaymentReceived(cny("8000.00"))
            .prepaymentApplied(cny("5000.00"), MAY_31)
            .orderCancelled(cny("10000.00"));
    Exposure scratch =
        Exposure.fromScratch(
            CUSTOMER,
            CNY,
            List.of(
                Receivable.of(
                    "INV-1", CUSTOMER, LocalDate.of(2026, 3, 31), APRIL_30, cny("20000.00")),
                Receivable.of(
                    "INV-2", CUSTOMER, LocalDate.of(2026, 4, 30), MAY_31, cny("20000.00"))),
            cny("15000.00"),
            cny("20000.00"),
            cny("3000.00"));
    assertThat(incremental).isEqualTo(scratch);
    assertThat(incremental.hashCode()).isEqualTo(scratch.hashCode());
    assertThat(incremental.total(POLICY)).isEqualTo(cny("72000.00"));
  }

  @Test
  void payingTheEarliestInvoiceMovesTheEarliestDueDateOn() {
    Exposure e =
        none()
            .invoicedWithoutShipment(cny("100.00"), APRIL_30)
            .invoicedWithoutShipment(cny("200.00"), MAY_31);
    assertThat(e.earliestOpenDue()).contains(APRIL_30);
    assertThat(e.receivablesDueBefore(LocalDate.of(2026, 5, 1))).isEqualTo(cny("100.00"));
    Exposure paid = e.paid(cny("100.00"), APRIL_30);
    assertThat(paid.earliestOpenDue()).contains(MAY_31);
    assertThat(paid.receivablesDueBefore(LocalDate.of(2026, 5, 1))).isEqualTo(cny("0.00"));
    assertThat(paid.paid(cny("200.00"), MAY_31).earliestOpenDue()).isEmpty();
  }

  @Test
  void theOpenReceivablesAreListedByDueDateEarliestFirstWithPaidDatesLeftOut() {
    // 100.00 + 50.00 due 30 April, 200.00 due 31 May; 150.00 paid on 30 April leaves only May.
    Exposure e =
        none()
            .invoicedWithoutShipment(cny("200.00"), MAY_31)
            .invoicedWithoutShipment(cny("100.00"), APRIL_30)
            .invoicedWithoutShipment(cny("50.00"), APRIL_30);
    assertThat(e.receivablesByDueDate())
        .containsExactly(
            java.util.Map.entry(APRIL_30, cny("150.00")),
            java.util.Map.entry(MAY_31, cny("200.00")));
    assertThat(e.paid(cny("150.00"), APRIL_30).receivablesByDueDate())
        .containsExactly(java.util.Map.entry(MAY_31, cny("200.00")));
  }

  @Test
  void rejectsPayingMoreThanIsOpenOnThatDueDateAndLeavesTheExposureAsItWas() {
    Exposure e = none().invoicedWithoutShipment(cny("100.00"), APRIL_30);
    assertThatThrownBy(() -> e.paid(cny("100.01"), APRIL_30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "payment CNY 100.01 exceeds the receivables of C-001 due on 2026-04-30, CNY 100.00");
    assertThatThrownBy(() -> e.paid(cny("1.00"), MAY_31))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(e.receivables()).isEqualTo(cny("100.00"));
  }

  @Test
  void rejectsShippingMoreThanIsOnOrder() {
    assertThatThrownBy(() -> none().orderApproved(cny("10.00")).shipped(cny("11.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shipment CNY 11.00 exceeds what is open, CNY 10.00");
  }

  @Test
  void rejectsAmountsThatAreNotPositiveOrInAnotherCurrency() {
    assertThatThrownBy(() -> none().orderApproved(cny("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be positive");
    assertThatThrownBy(
            () ->
                none()
                    .prepaymentReceived(
                        org.joda.money.Money.ofMajor(org.joda.money.CurrencyUnit.USD, 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be in CNY");
  }

  @Test
  void prepaymentsBeyondWhatIsOpenLeaveANegativeExposure() {
    Exposure e = none().prepaymentReceived(cny("500.00")).orderApproved(cny("200.00"));
    assertThat(e.total(POLICY)).isEqualTo(cny("-300.00"));
  }

  @Test
  void creditNotesRefundsAndCancellationsReduceTheirParts() {
    Exposure e =
        none()
            .orderApproved(cny("1000.00"))
            .orderCancelled(cny("400.00"))
            .invoicedWithoutShipment(cny("300.00"), APRIL_30)
            .credited(cny("100.00"), APRIL_30)
            .prepaymentReceived(cny("50.00"))
            .prepaymentRefunded(cny("20.00"));
    assertThat(e.openOrders()).isEqualTo(cny("600.00"));
    assertThat(e.receivablesDueOn(APRIL_30)).isEqualTo(cny("200.00"));
    assertThat(e.prepayments()).isEqualTo(cny("30.00"));
    assertThat(e.total(POLICY)).isEqualTo(cny("770.00"));
    assertThatThrownBy(() -> e.prepaymentRefunded(cny("30.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refunded prepayment CNY 30.01 exceeds what is open, CNY 30.00");
  }

  @Test
  void theProfilesTermGivesTheDueDateOfAnInvoice() {
    CreditProfile a = CreditFixtures.profile("A", "100000.00");
    assertThat(a.dueDateFor(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 5, 30));
  }

  @Test
  void fromScratchRejectsAnotherCustomersReceivable() {
    Receivable other =
        Receivable.of(
            "INV-X", dev.suanpan.core.party.CustomerId.of("C-002"), APRIL_30, MAY_31, cny("1.00"));
    assertThatThrownBy(
            () ->
                Exposure.fromScratch(
                    CUSTOMER, CNY, List.of(other), cny("0.00"), cny("0.00"), cny("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openReceivables[0] INV-X is owed by C-002, not C-001");
  }
}
