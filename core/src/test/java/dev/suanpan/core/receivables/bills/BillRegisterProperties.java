package dev.suanpan.core.receivables.bills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.receivables.InvoiceKind;
import dev.suanpan.core.receivables.InvoiceLine;
import dev.suanpan.core.receivables.PaymentTerms;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.core.receivables.ReceivablesPosting;
import dev.suanpan.core.receivables.SalesInvoice;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The register's invariants over random streams of receipts, collections, endorsements, discounts
 * (with and without recourse, within and beyond the signer's authority) and dishonours, posted
 * through the receivables ledger and checked after every step: each operation succeeds exactly when
 * the bill's state and the date allow it; every bill received is in exactly one status; the
 * notes-receivable account equals the face of the bills held or discounted with recourse; the
 * short-term borrowings equal the contingent liability; the customer's open balance is the invoice
 * less the bills not dishonoured plus the interest charged; every entry balances.
 */
class BillRegisterProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final CustomerId C1 = CustomerId.of("C-1");
  static final Money INVOICED = Money.parse("CNY 1000000000.00");
  static final BillApproval BY_FINANCE =
      BillApproval.of(PersonId.of("P-FIN"), BillRegisterTest.FINANCE);

  /** What the test knows, kept apart from the register and the ledger. */
  static final class Books {
    BillRegister register = BillRegister.of(CNY, BillRegisterTest.authority());
    ReceivablesLedger ledger;
    final List<JournalEntry> entries = new ArrayList<>();
    final List<String> received = new ArrayList<>();
    long interestMinor;
    int next;

    void post(ReceivablesPosting p) {
      assertThat(p.outcome()).isEqualTo(Outcome.ALLOWED);
      ledger = p.ledger();
      entries.addAll(p.entries());
    }

    void apply(BillDecision d) {
      if (!d.isAllowed()) {
        assertThat(d.register()).isSameAs(register);
        assertThat(d.entries()).isEmpty();
        return;
      }
      register = d.register();
      entries.addAll(d.entries());
      d.collection().ifPresent(c -> post(ledger.post(c)));
      d.reversal().ifPresent(r -> post(ledger.post(r)));
      d.debitNote()
          .ifPresent(
              n -> {
                interestMinor += n.amount().getAmountMinorLong();
                post(ledger.post(n));
              });
    }
  }

  @Property(tries = 300)
  void theRegisterAgreesWithTheBooksAfterEveryStep(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
    Books books = new Books();
    books.post(ReceivablesLedger.of(DistributorCreditTerms.policy()).post(invoice()));
    LocalDate day = LocalDate.of(2026, 1, 1);
    for (int step : steps) {
      day = day.plusDays(step % 7);
      if (books.received.isEmpty() || (step / 7) % 5 == 0) {
        receive(books, step, day);
      } else {
        operate(books, step, day);
      }
      check(books, day);
    }
  }

  private static SalesInvoice invoice() {
    return SalesInvoice.builder()
        .number("INV-1")
        .customer(C1)
        .date(LocalDate.of(2026, 1, 1))
        .kind(InvoiceKind.VAT_ORDINARY)
        .addLines(InvoiceLine.inclusive("goods", INVOICED, VatRate.STANDARD_13))
        .terms(PaymentTerms.net(30))
        .build();
  }

  private static void receive(Books books, int step, LocalDate day) {
    String n = "B-" + books.next++;
    BillReceivable bill =
        BillReceivable.builder()
            .number(n)
            .kind(step % 2 == 0 ? BillKind.BANK_ACCEPTANCE : BillKind.COMMERCIAL_ACCEPTANCE)
            .drawer("drawer")
            .acceptor("acceptor")
            .customer(C1)
            .issueDate(day.minusDays(step % 10))
            .maturityDate(day.plusDays(1 + step % 90))
            .face(Money.ofMinor(CNY, 1 + (step * 7919L) % 50_000_000L))
            .build();
    books.apply(books.register.receive(bill, "COL-" + n, day));
    books.received.add(n);
  }

  private static void operate(Books books, int step, LocalDate day) {
    String n = books.received.get(step % books.received.size());
    BillHolding h = books.register.holding(n);
    LocalDate maturity = h.bill().maturityDate();
    boolean held = h.status() == BillStatus.HELD;
    boolean atMaturity = !day.isBefore(maturity);
    BillRegister r = books.register;
    switch ((step / 7) % 5) {
      case 1 -> expect(books, h.onTheBooks() && atMaturity, () -> r.collect(n, day));
      case 2 ->
          expect(
              books,
              held && !day.isAfter(maturity),
              () -> r.endorse(n, "S-" + step % 3, day, BY_FINANCE));
      case 3 ->
          expect(
              books,
              held && day.isBefore(maturity),
              () ->
                  r.discount(
                      n,
                      "BANK",
                      day,
                      Percent.ofBasisPoints(step % 1000),
                      step % 2 == 0,
                      BY_FINANCE));
      default ->
          expect(
              books,
              h.onTheBooks() && atMaturity,
              () -> r.dishonour(n, day, Money.ofMinor(CNY, step % 500)));
    }
  }

  private static void expect(
      Books books, boolean allowedByState, java.util.function.Supplier<BillDecision> op) {
    if (allowedByState) {
      books.apply(op.get());
    } else {
      assertThatThrownBy(op::get)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("bill B-");
    }
  }

  private static void check(Books books, LocalDate day) {
    BillRegister r = books.register;
    int total = 0;
    for (BillStatus s : BillStatus.values()) {
      total += r.holdings(s).size();
    }
    assertThat(total).isEqualTo(books.received.size());
    Money onTheBooks = Money.zero(CNY);
    Money contingent = Money.zero(CNY);
    Money paidByBills = Money.zero(CNY);
    for (BillHolding h : r.holdings()) {
      Money face = h.bill().face();
      onTheBooks = h.onTheBooks() ? onTheBooks.plus(face) : onTheBooks;
      contingent = h.contingent() ? contingent.plus(face) : contingent;
      paidByBills = h.status() != BillStatus.DISHONOURED ? paidByBills.plus(face) : paidByBills;
    }
    assertThat(net(books, LedgerAccount.NOTES_RECEIVABLE)).isEqualTo(onTheBooks);
    assertThat(r.notesReceivable()).isEqualTo(onTheBooks);
    assertThat(net(books, LedgerAccount.SHORT_TERM_BORROWINGS)).isEqualTo(contingent.negated());
    assertThat(r.contingentLiability()).isEqualTo(contingent);
    assertThat(books.ledger.openBalance(C1))
        .isEqualTo(INVOICED.minus(paidByBills).plus(Money.ofMinor(CNY, books.interestMinor)));
    List<String> held = r.holdings(BillStatus.HELD).stream().map(h -> h.bill().number()).toList();
    assertThat(r.count(day, held).agrees()).isTrue();
    assertThat(r.count(day, held).heldFace().plus(contingent)).isEqualTo(onTheBooks);
    for (MaturityAlert a : r.maturingWithin(day, 30)) {
      assertThat(r.holding(a.bill().number()).status()).isEqualTo(BillStatus.HELD);
      assertThat(a.bill().maturityDate()).isBeforeOrEqualTo(day.plusDays(30));
    }
  }

  private static Money net(Books books, LedgerAccount account) {
    Money net = Money.zero(CNY);
    for (JournalEntry e : books.entries) {
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
