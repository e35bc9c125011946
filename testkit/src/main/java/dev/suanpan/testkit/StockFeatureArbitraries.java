package dev.suanpan.testkit;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.inventory.landed.AllocationBasis;
import dev.suanpan.inventory.landed.LandedCharge;
import dev.suanpan.inventory.landed.LandedCostKind;
import dev.suanpan.inventory.landed.ReceiptRef;
import dev.suanpan.inventory.lots.LotId;
import dev.suanpan.inventory.lots.LotPick;
import dev.suanpan.inventory.negative.ItemAtWarehouse;
import dev.suanpan.inventory.negative.NegativeStockSettings;
import dev.suanpan.inventory.reservation.ExpectedReceipt;
import dev.suanpan.inventory.reservation.OrderLineId;
import dev.suanpan.inventory.reservation.ReservationPolicy;
import dev.suanpan.inventory.units.ItemUnits;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik generators for the stock features of {@code suanpan-inventory}: an item's units of measure
 * ({@link ItemUnits}), landed costs ({@link LandedCharge}), reservation policies, order lines and
 * expected receipts, lot picks ({@link LotPick}) and negative-stock settings ({@link
 * NegativeStockSettings}). Valid by construction. Requires {@code suanpan-inventory} on the test
 * classpath, as {@link InventoryArbitraries} does. Rejects null arguments and an empty list of
 * receipts.
 */
public final class StockFeatureArbitraries {
  private StockFeatureArbitraries() {}

  /** A box: the unit of {@link #itemUnits()} bought by the dozen or more. */
  public static final UnitOfMeasure BOX = UnitOfMeasure.of("box");

  /** A case: the unit of {@link #itemUnits()} with a factor of up to 6 decimal places. */
  public static final UnitOfMeasure CASE = UnitOfMeasure.of("case");

