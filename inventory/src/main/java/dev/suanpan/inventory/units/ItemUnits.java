package dev.suanpan.inventory.units;

import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * The units of one item: the {@link #base()} unit its ledgers keep, and for each other unit its
 * {@link #factors() factor}, the base units in one of it (a box of 24 pieces: factor 24; steel kept
 * in tonnes and sold by the piece at a theoretical weight of 2.365 t: factor 2.365). The engine of
 * {@link dev.suanpan.inventory.units}: {@link #convert} turns a movement in any of these units into
 * the base-unit movement, exactly or not at all.
 *
 * <p>Quantities stay exact: a quantity times the factor that needs more than the ledger's 4 decimal
 * places ({@link Movement#QUANTITY_SCALE}) is refused, naming the figures. Converting never creates
 * or loses value: a receipt's unit cost is divided by the factor and kept to 6 places only when the
 * receipt is then worth the same to the minor unit, by the ledger's rounding; otherwise refused,
 * naming both values. A value carried by the movement (an opening balance, a transfer in) travels
 * unchanged.
 *
 * <p>Rejects a factor that is not positive or has more than 6 decimal places, a factor for the base
 * unit other than 1, and (when converting) a unit the item does not have.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ItemUnits {
  /** Decimal places a factor may have. */
  public static final int FACTOR_SCALE = 6;

  /** The item. */
  public abstract ItemId item();

  /** The unit its ledgers keep. */
  public abstract UnitOfMeasure base();

  /** For each other unit, the base units in one of it. */
  public abstract ImmutableMap<UnitOfMeasure, BigDecimal> factors();

  /** The units of {@code item}, kept in {@code base}, with no other unit yet. */
  public static ItemUnits of(ItemId item, UnitOfMeasure base) {
    return builder().item(item).base(base).build();
  }

  /** These units and {@code unit}, {@code factor} base units each (replacing its factor if any). */
  public ItemUnits with(UnitOfMeasure unit, BigDecimal factor) {
    Arguments.notNull(unit, "unit");
    Arguments.notNull(factor, "factor");
    ImmutableMap.Builder<UnitOfMeasure, BigDecimal> b = ImmutableMap.builder();
    factors().forEach((u, f) -> b.put(u, f));
    b.put(unit, factor);
    return builder().from(this).factors(b.buildKeepingLast()).build();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ItemUnits}; rejects what {@link ItemUnits} rejects. */
  public static final class Builder extends ImmutableItemUnits.Builder {
    Builder() {}
  }

  /**
   * The base units in one {@code unit}: 1 for the base unit.
   *
   * @throws IllegalArgumentException if the item has no such unit
   */
  public BigDecimal factor(UnitOfMeasure unit) {
    Arguments.notNull(unit, "unit");
    if (unit.equals(base())) {
      return BigDecimal.ONE;
    }
    BigDecimal f = factors().get(unit);
    Arguments.check(
        f != null,
        "unit %s is not a unit of %s, which has %s and %s",
        unit,
        item(),
        base(),
        factors().keySet());
    return f;
  }

  /**
   * {@code quantity} of {@code unit} in the base unit, exact.
   *
   * @throws IllegalArgumentException if the result needs more than 4 decimal places, naming the
   *     figures, or the unit is not the item's
   */
  public BigDecimal toBase(BigDecimal quantity, UnitOfMeasure unit) {
    Arguments.notNull(quantity, "quantity");
    BigDecimal f = factor(unit);
    BigDecimal q = quantity.multiply(f);
    Arguments.check(
        fits(q),
        "quantity %s %s x %s = %s %s of %s is not exact at %s decimal places",
        quantity.toPlainString(),
        unit,
        f.toPlainString(),
        q.toPlainString(),
        base(),
        item(),
        Movement.QUANTITY_SCALE);
    return q.setScale(Movement.QUANTITY_SCALE, RoundingMode.UNNECESSARY);
  }

  /**
   * {@code baseQuantity} of the base unit counted in {@code unit}, exact (to show a balance in
   * boxes).
   *
   * @throws IllegalArgumentException if it is not a whole number of 0.0001 {@code unit}, naming the
   *     figures, or the unit is not the item's
   */
  public BigDecimal fromBase(BigDecimal baseQuantity, UnitOfMeasure unit) {
    Arguments.notNull(baseQuantity, "baseQuantity");
    BigDecimal f = factor(unit);
    BigDecimal q = baseQuantity.divide(f, Movement.QUANTITY_SCALE, RoundingMode.DOWN);
    Arguments.check(
        q.multiply(f).compareTo(baseQuantity) == 0,
        "quantity %s %s / %s is not exact in %s of %s at %s decimal places",
        baseQuantity.toPlainString(),
        base(),
        f.toPlainString(),
        unit,
        item(),
        Movement.QUANTITY_SCALE);
    return q;
  }

  /**
   * Converts {@code movement} into the unit of {@code ledger} (which must be this item's ledger in
   * the base unit), valuing by the ledger's currency and rounding.
   *
   * @throws IllegalArgumentException as {@link #convert(Movement, CurrencyUnit, RoundingMode)}, or
   *     if the ledger is of another item or unit
   */
  public UnitConversion convert(Movement movement, StockLedger ledger) {
    Arguments.notNull(ledger, "ledger");
    Arguments.check(
        ledger.item().equals(item()) && ledger.unit().equals(base()),
        "ledger must be of %s in %s, was of %s in %s",
        item(),
        base(),
        ledger.item(),
        ledger.unit());
    return convert(movement, ledger.currency(), ledger.policy().rounding().mode());
  }

  /** Converts {@code movement} for {@code ledger} (see {@link #convert}) and posts it there. */
  public Posting post(StockLedger ledger, Movement movement) {
    return ledger.post(convert(movement, ledger).converted());
  }

  /**
   * The movement in the base unit: the quantity times the factor, exact; a receipt's unit cost
   * divided by the factor to at most 6 places such that the receipt's value in {@code currency},
   * rounded by {@code mode}, is the same in either unit.
   *
   * @throws IllegalArgumentException if the movement's unit is not the item's, the quantity is not
   *     exact in the base unit, or no unit cost of 6 places keeps the receipt's value, naming the
   *     figures
   */
  public UnitConversion convert(Movement movement, CurrencyUnit currency, RoundingMode mode) {
    Arguments.notNull(movement, "movement");
    Arguments.notNull(currency, "currency");
    Arguments.notNull(mode, "mode");
    BigDecimal f = factor(movement.unit());
    BigDecimal q = toBase(movement.quantity(), movement.unit());
    Explanation.Builder why = Explanation.builder();
    why.add(
        UnitRule.QUANTITY_EXACT,
        "%s %s %s x %s = %s %s",
        movement.document(),
        movement.quantity().toPlainString(),
        movement.unit(),
        f.toPlainString(),
        q.toPlainString(),
        base());
    Movement.Builder b = Movement.builder().from(movement).quantity(q).unit(base());
    if (movement.kind() == MovementKind.RECEIPT) {
      BigDecimal cost = movement.unitCost().orElseThrow();
      BigDecimal baseCost = baseUnitCost(movement, q, f, currency.getDecimalPlaces(), mode);
      b.unitCost(baseCost);
      why.add(
          UnitRule.VALUE_KEPT,
          "unit cost %s / %s = %s a %s; worth %s %s either way",
          cost.toPlainString(),
          f.toPlainString(),
          baseCost.toPlainString(),
          base(),
          currency,
          value(movement.quantity(), cost, currency.getDecimalPlaces(), mode).toPlainString());
    } else {
      why.add(
          UnitRule.VALUE_KEPT,
          "%s carries no unit cost of its own: %s",
          movement.document(),
          movement.value().map(v -> "its value " + v + " travels unchanged").orElse("unchanged"));
    }
    return UnitConversion.of(movement, b.build(), f, why.build());
  }

  /** The base unit cost keeping the receipt's value, or a refusal naming the figures. */
  private BigDecimal baseUnitCost(
      Movement receipt, BigDecimal baseQty, BigDecimal f, int scale, RoundingMode mode) {
    BigDecimal cost = receipt.unitCost().orElseThrow();
    BigDecimal target = value(receipt.quantity(), cost, scale, mode);
    BigDecimal nearest = cost.divide(f, Movement.UNIT_COST_SCALE, RoundingMode.HALF_UP);
    BigDecimal step = BigDecimal.ONE.movePointLeft(Movement.UNIT_COST_SCALE);
    for (BigDecimal c : new BigDecimal[] {nearest, nearest.subtract(step), nearest.add(step)}) {
      if (c.signum() >= 0 && value(baseQty, c, scale, mode).compareTo(target) == 0) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            "receipt %s of %s: %s %s at %s = %s, but no unit cost of %s places keeps it in %s:"
                + " %s %s at %s = %s",
            receipt.document(),
            item(),
            receipt.quantity().toPlainString(),
            receipt.unit(),
            cost.toPlainString(),
            target.toPlainString(),
            Movement.UNIT_COST_SCALE,
            base(),
            baseQty.toPlainString(),
            base(),
            nearest.toPlainString(),
            value(baseQty, nearest, scale, mode).toPlainString()));
  }

  private static BigDecimal value(BigDecimal q, BigDecimal cost, int scale, RoundingMode mode) {
    return q.multiply(cost).setScale(scale, mode);
  }

  private static boolean fits(BigDecimal q) {
    return q.stripTrailingZeros().scale() <= Movement.QUANTITY_SCALE;
  }

  @Value.Check
  void check() {
    Arguments.check(
        !factors().containsKey(base()) || factors().get(base()).compareTo(BigDecimal.ONE) == 0,
        "factors[%s] of the base unit must be 1, was %s",
        base(),
        factors().get(base()));
    for (Map.Entry<UnitOfMeasure, BigDecimal> e : factors().entrySet()) {
      String name = "factors[" + e.getKey() + "]";
      Arguments.positive(e.getValue(), name);
      Arguments.check(
          e.getValue().stripTrailingZeros().scale() <= FACTOR_SCALE,
          "%s must have at most %s decimal places, was %s",
          name,
          FACTOR_SCALE,
          e.getValue());
    }
  }
}
