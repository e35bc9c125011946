package dev.suanpan.core.receivables;

import dev.suanpan.core.party.CustomerId;
import java.time.LocalDate;

/**
 * Receives the open instalments of a {@link ReceivablesLedger} one by one, from {@link
 * ReceivablesLedger#forEachOpenItem}, without a {@link dev.suanpan.core.credit.Receivable} built
 * for each: what a report over every open item (ageing, a statement run) reads when the ledger is
 * large.
 */
@FunctionalInterface
public interface OpenItemVisitor {
  /**
   * One open instalment.
   *
   * @param customer the customer who owes it
   * @param document the document number, with {@code #n} when the document has several instalments,
   *     as {@link ReceivablesLedger#openItems(CustomerId)} names it
   * @param invoiceDate the document's date
   * @param dueDate the instalment's due date
   * @param openMinor what is open on it, in minor units of the ledger's currency (positive)
   */
  void visit(
      CustomerId customer,
      String document,
      LocalDate invoiceDate,
      LocalDate dueDate,
      long openMinor);
}