  /**
   * Units of {@link InventoryArbitraries#ITEM} kept in pieces, with a {@link #BOX} of 1 to 500
   * pieces and a {@link #CASE} of 0.000001 to 1,000 pieces (6 places).
   */
  public static Arbitrary<ItemUnits> itemUnits() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 500), Arbitraries.longs().between(1, 1_000_000_000L))
        .as(
            (box, caseMicros) ->
                ItemUnits.of(InventoryArbitraries.ITEM, UnitOfMeasure.PIECES)
                    .with(BOX, BigDecimal.valueOf(box))
                    .with(CASE, BigDecimal.valueOf(caseMicros, 6)));
  }

  /** The landed costs of {@link #landedCharges(List, CurrencyUnit)} in CNY. */
  public static Arbitrary<LandedCharge> landedCharges(List<ReceiptRef> receipts) {
    return landedCharges(receipts, MoneyArbitraries.CNY);
  }

  /**
   * Landed costs of any kind and basis over a non-empty subset of {@code receipts} (in their
   * order), of 0.01 to 100,000.00 in {@code currency}; under the weight basis each receipt weighs
   * 0.001 to 10,000 (any unit).
   */
  public static Arbitrary<LandedCharge> landedCharges(
      List<ReceiptRef> receipts, CurrencyUnit currency) {
    Arguments.notEmpty(receipts, "receipts");
    Arguments.notNull(currency, "currency");
    int n = receipts.size();
    Arbitrary<List<Boolean>> picks =
        Arbitraries.of(true, false).list().ofSize(n).filter(p -> p.contains(true));
    return Combinators.combine(
            Arbitraries.of(LandedCostKind.class),
            Arbitraries.of(AllocationBasis.class),
            Arbitraries.longs().between(1, 10_000_000).map(c -> Money.ofMinor(currency, c)),
            picks,
            Arbitraries.longs().between(1, 10_000_000).list().ofSize(n))
        .as(
            (kind, basis, amount, chosen, grams) -> {
              List<ReceiptRef> named = new ArrayList<>();
              LandedCharge.Builder b =
                  LandedCharge.builder()
                      .document("LC-" + kind)
                      .kind(kind)
                      .amount(amount)
                      .basis(basis);
              for (int i = 0; i < n; i++) {
                if (chosen.get(i)) {
                  named.add(receipts.get(i));
                  if (basis == AllocationBasis.WEIGHT) {
                    b.putWeight(receipts.get(i), BigDecimal.valueOf(grams.get(i), 3));
                  }
                }
              }
              return b.addAllReceipts(named).build();
            });
  }

  /** The receipt {@code document} of {@link InventoryArbitraries#ITEM} in its warehouse. */
  public static ReceiptRef receipt(String document) {
    return ReceiptRef.of(InventoryArbitraries.ITEM, InventoryArbitraries.WAREHOUSE, document);
  }

  /** Reservation policies: each of over-booking and taking reserved stock allowed or not. */
  public static Arbitrary<ReservationPolicy> reservationPolicies() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(
            (take, beyond) ->
                ReservationPolicy.builder()
                    .takeReservedStock(take)
                    .reserveBeyondAvailable(beyond)
                    .build());
  }

  /** Order lines {@code SO-1/1} to {@code SO-9/3}. */
  public static Arbitrary<OrderLineId> orderLines() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9), Arbitraries.integers().between(1, 3))
        .as((order, line) -> OrderLineId.of("SO-" + order, line));
  }

  /**
   * Receipts of {@link InventoryArbitraries#ITEM} expected in {@link
   * InventoryArbitraries#WAREHOUSE} 0 to 60 days from {@code start}, of 1 to 1,000 units.
   */
  public static Arbitrary<ExpectedReceipt> expectedReceipts(LocalDate start) {
    Arguments.notNull(start, "start");
    return Combinators.combine(
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(1, 1_000),
            Arbitraries.integers().between(1, 999))
        .as(
            (days, quantity, po) ->
                new ExpectedReceipt(
                    InventoryArbitraries.ITEM,
                    InventoryArbitraries.WAREHOUSE,
                    start.plusDays(days),
                    BigDecimal.valueOf(quantity),
                    "PO-" + po));
  }

  /**
   * Picks over {@code lots}: oldest first, first to expire first, or a non-empty selection of
   * {@code lots} in a shuffled order (named).
   */
  public static Arbitrary<LotPick> lotPicks(List<LotId> lots) {
    Arguments.notEmpty(lots, "lots");
    Arbitrary<LotPick> named =
        Arbitraries.of(lots)
            .set()
            .ofMinSize(1)
            .ofMaxSize(lots.size())
            .map(s -> LotPick.named(new ArrayList<>(s)));
    return Arbitraries.oneOf(
        Arbitraries.just(LotPick.fifo()), Arbitraries.just(LotPick.byExpiry()), named);
  }

  /**
   * Negative-stock settings: a company policy, and a policy set or not for each of {@code
   * warehouses}, {@code items} and each item in each warehouse.
   */
  public static Arbitrary<NegativeStockSettings> negativeStockSettings(
      List<ItemId> items, List<WarehouseId> warehouses) {
    Arguments.notNull(items, "items");
    Arguments.notNull(warehouses, "warehouses");
    int n = warehouses.size() + items.size() + items.size() * warehouses.size();
    Arbitrary<Optional<NegativeStockPolicy>> maybe =
        Arbitraries.of(NegativeStockPolicy.class).optional();
    return Combinators.combine(Arbitraries.of(NegativeStockPolicy.class), maybe.list().ofSize(n))
        .as(
            (company, set) -> {
              NegativeStockSettings.Builder b = NegativeStockSettings.builder().company(company);
              int k = 0;
              for (WarehouseId w : warehouses) {
                set.get(k++).ifPresent(p -> b.putWarehouse(w, p));
              }
              for (ItemId i : items) {
                set.get(k++).ifPresent(p -> b.putItem(i, p));
              }
              for (ItemId i : items) {
                for (WarehouseId w : warehouses) {
                  set.get(k++).ifPresent(p -> b.putItemsInWarehouse(ItemAtWarehouse.of(i, w), p));
                }
              }
              return b.build();
            });
  }
}
