package dev.suanpan.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;

class ReservationProperties {
  static final ItemId ITEM = ItemId.of("I");
  static final WarehouseId WH = WarehouseId.of("W");

  /** A step: 0 receipt, 1 reserve, 2 release, 3 issue against a line, 4 issue against none. */
  record Op(int kind, int line, long quantity) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(1, 4),
            Arbitraries.longs().between(1, 40))
        .as(Op::new)
        .list()
        .ofMaxSize(40);
  }

  /**
   * Reserved never exceeds on hand unless the policy allows it: under the strict policy, whatever
   * is reserved, released or issued, reserved is at most on hand and available is on hand −
   * reserved; a refusal changes neither the reservations nor the book.
   */
  @Property
  void reservedNeverExceedsOnHandUnderTheStrictPolicy(@ForAll("ops") List<Op> ops) {
    StockBook book =
        StockBook.empty()
            .with(
                StockLedger.open(
                    ITEM,
                    WH,
                    UnitOfMeasure.PIECES,
                    CurrencyUnit.of("CNY"),
                    CostingPolicy.of(CostingMethod.MOVING_AVERAGE)));
    Reservations r = Reservations.none(ReservationPolicy.strict());
    LocalDate day = LocalDate.of(2024, 1, 1);
    int n = 0;
    for (Op op : ops) {
      day = day.plusDays(1);
      BigDecimal q = BigDecimal.valueOf(op.quantity());
      OrderLineId line = OrderLineId.of("SO", op.line());
      String doc = "D-" + n++;
      ReservationDecision d;
      switch (op.kind()) {
        case 0 -> {
          book =
              book.post(
                      ITEM,
                      WH,
                      Movement.receipt(day, doc, q, UnitOfMeasure.PIECES, BigDecimal.ONE, "PO"))
                  .book();
          d = null;
        }
        case 1 -> d = r.reserve(book, line, ITEM, WH, q);
        case 2 ->
            d =
                r.of(line).isPresent()
                    ? r.release(book, line, q.min(r.of(line).get().quantity()))
                    : null;
        default -> {
          Movement out = Movement.saleIssue(day, doc, q, UnitOfMeasure.PIECES);
          d = r.issue(book, ITEM, WH, out, op.kind() == 3 ? Optional.of(line) : Optional.empty());
        }
      }
      if (d != null) {
        if (d.isRefused()) {
          assertThat(d.reservations()).isSameAs(r);
          assertThat(d.book()).isSameAs(book);
        }
        r = d.reservations();
        book = d.book();
      }
      BigDecimal onHand = book.ledger(ITEM, WH).quantityOnHand();
      assertThat(r.reserved(ITEM, WH)).isLessThanOrEqualTo(onHand);
      assertThat(r.available(book, ITEM, WH))
          .isEqualByComparingTo(onHand.subtract(r.reserved(ITEM, WH)));
    }
  }
}
