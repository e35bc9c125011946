package dev.suanpan.inventory;

import dev.suanpan.core.decision.Explanation;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A transfer between warehouses (转仓单, 004 篇3): the goods leave one ledger valued by its costing
 * method, and arrive in the other with exactly that cost. Under the month-end average the cost that
 * travels is the one known at the transfer (the month's average so far).
 */
public final class Transfer {
  private Transfer() {}

  /**
   * Moves {@code quantity} from {@code from} to {@code to} on {@code date} under transfer note
   * {@code document}. Returns both postings: a refused outbound posting (and {@code to} unchanged)
   * when the source may not go negative.
   *
   * @throws IllegalArgumentException if the ledgers are of different items, units or currencies, or
   *     are the same warehouse
   */
  public static Result move(
      StockLedger from, StockLedger to, LocalDate date, String document, BigDecimal quantity) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    Arguments.check(
        from.item().equals(to.item()),
        "transfer of %s into a ledger of %s",
        from.item(),
        to.item());
    Arguments.check(
        !from.warehouse().equals(to.warehouse()),
        "transfer %s must be between two warehouses, was %s to itself",
        document,
        from.warehouse());
    Arguments.check(
        from.unit().equals(to.unit()) && from.currency().equals(to.currency()),
        "ledgers of %s must share unit and currency",
        from.item());
    Posting out =
        from.post(
            Movement.builder()
                .date(date)
                .document(document)
                .kind(MovementKind.TRANSFER_OUT)
                .quantity(quantity)
                .unit(from.unit())
                .reference(to.warehouse().code())
                .build());
    if (!out.isAllowed()) {
      return new Result(
          out,
          Posting.refused(
              to,
              Explanation.builder()
                  .add(
                      TransferRule.REFUSED_AT_SOURCE, "transfer %s refused at the source", document)
                  .build()));
    }
    Posting in =
        to.post(
            Movement.builder()
                .date(date)
                .document(document)
                .kind(MovementKind.TRANSFER_IN)
                .quantity(quantity)
                .unit(to.unit())
                .value(out.line().orElseThrow().amount())
                .reference(from.warehouse().code())
                .build());
    return new Result(out, in);
  }

  /** The two postings of a transfer: out of the source, into the destination. */
  public record Result(Posting out, Posting in) {}
}
