package dev.suanpan.core.receivables;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link ReceivablesLedger}, with the stable ids its postings' explanations carry.
 * An invoice against a contract also carries the {@link
 * dev.suanpan.core.credit.invoice.InvoiceGate}'s step ({@code invoice.collected-share}).
 */
public enum ReceivablesRule implements Rule {
  /** An invoice's gross falls due in the instalments of its payment terms. */
  INVOICED("receivables.invoiced"),
  /** A red-letter credit note reduces what its invoice has open, latest instalment first. */
  CREDITED("receivables.credited"),
  /** A debit note is one instalment owed, such as a dishonoured bill put back on receivables. */
  DEBITED("receivables.debited"),
  /** A collection pays the instalments named, or the oldest due first. */
  COLLECTED("receivables.collected"),
  /** What a collection leaves over is kept as an advance (预收账款) for later invoices. */
  ADVANCE_KEPT("receivables.advance-kept"),
  /** An advance is applied to open instalments, named or oldest due first. */
  ADVANCE_APPLIED("receivables.advance-applied"),
  /**
   * An approved bad-debt write-off takes the instalment off the open items and onto the memo
   * register (账销案存, 002 §(八)).
   */
  WRITTEN_OFF("receivables.written-off"),
  /** A bounced collection is reversed: what it paid is open again and its advance taken back. */
  REVERSED("receivables.reversed");

  private final String id;

  ReceivablesRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
