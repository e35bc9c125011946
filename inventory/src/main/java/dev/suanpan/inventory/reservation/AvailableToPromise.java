package dev.suanpan.inventory.reservation;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Available-to-promise of one item in one warehouse: on hand, reserved, available now (on hand −
 * reserved) and, for each day a receipt is expected, what is available from that day (available now
 * plus the receipts expected up to it). Made only by {@link Reservations#availableToPromise}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AvailableToPromise {
  /** The item. */
  public abstract ItemId item();

  /** The warehouse. */
  public abstract WarehouseId warehouse();

  /** The quantity on hand now. */
  public abstract BigDecimal onHand();

  /** The quantity reserved now. */
  public abstract BigDecimal reserved();

  /** On hand − reserved; negative when the policy let reservations exceed the stock. */
  public BigDecimal availableNow() {
    return onHand().subtract(reserved());
  }

  /** For each day a receipt is expected, what is available to promise from that day. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LocalDate, BigDecimal> fromDay();

  /** What is available to promise on {@code date}: now plus the receipts expected up to it. */
  public BigDecimal on(LocalDate date) {
    Arguments.notNull(date, "date");
    Map.Entry<LocalDate, BigDecimal> e = fromDay().floorEntry(date);
    return e == null ? availableNow() : e.getValue();
  }

  /**
   * The first day from which {@code quantity} can be promised: {@code today} when it is available
   * now, else the first expected day that makes it; empty when even every expected receipt does
   * not.
   */
  public Optional<LocalDate> firstDayFor(BigDecimal quantity, LocalDate today) {
    Arguments.positive(quantity, "quantity");
    Arguments.notNull(today, "today");
    if (availableNow().compareTo(quantity) >= 0) {
      return Optional.of(today);
    }
    for (Map.Entry<LocalDate, BigDecimal> e : fromDay().entrySet()) {
      if (e.getValue().compareTo(quantity) >= 0) {
        return Optional.of(e.getKey().isBefore(today) ? today : e.getKey());
      }
    }
    return Optional.empty();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableAvailableToPromise.Builder {
    Builder() {}
  }
}
