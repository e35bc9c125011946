/**
 * Reservations and available-to-promise: stock reserved against an order line and released, an
 * issue against a reservation recorded as such, available = on hand − reserved, an issue that would
 * take stock reserved for another order refused unless the policy allows it, and the quantity
 * available to promise by date from the receipts expected. The engine is {@link
 * dev.suanpan.inventory.reservation.Reservations} (giving a {@link
 * dev.suanpan.inventory.reservation.ReservationDecision}, and an {@link
 * dev.suanpan.inventory.reservation.AvailableToPromise} report); its rules, in order, are {@link
 * dev.suanpan.inventory.reservation.ReservationRule}; its settings are a {@link
 * dev.suanpan.inventory.reservation.ReservationPolicy}.
 */
package dev.suanpan.inventory.reservation;
