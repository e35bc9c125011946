package dev.suanpan.inventory.reservation;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.StockBook;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a reservation, a release or an issue through {@link Reservations}: {@link
 * Outcome#ALLOWED} with the reservations and the book after it (and, for an issue, its posting), or
 * {@link Outcome#REFUSED} with both unchanged and the reason in the {@link #explanation()}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ReservationDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** The reservations after; unchanged when refused. */
  public abstract Reservations reservations();

  /** The book after; unchanged when refused and for a reservation or a release. */
  public abstract StockBook book();

  /** The posting; empty for a reservation, a release, and when refused. */
  public abstract Optional<BookPosting> posting();

  /** Always empty: nobody signs a reservation here. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  static ReservationDecision of(
      Outcome outcome,
      Explanation why,
      Reservations reservations,
      StockBook book,
      Optional<BookPosting> posting) {
    return ImmutableReservationDecision.builder()
        .outcome(outcome)
        .explanation(why)
        .reservations(reservations)
        .book(book)
        .posting(posting)
        .build();
  }

  /** The outcome, then the explanation. */
  @Override
  public String toString() {
    return outcome() + "\n" + explanation();
  }
}
