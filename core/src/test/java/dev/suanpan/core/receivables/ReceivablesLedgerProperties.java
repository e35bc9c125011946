package dev.suanpan.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.credit.AgeingBasis;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The ledger's invariants over random streams of invoices, credit notes, collections, advance
 * applications and reversals, checked after every document against bookkeeping kept by the test.
 */
class ReceivablesLedgerProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final List<CustomerId> CUSTOMERS =
      List.of(CustomerId.of("C-1"), CustomerId.of("C-2"), CustomerId.of("C-3"));
  static final List<PaymentTerms> TERMS =
      List.of(
          PaymentTerms.net(30),
          PaymentTerms.milestones(
              TermLine.share(Percent.of(30), Milestone.INVOICE, 0),
              TermLine.share(Percent.of(70), Milestone.INVOICE, 45)),
          PaymentTerms.equalMonthly(3, Milestone.INVOICE, 1));

  /** What the test knows: every posted document's effect on each customer's balance. */
  static final class Books {
    final Map<CustomerId, Long> balance = new HashMap<>();
    final List<String> invoices = new ArrayList<>();
    final Map<String, CustomerId> collections = new HashMap<>();
    final Map<String, Long> collected = new HashMap<>();
    final List<JournalEntry> entries = new ArrayList<>();
    int next;

    void add(CustomerId c, long delta) {
      balance.merge(c, delta, Long::sum);
    }
  }

  @Property(tries = 300)
  void theLedgerAgreesWithItsBooksAfterEveryDocument(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
    ReceivablesLedger ledger = ReceivablesLedger.of(DistributorCreditTerms.policy());
    Books books = new Books();
    LocalDate day = LocalDate.of(2026, 1, 1);
    for (int step : steps) {
      day = day.plusDays(step % 5);
      ReceivablesPosting p = post(ledger, books, step, day);
      if (p != null) {
        ledger = p.ledger();
        books.entries.addAll(p.entries());
      }
      check(ledger, books);
      checkAgeing(ledger, day);
    }
  }

  private static ReceivablesPosting post(
      ReceivablesLedger ledger, Books books, int step, LocalDate day) {
    CustomerId c = CUSTOMERS.get(step % 3);
    Money amount = Money.ofMinor(CNY, 1 + (step * 7919L) % 2_000_000L);
    String n = "D" + books.next++;
    switch ((step / 3) % 5) {
      case 0:
        return invoice(ledger, books, c, n, amount, day, step);
      case 1:
        return collect(ledger, books, c, n, amount, day, step);
      case 2:
        return credit(ledger, books, n, day, step);
      case 3:
        return applyAdvance(ledger, books, c, n, amount, day);
      default:
        return reverse(ledger, books, n, day, step);
    }
  }

  private static ReceivablesPosting invoice(
      ReceivablesLedger ledger,
      Books books,
      CustomerId c,
      String n,
      Money gross,
      LocalDate day,
      int step) {
    SalesInvoice inv =
        SalesInvoice.builder()
            .number(n)
            .customer(c)
            .date(day)
            .kind(InvoiceKind.VAT_SPECIAL)
            .addLines(InvoiceLine.inclusive("goods", gross, VatRate.STANDARD_13))
            .terms(TERMS.get(step % TERMS.size()))
            .build();
    books.add(c, gross.getAmountMinorLong());
    books.invoices.add(n);
    return ledger.post(inv);
  }

  private static ReceivablesPosting collect(
      ReceivablesLedger ledger,
      Books books,
      CustomerId c,
      String n,
      Money amount,
      LocalDate day,
      int step) {
    Collection.Builder b =
        Collection.builder()
            .number(n)
            .customer(c)
            .date(day)
            .amount(amount)
            .method(PaymentMethod.TRANSFER);
    if (step % 7 == 0) {
      b.asAdvance(true);
    } else if (step % 7 == 1) {
      List<Receivable> open = ledger.openItems(c);
      if (!open.isEmpty()) {
        String doc = open.get(open.size() - 1).document().replaceAll("#.*", "");
        b.addAppliesTo(InstalmentRef.of(doc));
      }
    }
    books.add(c, -amount.getAmountMinorLong());
    books.collections.put(n, c);
    books.collected.put(n, amount.getAmountMinorLong());
    return ledger.post(b.build());
  }

  private static ReceivablesPosting credit(
      ReceivablesLedger ledger, Books books, String n, LocalDate day, int step) {
    if (books.invoices.isEmpty()) {
      return null;
    }
    String inv = books.invoices.get(step % books.invoices.size());
    long open = ledger.open(inv).getAmountMinorLong();
    if (open == 0) {
      return null;
    }
    Money credit = Money.ofMinor(CNY, 1 + step % open);
    CustomerId c = ledger.document(inv).customer;
    books.add(c, -credit.getAmountMinorLong());
    return ledger.post(
        CreditNote.builder()
            .number(n)
            .invoice(inv)
            .date(day)
            .reason(CreditReason.RETURN)
            .addLines(InvoiceLine.inclusive("returned", credit, VatRate.STANDARD_13))
            .build());
  }

  private static ReceivablesPosting applyAdvance(
      ReceivablesLedger ledger, Books books, CustomerId c, String n, Money amount, LocalDate day) {
    long can =
        Math.min(
            ledger.advance(c).getAmountMinorLong(), ledger.openBalance(c).getAmountMinorLong());
    if (can == 0) {
      return null;
    }
    Money x = Money.ofMinor(CNY, 1 + amount.getAmountMinorLong() % can);
    return ledger.post(
        AdvanceApplication.builder().number(n).customer(c).date(day).amount(x).build());
  }

  private static ReceivablesPosting reverse(
      ReceivablesLedger ledger, Books books, String n, LocalDate day, int step) {
    List<String> open = new ArrayList<>(books.collected.keySet());
    if (open.isEmpty()) {
      return null;
    }
    open.sort(String::compareTo);
    String col = open.get(step % open.size());
    long amount = books.collected.remove(col);
    books.add(books.collections.get(col), amount);
    return ledger.post(
        CollectionReversal.builder().number(n).collection(col).date(day).reason("bounced").build());
  }

  private static void check(ReceivablesLedger ledger, Books books) {
    long arTotal = 0;
    long advanceTotal = 0;
    for (CustomerId c : CUSTOMERS) {
      long open = ledger.openBalance(c).getAmountMinorLong();
      long advance = ledger.advance(c).getAmountMinorLong();
      // invoices - credit notes - collections (not reversed) = open - advance
      assertThat(open - advance).isEqualTo(books.balance.getOrDefault(c, 0L));
      List<Receivable> items = ledger.openItems(c);
      long itemSum = 0;
      for (Receivable r : items) {
        assertThat(r.openAmount().isPositive()).isTrue();
        itemSum += r.openAmount().getAmountMinorLong();
      }
      assertThat(itemSum).isEqualTo(open);
      Exposure scratch =
          Exposure.fromScratch(c, CNY, items, Money.zero(CNY), Money.zero(CNY), ledger.advance(c));
      assertThat(ledger.exposure(c)).isEqualTo(scratch);
      arTotal += open;
      advanceTotal += advance;
    }
    assertThat(net(books.entries, LedgerAccount.ACCOUNTS_RECEIVABLE)).isEqualTo(arTotal);
    assertThat(-net(books.entries, LedgerAccount.ADVANCES_FROM_CUSTOMERS)).isEqualTo(advanceTotal);
  }

  /** Ageing read from the ledger's items equals ageing its open items, under both bases. */
  private static void checkAgeing(ReceivablesLedger ledger, LocalDate asOf) {
    CreditPolicy byInvoice = DistributorCreditTerms.policy();
    CreditPolicy byDue =
        CreditPolicy.builder().from(byInvoice).ageingBasis(AgeingBasis.DUE_DATE).build();
    for (CreditPolicy policy : List.of(byInvoice, byDue)) {
      Ageing ageing = Ageing.of(policy);
      assertThat(ageing.age(ledger, asOf)).isEqualTo(ageing.age(ledger.openItems(), asOf));
    }
  }

  /** Debits less credits of {@code account} over {@code entries}, each entry balanced. */
  private static long net(List<JournalEntry> entries, LedgerAccount account) {
    long net = 0;
    for (JournalEntry e : entries) {
      assertThat(e.debits()).isEqualTo(e.credits());
      for (JournalLine l : e.lines()) {
        if (l.account().equals(account)) {
          net += l.signedAmount().getAmountMinorLong();
        }
      }
    }
    return net;
  }
}
