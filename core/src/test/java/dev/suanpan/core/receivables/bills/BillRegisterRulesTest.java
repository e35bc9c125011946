package dev.suanpan.core.receivables.bills;

import static dev.suanpan.core.receivables.bills.BillRegisterTest.BY_FINANCE;
import static dev.suanpan.core.receivables.bills.BillRegisterTest.C1;
import static dev.suanpan.core.receivables.bills.BillRegisterTest.JUN_30;
import static dev.suanpan.core.receivables.bills.BillRegisterTest.MAR_10;
import static dev.suanpan.core.receivables.bills.BillRegisterTest.SEP_5;
import static dev.suanpan.core.receivables.bills.BillRegisterTest.bill;
import static dev.suanpan.core.receivables.bills.BillRegisterTest.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.decision.Reason;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.InstalmentRef;
import dev.suanpan.core.receivables.PaymentMethod;
import dev.suanpan.core.receivables.bills.BillRegisterTest.Books;
import dev.suanpan.money.Percent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The bill register's rules stated one at a time: what each operation says it did, what it books,
 * and the limits of a discount. Invoice INV-1 of CNY 113,000.00 is open, as in {@link
 * BillRegisterTest}.
 */
class BillRegisterRulesTest {

  static String text(BillDecision d, int step) {
    return d.explanation().steps().stream().map(Reason::text).toList().get(step);
  }

