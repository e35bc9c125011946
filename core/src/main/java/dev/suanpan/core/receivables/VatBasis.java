package dev.suanpan.core.receivables;

/** Where an invoice rounds its VAT: on each line, or once per rate on the document. */
public enum VatBasis {
  /** Each line's tax is rounded, and the document's tax is the sum of the lines'. */
  LINE,
  /** The lines of one rate are totalled and their tax rounded once per rate. */
  DOCUMENT
}
