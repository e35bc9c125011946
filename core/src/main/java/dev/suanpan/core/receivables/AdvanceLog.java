package dev.suanpan.core.receivables;

/**
 * What advance applications paid, newest first, as a persistent list: a reversal whose advance was
 * since applied reopens the newest of these for its shortfall.
 */
final class AdvanceLog {
  final ItemKey item;
  final long amount;
  final AdvanceLog next;

  AdvanceLog(ItemKey item, long amount, AdvanceLog next) {
    this.item = item;
    this.amount = amount;
    this.next = next;
  }
}
