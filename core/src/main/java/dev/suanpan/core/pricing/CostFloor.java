package dev.suanpan.core.pricing;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;

/**
 * A floor relative to the current cost: a line whose net amount (net of VAT when list prices
 * include it) is under its current unit cost plus {@link #minimumMargin()} of it, times the
 * quantity, needs the authority of {@link #approver()} (that role or one above it), as ERP systems
 * check a selling rate against the valuation rate. The cost is what the caller passes on the line
 * ({@link QuoteLine#currentUnitCost()}, for example from the stock ledger); a line without one is
 * not checked.
 *
 * <p>Rejects a negative margin.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CostFloor {
  /** The subject a sale under cost plus the minimum margin is routed on. */
  public static final Subject SALE_UNDER_COST = Subject.of("sale-under-cost");

  /** The least margin over the cost, as a percent of it (10% = at least 1.10 x the cost). */
  public abstract Percent minimumMargin();

  /** The role whose authority a sale under the floor needs (it, or a role above it). */
  public abstract Role approver();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostFloor}; rejects what {@link CostFloor} rejects. */
  public static final class Builder extends ImmutableCostFloor.Builder {
    Builder() {}
  }

  /** A sale under cost plus {@code minimumMargin} needs {@code approver}. */
  public static CostFloor of(Percent minimumMargin, Role approver) {
    return builder().minimumMargin(minimumMargin).approver(approver).build();
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        !minimumMargin().isNegative(),
        "minimumMargin must not be negative, was %s",
        minimumMargin());
  }

  @Override
  public String toString() {
    return "cost + " + minimumMargin() + ", else " + approver();
  }
}
