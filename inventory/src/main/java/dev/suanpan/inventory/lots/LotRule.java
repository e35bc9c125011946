package dev.suanpan.inventory.lots;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of a {@link LotLedger}, in the order they are applied. Each constant's {@link #id()} is
 * the stable identifier its step carries in an {@link dev.suanpan.core.decision.Explanation}.
 */
public enum LotRule implements Rule {
  /**
   * A serial number is unique: a serial already received is refused (unless it comes back as a
   * customer return after it was issued).
   */
  SERIAL_UNIQUE("lots.serial-unique"),
  /** A serial number already issued cannot be issued again: refused. */
  SERIAL_ISSUED("lots.serial-issued"),
  /**
   * The lots an issue may take (those it names, or all of them by FIFO or by expiry) hold less than
   * it asks: refused. A lot never goes below zero.
   */
  NOT_ENOUGH("lots.not-enough"),
  /** The issue takes the lots it names, or the oldest first (FIFO), or the first to expire. */
  PICKED("lots.picked"),
  /** A lot's ledger refuses its part (a closed month): refused as a whole, nothing posted. */
  LEDGER_REFUSED("lots.ledger-refused"),
  /** Each part is posted to its lot's ledger, valued by the lot's own costs. */
  POSTED("lots.posted");

  private final String id;

  LotRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
