package dev.suanpan.core.settlement;

/** Who is at fault for a cancellation (违约方). */
public enum Fault {
  /** The buyer defaults or withdraws (买方违约, 退房). */
  BUYER,
  /** The seller (developer, dealer) defaults. */
  SELLER,
  /** Both parties are at fault, or they cancel by mutual agreement. */
  BOTH
}
