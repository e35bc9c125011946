package dev.suanpan.core.receivables;

import dev.suanpan.core.party.CustomerId;
import java.time.LocalDate;

/**
 * A posted collection, advance application or reversal as the ledger keeps it: what it paid (items
 * and minor amounts) and the advance it left, so a reversal can undo exactly that.
 */
final class Receipt {
  final String number;
  final CustomerId customer;
  final LocalDate date;
  final PaymentMethod method;
  final String contract;
  final long amount;
  final ItemKey[] paid;
  final long[] paidAmounts;
  final long advance;
  final boolean reversible;

  /** The collection this receipt reverses, for a reversal; null otherwise. */
  final String reverses;

  Receipt(
      String number,
      CustomerId customer,
      LocalDate date,
      PaymentMethod method,
      String contract,
      long amount,
      ItemKey[] paid,
      long[] paidAmounts,
      long advance,
      boolean reversible,
      String reverses) {
    this.number = number;
    this.customer = customer;
    this.date = date;
    this.method = method;
    this.contract = contract;
    this.amount = amount;
    this.paid = paid;
    this.paidAmounts = paidAmounts;
    this.advance = advance;
    this.reversible = reversible;
    this.reverses = reverses;
  }

  /** True for a collection (reversed since or not); false for an application or a reversal. */
  boolean isCollection() {
    return method != null && reverses == null;
  }

  Receipt reversed() {
    return new Receipt(
        number,
        customer,
        date,
        method,
        contract,
        amount,
        paid,
        paidAmounts,
        advance,
        false,
        reverses);
  }
}
