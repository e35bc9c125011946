package dev.suanpan.inventory.landed;

import dev.suanpan.inventory.Movement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One receipt's part of a landed cost: the receipt's figures, the figure it was weighed by (its
 * value, quantity or weight), its share of the charge, and the unit cost that carries the share
 * (empty when no unit cost of 6 places makes the receipt worth exactly its value plus the share).
 * Made only by {@link LandedCosts}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class LandedCostShare {
  /** The receipt as it was before the charge. */
  public abstract ReceiptFigures receipt();

  /** What the receipt was weighed by. */
  public abstract BigDecimal weighedBy();

  /** Its share of the charge. */
  public abstract Money share();

  /** The receipt's value with its share: value + share. */
  public Money valueAfter() {
    return receipt().value().plus(share());
  }

  /**
   * The unit cost to amend the receipt to: of 6 places, such that quantity × it, rounded by the
   * ledger's rounding, is {@link #valueAfter()}; empty when none is (computed when first asked).
   */
  @Value.Lazy
  public Optional<BigDecimal> unitCostAfter() {
    ReceiptFigures r = receipt();
    BigDecimal target = valueAfter().getAmount();
    int scale = target.scale();
    BigDecimal nearest =
        target.divide(r.quantity(), Movement.UNIT_COST_SCALE, RoundingMode.HALF_UP);
    BigDecimal step = BigDecimal.ONE.movePointLeft(Movement.UNIT_COST_SCALE);
    for (BigDecimal c : new BigDecimal[] {nearest, nearest.subtract(step), nearest.add(step)}) {
      if (c.signum() >= 0
          && r.quantity().multiply(c).setScale(scale, r.rounding()).compareTo(target) == 0) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  static LandedCostShare of(ReceiptFigures receipt, BigDecimal weighedBy, Money share) {
    return ImmutableLandedCostShare.builder()
        .receipt(receipt)
        .weighedBy(weighedBy)
        .share(share)
        .build();
  }
}
