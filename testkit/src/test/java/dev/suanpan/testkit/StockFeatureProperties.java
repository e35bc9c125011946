package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.inventory.landed.LandedCharge;
import dev.suanpan.inventory.landed.LandedCostDecision;
import dev.suanpan.inventory.landed.LandedCostShare;
import dev.suanpan.inventory.landed.LandedCosts;
import dev.suanpan.inventory.landed.ReceiptRef;
import dev.suanpan.inventory.lots.LotDecision;
import dev.suanpan.inventory.lots.LotId;
import dev.suanpan.inventory.lots.LotLedger;
import dev.suanpan.inventory.lots.LotPick;
import dev.suanpan.inventory.lots.LotRule;
import dev.suanpan.inventory.lots.Tracking;
import dev.suanpan.inventory.negative.ItemAtWarehouse;
import dev.suanpan.inventory.negative.NegativeStockResolution;
import dev.suanpan.inventory.negative.NegativeStockRule;
import dev.suanpan.inventory.negative.NegativeStockSettings;
import dev.suanpan.inventory.reservation.OrderLineId;
import dev.suanpan.inventory.reservation.ReservationDecision;
import dev.suanpan.inventory.reservation.ReservationPolicy;
import dev.suanpan.inventory.reservation.Reservations;
import dev.suanpan.inventory.units.ItemUnits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /**
   * Reserved never exceeds on hand unless the policy allows it: a generated policy's reservations
   * of generated order lines against a generated ledger's stock, then a walk-in issue of all of it.
   */
  @Property(tries = 200)
  void reservedExceedsOnHandOnlyWhereThePolicyAllows(
      @ForAll("policies") ReservationPolicy policy, @ForAll("lines") List<OrderLineId> lines) {
    StockLedger ledger =
        StockLedger.open(
            InventoryArbitraries.ITEM,
            InventoryArbitraries.WAREHOUSE,
            UnitOfMeasure.PIECES,
            MoneyArbitraries.CNY,
            CostingPolicy.of(CostingMethod.FIFO));
    StockBook book =
        StockBook.of(
            List.of(
                ledger
                    .post(
                        Movement.receipt(
                            LocalDate.of(2024, 1, 1),
                            "GRN-1",
                            BigDecimal.TEN,
                            UnitOfMeasure.PIECES,
                            BigDecimal.ONE,
                            "PO-1"))
                    .ledger()));
    Reservations r = Reservations.none(policy);
    for (OrderLineId line : lines) {
      r =
          r.reserve(
                  book,
                  line,
                  InventoryArbitraries.ITEM,
                  InventoryArbitraries.WAREHOUSE,
                  new BigDecimal("3"))
              .reservations();
    }
    ReservationDecision all =
        r.issue(
            book,
            InventoryArbitraries.ITEM,
            InventoryArbitraries.WAREHOUSE,
            Movement.saleIssue(
                LocalDate.of(2024, 1, 2), "OUT-1", BigDecimal.TEN, UnitOfMeasure.PIECES),
            Optional.empty());
    BigDecimal reserved =
        all.reservations().reserved(InventoryArbitraries.ITEM, InventoryArbitraries.WAREHOUSE);
    BigDecimal onHand =
        all.book()
            .ledger(InventoryArbitraries.ITEM, InventoryArbitraries.WAREHOUSE)
            .quantityOnHand();
    if (reserved.compareTo(onHand) > 0) {
      assertThat(policy.reserveBeyondAvailable() || policy.takeReservedStock()).isTrue();
    }
  }

  @Provide
  Arbitrary<ReservationPolicy> policies() {
    return StockFeatureArbitraries.reservationPolicies();
  }

  @Provide
  Arbitrary<List<OrderLineId>> lines() {
    return StockFeatureArbitraries.orderLines().list().uniqueElements().ofMaxSize(5);
  }

  /** Every generated pick over received lots is taken in full or refused as not enough. */
  @Property(tries = 200)
  void generatedPicksTakeTheLotsOrAreRefused(@ForAll("picks") LotPick pick) {
    LotLedger lots =
        LotLedger.open(
            InventoryArbitraries.ITEM,
            InventoryArbitraries.WAREHOUSE,
            UnitOfMeasure.PIECES,
            MoneyArbitraries.CNY,
            CostingPolicy.of(CostingMethod.FIFO),
            Tracking.LOT);
    for (int i = 0; i < LOTS.size(); i++) {
      lots =
          lots.receive(
                  LOTS.get(i),
                  Optional.of(LocalDate.of(2025, 1, 1).minusDays(i)),
                  Movement.receipt(
                      LocalDate.of(2024, 1, 1).plusDays(i),
                      "GRN-" + i,
                      BigDecimal.valueOf(5),
                      UnitOfMeasure.PIECES,
                      BigDecimal.valueOf(10 + i),
                      "PO"))
              .ledger();
    }
    LotDecision d =
        lots.issue(
            Movement.saleIssue(
                LocalDate.of(2024, 2, 1), "OUT-1", BigDecimal.valueOf(7), UnitOfMeasure.PIECES),
            pick);
    if (d.isAllowed()) {
      // 3 lots x 5 - 7 = 8
      assertThat(d.ledger().quantityOnHand()).isEqualByComparingTo("8");
    } else {
      assertThat(pick.lots()).hasSize(1);
      assertThat(d.explanation().fired(LotRule.NOT_ENOUGH)).isTrue();
    }
  }

  static final List<LotId> LOTS = List.of(LotId.of("L1"), LotId.of("L2"), LotId.of("L3"));

  @Provide
  Arbitrary<LotPick> picks() {
    return StockFeatureArbitraries.lotPicks(LOTS);
  }

  /** A level set for the item in the warehouse always decides. */
  @Property(tries = 200)
  void theMostSpecificLevelDecides(@ForAll("settings") NegativeStockSettings settings) {
    for (ItemId item : ITEMS) {
      for (WarehouseId w : WAREHOUSES) {
        NegativeStockResolution r = settings.resolve(item, w);
        NegativeStockPolicy set = settings.itemsInWarehouses().get(ItemAtWarehouse.of(item, w));
        if (set != null) {
          assertThat(r.policy()).isEqualTo(set);
          assertThat(r.decidedBy()).isEqualTo(NegativeStockRule.ITEM_IN_WAREHOUSE);
        } else if (!settings.items().containsKey(item) && !settings.warehouses().containsKey(w)) {
          assertThat(r.policy()).isEqualTo(settings.company());
        }
      }
    }
  }

  static final List<ItemId> ITEMS = List.of(ItemId.of("A"), ItemId.of("B"));
  static final List<WarehouseId> WAREHOUSES = List.of(WarehouseId.of("W1"), WarehouseId.of("W2"));

  @Provide
  Arbitrary<NegativeStockSettings> settings() {
    return StockFeatureArbitraries.negativeStockSettings(ITEMS, WAREHOUSES);
  }
}
