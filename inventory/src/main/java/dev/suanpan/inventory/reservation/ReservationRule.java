package dev.suanpan.inventory.reservation;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of {@link Reservations}, in the order they are applied. Each constant's {@link #id()}
 * is the stable identifier its step carries in an {@link dev.suanpan.core.decision.Explanation}.
 */
public enum ReservationRule implements Rule {
  /**
   * A reservation takes at most what is available (on hand − reserved), unless the policy lets it
   * reserve beyond: otherwise refused.
   */
  NOT_AVAILABLE("reservation.not-available"),
  /** The quantity is reserved against the order line. */
  RESERVED("reservation.reserved"),
  /** The order line's reservation is released, in part or whole. */
  RELEASED("reservation.released"),
  /** An issue against an order line takes that line's reservation first, recorded as such. */
  AGAINST_RESERVATION("reservation.issue-against"),
  /**
   * An issue beyond its own reservation and the unreserved stock would take stock reserved for
   * another order line: refused, unless the policy allows it.
   */
  TAKES_RESERVED("reservation.takes-reserved"),
  /** The ledger refuses the issue (negative stock, a closed month): nothing changes. */
  LEDGER_REFUSED("reservation.ledger-refused"),
  /** The issue is posted to the ledger. */
  ISSUED("reservation.issued");

  private final String id;

  ReservationRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
