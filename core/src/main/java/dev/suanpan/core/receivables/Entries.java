package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.tax.VatSplit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.Money;

/** The journal entries of the receivables documents. */
final class Entries {
  private Entries() {}

  /**
   * Dr accounts receivable / Cr revenue, Cr output VAT: one entry for the invoice, or one per line
   * when a line has dimensions of its own (then the lines' entries add up to the invoice).
   */
  static List<JournalEntry> invoice(SalesInvoice inv) {
    String what = "Sales invoice " + inv.number() + " to " + inv.customer().code();
    return sale(
        inv.date(),
        inv.number(),
        what,
        base(inv.customer(), inv.contract(), inv.dimensions()),
        inv,
        false);
  }

  /** Dr revenue, Dr output VAT / Cr accounts receivable, the same way as {@link #invoice}. */
  static List<JournalEntry> creditNote(CreditNote note, Doc invoice) {
    String what =
        "Credit note " + note.number() + " (" + note.reason() + ") against " + invoice.number;
    return sale(
        note.date(),
        note.number(),
        what,
        base(invoice.customer, Optional.ofNullable(invoice.contract), note.dimensions()),
        note,
        true);
  }

  private static Map<String, String> base(
      CustomerId customer, Optional<String> contract, Map<String, String> own) {
    Map<String, String> dims = new TreeMap<>(own);
    dims.put(Dimensions.CUSTOMER, customer.code());
    contract.ifPresent(c -> dims.put(Dimensions.CONTRACT, c));
    return dims;
  }

  private static List<JournalEntry> sale(
      LocalDate date,
      String reference,
      String what,
      Map<String, String> dims,
      VatDocument doc,
      boolean credit) {
    boolean perLine = false;
    for (InvoiceLine l : doc.lines()) {
      perLine |= !l.dimensions().isEmpty();
    }
    if (!perLine) {
      return ImmutableList.of(
          saleEntry(date, reference, what, dims, doc.net(), doc.tax(), doc.gross(), credit));
    }
    List<VatSplit> splits = doc.lineSplits();
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    for (int i = 0; i < splits.size(); i++) {
      VatSplit split = splits.get(i);
      if (split.gross().isPositive()) {
        InvoiceLine line = doc.lines().get(i);
        Map<String, String> lineDims = new TreeMap<>(dims);
        lineDims.putAll(line.dimensions());
        String text = what + ": " + line.description();
        out.add(
            saleEntry(
                date, reference, text, lineDims, split.net(), split.tax(), split.gross(), credit));
      }
    }
    return out.build();
  }

  private static JournalEntry saleEntry(
      LocalDate date,
      String reference,
      String what,
      Map<String, String> dims,
      Money net,
      Money tax,
      Money gross,
      boolean credit) {
    JournalEntry.Builder e =
        JournalEntry.builder()
            .date(date)
            .reference(reference)
            .description(what)
            .putAllDimensions(dims);
    if (credit) {
      debitIfPositive(e, LedgerAccount.REVENUE, net);
      debitIfPositive(e, LedgerAccount.OUTPUT_VAT, tax);
      e.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, gross);
    } else {
      e.debit(LedgerAccount.ACCOUNTS_RECEIVABLE, gross);
      creditIfPositive(e, LedgerAccount.REVENUE, net);
      creditIfPositive(e, LedgerAccount.OUTPUT_VAT, tax);
    }
    return e.build();
  }

  private static void debitIfPositive(JournalEntry.Builder e, LedgerAccount a, Money m) {
    if (m.isPositive()) {
      e.debit(a, m);
    }
  }

  private static void creditIfPositive(JournalEntry.Builder e, LedgerAccount a, Money m) {
    if (m.isPositive()) {
      e.credit(a, m);
    }
  }

  /** Dr accounts receivable / Cr the note's account. */
  static JournalEntry debitNote(DebitNote note) {
    return JournalEntry.builder()
        .date(note.date())
        .reference(note.number())
        .description(
            "Debit note "
                + note.number()
                + " to "
                + note.customer().code()
                + ": "
                + note.description())
        .putAllDimensions(base(note.customer(), note.contract(), Map.of()))
        .debit(LedgerAccount.ACCOUNTS_RECEIVABLE, note.amount())
        .credit(note.account(), note.amount())
        .build();
  }

  /** Dr the method's account / Cr accounts receivable (applied), Cr advances (the rest). */
  static JournalEntry collection(Collection c, Money applied, Money advance) {
    JournalEntry.Builder e =
        JournalEntry.builder()
            .date(c.date())
            .reference(c.number())
            .description(
                "Collection "
                    + c.number()
                    + " from "
                    + c.customer().code()
                    + c.bill().map(b -> " by bill " + b).orElse(""))
            .putAllDimensions(base(c.customer(), c.contract(), Map.of()))
            .debit(c.method().account(), c.amount());
    creditIfPositive(e, LedgerAccount.ACCOUNTS_RECEIVABLE, applied);
    creditIfPositive(e, LedgerAccount.ADVANCES_FROM_CUSTOMERS, advance);
    return e.build();
  }

  /** Dr advances from customers / Cr accounts receivable. */
  static JournalEntry advanceApplication(AdvanceApplication app) {
    return JournalEntry.builder()
        .date(app.date())
        .reference(app.number())
        .description("Advance of " + app.customer().code() + " applied")
        .putDimension(Dimensions.CUSTOMER, app.customer().code())
        .debit(LedgerAccount.ADVANCES_FROM_CUSTOMERS, app.amount())
        .credit(LedgerAccount.ACCOUNTS_RECEIVABLE, app.amount())
        .build();
  }

  /**
   * Dr accounts receivable (what the collection paid, and what applications of its advance paid),
   * Dr advances from customers (the rest of its advance) / Cr the method's account.
   */
  static JournalEntry reversal(
      CollectionReversal r, Receipt original, long shortfall, ReceivablesLedger ledger) {
    long receivable = original.amount - original.advance + shortfall;
    JournalEntry.Builder e =
        JournalEntry.builder()
            .date(r.date())
            .reference(r.number())
            .description(
                "Collection "
                    + original.number
                    + " of "
                    + original.customer.code()
                    + " reversed: "
                    + r.reason())
            .putAllDimensions(
                base(original.customer, Optional.ofNullable(original.contract), Map.of()));
    debitIfPositive(e, LedgerAccount.ACCOUNTS_RECEIVABLE, ledger.money(receivable));
    debitIfPositive(
        e, LedgerAccount.ADVANCES_FROM_CUSTOMERS, ledger.money(original.advance - shortfall));
    return e.credit(original.method.account(), ledger.money(original.amount)).build();
  }
}
