package dev.suanpan.core.decision;

/**
 * What a check does with two records that carry the same document number: {@link #REFUSE} them (the
 * default wherever the choice is offered: a repeated number is usually a document keyed twice) or
 * {@link #ALLOW} them (for books where one number legitimately covers several records, such as the
 * instalments of one contract). Used by ageing and by the stock ledger.
 */
public enum DuplicateDocuments {
  /** A repeated document number is refused, naming the document and both records. */
  REFUSE,
  /** Repeated document numbers are accepted; each record is taken on its own. */
  ALLOW
}
