package dev.suanpan.inventory;

/**
 * The valuation state after a ledger's last movement, kept so that an append starts from it.
 *
 * <p>Under the month-end average, {@code monthPos}, {@code monthQty}, {@code monthValue} and {@code
 * prevUnitCost} describe the open month (the month of the last movement): its first position, its
 * opening quantity and value, and the unit cost of the month before it; {@code unitCost} is the
 * open month's own unit cost once valued. While the open month's valuation is pending, {@code
 * balValue} and {@code unitCost} are not known (zero); instead {@code pendInQty} and {@code
 * pendInValue} total the open month's inbound movements of known value, and {@code pendUQty} the
 * quantities it will value at its unit cost, from which the ledger bounds the values the month can
 * reach without valuing it.
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
  final long pendInQty;
  final long pendInValue;
  final long pendUQty;

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
    this(
        balQty,
        balValue,
        head,
        headUsed,
        lastIn,
        monthPos,
        monthQty,
        monthValue,
        prevUnitCost,
        unitCost,
        0,
        0,
        0);
  }

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
      long unitCost,
      long pendInQty,
      long pendInValue,
      long pendUQty) {
    this.pendInQty = pendInQty;
    this.pendInValue = pendInValue;
    this.pendUQty = pendUQty;
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
