package dev.suanpan.inventory;

/** The valuation state after a ledger's last movement, kept so that an append starts from it. */
final class LedgerState {
  static final LedgerState EMPTY = new LedgerState(0, 0, 0, 0, -1, 0, 0, 0, 0);

  final long balQty;
  final long balValue;
  final int head;
  final long headUsed;
  final int lastIn;
  final int monthPos;
  final long monthQty;
  final long monthValue;
  final long prevUnitCost;

  LedgerState(
      long balQty,
      long balValue,
      int head,
      long headUsed,
      int lastIn,
      int monthPos,
      long monthQty,
      long monthValue,
      long prevUnitCost) {
    this.balQty = balQty;
    this.balValue = balValue;
    this.head = head;
    this.headUsed = headUsed;
    this.lastIn = lastIn;
    this.monthPos = monthPos;
    this.monthQty = monthQty;
    this.monthValue = monthValue;
    this.prevUnitCost = prevUnitCost;
  }
}
