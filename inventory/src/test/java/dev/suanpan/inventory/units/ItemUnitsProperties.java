package dev.suanpan.inventory.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;

class ItemUnitsProperties {
  static final UnitOfMeasure BOX = UnitOfMeasure.of("box");
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  record Receipt(long boxes, BigDecimal boxCost) {}

  @Provide
  Arbitrary<Integer> factors() {
    return Arbitraries.integers().between(1, 500);
  }

  @Provide
  Arbitrary<List<Receipt>> receipts() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 2_000),
            Arbitraries.longs().between(0, 10_000_000).map(c -> BigDecimal.valueOf(c, 2)))
        .as(Receipt::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  /**
   * Value is conserved through every conversion: a receipt accepted in pieces is worth what it is
   * in boxes to the fen, and its quantity is exactly boxes x factor.
   */
  @Property
  void aConvertedReceiptIsWorthWhatItWasToTheFen(
      @ForAll("factors") int factor,
      @ForAll("receipts") List<Receipt> receipts,
      @ForAll RoundingMode mode) {
    if (mode == RoundingMode.UNNECESSARY) {
      return;
    }
    ItemUnits units =
        ItemUnits.of(ItemId.of("I"), UnitOfMeasure.PIECES).with(BOX, BigDecimal.valueOf(factor));
    for (Receipt r : receipts) {
      Movement m =
          Movement.receipt(
              LocalDate.of(2024, 1, 1),
              "GRN",
              BigDecimal.valueOf(r.boxes()),
              BOX,
              r.boxCost(),
              "PO");
      UnitConversion c;
      try {
        c = units.convert(m, CNY, mode);
      } catch (IllegalArgumentException refused) {
        assertThat(refused).hasMessageContaining("no unit cost of 6 places keeps it");
        continue;
      }
      Movement p = c.converted();
      assertThat(p.quantity()).isEqualByComparingTo(BigDecimal.valueOf(r.boxes() * (long) factor));
      assertThat(p.quantity().multiply(p.unitCost().get()).setScale(2, mode))
          .isEqualByComparingTo(m.quantity().multiply(r.boxCost()).setScale(2, mode));
    }
  }

  /**
   * A history received in boxes and issued in boxes, posted in pieces, values every movement as a
   * ledger kept in boxes does, under FIFO and the moving average (whose costs are proportions of
   * quantities, the same in either unit).
   */
  @Property
  void aLedgerInPiecesValuesAsALedgerInBoxes(
      @ForAll("factors") int factor,
      @ForAll("receipts") List<Receipt> receipts,
      @ForAll boolean fifo) {
    ItemUnits units =
        ItemUnits.of(ItemId.of("I"), UnitOfMeasure.PIECES).with(BOX, BigDecimal.valueOf(factor));
    CostingPolicy policy =
        CostingPolicy.of(fifo ? CostingMethod.FIFO : CostingMethod.MOVING_AVERAGE);
    StockLedger inBoxes = StockLedger.open(ItemId.of("I"), WarehouseId.of("W"), BOX, CNY, policy);
    StockLedger inPieces =
        StockLedger.open(ItemId.of("I"), WarehouseId.of("W"), UnitOfMeasure.PIECES, CNY, policy);
    LocalDate day = LocalDate.of(2024, 1, 1);
    int n = 0;
    for (Receipt r : receipts) {
      Movement in =
          Movement.receipt(day, "GRN-" + n, BigDecimal.valueOf(r.boxes()), BOX, r.boxCost(), "PO");
      Movement out =
          Movement.saleIssue(day, "OUT-" + n++, BigDecimal.valueOf((r.boxes() + 1) / 2), BOX);
      Movement inPcs;
      try {
        inPcs = units.convert(in, inPieces).converted();
      } catch (IllegalArgumentException refused) {
        continue; // no six-place unit cost keeps its value: not posted in either ledger
      }
      Movement outPcs = units.convert(out, inPieces).converted();
      for (Movement[] pair : List.of(new Movement[] {in, inPcs}, new Movement[] {out, outPcs})) {
        inBoxes = inBoxes.post(pair[0]).ledger();
        inPieces = inPieces.post(pair[1]).ledger();
        assertThat(inPieces.line(inPieces.size() - 1).amount())
            .isEqualTo(inBoxes.line(inBoxes.size() - 1).amount());
      }
    }
    assertThat(inPieces.valueOnHand()).isEqualTo(inBoxes.valueOnHand());
    assertThat(inPieces.quantityOnHand())
        .isEqualByComparingTo(inBoxes.quantityOnHand().multiply(BigDecimal.valueOf(factor)));
  }
}
