package dev.suanpan.inventory.reservation;

import org.immutables.value.Value;

/**
 * What {@link Reservations} allow: by default a reservation takes only what is available and an
 * issue never takes stock reserved for another order line. Rejects nothing (both are yes/no).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ReservationPolicy {
  /** An issue may take stock reserved for another order line; false by default. */
  @Value.Default
  public boolean takeReservedStock() {
    return false;
  }

  /** A reservation may take more than is available (over-booking); false by default. */
  @Value.Default
  public boolean reserveBeyondAvailable() {
    return false;
  }

  /** The defaults: no over-booking, reserved stock kept for its order. */
  public static ReservationPolicy strict() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReservationPolicy}. */
  public static final class Builder extends ImmutableReservationPolicy.Builder {
    Builder() {}
  }
}
