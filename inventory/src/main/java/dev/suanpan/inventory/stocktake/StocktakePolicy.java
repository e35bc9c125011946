package dev.suanpan.inventory.stocktake;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;

/**
 * How approved stocktake variances are resolved: the share of a shortage charged to the custodian
 * when the loss is the custodian's fault (100% by default: 由保管员负责赔偿), the rest going to
 * administrative expense; surpluses always go to administrative expense. {@link
 * dev.suanpan.inventory.presets.CustodianLiability} is the rule of 004 篇3.
 *
 * <p>Rejects a share outside 0% to 100%.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StocktakePolicy {
  /** The share of a shortage charged to a custodian at fault. */
  @Value.Default
  public Percent custodianShare() {
    return Percent.HUNDRED;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StocktakePolicy}; rejects what {@link StocktakePolicy} rejects. */
  public static final class Builder extends ImmutableStocktakePolicy.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        !custodianShare().isNegative() && !custodianShare().isGreaterThan(Percent.HUNDRED),
        "custodianShare must be between 0%% and 100%%, was %s",
        custodianShare());
  }
}
