package dev.suanpan.core.receivables;

import dev.suanpan.money.internal.Arguments;

/**
 * A collection's target: a receivable document (an invoice or debit note) by its number, and one of
 * its instalments, or 0 for all of them, oldest due first.
 *
 * @param document the invoice's or debit note's number; rejects a blank one
 * @param instalment the instalment's number from 1, or 0 for the whole document; rejects a negative
 */
public record InstalmentRef(String document, int instalment) {
  /** Rejects a blank document and a negative instalment number. */
  public InstalmentRef {
    Arguments.notBlank(document, "document");
    Arguments.nonNegative(instalment, "instalment");
  }

  /** All of {@code document}'s open instalments, oldest due first. */
  public static InstalmentRef of(String document) {
    return new InstalmentRef(document, 0);
  }

  /** Instalment {@code instalment} (from 1) of {@code document}. */
  public static InstalmentRef of(String document, int instalment) {
    Arguments.check(instalment >= 1, "instalment must be at least 1, was %s", instalment);
    return new InstalmentRef(document, instalment);
  }

  @Override
  public String toString() {
    return instalment == 0 ? document : document + "#" + instalment;
  }
}
