package dev.suanpan.core.receivables;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A posted receivable document as the ledger keeps it: an invoice or debit note with its
 * instalments (due dates, amounts, open amounts, in minor units), or a credit note (no instalments:
 * kept so its number is taken, and for the reports). Immutable: a change returns a copy.
 */
final class Doc {
  static final String INVOICE = "invoice";
  static final String DEBIT_NOTE = "debit note";
  static final String CREDIT_NOTE = "credit note";

  final String kind;
  final String number;
  final CustomerId customer;
  final String contract;
  final LocalDate date;
  final Optional<PersonId> salesperson;
  final LocalDate[] due;
  final long[] amount;
  final long[] open;

  /**
   * The invoice or credit note as posted (its lines, for the sales reports); null for a debit note.
   */
  final VatDocument source;

  Doc(
      String kind,
      String number,
      CustomerId customer,
      String contract,
      LocalDate date,
      Optional<PersonId> salesperson,
      LocalDate[] due,
      long[] amount,
      long[] open,
      VatDocument source) {
    this.kind = kind;
    this.number = number;
    this.customer = customer;
    this.contract = contract;
    this.date = date;
    this.salesperson = salesperson;
    this.due = due;
    this.amount = amount;
    this.open = open;
    this.source = source;
  }

  Doc withOpen(int instalment, long newOpen) {
    long[] o = open.clone();
    o[instalment] = newOpen;
    return new Doc(kind, number, customer, contract, date, salesperson, due, amount, o, source);
  }

  long openTotal() {
    long t = 0;
    for (long o : open) {
      t += o;
    }
    return t;
  }

  ItemKey key(int instalment) {
    return new ItemKey(number, instalment);
  }

  /** The item's name in reports: the number, with {@code #n} when there are several instalments. */
  String itemName(int instalment) {
    return due.length == 1 ? number : number + "#" + (instalment + 1);
  }
}