  @Test
  void aBillReceivedIsExplainedByKindFaceAcceptorMaturityAndWhatItPays() {
    Books books = new Books();
    BillDecision d =
        books.receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "100000.00", SEP_5), "COL-B1");
    assertThat(text(d, 0))
        .isEqualTo(
            "银行承兑汇票 B-1 of CNY 100000.00 from C-001, accepted by ICBC Shanghai, due 2026-09-05:"
                + " collection COL-B1 pays the oldest due first");
    // A held bill is on the books, not discounted, so with no recourse to a bank.
    BillHolding held = books.register.holding("B-1");
    assertThat(held.withRecourse()).isFalse();
    assertThat(held.received()).isEqualTo(MAR_10);
    Collection named =
        Collection.builder()
            .number("COL-B2")
            .customer(C1)
            .date(MAR_10)
            .amount(cny("10000.00"))
            .method(PaymentMethod.BILL)
            .bill("B-2")
            .addAppliesTo(InstalmentRef.of("INV-1"))
            .build();
    BillDecision d2 =
        books.apply(
            books.register.receive(
                bill("B-2", BillKind.COMMERCIAL_ACCEPTANCE, "10000.00", SEP_5), named));
    assertThat(text(d2, 0))
        .isEqualTo(
            "商业承兑汇票 B-2 of CNY 10000.00 from C-001, accepted by Customer One Ltd, due"
                + " 2026-09-05: collection COL-B2 pays [INV-1]");
  }

  @Test
  void theMaturityScheduleIsSoonestFirstThenByNumber() {
    Books books = new Books();
    books.receive(bill("B-3", BillKind.BANK_ACCEPTANCE, "30000.00", JUN_30), "COL-3");
    books.receive(bill("B-2", BillKind.BANK_ACCEPTANCE, "20000.00", JUN_30), "COL-2");
    books.receive(bill("B-9", BillKind.BANK_ACCEPTANCE, "10000.00", JUN_30.minusDays(10)), "COL-9");
    // As of 2026-06-01 with 30 days ahead: B-9 (2026-06-20, 19 days), then B-2 and B-3 (29 days).
    assertThat(books.register.maturingWithin(LocalDate.of(2026, 6, 1), 30))
        .extracting(a -> a.bill().number(), MaturityAlert::daysToMaturity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B-9", 19L),
            org.assertj.core.groups.Tuple.tuple("B-2", 29L),
            org.assertj.core.groups.Tuple.tuple("B-3", 29L));
  }

  @Test
  void aCollectionAtMaturitySaysWhoWasPaid() {
    Books books = new Books();
    books.receive(bill("B-2", BillKind.COMMERCIAL_ACCEPTANCE, "50000.00", JUN_30), "COL-2");
    BillDecision d = books.apply(books.register.collect("B-2", JUN_30));
    assertThat(text(d, 0))
        .isEqualTo("bill B-2 collected at maturity on 2026-06-30: CNY 50000.00 into the bank");
    assertThat(d.entries().get(0).description()).isEqualTo("Bill B-2 collected at maturity");
    // Discounted with recourse, the acceptor pays the bank and the contingent liability ends.
    books.receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "100000.00", SEP_5), "COL-1");
    books.apply(
        books.register.discount(
            "B-1", "ICBC", LocalDate.of(2026, 6, 7), Percent.parse("3.6%"), true, BY_FINANCE));
    BillDecision paid = books.apply(books.register.collect("B-1", SEP_5));
    assertThat(text(paid, 0))
        .isEqualTo(
            "bill B-1 paid at maturity on 2026-09-05 to ICBC, which discounted it with recourse:"
                + " the contingent liability of CNY 100000.00 ends");
    assertThat(paid.entries().get(0).description())
        .isEqualTo("Bill B-1 paid to the discounting bank at maturity");
  }

  @Test
  void aDishonourSaysWhetherInterestIsCharged() {
    Books books = new Books();
    books.receive(bill("B-4", BillKind.COMMERCIAL_ACCEPTANCE, "20000.00", JUN_30), "COL-4");
    books.receive(bill("B-5", BillKind.COMMERCIAL_ACCEPTANCE, "30000.00", JUN_30), "COL-5");
    BillDecision with =
        books.apply(books.register.dishonour("B-4", JUN_30.plusDays(10), cny("100.00")));
    assertThat(text(with, 0))
        .isEqualTo(
            "bill B-4 of CNY 20000.00 dishonoured by Customer One Ltd on 2026-07-10: collection"
                + " COL-4 reversed, the debt is open again, with interest of CNY 100.00");
    BillDecision without = books.apply(books.register.dishonour("B-5", JUN_30, cny("0.00")));
    assertThat(text(without, 0))
        .isEqualTo(
            "bill B-5 of CNY 30000.00 dishonoured by Customer One Ltd on 2026-06-30: collection"
                + " COL-5 reversed, the debt is open again");
  }

  @Test
  void aDiscountBooksInterestOnlyWhenThereIsSomeAndNeverTakesTheWholeFace() {
    Books books = new Books();
    books.receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "1.00", SEP_5), "COL-1");
    // One day before maturity: 1.00 x 3.6% x 1 / 360 = 0.0001, 0.00 to the fen: no interest.
    BillApproval finance = BillApproval.of(PersonId.of("P-FIN"), BillRegisterTest.FINANCE);
    BillDecision d =
        books.apply(
            books.register.discount(
                "B-1", "ICBC", SEP_5.minusDays(1), Percent.parse("3.6%"), false, finance));
    assertThat(text(d, 0))
        .isEqualTo(
            "discount of bill B-1 (CNY 1.00) approved by P-FIN as Finance manager, within their"
                + " authority");
    assertThat(d.discountInterest()).contains(cny("0.00"));
    assertThat(d.entries().get(0).description())
        .isEqualTo("Bill B-1 discounted at ICBC without recourse");
    assertThat(d.entries().get(0).lines())
        .extracting(JournalLine::account)
        .containsExactly(LedgerAccount.BANK, LedgerAccount.NOTES_RECEIVABLE);
    // 2026-03-10 to 2027-03-05 is 360 days: 100.00 x 100% x 360 / 360 = 100.00, all of the face.
    books.receive(
        bill("B-2", BillKind.BANK_ACCEPTANCE, "100.00", LocalDate.of(2027, 3, 5)), "COL-2");
    assertThatThrownBy(
            () ->
                books.register.discount(
                    "B-2", "ICBC", MAR_10, Percent.parse("100%"), false, BY_FINANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the interest CNY 100.00 would take all its face CNY 100.00");
  }

  @Test
  void aBillEndorsedAwayCannotBeCollectedAndTheRefusalSaysToWhom() {
    Books books = new Books();
    assertThat(books.register.currency()).isEqualTo(BillRegisterTest.CNY);
    assertThat(books.register.authority().roles()).contains(BillRegisterTest.FINANCE);
    books.receive(bill("B-3", BillKind.BANK_ACCEPTANCE, "30000.00", SEP_5), "COL-3");
    books.apply(books.register.endorse("B-3", "S-STEEL", LocalDate.of(2026, 4, 1), BY_FINANCE));
    assertThatThrownBy(() -> books.register.collect("B-3", SEP_5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bill B-3 cannot be collected: it is B-3 ENDORSED since 2026-04-01 (S-STEEL), not held"
                + " nor discounted with recourse");
  }
}
