package dev.suanpan.testkit;

import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.landed.AllocationBasis;
import dev.suanpan.inventory.landed.LandedCharge;
import dev.suanpan.inventory.landed.LandedCostKind;
import dev.suanpan.inventory.landed.ReceiptRef;
import dev.suanpan.inventory.units.ItemUnits;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik generators for the stock features of {@code suanpan-inventory}: an item's units of measure
 * ({@link ItemUnits}) and landed costs ({@link LandedCharge}). Valid by construction. Requires
 * {@code suanpan-inventory} on the test classpath, as {@link InventoryArbitraries} does. Rejects
 * null arguments and an empty list of receipts.
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
}
