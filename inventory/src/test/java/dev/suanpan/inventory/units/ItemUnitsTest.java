package dev.suanpan.inventory.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ItemUnitsTest {
  static final UnitOfMeasure BOX = UnitOfMeasure.of("box");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;
  static final UnitOfMeasure TONNE = UnitOfMeasure.of("t");
  static final ItemId FILTER = ItemId.of("OIL-FILTER-A");
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
  static final ItemUnits FILTERS = ItemUnits.of(FILTER, PCS).with(BOX, new BigDecimal("24"));

  static StockLedger ledger() {
    return StockLedger.open(
        FILTER, WarehouseId.of("PARTS-1"), PCS, CNY, CostingPolicy.of(CostingMethod.FIFO));
  }

  @Test
  void boxesOfTwentyFourComeInAsPiecesAtTheBoxCostOverTwentyFour() {
    Movement boxes =
        Movement.receipt(
            MAR_1, "GRN-1", new BigDecimal("10"), BOX, new BigDecimal("120.00"), "PO-1");

    UnitConversion c = FILTERS.convert(boxes, ledger());

    // 10 boxes x 24 = 240 pieces; 120.00 / 24 = 5.00 a piece; 240 x 5.00 = 1200.00 = 10 x 120.00
    assertThat(c.converted().quantity()).isEqualByComparingTo("240");
    assertThat(c.converted().unit()).isEqualTo(PCS);
    assertThat(c.converted().unitCost()).contains(new BigDecimal("5.000000"));
    assertThat(c.factor()).isEqualByComparingTo("24");
    assertThat(c.explanation().fired(UnitRule.QUANTITY_EXACT)).isTrue();
    assertThat(c.explanation().fired(UnitRule.VALUE_KEPT)).isTrue();

    Posting grn = FILTERS.post(ledger(), boxes);
    assertThat(grn.line().get().amount()).isEqualTo(Money.parse("CNY 1200.00"));
    // sold by the piece: 30 x 5.00 = 150.00; 210 pieces left worth 1050.00, 210 / 24 = 8.75 boxes
    Posting sale =
        FILTERS.post(
            grn.ledger(),
            Movement.saleIssue(LocalDate.of(2024, 3, 2), "OUT-1", new BigDecimal("30"), PCS));
    assertThat(sale.line().get().amount()).isEqualTo(Money.parse("CNY 150.00"));
    assertThat(sale.ledger().valueOnHand()).isEqualTo(Money.parse("CNY 1050.00"));
    assertThat(FILTERS.fromBase(sale.ledger().quantityOnHand(), BOX)).isEqualByComparingTo("8.75");
  }

  @Test
  void aBoxCostThatDoesNotDivideKeepsTheReceiptsValueToTheFen() {
    Movement boxes =
        Movement.receipt(
            MAR_1, "GRN-2", new BigDecimal("10"), BOX, new BigDecimal("100.00"), "PO-2");

    Movement pcs = FILTERS.convert(boxes, ledger()).converted();

    // 100.00 / 24 = 4.1666...; 4.166667 x 240 = 1000.00008, 1000.00 to the fen = 10 x 100.00
    assertThat(pcs.unitCost()).contains(new BigDecimal("4.166667"));
    assertThat(ledger().post(pcs).line().get().amount()).isEqualTo(Money.parse("CNY 1000.00"));
  }

  @Test
  void aReceiptWhoseValueNoSixPlaceUnitCostKeepsIsRefusedNamingTheFigures() {
    Movement boxes =
        Movement.receipt(
            MAR_1, "GRN-3", new BigDecimal("10000"), BOX, new BigDecimal("100.00"), "PO-3");

    // 10000 x 100.00 = 1000000.00; 240000 x 4.166667 = 1000000.08 and x 4.166666 = 999999.84
    assertThatThrownBy(() -> FILTERS.convert(boxes, ledger()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GRN-3")
        .hasMessageContaining("1000000.00")
        .hasMessageContaining("240000")
        .hasMessageContaining("4.166667 = 1000000.08");
  }

  @Test
  void steelByThePieceAtATheoreticalWeightIsExactOrRefused() {
    // rebar 25 mm: 3.85 kg/m x 12 m = 46.2 kg = 0.0462 t a piece; 12 mm: 0.888 x 9 = 7.992 kg
    UnitOfMeasure bar25 = UnitOfMeasure.of("bar25");
    UnitOfMeasure bar12 = UnitOfMeasure.of("bar12");
    ItemUnits steel =
        ItemUnits.of(ItemId.of("HRB400"), TONNE)
            .with(bar25, new BigDecimal("0.0462"))
            .with(bar12, new BigDecimal("0.007992"));

    // 10 x 0.0462 = 0.462 t
    assertThat(steel.toBase(new BigDecimal("10"), bar25)).isEqualByComparingTo("0.462");
    // 25 x 0.007992 = 0.1998 t
    assertThat(steel.toBase(new BigDecimal("25"), bar12)).isEqualByComparingTo("0.1998");
    // 10 x 0.007992 = 0.07992 t: five places
    assertThatThrownBy(() -> steel.toBase(new BigDecimal("10"), bar12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "quantity 10 bar12 x 0.007992 = 0.079920 t of HRB400 is not exact at 4 decimal places");
  }

  @Test
  void aValueCarriedTravelsUnchanged() {
    Movement opening =
        Movement.openingBalance(MAR_1, "OB-1", new BigDecimal("2"), BOX, Money.parse("CNY 333.33"));

    Movement pcs = FILTERS.convert(opening, CNY, RoundingMode.HALF_UP).converted();

    // 2 x 24 = 48 pieces, still worth 333.33
    assertThat(pcs.quantity()).isEqualByComparingTo("48");
    assertThat(pcs.value()).contains(Money.parse("CNY 333.33"));
  }

  @Test
  void rejectsBadFactorsAndUnknownUnits() {
    assertThatThrownBy(() -> FILTERS.with(BOX, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factors[box]");
    assertThatThrownBy(() -> FILTERS.with(BOX, new BigDecimal("1.0000001")))
        .hasMessageContaining("at most 6 decimal places");
    assertThatThrownBy(() -> FILTERS.with(PCS, new BigDecimal("2")))
        .hasMessageContaining("factors[pcs] of the base unit must be 1");
    assertThatThrownBy(() -> FILTERS.factor(TONNE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit t is not a unit of OIL-FILTER-A, which has pcs and [box]");
    assertThatThrownBy(() -> FILTERS.fromBase(new BigDecimal("7"), BOX))
        .hasMessageContaining("7 pcs / 24 is not exact");
    StockLedger steel =
        StockLedger.open(
            ItemId.of("HRB400"),
            WarehouseId.of("YARD"),
            TONNE,
            CNY,
            CostingPolicy.of(CostingMethod.FIFO));
    assertThatThrownBy(
            () -> FILTERS.convert(Movement.saleIssue(MAR_1, "OUT-9", BigDecimal.ONE, PCS), steel))
        .hasMessage("ledger must be of OIL-FILTER-A in pcs, was of HRB400 in t");
  }
}
