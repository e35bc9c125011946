package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CNY;
import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static dev.suanpan.core.credit.CreditFixtures.none;
import static dev.suanpan.core.credit.CreditFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.decision.DuplicateDocuments;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Amounts at and beyond the documented bound, and duplicate documents in ageing. */
class CreditBoundsTest {
  // 10^18 fen, the bound, is CNY 10^16.
  static final Money AT_BOUND = Money.ofMinor(CNY, Exposure.MAX_MINOR);
  static final Money BEYOND = Money.ofMinor(CNY, Exposure.MAX_MINOR + 1);

  @Test
  void anOrderOfCny1e20IsRefusedNamingTheAmountAndTheBound() {
    assertThatThrownBy(() -> none().orderApproved(cny("100000000000000000000")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount CNY 100000000000000000000.00")
        .hasMessageContaining("bound of 1000000000000000000 minor units");
  }

  @Test
  void aPartMayReachTheBoundExactlyButNotPassIt() {
    Exposure e = none().orderApproved(AT_BOUND.minusMinor(1));
    Exposure full = e.orderApproved(Money.ofMinor(CNY, 1));
    assertThat(full.openOrders()).isEqualTo(AT_BOUND);
    assertThatThrownBy(() -> full.orderApproved(Money.ofMinor(CNY, 1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open orders of C-001 from CNY 10000000000000000.00")
        .hasMessageContaining("beyond the bound");
    assertThatThrownBy(() -> none().prepaymentReceived(BEYOND))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount " + BEYOND);
    Exposure invoiced = none().invoicedWithoutShipment(AT_BOUND, TODAY);
    assertThatThrownBy(() -> invoiced.invoicedWithoutShipment(cny("0.01"), TODAY.plusDays(1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("receivables of C-001");
  }

  @Test
  void theCreditCheckNamesAnOrderOrALimitBeyondTheBound() {
    CreditCheck check = CreditCheck.of(POLICY);
    assertThatThrownBy(
            () ->
                check.check(
                    profile("A", "100000.00"),
                    CreditOrder.of(CUSTOMER, "SO-9", BEYOND),
                    none(),
                    TODAY))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order amount " + BEYOND);
    assertThatThrownBy(
            () ->
                check.check(
                    profile("A", "100000000000000000000.00"),
                    CreditOrder.of(CUSTOMER, "SO-9", cny("1.00")),
                    none(),
                    TODAY))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("profile limit CNY 100000000000000000000.00");
  }

  @Test
  void anOrderOnTopOfEveryPartAtTheBoundIsExact() {
    // Receivables, shipped and open orders each at 10^18 fen, plus an order of 10^18 fen:
    // 4 x 10^18 fen = CNY 4 x 10^16, beyond a limit of 10^18 fen by 3 x 10^18 fen.
    Exposure e =
        none()
            .orderApproved(AT_BOUND)
            .shipped(AT_BOUND)
            .orderApproved(AT_BOUND)
            .invoicedWithoutShipment(AT_BOUND, TODAY.plusDays(30));
    CreditDecision d =
        CreditCheck.of(POLICY)
            .check(
                CreditProfile.builder().from(profile("A", "1.00")).limit(AT_BOUND).build(),
                CreditOrder.of(CUSTOMER, "SO-9", AT_BOUND),
                e,
                TODAY);
    assertThat(d.exposureAfter()).isEqualTo(cny("40000000000000000.00"));
    assertThat(d.excess()).isEqualTo(cny("30000000000000000.00"));
  }

  @Test
  void ageingRefusesADuplicateDocumentByDefaultNamingBoth() {
    List<Receivable> book =
        List.of(
            Receivable.of("INV-1", CUSTOMER, TODAY.minusDays(40), TODAY.minusDays(10), cny("5.00")),
            Receivable.of("INV-2", CUSTOMER, TODAY.minusDays(20), TODAY.plusDays(10), cny("6.00")),
            Receivable.of("INV-1", CUSTOMER, TODAY.minusDays(5), TODAY.plusDays(25), cny("7.00")));
    assertThatThrownBy(() -> Ageing.of(POLICY).age(book, TODAY))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("receivables[0] and receivables[2] are both document INV-1")
        .hasMessageContaining("invoiced 2026-02-19 and 2026-03-26");
    // Allowed, each is aged on its own: 5.00 + 6.00 + 7.00 = 18.00, all within 0-30 but INV-1's
    // first part (40 days, 31-60).
    AgeingReport r = Ageing.of(POLICY).with(DuplicateDocuments.ALLOW).age(book, TODAY);
    assertThat(r.total()).isEqualTo(cny("18.00"));
    assertThat(r.line("31-60").amount()).isEqualTo(cny("5.00"));
    assertThat(r.line("0-30").amount()).isEqualTo(cny("13.00"));
  }

  @Test
  void ageingSumsBeyondALongExactly() {
    // Two receivables of CNY 9 x 10^16 each (9 x 10^18 fen, near a long's limit): CNY 1.8 x 10^17.
    Money big = cny("90000000000000000.00");
    List<Receivable> book =
        List.of(
            Receivable.of("INV-1", CUSTOMER, TODAY.minusDays(1), TODAY, big),
            Receivable.of("INV-2", CUSTOMER, TODAY.minusDays(2), TODAY, big));
    assertThat(Ageing.of(POLICY).age(book, TODAY).total()).isEqualTo(cny("180000000000000000.00"));
  }

  @Test
  void aGradeWithoutCreditCannotRequireAGuaranteeForIt() {
    assertThatThrownBy(() -> new GradeTerms(CreditGrade.of("D"), false, 0, true))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grade D allows no credit (creditAllowed false)")
        .hasMessageContaining("guaranteeRequired must be false");
  }
}
