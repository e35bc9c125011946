package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.writeoff.MemoRecord;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.party.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One posting to a {@link ReceivablesLedger} being built: the new versions of the ledger's maps,
 * the explanation and the entries. Nothing is visible until {@link #posted}; an exception on the
 * way leaves the ledger as it was.
 */
final class Posting {
  final ReceivablesLedger ledger;
  PersistentMap<String, Doc> documents;
  PersistentMap<String, Receipt> receipts;
  PersistentMap<String, ContractBalance> contracts;
  PersistentMap<CustomerId, Account> accounts;
  final Explanation.Builder why = Explanation.builder();

  /** Makes the entries of what is posted, when the posting's entries are first read. */
  private final List<Supplier<? extends java.util.Collection<JournalEntry>>> entries =
      new ArrayList<>(2);

  /** The date of the receipt being posted: the date of the contracts' collected changes. */
  LocalDate on;

  Posting(ReceivablesLedger ledger) {
    this.ledger = ledger;
    this.documents = ledger.documents();
    this.receipts = ledger.receipts();
    this.contracts = ledger.contracts();
    this.accounts = ledger.accounts();
  }

  ReceivablesPosting posted(String document) {
    ReceivablesLedger after =
        new ReceivablesLedger(ledger.policy(), documents, receipts, contracts, accounts);
    return ImmutableReceivablesPosting.builder()
        .document(document)
        .outcome(Outcome.ALLOWED)
        .explanation(why.build())
        .entryMaker(entriesOf(entries))
        .ledger(after)
        .build();
  }

  private static Supplier<ImmutableList<JournalEntry>> entriesOf(
      List<Supplier<? extends java.util.Collection<JournalEntry>>> makers) {
    return () -> {
      ImmutableList.Builder<JournalEntry> all = ImmutableList.builder();
      for (Supplier<? extends java.util.Collection<JournalEntry>> m : makers) {
        all.addAll(m.get());
      }
      return all.build();
    };
  }

  ReceivablesPosting held(String document, Outcome outcome) {
    return ImmutableReceivablesPosting.builder()
        .document(document)
        .outcome(outcome)
        .explanation(why.build())
        .entryMaker(ImmutableList::of)
        .ledger(ledger)
        .build();
  }

  Account account(CustomerId customer) {
    Account a = accounts.get(customer);
    return a != null ? a : ledger.account(customer);
  }

  void put(CustomerId customer, Account a) {
    accounts = accounts.put(customer, a);
  }

  /** {@link ReceivablesRule#INVOICED}: each instalment of the invoice is open. */
  void invoice(SalesInvoice invoice) {
    List<Instalment> instalments = invoice.instalments();
    int n = instalments.size();
    LocalDate[] due = new LocalDate[n];
    long[] amount = new long[n];
    Account a = account(invoice.customer());
    Exposure e = a.exposure;
    OpenItems items = a.items;
    for (int i = 0; i < n; i++) {
      Instalment in = instalments.get(i);
      due[i] = in.dueDate();
      OpenItems.checkDate(due[i], "invoice " + invoice.number() + " instalment due date");
      amount[i] = in.amount().getAmountMinorLong();
      if (amount[i] > 0) {
        e =
            invoice.forShippedGoods()
                ? e.invoiced(in.amount(), due[i])
                : e.invoicedWithoutShipment(in.amount(), due[i]);
        items = items.plus(due[i], new ItemKey(invoice.number(), i));
      }
    }
    Doc d =
        new Doc(
            Doc.INVOICE,
            invoice.number(),
            invoice.customer(),
            invoice.contract().orElse(null),
            invoice.date(),
            invoice.salesperson(),
            due,
            amount,
            amount.clone(),
            invoice);
    documents = documents.put(d.number, d);
    put(invoice.customer(), a.with(e).with(items));
    why.add(
        ReceivablesRule.INVOICED,
        "%s invoice %s to %s: net %s + VAT %s = %s, due %s",
        invoice.kind(),
        invoice.number(),
        invoice.customer(),
        invoice.net(),
        invoice.tax(),
        invoice.gross(),
        instalments);
    entries.add(() -> Entries.invoice(invoice));
  }

  /** {@link ReceivablesRule#CREDITED}: the credit reduces the open instalments, latest first. */
  void credit(CreditNote note, Doc invoice, long credit) {
    Account a = account(invoice.customer);
    Exposure e = a.exposure;
    OpenItems items = a.items;
    Doc d = invoice;
    long left = credit;
    for (int i = d.due.length - 1; i >= 0 && left > 0; i--) {
      long take = Math.min(left, d.open[i]);
      if (take > 0) {
        e = e.credited(ledger.money(take), d.due[i]);
        if (take == d.open[i]) {
          items = items.minus(d.due[i], d.key(i));
        }
        d = d.withOpen(i, d.open[i] - take);
        left -= take;
      }
    }
    documents = documents.put(d.number, d);
    documents = documents.put(note.number(), marker(note, invoice));
    put(invoice.customer, a.with(e).with(items));
    why.add(
        ReceivablesRule.CREDITED,
        "%s credit note %s against invoice %s: net %s + VAT %s = %s; %s still open",
        note.reason(),
        note.number(),
        invoice.number,
        note.net(),
        note.tax(),
        note.gross(),
        ledger.money(d.openTotal()));
    entries.add(() -> Entries.creditNote(note, invoice));
  }

  private static Doc marker(CreditNote note, Doc invoice) {
    return new Doc(
        Doc.CREDIT_NOTE,
        note.number(),
        invoice.customer,
        invoice.contract,
        note.date(),
        invoice.salesperson,
        new LocalDate[0],
        new long[0],
        new long[0],
        note);
  }

  /** {@link ReceivablesRule#DEBITED}: the debit note is one open instalment. */
  void debit(DebitNote note) {
    OpenItems.checkDate(note.dueDate(), "debit note " + note.number() + " due date");
    Account a = account(note.customer());
    long m = note.amount().getAmountMinorLong();
    Doc d =
        new Doc(
            Doc.DEBIT_NOTE,
            note.number(),
            note.customer(),
            note.contract().orElse(null),
            note.date(),
            Optional.empty(),
            new LocalDate[] {note.dueDate()},
            new long[] {m},
            new long[] {m},
            null);
    documents = documents.put(d.number, d);
    put(
        note.customer(),
        a.with(a.exposure.invoicedWithoutShipment(note.amount(), note.dueDate()))
            .with(a.items.plus(note.dueDate(), d.key(0))));
    why.add(
        ReceivablesRule.DEBITED,
        "debit note %s to %s: %s (%s), due %s",
        note.number(),
        note.customer(),
        note.amount(),
        note.description(),
        note.dueDate());
    entries.add(() -> List.of(Entries.debitNote(note)));
  }

  /** {@link ReceivablesRule#COLLECTED}, then {@link ReceivablesRule#ADVANCE_KEPT}. */
  void collect(Collection c) {
    on = c.date();
    long amount = c.amount().getAmountMinorLong();
    Payments paid =
        c.asAdvance()
            ? Payments.NONE
            : Payments.select(
                this, c.customer(), c.appliesTo(), amount, "collection " + c.number());
    pay(c.customer(), paid, false);
    long advance = amount - paid.total;
    if (advance > 0) {
      Account a = account(c.customer());
      put(
          c.customer(),
          a.with(a.exposure.prepaymentReceived(ledger.money(advance)))
              .withAdvance(a.advance + advance, a.log));
    }
    String contract = c.contract().orElse(null);
    if (contract != null && advance > 0) {
      contracts = contracts.put(contract, contracts.get(contract).plus(0, advance, on));
    }
    receipts =
        receipts.put(
            c.number(),
            new Receipt(
                c.number(),
                c.customer(),
                c.date(),
                c.method(),
                contract,
                amount,
                paid.items,
                paid.amounts,
                advance,
                true,
                null));
    explainCollection(c, paid, advance);
    long paidTotal = paid.total;
    entries.add(
        () -> List.of(Entries.collection(c, ledger.money(paidTotal), ledger.money(advance))));
  }

  private void explainCollection(Collection c, Payments paid, long advance) {
    why.add(
        ReceivablesRule.COLLECTED,
        "collection %s from %s by %s: %s pays %s",
        c.number(),
        c.customer(),
        c.method(),
        c.amount(),
        paid.describe(this));
    if (advance > 0) {
      why.add(
          ReceivablesRule.ADVANCE_KEPT,
          "%s kept as an advance for %s%s",
          ledger.money(advance),
          c.customer(),
          c.contract().map(k -> " (contract " + k + ")").orElse(""));
    }
  }

  /** {@link ReceivablesRule#ADVANCE_APPLIED}: the advance pays open instalments. */
  void applyAdvance(AdvanceApplication app) {
    on = app.date();
    long amount = app.amount().getAmountMinorLong();
    Payments paid =
        Payments.select(
            this, app.customer(), app.appliesTo(), amount, "advance application " + app.number());
    if (paid.total < amount) {
      throw new IllegalArgumentException(
          "advance application "
              + app.number()
              + " applies "
              + app.amount()
              + ", but the instalments it may pay have only "
              + ledger.money(paid.total)
              + " open");
    }
    pay(app.customer(), paid, true);
    Account a = account(app.customer());
    AdvanceLog log = a.log;
    for (int i = 0; i < paid.items.length; i++) {
      log = new AdvanceLog(paid.items[i], paid.amounts[i], log);
    }
    put(app.customer(), a.withAdvance(a.advance - amount, log));
    receipts =
        receipts.put(
            app.number(),
            new Receipt(
                app.number(),
                app.customer(),
                app.date(),
                null,
                null,
                amount,
                paid.items,
                paid.amounts,
                0,
                false,
                null));
    why.add(
        ReceivablesRule.ADVANCE_APPLIED,
        "advance application %s for %s: %s pays %s; advance left %s",
        app.number(),
        app.customer(),
        app.amount(),
        paid.describe(this),
        ledger.money(a.advance - amount));
    entries.add(() -> List.of(Entries.advanceApplication(app)));
  }

  /**
   * Pays the selected instalments: each open amount falls, a paid instalment leaves the open items,
   * the exposure falls (from the prepayments too when {@code fromAdvance}), and each contract's
   * paid amount rises (its unapplied advance falls when {@code fromAdvance}).
   */
  void pay(CustomerId customer, Payments paid, boolean fromAdvance) {
    Account a = account(customer);
    Exposure e = a.exposure;
    OpenItems items = a.items;
    for (int k = 0; k < paid.items.length; k++) {
      ItemKey key = paid.items[k];
      long x = paid.amounts[k];
      Doc d = documents.get(key.document());
      int i = key.instalment();
      e =
          fromAdvance
              ? e.prepaymentApplied(ledger.money(x), d.due[i])
              : e.paid(ledger.money(x), d.due[i]);
      if (x == d.open[i]) {
        items = items.minus(d.due[i], key);
      }
      documents = documents.put(d.number, d.withOpen(i, d.open[i] - x));
      if (d.contract != null) {
        contracts =
            contracts.put(d.contract, contracts.get(d.contract).plus(x, fromAdvance ? -x : 0, on));
      }
    }
    put(customer, a.with(e).with(items));
  }

  /** {@link ReceivablesRule#WRITTEN_OFF}: the instalment falls by the amount written off. */
  void writeOff(MemoRecord memo, ItemKey key, long amount, JournalEntry entry) {
    Doc d = documents.get(key.document());
    int i = key.instalment();
    Account a = account(d.customer);
    OpenItems items = amount == d.open[i] ? a.items.minus(d.due[i], key) : a.items;
    put(d.customer, a.with(a.exposure.writtenOff(memo.writtenOff(), d.due[i])).with(items));
    documents = documents.put(d.number, d.withOpen(i, d.open[i] - amount));
    why.add(
        ReceivablesRule.WRITTEN_OFF,
        "%s written off for %s on %s (%s); %s left open on it, kept on the memo register",
        memo.writtenOff(),
        memo.document(),
        memo.writtenOffOn(),
        memo.cause(),
        ledger.money(d.open[i] - amount));
    entries.add(() -> List.of(entry));
  }

  /** {@link ReceivablesRule#REVERSED}: undoes what the collection did. */
  void reverse(CollectionReversal reversal, Receipt original) {
    on = reversal.date();
    CustomerId customer = original.customer;
    for (int k = 0; k < original.paid.length; k++) {
      reopen(customer, original.paid[k], original.paidAmounts[k], false);
    }
    Account a = account(customer);
    long taken = Math.min(original.advance, a.advance);
    long shortfall = original.advance - taken;
    AdvanceLog log = reopenApplied(customer, a.log, shortfall);
    a = account(customer);
    Exposure e = a.exposure;
    if (original.advance > 0) {
      e = e.prepaymentRefunded(ledger.money(original.advance));
    }
    put(customer, a.with(e).withAdvance(a.advance - original.advance, log));
    if (original.contract != null && original.advance > 0) {
      contracts =
          contracts.put(
              original.contract, contracts.get(original.contract).plus(0, -original.advance, on));
    }
    receipts = receipts.put(original.number, original.reversed());
    receipts =
        receipts.put(
            reversal.number(),
            new Receipt(
                reversal.number(),
                customer,
                reversal.date(),
                original.method,
                original.contract,
                original.amount,
                new ItemKey[0],
                new long[0],
                0,
                false,
                original.number));
    explainReversal(reversal, original, shortfall);
    entries.add(() -> List.of(Entries.reversal(reversal, original, shortfall, ledger)));
  }

  private void explainReversal(CollectionReversal reversal, Receipt original, long shortfall) {
    why.add(
        ReceivablesRule.REVERSED,
        "reversal %s of collection %s (%s): %s reopened, advance %s taken back%s",
        reversal.number(),
        original.number,
        reversal.reason(),
        ledger.money(original.amount - original.advance),
        ledger.money(original.advance),
        shortfall > 0 ? "; " + ledger.money(shortfall) + " of it was applied since, reopened" : "");
  }

  /** Reopens {@code x} of an instalment a collection or an advance application paid. */
  private void reopen(CustomerId customer, ItemKey key, long x, boolean fromAdvance) {
    Account a = account(customer);
    Doc d = documents.get(key.document());
    int i = key.instalment();
    Exposure e = a.exposure.invoicedWithoutShipment(ledger.money(x), d.due[i]);
    if (fromAdvance) {
      e = e.prepaymentReceived(ledger.money(x));
    }
    OpenItems items = d.open[i] == 0 ? a.items.plus(d.due[i], key) : a.items;
    documents = documents.put(d.number, d.withOpen(i, d.open[i] + x));
    if (d.contract != null) {
      contracts = contracts.put(d.contract, contracts.get(d.contract).plus(-x, 0, on));
    }
    put(customer, new Account(e, items, a.advance + (fromAdvance ? x : 0), a.log));
  }

  /**
   * Reopens what the newest advance applications paid, up to {@code shortfall}; returns the log
   * without what was reopened.
   */
  private AdvanceLog reopenApplied(CustomerId customer, AdvanceLog log, long shortfall) {
    if (shortfall == 0) {
      return log;
    }
    AdvanceLog node = log;
    long left = shortfall;
    while (left > 0) {
      long y = Math.min(left, node.amount);
      reopen(customer, node.item, y, true);
      left -= y;
      if (y < node.amount) {
        return new AdvanceLog(node.item, node.amount - y, node.next);
      }
      node = node.next;
    }
    return node;
  }
}
