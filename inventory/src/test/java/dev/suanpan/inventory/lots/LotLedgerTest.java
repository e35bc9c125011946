package dev.suanpan.inventory.lots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LotLedgerTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;
  static final LotId VIN_A = LotId.of("LSVAB4187E2000001");
  static final LotId VIN_B = LotId.of("LSVAB4187E2000002");
  static final LotId L1 = LotId.of("L1");
  static final LotId L2 = LotId.of("L2");

  static LocalDate march(int day) {
    return LocalDate.of(2024, 3, day);
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static LotLedger cars() {
    LotLedger cars =
        LotLedger.open(
            ItemId.of("SEDAN-2.0T"),
            WarehouseId.of("SHOWROOM"),
            PCS,
            CNY,
            CostingPolicy.of(CostingMethod.FIFO),
            Tracking.SERIAL);
    cars =
        cars.receive(
                VIN_A,
                Optional.empty(),
                Movement.receipt(march(1), "GRN-1", BigDecimal.ONE, PCS, bd("150000.00"), "PO-1"))
            .ledger();
    return cars.receive(
            VIN_B,
            Optional.empty(),
            Movement.receipt(march(2), "GRN-2", BigDecimal.ONE, PCS, bd("152500.00"), "PO-2"))
        .ledger();
  }

  @Test
  void aCarIsValuedByItsVinAndIssuedOnce() {
    LotLedger cars = cars();
    assertThat(cars.valueOnHand()).isEqualTo(Money.parse("CNY 302500.00"));

    LotDecision sale =
        cars.issue(
            Movement.saleIssue(march(5), "OUT-1", BigDecimal.ONE, PCS), LotPick.named(VIN_B));

    // the car sold is VIN_B at its own 152500.00, not an average (302500.00 / 2 = 151250.00)
    assertThat(sale.amount()).isEqualTo(Money.parse("CNY 152500.00"));
    assertThat(sale.ledger().valueOnHand()).isEqualTo(Money.parse("CNY 150000.00"));
    assertThat(sale.ledger().lot(VIN_B).card().lines()).hasSize(2);
    LotDecision again =
        sale.ledger()
            .issue(
                Movement.saleIssue(march(6), "OUT-2", BigDecimal.ONE, PCS), LotPick.named(VIN_B));
    assertThat(again.isRefused()).isTrue();
    assertThat(again.explanation().fired(LotRule.SERIAL_ISSUED)).isTrue();
    LotDecision twice =
        sale.ledger()
            .receive(
                VIN_A,
                Optional.empty(),
                Movement.receipt(march(6), "GRN-3", BigDecimal.ONE, PCS, bd("1.00"), "PO-3"));
    assertThat(twice.isRefused()).isTrue();
    assertThat(twice.explanation().fired(LotRule.SERIAL_UNIQUE)).isTrue();
    // the sold car comes back, at the cost it went out at
    LotDecision back =
        sale.ledger()
            .receive(
                VIN_B,
                Optional.empty(),
                Movement.customerReturn(march(7), "RET-1", BigDecimal.ONE, PCS, "OUT-1"));
    assertThat(back.isAllowed()).isTrue();
    assertThat(back.amount()).isEqualTo(Money.parse("CNY 152500.00"));
  }

  @Test
  void lotsAreTakenByFifoByExpiryOrByName() {
    LotLedger fluid =
        LotLedger.open(
            ItemId.of("BRAKE-FLUID-DOT4"),
            WarehouseId.of("PARTS-1"),
            PCS,
            CNY,
            CostingPolicy.of(CostingMethod.MOVING_AVERAGE),
            Tracking.LOT);
    fluid =
        fluid
            .receive(
                L1,
                Optional.of(LocalDate.of(2025, 6, 30)),
                Movement.receipt(march(1), "GRN-1", bd("20"), PCS, bd("30.00"), "PO-1"))
            .ledger();
    fluid =
        fluid
            .receive(
                L2,
                Optional.of(LocalDate.of(2025, 3, 31)),
                Movement.receipt(march(5), "GRN-2", bd("10"), PCS, bd("32.00"), "PO-2"))
            .ledger();
    Movement out = Movement.saleIssue(march(10), "OUT-1", bd("25"), PCS);

    // oldest first: 20 x 30.00 from L1 + 5 x 32.00 from L2 = 600.00 + 160.00 = 760.00
    LotDecision fifo = fluid.issue(out, LotPick.fifo());
    assertThat(fifo.parts()).extracting(LotPart::lot).containsExactly(L1, L2);
    assertThat(fifo.amount()).isEqualTo(Money.parse("CNY 760.00"));
    // 5 x 32.00 left, all in L2
    assertThat(fifo.ledger().valueOnHand()).isEqualTo(Money.parse("CNY 160.00"));
    assertThat(fifo.ledger().lot(L1).quantityOnHand()).isEqualByComparingTo("0");
    // first to expire first: 10 x 32.00 from L2 + 15 x 30.00 from L1 = 320.00 + 450.00 = 770.00
    LotDecision expiry = fluid.issue(out, LotPick.byExpiry());
    assertThat(expiry.parts()).extracting(LotPart::lot).containsExactly(L2, L1);
    assertThat(expiry.amount()).isEqualTo(Money.parse("CNY 770.00"));
    // L2 holds only 10
    LotDecision named = fluid.issue(out, LotPick.named(L2));
    assertThat(named.isRefused()).isTrue();
    assertThat(named.explanation().fired(LotRule.NOT_ENOUGH)).isTrue();
    assertThat(named.ledger()).isSameAs(fluid);
    // 30 pieces worth 20 x 30.00 + 10 x 32.00 = 920.00 at the end of 03-05, 20 the day before
    assertThat(fluid.balanceAt(march(5)).value()).isEqualTo(Money.parse("CNY 920.00"));
    assertThat(fluid.balanceAt(march(4)).quantity()).isEqualByComparingTo("20");
  }

  @Test
  void rejectsWhatItCannotTrack() {
    LotLedger cars = cars();
    assertThatThrownBy(
            () ->
                cars.receive(
                    LotId.of("VIN-C"),
                    Optional.empty(),
                    Movement.receipt(march(3), "GRN-9", bd("2"), PCS, bd("1.00"), "PO-9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity of serial VIN-C must be 1, was 2.0000");
    assertThatThrownBy(
            () ->
                cars.issue(
                    Movement.saleIssue(march(3), "OUT-9", BigDecimal.ONE, PCS),
                    LotPick.named(LotId.of("VIN-X"))))
        .hasMessage("lot VIN-X is not a lot of SEDAN-2.0T at SHOWROOM");
    assertThatThrownBy(() -> LotPick.named(List.of(VIN_A, VIN_A)))
        .hasMessageContaining("must not name a lot twice");
    assertThatThrownBy(
            () ->
                cars.issue(
                    Movement.saleIssue(march(3), "OUT-9", BigDecimal.ONE, UnitOfMeasure.of("set")),
                    LotPick.fifo()))
        .hasMessage("unit of OUT-9 must be pcs, was set");
  }
}
