package dev.suanpan.core.receivables;

import dev.suanpan.core.party.CustomerId;
import java.time.LocalDate;

/**
 * A registered contract as the ledger keeps it (minor units): its value, what was paid on its
 * documents, the advances received for it not yet applied to them, and the log of the changes of
 * its collected amount (paid plus advance) by date, newest first, for the performance list.
 */
final class ContractBalance {
  final CustomerId customer;
  final long value;
  final long paid;
  final long advance;
  final Change log;

  /** One change of the collected amount, on a date; a persistent list, newest first. */
  static final class Change {
    final LocalDate date;
    final long delta;
    final Change next;

    Change(LocalDate date, long delta, Change next) {
      this.date = date;
      this.delta = delta;
      this.next = next;
    }
  }

  ContractBalance(CustomerId customer, long value, long paid, long advance, Change log) {
    this.customer = customer;
    this.value = value;
    this.paid = paid;
    this.advance = advance;
    this.log = log;
  }

  ContractBalance plus(long paidDelta, long advanceDelta, LocalDate date) {
    long p = Math.max(0, paid + paidDelta);
    long a = Math.max(0, advance + advanceDelta);
    long delta = p + a - paid - advance;
    return new ContractBalance(
        customer, value, p, a, delta == 0 ? log : new Change(date, delta, log));
  }

  /** What was collected on dates up to and including {@code date}. */
  long collectedTo(LocalDate date) {
    long t = 0;
    for (Change c = log; c != null; c = c.next) {
      if (!c.date.isAfter(date)) {
        t += c.delta;
      }
    }
    return t;
  }
}
