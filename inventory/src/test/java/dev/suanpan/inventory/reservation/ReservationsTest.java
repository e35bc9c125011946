package dev.suanpan.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.PostingRule;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ReservationsTest {
  static final ItemId FILTER = ItemId.of("OIL-FILTER-A");
  static final WarehouseId PARTS = WarehouseId.of("PARTS-1");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;
  static final OrderLineId SO_1 = OrderLineId.of("SO-1", 1);
  static final OrderLineId SO_2 = OrderLineId.of("SO-2", 1);

  static LocalDate march(int day) {
    return LocalDate.of(2024, 3, day);
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  /** 10 filters @ 5.00 on hand. */
  static StockBook book() {
    StockBook book =
        StockBook.empty()
            .with(
                StockLedger.open(
                    FILTER,
                    PARTS,
                    PCS,
                    CurrencyUnit.of("CNY"),
                    CostingPolicy.of(CostingMethod.FIFO)));
    return book.post(
            FILTER, PARTS, Movement.receipt(march(1), "GRN-1", bd("10"), PCS, bd("5.00"), "PO-1"))
        .book();
  }

  static Movement out(String doc, int day, String qty) {
    return Movement.saleIssue(march(day), doc, bd(qty), PCS);
  }

  @Test
  void reservedStockIsKeptForItsOrderAndIssuedAgainstIt() {
    StockBook book = book();
    Reservations r = Reservations.none(ReservationPolicy.strict());

    ReservationDecision first = r.reserve(book, SO_1, FILTER, PARTS, bd("6"));
    r = first.reservations();
    // 10 on hand - 6 reserved = 4 available
    assertThat(r.available(book, FILTER, PARTS)).isEqualByComparingTo("4");
    ReservationDecision tooMuch = r.reserve(book, SO_2, FILTER, PARTS, bd("5"));
    assertThat(tooMuch.isRefused()).isTrue();
    assertThat(tooMuch.explanation().fired(ReservationRule.NOT_AVAILABLE)).isTrue();
    assertThat(tooMuch.reservations()).isSameAs(r);
    r = r.reserve(book, SO_2, FILTER, PARTS, bd("4")).reservations();
    // 10 - (6 + 4) = 0 available: a walk-in sale would take reserved stock
    ReservationDecision walkIn =
        r.issue(book, FILTER, PARTS, out("OUT-1", 2, "3"), Optional.empty());
    assertThat(walkIn.isRefused()).isTrue();
    assertThat(walkIn.explanation().fired(ReservationRule.TAKES_RESERVED)).isTrue();
    assertThat(walkIn.book()).isSameAs(book);

    ReservationDecision against =
        r.issue(book, FILTER, PARTS, out("OUT-2", 3, "6"), Optional.of(SO_1));
    assertThat(against.isAllowed()).isTrue();
    assertThat(against.explanation().fired(ReservationRule.AGAINST_RESERVATION)).isTrue();
    r = against.reservations();
    book = against.book();
    assertThat(r.of(SO_1)).isEmpty();
    assertThat(r.issues()).hasSize(1);
    assertThat(r.issues().get(0).fromReservation()).isEqualByComparingTo("6");
    // recorded as such on the stock card; 6 x 5.00 = 30.00
    assertThat(book.ledger(FILTER, PARTS).line(1).reference()).contains("SO-1/1");
    assertThat(book.ledger(FILTER, PARTS).line(1).amount()).isEqualTo(Money.parse("CNY 30.00"));
    // 4 on hand, 4 reserved for SO-2/1
    assertThat(r.available(book, FILTER, PARTS)).isEqualByComparingTo("0");

    r = r.release(book, SO_2, bd("1")).reservations();
    // 3 reserved, 1 free; OUT-3 takes SO-2/1's 3 and the free 1
    ReservationDecision last =
        r.issue(book, FILTER, PARTS, out("OUT-3", 4, "4"), Optional.of(SO_2));
    assertThat(last.isAllowed()).isTrue();
    assertThat(last.reservations().issues().get(1).beyondReservation()).isEqualByComparingTo("1");
    assertThat(last.reservations().reserved(FILTER, PARTS)).isEqualByComparingTo("0");
    assertThat(last.book().ledger(FILTER, PARTS).quantityOnHand()).isEqualByComparingTo("0");
  }

  @Test
  void thePolicyMayLetAnIssueTakeReservedStockAndReservationsOverBook() {
    StockBook book = book();
    ReservationPolicy loose =
        ReservationPolicy.builder().takeReservedStock(true).reserveBeyondAvailable(true).build();
    Reservations r = Reservations.none(loose);

    r = r.reserve(book, SO_1, FILTER, PARTS, bd("12")).reservations();
    // 12 reserved of 10 on hand: over-booked by 2
    assertThat(r.available(book, FILTER, PARTS)).isEqualByComparingTo("-2");
    ReservationDecision walkIn =
        r.issue(book, FILTER, PARTS, out("OUT-1", 2, "3"), Optional.empty());
    assertThat(walkIn.isAllowed()).isTrue();
    assertThat(walkIn.explanation().fired(ReservationRule.TAKES_RESERVED)).isTrue();
    // 7 on hand, 12 reserved
    assertThat(walkIn.reservations().available(walkIn.book(), FILTER, PARTS))
        .isEqualByComparingTo("-5");
  }

  @Test
  void availableToPromiseByDateFromTheReceiptsExpected() {
    StockBook book = book();
    Reservations r =
        Reservations.none(ReservationPolicy.strict())
            .reserve(book, SO_1, FILTER, PARTS, bd("6"))
            .reservations();
    List<ExpectedReceipt> expected =
        List.of(
            new ExpectedReceipt(FILTER, PARTS, march(20), bd("10"), "PO-8"),
            new ExpectedReceipt(FILTER, PARTS, march(10), bd("20"), "PO-7"),
            new ExpectedReceipt(FILTER, WarehouseId.of("OTHER"), march(12), bd("99"), "PO-9"));

    AvailableToPromise atp = r.availableToPromise(book, FILTER, PARTS, expected);

    // now 10 - 6 = 4; from 03-10 4 + 20 = 24; from 03-20 24 + 10 = 34
    assertThat(atp.availableNow()).isEqualByComparingTo("4");
    assertThat(atp.on(march(5))).isEqualByComparingTo("4");
    assertThat(atp.on(march(10))).isEqualByComparingTo("24");
    assertThat(atp.on(march(25))).isEqualByComparingTo("34");
    assertThat(atp.firstDayFor(bd("3"), march(5))).contains(march(5));
    assertThat(atp.firstDayFor(bd("15"), march(5))).contains(march(10));
    assertThat(atp.firstDayFor(bd("30"), march(5))).contains(march(20));
    assertThat(atp.firstDayFor(bd("35"), march(5))).isEmpty();
  }

  @Test
  void theLedgerRefusingTheIssueChangesNothing() {
    StockBook book = book();
    book = book.replacing(book.ledger(FILTER, PARTS).closeMonth(YearMonth.of(2024, 3)).ledger());
    Reservations r =
        Reservations.none(ReservationPolicy.strict())
            .reserve(book, SO_1, FILTER, PARTS, bd("6"))
            .reservations();

    ReservationDecision d = r.issue(book, FILTER, PARTS, out("OUT-1", 30, "6"), Optional.of(SO_1));

    assertThat(d.isRefused()).isTrue();
    assertThat(d.explanation().fired(ReservationRule.LEDGER_REFUSED)).isTrue();
    assertThat(d.explanation().fired(PostingRule.MONTH_CLOSED)).isTrue();
    assertThat(d.reservations()).isSameAs(r);
  }

  @Test
  void rejectsWhatMakesNoSense() {
    StockBook book = book();
    Reservations r =
        Reservations.none(ReservationPolicy.strict())
            .reserve(book, SO_1, FILTER, PARTS, bd("6"))
            .reservations();
    assertThatThrownBy(() -> r.release(book, SO_1, bd("7")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity 7 to release from SO-1/1 must be at most the 6 reserved");
    assertThatThrownBy(() -> r.release(book, SO_2)).hasMessage("line SO-2/1 holds no reservation");
    assertThatThrownBy(() -> r.reserve(book, SO_1, FILTER, PARTS, bd("0.00001")))
        .hasMessageContaining("at most 4 decimal places");
    assertThatThrownBy(() -> r.reserve(book, SO_1, ItemId.of("X"), PARTS, bd("1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderLineId.of("SO-1", 0))
        .hasMessage("line must be at least 1, was 0");
  }
}
