package dev.suanpan.inventory.lots;

/** How a {@link LotLedger} tracks its item. */
public enum Tracking {
  /** By lot: a lot holds any quantity, received once or more, issued in parts. */
  LOT,
  /**
   * By serial number: each serial is one unit, received once (quantity 1), valued at its own cost,
   * and issued once.
   */
  SERIAL
}
