package dev.suanpan.core.receivables;

import dev.suanpan.core.party.CustomerId;

/**
 * A registered contract as the ledger keeps it (minor units): its value, what was paid on its
 * documents and the advances received for it not yet applied to them.
 */
final class ContractBalance {
  final CustomerId customer;
  final long value;
  final long paid;
  final long advance;

  ContractBalance(CustomerId customer, long value, long paid, long advance) {
    this.customer = customer;
    this.value = value;
    this.paid = paid;
    this.advance = advance;
  }

  ContractBalance plus(long paidDelta, long advanceDelta) {
    return new ContractBalance(
        customer, value, Math.max(0, paid + paidDelta), Math.max(0, advance + advanceDelta));
  }
}
