package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.landed.LandedCharge;
import dev.suanpan.inventory.landed.LandedCostDecision;
import dev.suanpan.inventory.landed.LandedCostShare;
import dev.suanpan.inventory.landed.LandedCosts;
import dev.suanpan.inventory.landed.ReceiptRef;
import dev.suanpan.inventory.units.ItemUnits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.joda.money.Money;

/** The stock-feature arbitraries make values the engines accept, and the engines keep value. */
class StockFeatureProperties {
  /** Whole boxes and cases convert to pieces and back, exactly or refused, never rounded. */
  @Property
  void unitsConvertExactlyOrNotAtAll(
      @ForAll("units") ItemUnits units, @ForAll("counts") int count) {
    for (UnitOfMeasure u : List.of(StockFeatureArbitraries.BOX, StockFeatureArbitraries.CASE)) {
      BigDecimal n = BigDecimal.valueOf(count);
      try {
        BigDecimal pcs = units.toBase(n, u);
        assertThat(pcs).isEqualByComparingTo(n.multiply(units.factor(u)));
        assertThat(units.fromBase(pcs, u)).isEqualByComparingTo(n);
      } catch (IllegalArgumentException refused) {
        assertThat(refused).hasMessageContaining("not exact");
      }
    }
  }

  @Provide
  Arbitrary<ItemUnits> units() {
    return StockFeatureArbitraries.itemUnits();
  }

  @Provide
  Arbitrary<Integer> counts() {
    return net.jqwik.api.Arbitraries.integers().between(1, 10_000);
  }

  /**
   * A generated landed cost over a generated FIFO ledger's receipts is allocated to the fen and
   * makes each receipt it names worth its value plus its share.
   */
  @Property(tries = 200)
  void aGeneratedChargeReValuesTheReceiptsItNames(
      @ForAll("charges") Tuple2<StockLedger, LandedCharge> c) {
    StockBook book = StockBook.of(List.of(c.get1()));
    LandedCostDecision d;
    try {
      d = LandedCosts.apply(book, c.get2());
    } catch (IllegalArgumentException allZero) {
      // receipts worth nothing (or weighing nothing) under the basis have nothing to weigh by
      assertThat(allZero).hasMessageContaining("must not all have a zero");
      return;
    }
    assertThat(d.allocation().total()).isEqualTo(c.get2().amount());
    if (d.isRefused()) {
      return; // a share no unit cost of 6 places carries on a large quantity
    }
    StockLedger after = d.book().ledger(InventoryArbitraries.ITEM, InventoryArbitraries.WAREHOUSE);
    for (LandedCostShare s : d.allocation().shares()) {
      Movement now = receipt(after, s.receipt().receipt().document());
      Money value =
          Money.of(
              MoneyArbitraries.CNY,
              now.quantity()
                  .multiply(now.unitCost().get())
                  .setScale(2, java.math.RoundingMode.HALF_UP));
      assertThat(value).isEqualTo(s.valueAfter());
    }
  }

  @Provide
  Arbitrary<Tuple2<StockLedger, LandedCharge>> charges() {
    return InventoryArbitraries.ledgers(CostingPolicy.of(CostingMethod.FIFO))
        .filter(l -> !receipts(l).isEmpty())
        .flatMap(
            l ->
                StockFeatureArbitraries.landedCharges(receipts(l))
                    .map(charge -> Tuple.of(l, charge)));
  }

  private static List<ReceiptRef> receipts(StockLedger ledger) {
    List<ReceiptRef> out = new ArrayList<>();
    for (int i = 0; i < ledger.size(); i++) {
      if (ledger.movement(i).kind() == MovementKind.RECEIPT) {
        out.add(StockFeatureArbitraries.receipt(ledger.movement(i).document()));
      }
    }
    return out;
  }

  private static Movement receipt(StockLedger ledger, String document) {
    for (int i = 0; i < ledger.size(); i++) {
      Movement m = ledger.movement(i);
      if (m.kind() == MovementKind.RECEIPT && m.document().equals(document)) {
        return m;
      }
    }
    throw new AssertionError("no receipt " + document);
  }
}
