package dev.suanpan.inventory.reservation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The stock reserved against order lines, and the engine that reserves, releases and issues against
 * it on a {@link StockBook}: available = on hand − reserved (of the item in the warehouse).
 * Immutable: every operation returns a {@link ReservationDecision} holding the reservations after
 * it.
 *
 * <p>{@link #reserve} holds stock for an order line (refused beyond what is available unless the
 * {@link ReservationPolicy} allows over-booking); {@link #release} gives it back; {@link #issue}
 * posts an issue to the book, taking first the reservation of the order line it is against
 * (recorded as a {@link ReservedIssue}, the order line written as the movement's reference when it
 * has none), then unreserved stock; an issue that would take stock reserved for another order line
 * is refused unless the policy allows it. So, as long as every issue goes through here, reserved
 * never exceeds on hand unless the policy allows it. {@link #availableToPromise} adds the receipts
 * expected, by date.
 *
 * <p>Rejects (an {@link IllegalArgumentException} naming it) a quantity that is not positive or has
 * more than 4 places, a book without the item's ledger, a reservation of a line already reserved
 * for another item or warehouse, a release of more than is reserved or of a line with nothing
 * reserved, and an issue that is not outbound.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Reservations {
  /** What the reservations allow. */
  public abstract ReservationPolicy policy();

  /** The reservations held, by order line, in the order they were first made. */
  public abstract ImmutableMap<OrderLineId, Reservation> held();

  /** The issues recorded against reservations, in order. */
  public abstract ImmutableList<ReservedIssue> issues();

  /** No reservations, under {@code policy}. */
  public static Reservations none(ReservationPolicy policy) {
    return ImmutableReservations.builder().policy(policy).build();
  }

  /** The reservation of {@code line}, if any is held. */
  public Optional<Reservation> of(OrderLineId line) {
    Arguments.notNull(line, "line");
    return Optional.ofNullable(held().get(line));
  }

  /** The quantity reserved of {@code item} in {@code warehouse}. */
  public BigDecimal reserved(ItemId item, WarehouseId warehouse) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Reservation r : held().values()) {
      if (r.item().equals(item) && r.warehouse().equals(warehouse)) {
        sum = sum.add(r.quantity());
      }
    }
    return sum;
  }

  /** On hand − reserved of {@code item} in {@code warehouse}, by {@code book}. */
  public BigDecimal available(StockBook book, ItemId item, WarehouseId warehouse) {
    Arguments.notNull(book, "book");
    return book.ledger(item, warehouse).quantityOnHand().subtract(reserved(item, warehouse));
  }

  /**
   * Reserves {@code quantity} of {@code item} in {@code warehouse} for {@code line} (adding to what
   * the line holds). Refused ({@link ReservationRule#NOT_AVAILABLE}) beyond what is available,
   * unless the policy allows over-booking.
   */
  public ReservationDecision reserve(
      StockBook book, OrderLineId line, ItemId item, WarehouseId warehouse, BigDecimal quantity) {
    Arguments.notNull(line, "line");
    quantity(quantity);
    BigDecimal available = available(book, item, warehouse);
    Reservation had = held().get(line);
    Arguments.check(
        had == null || (had.item().equals(item) && had.warehouse().equals(warehouse)),
        "line %s holds %s at %s, cannot reserve %s at %s",
        line,
        had == null ? null : had.item(),
        had == null ? null : had.warehouse(),
        item,
        warehouse);
    Explanation.Builder why = Explanation.builder();
    if (quantity.compareTo(available) > 0 && !policy().reserveBeyondAvailable()) {
      why.add(
          ReservationRule.NOT_AVAILABLE,
          "%s asks %s of %s at %s; available %s (on hand %s, reserved %s)",
          line,
          plain(quantity),
          item,
          warehouse,
          plain(available),
          plain(book.ledger(item, warehouse).quantityOnHand()),
          plain(reserved(item, warehouse)));
      return refused(why, book);
    }
    BigDecimal now = had == null ? quantity : had.quantity().add(quantity);
    why.add(
        ReservationRule.RESERVED,
        "%s of %s at %s reserved for %s (%s held); available %s",
        plain(quantity),
        item,
        warehouse,
        line,
        plain(now),
        plain(available.subtract(quantity)));
    return allowed(why, with(line, Reservation.of(line, item, warehouse, now)), book, null);
  }

  /** Releases the whole reservation of {@code line}. */
  public ReservationDecision release(StockBook book, OrderLineId line) {
    Reservation r = held().get(Arguments.notNull(line, "line"));
    Arguments.check(r != null, "line %s holds no reservation", line);
    return release(book, line, r.quantity());
  }

  /** Releases {@code quantity} of the reservation of {@code line}. */
  public ReservationDecision release(StockBook book, OrderLineId line, BigDecimal quantity) {
    Arguments.notNull(book, "book");
    quantity(quantity);
    Reservation r = held().get(Arguments.notNull(line, "line"));
    Arguments.check(r != null, "line %s holds no reservation", line);
    Arguments.check(
        quantity.compareTo(r.quantity()) <= 0,
        "quantity %s to release from %s must be at most the %s reserved",
        plain(quantity),
        line,
        plain(r.quantity()));
    BigDecimal left = r.quantity().subtract(quantity);
    Explanation why =
        Explanation.builder()
            .add(
                ReservationRule.RELEASED,
                "%s of %s at %s released from %s; %s still reserved",
                plain(quantity),
                r.item(),
                r.warehouse(),
                line,
                plain(left))
            .build();
    Reservations next =
        left.signum() == 0
            ? without(line)
            : with(line, Reservation.of(line, r.item(), r.warehouse(), left));
    return ReservationDecision.of(Outcome.ALLOWED, why, next, book, Optional.empty());
  }

  /**
   * Posts {@code issue} of {@code item} at {@code warehouse} to {@code book}, against the
   * reservation of {@code against} when given: it takes that reservation first, then unreserved
   * stock; refused when it would take stock reserved for another line (unless the policy allows it)
   * or when the ledger refuses it.
   */
  public ReservationDecision issue(
      StockBook book,
      ItemId item,
      WarehouseId warehouse,
      Movement issue,
      Optional<OrderLineId> against) {
    Arguments.notNull(book, "book");
    Arguments.notNull(issue, "issue");
    Arguments.notNull(against, "against");
    Arguments.check(
        !issue.kind().isInbound(), "issue must be an outbound movement, was %s", issue.kind());
    Reservation own = against.map(held()::get).orElse(null);
    Arguments.check(
        own == null || (own.item().equals(item) && own.warehouse().equals(warehouse)),
        "line %s holds %s at %s, not %s at %s",
        against.orElse(null),
        own == null ? null : own.item(),
        own == null ? null : own.warehouse(),
        item,
        warehouse);
    BigDecimal q = issue.quantity();
    BigDecimal fromOwn = own == null ? BigDecimal.ZERO : own.quantity().min(q);
    BigDecimal beyond = q.subtract(fromOwn);
    BigDecimal unreserved = available(book, item, warehouse).max(BigDecimal.ZERO);
    Explanation.Builder why = Explanation.builder();
    against.ifPresent(
        line ->
            why.add(
                ReservationRule.AGAINST_RESERVATION,
                "%s against %s: %s from its reservation, %s beyond it",
                issue.document(),
                line,
                plain(fromOwn),
                plain(beyond)));
    if (beyond.compareTo(unreserved) > 0) {
      why.add(
          ReservationRule.TAKES_RESERVED,
          "%s takes %s beyond its reservation but only %s is unreserved: %s of stock reserved"
              + " for other order lines %s",
          issue.document(),
          plain(beyond),
          plain(unreserved),
          plain(beyond.subtract(unreserved)),
          policy().takeReservedStock() ? "taken, as the policy allows" : "would be taken");
      if (!policy().takeReservedStock()) {
        return refused(why, book);
      }
    }
    return post(book, item, warehouse, issue, against, own, fromOwn, beyond, why);
  }

  private ReservationDecision post(
      StockBook book,
      ItemId item,
      WarehouseId warehouse,
      Movement issue,
      Optional<OrderLineId> against,
      Reservation own,
      BigDecimal fromOwn,
      BigDecimal beyond,
      Explanation.Builder why) {
    Movement m =
        issue.reference().isPresent() || against.isEmpty()
            ? issue
            : Movement.builder().from(issue).reference(against.get().toString()).build();
    BookPosting p = book.post(item, warehouse, m);
    if (p.isRefused()) {
      why.add(
              ReservationRule.LEDGER_REFUSED,
              "the ledger of %s at %s refuses %s",
              item,
              warehouse,
              issue.document())
          .addAll(p.explanation());
      return refused(why, book);
    }
    why.add(ReservationRule.ISSUED, "%s posted", m).addAll(p.explanation());
    Reservations next = this;
    if (against.isPresent()) {
      OrderLineId line = against.get();
      BigDecimal left = own == null ? BigDecimal.ZERO : own.quantity().subtract(fromOwn);
      next =
          left.signum() > 0
              ? with(line, Reservation.of(line, item, warehouse, left))
              : own == null ? this : without(line);
      next =
          ImmutableReservations.builder()
              .from(next)
              .addIssues(ReservedIssue.of(line, issue.document(), fromOwn, beyond))
              .build();
    }
    return allowed(why, next, p.book(), p);
  }

  /**
   * Available-to-promise of {@code item} at {@code warehouse}: available now, and from each day a
   * receipt of {@code expected} is due (those of other items or warehouses ignored) what is
   * available plus the receipts due up to that day.
   */
  public AvailableToPromise availableToPromise(
      StockBook book, ItemId item, WarehouseId warehouse, List<ExpectedReceipt> expected) {
    Arguments.notNull(expected, "expected");
    BigDecimal onHand = book.ledger(item, warehouse).quantityOnHand();
    BigDecimal reserved = reserved(item, warehouse);
    TreeMap<LocalDate, BigDecimal> due = new TreeMap<>();
    for (ExpectedReceipt e : expected) {
      if (e.item().equals(item) && e.warehouse().equals(warehouse)) {
        due.merge(e.due(), e.quantity(), BigDecimal::add);
      }
    }
    BigDecimal running = onHand.subtract(reserved);
    TreeMap<LocalDate, BigDecimal> from = new TreeMap<>();
    for (Map.Entry<LocalDate, BigDecimal> e : due.entrySet()) {
      running = running.add(e.getValue());
      from.put(e.getKey(), running);
    }
    return AvailableToPromise.builder()
        .item(item)
        .warehouse(warehouse)
        .onHand(onHand)
        .reserved(reserved)
        .fromDay(from)
        .build();
  }

  private Reservations with(OrderLineId line, Reservation r) {
    Map<OrderLineId, Reservation> m = new LinkedHashMap<>(held());
    m.put(line, r);
    return ImmutableReservations.builder().from(this).held(m).build();
  }

  private Reservations without(OrderLineId line) {
    Map<OrderLineId, Reservation> m = new LinkedHashMap<>(held());
    m.remove(line);
    return ImmutableReservations.builder().from(this).held(m).build();
  }

  private ReservationDecision refused(Explanation.Builder why, StockBook book) {
    return ReservationDecision.of(Outcome.REFUSED, why.build(), this, book, Optional.empty());
  }

  private static ReservationDecision allowed(
      Explanation.Builder why, Reservations next, StockBook book, BookPosting posting) {
    return ReservationDecision.of(
        Outcome.ALLOWED, why.build(), next, book, Optional.ofNullable(posting));
  }

  private static void quantity(BigDecimal q) {
    Arguments.positive(q, "quantity");
    Arguments.check(
        q.stripTrailingZeros().scale() <= 4,
        "quantity must have at most 4 decimal places, was %s",
        q);
  }

  private static String plain(BigDecimal q) {
    return q.stripTrailingZeros().toPlainString();
  }
}
