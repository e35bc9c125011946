package dev.suanpan.core.receivables;

import dev.suanpan.core.credit.Exposure;

/**
 * One customer's state in the ledger: the exposure, the open instalments by due date, the advance
 * held (minor units) and the log of advance applications, newest first, for reversals.
 */
final class Account {
  final Exposure exposure;
  final OpenItems items;
  final long advance;
  final AdvanceLog log;

  Account(Exposure exposure, OpenItems items, long advance, AdvanceLog log) {
    this.exposure = exposure;
    this.items = items;
    this.advance = advance;
    this.log = log;
  }

  Account with(Exposure e) {
    return new Account(e, items, advance, log);
  }

  Account with(OpenItems i) {
    return new Account(exposure, i, advance, log);
  }

  Account withAdvance(long a, AdvanceLog l) {
    return new Account(exposure, items, a, l);
  }
}
