package dev.suanpan.inventory;

/**
 * The valuation state after a ledger's last movement, kept so that an append starts from it.
 *
 * <p>Under the month-end average, {@code monthPos}, {@code monthQty}, {@code monthValue} and {@code
 * prevUnitCost} describe the open month (the month of the last movement): its first position, its
 * opening quantity and value, and the unit cost of the month before it; {@code unitCost} is the
 * open month's own unit cost once valued. While the open month's valuation is pending, {@code
 * balValue} and {@code unitCost} are not known (zero).
 */
final class LedgerState {
  static final LedgerState EMPTY = new LedgerState(0, 0, 0, 0, -1, 0, 0, 0, 0, 0);

  final long balQty;
  final long balValue;
  final int head;
  final long headUsed;
  final int lastIn;
  final int monthPos;
  final long monthQty;
  final long monthValue;
  final long prevUnitCost;
  final long unitCost;

  LedgerState(
      long balQty,
      long balValue,
      int head,
      long headUsed,
      int lastIn,
      int monthPos,
      long monthQty,
      long monthValue,
      long prevUnitCost,
      long unitCost) {
    this.balQty = balQty;
    this.balValue = balValue;
    this.head = head;
    this.headUsed = headUsed;
    this.lastIn = lastIn;
    this.monthPos = monthPos;
    this.monthQty = monthQty;
    this.monthValue = monthValue;
    this.prevUnitCost = prevUnitCost;
    this.unitCost = unitCost;
  }
}
