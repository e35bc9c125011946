package dev.suanpan.inventory.landed;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One landed cost to allocate: the document it comes on (the freight bill, the customs
 * declaration), its {@link LandedCostKind kind}, its amount, the {@link AllocationBasis basis} of
 * the split and the receipts it belongs to, in the order their shares are listed (ties of the
 * largest remainder go to the earlier).
 *
 * <p>Rejects an amount that is not positive, no receipts or a receipt named twice, and weights that
 * are missing for a receipt or negative under {@link AllocationBasis#WEIGHT} (or given under
 * another basis, or for a receipt not named).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class LandedCharge {
  /** The document the charge comes on. */
  public abstract String document();

  /** What the charge is for. */
  public abstract LandedCostKind kind();

  /** The amount to allocate; positive. */
  public abstract Money amount();

  /** What the amount is split in proportion to. */
  public abstract AllocationBasis basis();

  /** The receipts the charge belongs to, in order. */
  public abstract ImmutableList<ReceiptRef> receipts();

  /**
   * Under {@link AllocationBasis#WEIGHT}, the weight of each receipt (any one unit); else empty.
   */
  public abstract ImmutableMap<ReceiptRef, BigDecimal> weights();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LandedCharge}; rejects what {@link LandedCharge} rejects. */
  public static final class Builder extends ImmutableLandedCharge.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notBlank(document(), "document");
    Arguments.positive(amount(), "amount");
    Arguments.notEmpty(receipts(), "receipts");
    Arguments.check(
        new HashSet<>(receipts()).size() == receipts().size(),
        "receipts must not name a receipt twice, were %s",
        receipts());
    if (basis() == AllocationBasis.WEIGHT) {
      for (ReceiptRef r : receipts()) {
        Arguments.check(
            weights().containsKey(r), "weights must give the weight of %s, had none", r);
      }
      for (Map.Entry<ReceiptRef, BigDecimal> e : weights().entrySet()) {
        Arguments.check(
            receipts().contains(e.getKey()),
            "weights must be of the receipts named, had %s",
            e.getKey());
        Arguments.nonNegative(e.getValue(), "weights[" + e.getKey().document() + "]");
      }
    } else {
      Arguments.check(
          weights().isEmpty(), "weights apply only to the WEIGHT basis, were %s", weights());
    }
  }
}
