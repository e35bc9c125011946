package dev.suanpan.inventory.reservation;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An issue recorded against a reservation: the order line, the issue's document, the quantity it
 * took of the line's reservation and the quantity it took beyond it. Made only by {@link
 * Reservations}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ReservedIssue {
  /** The order line the issue was against. */
  public abstract OrderLineId orderLine();

  /** The issue's document. */
  public abstract String document();

  /** The quantity taken from the line's reservation. */
  public abstract BigDecimal fromReservation();

  /** The quantity taken beyond it. */
  public abstract BigDecimal beyondReservation();

  static ReservedIssue of(OrderLineId line, String document, BigDecimal from, BigDecimal beyond) {
    return ImmutableReservedIssue.builder()
        .orderLine(line)
        .document(document)
        .fromReservation(from)
        .beyondReservation(beyond)
        .build();
  }
}
