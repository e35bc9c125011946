package dev.suanpan.core.receivables.bills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.journal.Side;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.InstalmentRef;
import dev.suanpan.core.receivables.InvoiceKind;
import dev.suanpan.core.receivables.InvoiceLine;
import dev.suanpan.core.receivables.PaymentMethod;
import dev.suanpan.core.receivables.PaymentTerms;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.core.receivables.ReceivablesPosting;
import dev.suanpan.core.receivables.SalesInvoice;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The bill register by hand-worked examples, end to end with the receivables ledger. Invoice INV-1
 * of CNY 113,000.00 including 13% VAT (net 100,000.00, VAT 13,000.00) is due in 30 days; bills
 * received from the customer pay it.
 */
class BillRegisterTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final CustomerId C1 = CustomerId.of("C-001");
  static final Role GM = Role.of("GM", "General manager");
  static final Role FINANCE = Role.of("FINANCE", "Finance manager");
  static final Role CASHIER = Role.of("CASHIER", "Cashier");
  static final BillApproval BY_FINANCE = BillApproval.of(PersonId.of("P-FIN"), FINANCE);
  static final BillApproval BY_GM = BillApproval.of(PersonId.of("P-GM"), GM);
  static final BillApproval BY_CASHIER = BillApproval.of(PersonId.of("P-CASH"), CASHIER);
  static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  static final LocalDate MAR_10 = LocalDate.of(2026, 3, 10);
  static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
  static final LocalDate SEP_5 = LocalDate.of(2026, 9, 5);

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  /**
   * The general manager may endorse and discount any bill, the finance manager bills up to CNY
   * 200,000.00, the cashier none (CNY 0.00).
   */
  static AuthorityPolicy authority() {
    AuthorityPolicy.Builder b =
        AuthorityPolicy.builder().role(GM).role(FINANCE, GM).role(CASHIER, FINANCE);
    for (var subject : List.of(BillRegister.ENDORSEMENT, BillRegister.DISCOUNT)) {
      b.limit(GM, subject, Limit.unlimitedAuthority())
          .limit(FINANCE, subject, Limit.upToAmount(cny("200000.00")))
          .limit(CASHIER, subject, Limit.upToAmount(cny("0.00")));
    }
    return b.build();
  }

  static BillReceivable bill(String number, BillKind kind, String face, LocalDate maturity) {
    return BillReceivable.builder()
        .number(number)
        .kind(kind)
        .drawer("Customer One Ltd")
        .acceptor(kind == BillKind.BANK_ACCEPTANCE ? "ICBC Shanghai" : "Customer One Ltd")
        .customer(C1)
        .issueDate(LocalDate.of(2026, 3, 5))
        .maturityDate(maturity)
        .face(cny(face))
        .build();
  }

  /** Books the ledger and the register keep, with every entry both give. */
  static final class Books {
    ReceivablesLedger ledger;
    BillRegister register = BillRegister.of(CNY, authority());
    final List<JournalEntry> entries = new ArrayList<>();

    Books() {
      ReceivablesPosting p =
          ReceivablesLedger.of(DistributorCreditTerms.policy())
              .post(
                  SalesInvoice.builder()
                      .number("INV-1")
                      .customer(C1)
                      .date(MAR_1)
                      .kind(InvoiceKind.VAT_SPECIAL)
                      .addLines(
                          InvoiceLine.inclusive("steel", cny("113000.00"), VatRate.STANDARD_13))
                      .terms(PaymentTerms.net(30))
                      .build());
      ledger = p.ledger();
      entries.addAll(p.entries());
    }

    /** Applies an allowed decision: the register, its entries, its documents posted. */
    BillDecision apply(BillDecision d) {
      assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
      register = d.register();
      entries.addAll(d.entries());
      d.collection().ifPresent(c -> post(ledger.post(c)));
      d.reversal().ifPresent(r -> post(ledger.post(r)));
      d.debitNote().ifPresent(n -> post(ledger.post(n)));
      return d;
    }

    private void post(ReceivablesPosting p) {
      assertThat(p.outcome()).isEqualTo(Outcome.ALLOWED);
      ledger = p.ledger();
      entries.addAll(p.entries());
    }

    BillDecision receive(BillReceivable b, String collection) {
      return apply(register.receive(b, collection, MAR_10));
    }

    Money net(LedgerAccount account) {
      Money net = Money.zero(CNY);
      for (JournalEntry e : entries) {
        assertThat(e.debits()).isEqualTo(e.credits());
        for (JournalLine l : e.lines()) {
          if (l.account().equals(account)) {
            net = net.plus(l.signedAmount());
          }
        }
      }
      return net;
    }
  }

  static List<org.assertj.core.groups.Tuple> lines(JournalEntry e) {
    List<org.assertj.core.groups.Tuple> out = new ArrayList<>();
    for (JournalLine l : e.lines()) {
      out.add(tuple(l.side(), l.account(), l.amount()));
    }
    return out;
  }

  @Test
  void aBillReceivedPaysTheInvoiceThroughTheLedgerAndIsHeld() {
    Books books = new Books();
    BillReceivable b1 = bill("B-1", BillKind.BANK_ACCEPTANCE, "100000.00", SEP_5);
    BillDecision d = books.receive(b1, "COL-B1");
    assertThat(d.collection().orElseThrow().method()).isEqualTo(PaymentMethod.BILL);
    assertThat(d.collection().orElseThrow().bill()).contains("B-1");
    assertThat(d.entries()).isEmpty();
    // 113,000.00 invoiced - 100,000.00 paid by the bill = 13,000.00 open.
    assertThat(books.ledger.open("INV-1")).isEqualTo(cny("13000.00"));
    // The ledger's collection: Dr notes receivable / Cr accounts receivable 100,000.00.
    assertThat(lines(books.entries.get(1)))
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.NOTES_RECEIVABLE, cny("100000.00")),
            tuple(Side.CREDIT, LedgerAccount.ACCOUNTS_RECEIVABLE, cny("100000.00")));
    assertThat(books.register.holding("B-1").status()).isEqualTo(BillStatus.HELD);
    assertThat(books.register.notesReceivable()).isEqualTo(cny("100000.00"));
    assertThat(books.net(LedgerAccount.NOTES_RECEIVABLE)).isEqualTo(cny("100000.00"));
    assertThat(d.explanation().fired(BillRule.RECEIVED)).isTrue();
  }

  @Test
  void aBillNamingItsInstalmentsPaysThoseAndCountsForItsContract() {
    Books books = new Books();
    BillReceivable b = bill("B-1", BillKind.BANK_ACCEPTANCE, "20000.00", SEP_5);
    Collection c =
        Collection.builder()
            .number("COL-B1")
            .customer(C1)
            .date(MAR_10)
            .amount(cny("20000.00"))
            .method(PaymentMethod.BILL)
            .bill("B-1")
            .addAppliesTo(InstalmentRef.of("INV-1"))
            .build();
    books.apply(books.register.receive(b, c));
    // 113,000.00 - 20,000.00 = 93,000.00 open.
    assertThat(books.ledger.open("INV-1")).isEqualTo(cny("93000.00"));
    assertThat(books.register.holding("B-1").collection()).isEqualTo(c);
  }

  @Test
  void theMaturityScheduleListsHeldBillsDueWithinTheDaysAsked() {
    Books books = new Books();
    books.receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "10000.00", SEP_5), "COL-1");
    books.receive(bill("B-2", BillKind.COMMERCIAL_ACCEPTANCE, "20000.00", JUN_30), "COL-2");
    books.receive(bill("B-3", BillKind.BANK_ACCEPTANCE, "30000.00", JUN_30.plusDays(1)), "COL-3");
    // As of 2026-06-20, 10 days ahead is 2026-06-30: B-2 only, 10 days left.
    assertThat(books.register.maturingWithin(LocalDate.of(2026, 6, 20), 10))
        .extracting(a -> a.bill().number(), MaturityAlert::daysToMaturity)
        .containsExactly(tuple("B-2", 10L));
    // As of 2026-07-02, 0 days ahead: B-2 (2 days past) and B-3 (1 day past), soonest first.
    assertThat(books.register.maturingWithin(LocalDate.of(2026, 7, 2), 0))
        .extracting(a -> a.bill().number(), MaturityAlert::daysToMaturity)
        .containsExactly(tuple("B-2", -2L), tuple("B-3", -1L));
  }

  @Test
  void aCountOnHandAgreesWithTheHeldBillsOrNamesTheDifferences() {
    Books books = new Books();
    books.receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "10000.00", SEP_5), "COL-1");
    books.receive(bill("B-2", BillKind.COMMERCIAL_ACCEPTANCE, "20000.00", JUN_30), "COL-2");
    books.receive(bill("B-3", BillKind.BANK_ACCEPTANCE, "30000.00", SEP_5), "COL-3");
    books.apply(books.register.endorse("B-3", "S-1", LocalDate.of(2026, 4, 1), BY_FINANCE));
    LocalDate apr30 = LocalDate.of(2026, 4, 30);
    // Held: B-1 and B-2, 10,000.00 + 20,000.00 = 30,000.00.
    BillCountReport fine = books.register.count(apr30, List.of("B-2", "B-1"));
    assertThat(fine.agrees()).isTrue();
    assertThat(fine.heldFace()).isEqualTo(cny("30000.00"));
    // B-2 not found; B-3 (endorsed away) found on hand.
    BillCountReport off = books.register.count(apr30, List.of("B-1", "B-3"));
    assertThat(off.agrees()).isFalse();
    assertThat(off.missing()).extracting(BillReceivable::number).containsExactly("B-2");
    assertThat(off.unexpected()).containsExactly("B-3");
    assertThatThrownBy(() -> books.register.count(apr30, List.of("B-1", "B-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bill B-1 is counted twice on hand on 2026-04-30");
  }

  @Test
  void aBillIsCollectedAtMaturityIntoTheBank() {
    Books books = new Books();
    books.receive(bill("B-2", BillKind.COMMERCIAL_ACCEPTANCE, "50000.00", JUN_30), "COL-2");
    BillDecision d = books.apply(books.register.collect("B-2", JUN_30));
    assertThat(lines(d.entries().get(0)))
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.BANK, cny("50000.00")),
            tuple(Side.CREDIT, LedgerAccount.NOTES_RECEIVABLE, cny("50000.00")));
    assertThat(d.entries().get(0).dimension("bill")).contains("B-2");
    assertThat(books.register.holding("B-2").status()).isEqualTo(BillStatus.COLLECTED);
    assertThat(books.net(LedgerAccount.NOTES_RECEIVABLE)).isEqualTo(cny("0.00"));
    assertThat(books.register.maturingWithin(JUN_30, 30)).isEmpty();
    // 113,000.00 - 50,000.00 = 63,000.00 still open on the invoice.
    assertThat(books.ledger.open("INV-1")).isEqualTo(cny("63000.00"));
  }

  @Test
  void anEndorsementWithinAuthorityPaysTheSupplier() {
    Books books = new Books();
    books.receive(bill("B-3", BillKind.BANK_ACCEPTANCE, "30000.00", SEP_5), "COL-3");
    LocalDate apr1 = LocalDate.of(2026, 4, 1);
    BillDecision d = books.apply(books.register.endorse("B-3", "S-STEEL", apr1, BY_FINANCE));
    assertThat(lines(d.entries().get(0)))
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.ACCOUNTS_PAYABLE, cny("30000.00")),
            tuple(Side.CREDIT, LedgerAccount.NOTES_RECEIVABLE, cny("30000.00")));
    assertThat(d.entries().get(0).dimension("supplier")).contains("S-STEEL");
    assertThat(d.explanation().rules())
        .containsExactly(BillRule.AUTHORITY.id(), BillRule.ENDORSED.id());
    assertThat(books.register.holding("B-3").counterparty()).contains("S-STEEL");
    assertThat(books.net(LedgerAccount.NOTES_RECEIVABLE)).isEqualTo(cny("0.00"));
    assertThatThrownBy(() -> books.register.collect("B-3", SEP_5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bill B-3 cannot be collected")
        .hasMessageContaining("ENDORSED");
  }

  @Test
  void anEndorsementBeyondTheSignersAuthorityNeedsApprovalAndDoesNothing() {
    Books books = new Books();
    books.receive(bill("B-3", BillKind.BANK_ACCEPTANCE, "30000.00", SEP_5), "COL-3");
    BillRegister before = books.register;
    BillDecision d = before.endorse("B-3", "S-STEEL", LocalDate.of(2026, 4, 1), BY_CASHIER);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(FINANCE);
    assertThat(d.entries()).isEmpty();
    assertThat(d.register()).isSameAs(before);
    assertThat(before.holding("B-3").status()).isEqualTo(BillStatus.HELD);
  }

  @Test
  void aDiscountBeyondEveryAuthorityIsRefused() {
    AuthorityPolicy capped =
        AuthorityPolicy.builder()
            .role(FINANCE)
            .limit(FINANCE, BillRegister.DISCOUNT, Limit.upToAmount(cny("50000.00")))
            .build();
    BillRegister r =
        BillRegister.of(CNY, capped)
            .receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "100000.00", SEP_5), "COL-1", MAR_10)
            .register();
    BillDecision d =
        r.discount(
            "B-1", "ICBC", LocalDate.of(2026, 6, 7), Percent.parse("3.6%"), false, BY_FINANCE);
    assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(d.approval().orElseThrow().beyondEveryAuthority()).isTrue();
    assertThat(d.discountInterest()).isEmpty();
    assertThat(d.register()).isSameAs(r);
  }

  @Test
  void aDiscountWithoutRecourseTakesTheBillOffTheBooks() {
    Books books = new Books();
    books.receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "100000.00", SEP_5), "COL-1");
    // 2026-06-07 to 2026-09-05: 23 days of June (7th to 30th, the 7th counted) + 31 + 31 + 4
    // (Sep 1-4; the maturity day is not counted) = 90 days.
    // Interest: 100,000.00 x 3.6% x 90 / 360 = 900.00; proceeds 100,000.00 - 900.00 = 99,100.00.
    BillDecision d =
        books.apply(
            books.register.discount(
                "B-1", "ICBC", LocalDate.of(2026, 6, 7), Percent.parse("3.6%"), false, BY_FINANCE));
    assertThat(d.discountInterest()).contains(cny("900.00"));
    assertThat(d.proceeds()).contains(cny("99100.00"));
    assertThat(lines(d.entries().get(0)))
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.BANK, cny("99100.00")),
            tuple(Side.DEBIT, LedgerAccount.INTEREST_EXPENSE, cny("900.00")),
            tuple(Side.CREDIT, LedgerAccount.NOTES_RECEIVABLE, cny("100000.00")));
    assertThat(d.explanation().rules())
        .containsExactly(BillRule.AUTHORITY.id(), BillRule.DISCOUNTED.id());
    assertThat(books.register.contingentLiability()).isEqualTo(cny("0.00"));
    assertThat(books.net(LedgerAccount.NOTES_RECEIVABLE)).isEqualTo(cny("0.00"));
    assertThatThrownBy(() -> books.register.dishonour("B-1", SEP_5, cny("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bill B-1 cannot be dishonoured");
  }

  @Test
  void anAcceptorInAnotherTownAddsThreeClearingDays() {
    Books books = new Books();
    books.receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "100000.00", SEP_5), "COL-1");
    // 90 days to maturity + 3 clearing days = 93: 100,000.00 x 3.6% x 93 / 360 = 930.00;
    // proceeds 100,000.00 - 930.00 = 99,070.00.
    BillDecision d =
        books.register.discount(
            "B-1", "ICBC", LocalDate.of(2026, 6, 7), Percent.parse("3.6%"), false, BY_FINANCE, 3);
    assertThat(d.discountInterest()).contains(cny("930.00"));
    assertThat(d.proceeds()).contains(cny("99070.00"));
    assertThat(d.explanation().steps().get(1).text())
        .contains("90 days before maturity on 2026-09-05 + 3 clearing days");
    assertThatThrownBy(
            () ->
                books.register.discount(
                    "B-1",
                    "ICBC",
                    LocalDate.of(2026, 6, 7),
                    Percent.parse("3.6%"),
                    false,
                    BY_FINANCE,
                    -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clearingDays");
  }

  @Test
  void theDiscountInterestIsRoundedOnceToTheFen() {
    Books books = new Books();
    books.receive(
        bill("B-5", BillKind.BANK_ACCEPTANCE, "12345.67", LocalDate.of(2026, 8, 20)), "COL-5");
    // 2026-07-04 to 2026-08-20: 27 + 20 = 47 days. 12,345.67 x 2.85% x 47 / 360
    // = 45.936180458..., 45.94 to the fen, half up; proceeds 12,345.67 - 45.94 = 12,299.73.
    BillDecision d =
        books.register.discount(
            "B-5", "ICBC", LocalDate.of(2026, 7, 4), Percent.parse("2.85%"), false, BY_FINANCE);
    assertThat(d.discountInterest()).contains(cny("45.94"));
    assertThat(d.proceeds()).contains(cny("12299.73"));
  }

  @Test
  void aDiscountWithRecourseIsAContingentLiabilityUntilTheBankIsPaid() {
    Books books = new Books();
    books.receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "100000.00", SEP_5), "COL-1");
    BillDecision d =
        books.apply(
            books.register.discount(
                "B-1", "ICBC", LocalDate.of(2026, 6, 7), Percent.parse("3.6%"), true, BY_FINANCE));
    // As without recourse (900.00 interest, 99,100.00 proceeds), but Cr short-term borrowings.
    assertThat(lines(d.entries().get(0)))
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.BANK, cny("99100.00")),
            tuple(Side.DEBIT, LedgerAccount.INTEREST_EXPENSE, cny("900.00")),
            tuple(Side.CREDIT, LedgerAccount.SHORT_TERM_BORROWINGS, cny("100000.00")));
    assertThat(d.explanation().fired(BillRule.RECOURSE)).isTrue();
    assertThat(books.register.contingentLiability()).isEqualTo(cny("100000.00"));
    assertThat(books.net(LedgerAccount.NOTES_RECEIVABLE)).isEqualTo(cny("100000.00"));
    // The acceptor pays the bank at maturity: Dr short-term borrowings / Cr notes receivable.
    BillDecision paid = books.apply(books.register.collect("B-1", SEP_5));
    assertThat(lines(paid.entries().get(0)))
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.SHORT_TERM_BORROWINGS, cny("100000.00")),
            tuple(Side.CREDIT, LedgerAccount.NOTES_RECEIVABLE, cny("100000.00")));
    assertThat(books.register.contingentLiability()).isEqualTo(cny("0.00"));
    assertThat(books.net(LedgerAccount.NOTES_RECEIVABLE)).isEqualTo(cny("0.00"));
    assertThat(books.net(LedgerAccount.SHORT_TERM_BORROWINGS)).isEqualTo(cny("0.00"));
  }

  @Test
  void aDishonouredBillPutsTheDebtBackOnReceivablesWithInterest() {
    Books books = new Books();
    books.receive(bill("B-4", BillKind.COMMERCIAL_ACCEPTANCE, "20000.00", JUN_30), "COL-4");
    // 113,000.00 - 20,000.00 = 93,000.00 open while the bill is held.
    assertThat(books.ledger.open("INV-1")).isEqualTo(cny("93000.00"));
    // Interest charged, worked by the caller: 20,000.00 x 0.05% a day x 10 days = 100.00.
    BillDecision d =
        books.apply(books.register.dishonour("B-4", JUN_30.plusDays(10), cny("100.00")));
    assertThat(d.entries()).isEmpty();
    assertThat(d.reversal().orElseThrow().collection()).isEqualTo("COL-4");
    assertThat(d.debitNote().orElseThrow().account()).isEqualTo(LedgerAccount.INTEREST_INCOME);
    // The invoice is open again in full, and the interest is owed too: 113,000.00 + 100.00.
    assertThat(books.ledger.open("INV-1")).isEqualTo(cny("113000.00"));
    assertThat(books.ledger.open("B-4-INTEREST")).isEqualTo(cny("100.00"));
    assertThat(books.ledger.openBalance(C1)).isEqualTo(cny("113100.00"));
    // The reversal: Dr accounts receivable / Cr notes receivable 20,000.00.
    JournalEntry reversal = books.entries.get(books.entries.size() - 2);
    assertThat(lines(reversal))
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.ACCOUNTS_RECEIVABLE, cny("20000.00")),
            tuple(Side.CREDIT, LedgerAccount.NOTES_RECEIVABLE, cny("20000.00")));
    assertThat(books.net(LedgerAccount.NOTES_RECEIVABLE)).isEqualTo(cny("0.00"));
    assertThat(books.register.holding("B-4").status()).isEqualTo(BillStatus.DISHONOURED);
  }

  @Test
  void aBillDiscountedWithRecourseAndDishonouredIsRepaidToTheBank() {
    Books books = new Books();
    books.receive(bill("B-4", BillKind.COMMERCIAL_ACCEPTANCE, "20000.00", JUN_30), "COL-4");
    books.apply(
        books.register.discount(
            "B-4", "ICBC", LocalDate.of(2026, 4, 1), Percent.parse("3.6%"), true, BY_FINANCE));
    BillDecision d = books.apply(books.register.dishonour("B-4", JUN_30, cny("0.00")));
    assertThat(d.debitNote()).isEmpty();
    assertThat(lines(d.entries().get(0)))
        .containsExactly(
            tuple(Side.DEBIT, LedgerAccount.SHORT_TERM_BORROWINGS, cny("20000.00")),
            tuple(Side.CREDIT, LedgerAccount.BANK, cny("20000.00")));
    assertThat(d.explanation().rules())
        .containsExactly(BillRule.DISHONOURED.id(), BillRule.BANK_CLAIM.id());
    assertThat(books.ledger.open("INV-1")).isEqualTo(cny("113000.00"));
    assertThat(books.register.contingentLiability()).isEqualTo(cny("0.00"));
    assertThat(books.net(LedgerAccount.NOTES_RECEIVABLE)).isEqualTo(cny("0.00"));
    assertThat(books.net(LedgerAccount.SHORT_TERM_BORROWINGS)).isEqualTo(cny("0.00"));
  }

  @Test
  void aBillMaturingBeforeItWasIssuedIsRejectedNamingTheBillAndBothDates() {
    assertThatThrownBy(
            () -> bill("B-9", BillKind.BANK_ACCEPTANCE, "100.00", LocalDate.of(2026, 3, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bill B-9 matures 2026-03-04, before it was issued on 2026-03-05");
    assertThatThrownBy(() -> bill("B-9", BillKind.BANK_ACCEPTANCE, "0.00", SEP_5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bill B-9 face must be positive, was CNY 0.00");
  }

  @Test
  void badStatesAreRefusedNamingTheBillAndNothingChanges() {
    Books books = new Books();
    books.receive(bill("B-1", BillKind.BANK_ACCEPTANCE, "100000.00", SEP_5), "COL-1");
    BillRegister r = books.register;
    BillReceivable b1 = r.holding("B-1").bill();
    assertThatThrownBy(() -> r.receive(b1, "COL-9", MAR_10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bill B-1 is already in the register");
    assertThatThrownBy(() -> r.collect("B-1", SEP_5.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bill B-1 cannot be collected on 2026-09-04, before it matures on 2026-09-05");
    assertThatThrownBy(() -> r.endorse("B-1", "S-1", SEP_5.plusDays(1), BY_FINANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bill B-1 cannot be endorsed on 2026-09-06");
    assertThatThrownBy(() -> r.discount("B-1", "ICBC", SEP_5, Percent.parse("3%"), false, BY_GM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bill B-1 cannot be discounted on 2026-09-05");
    assertThatThrownBy(() -> r.endorse("B-7", "S-1", MAR_10, BY_FINANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bill B-7 is not in the register");
    assertThatThrownBy(() -> r.dishonour("B-1", SEP_5, cny("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bill B-1 interest");
    assertThatThrownBy(() -> r.dishonour("B-1", SEP_5, Money.parse("USD 1.00")))
        .isInstanceOf(CurrencyMismatchException.class);
    BillRegister endorsed =
        r.endorse("B-1", "S-1", LocalDate.of(2026, 4, 1), BY_FINANCE).register();
    assertThatThrownBy(() -> endorsed.endorse("B-1", "S-2", LocalDate.of(2026, 4, 2), BY_FINANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bill B-1 cannot be endorsed")
        .hasMessageContaining("not held");
    assertThatThrownBy(
            () ->
                r.receive(
                    bill("B-8", BillKind.BANK_ACCEPTANCE, "10.00", SEP_5),
                    "COL-8",
                    SEP_5.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bill B-8 is received on 2026-09-06");
    assertThat(r.holding("B-1").status()).isEqualTo(BillStatus.HELD);
    assertThat(r.holdings()).hasSize(1);
  }

  @Test
  void aCollectionThatIsNotByTheBillIsRefused() {
    BillRegister r = BillRegister.of(CNY, authority());
    BillReceivable b = bill("B-1", BillKind.BANK_ACCEPTANCE, "100.00", SEP_5);
    Collection byTransfer =
        Collection.builder()
            .number("COL-1")
            .customer(C1)
            .date(MAR_10)
            .amount(cny("100.00"))
            .method(PaymentMethod.TRANSFER)
            .build();
    assertThatThrownBy(() -> r.receive(b, byTransfer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bill B-1 of CNY 100.00 from C-001 is received by collection COL-1");
    assertThatThrownBy(
            () -> BillRegister.of(CurrencyUnit.USD, authority()).receive(b, "COL-1", MAR_10))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void theRuleIdsAreStable() {
    assertThat(BillRule.values())
        .extracting(BillRule::id)
        .containsExactly(
            "bill.received",
            "bill.authority",
            "bill.endorsed",
            "bill.discounted",
            "bill.recourse",
            "bill.collected",
            "bill.dishonoured",
            "bill.bank-claim");
  }
}
