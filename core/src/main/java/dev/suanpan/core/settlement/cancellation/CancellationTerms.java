package dev.suanpan.core.settlement.cancellation;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;

/**
 * The terms a {@link SettlementPolicy} applies to one stage and fault: what happens to the deposit,
 * the liquidated damages (违约金) as a percent of the contract price payable by the party at fault,
 * and the share of the costs actually incurred that the customer bears.
 *
 * <p>Rejects percents below 0% or above 100%.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CancellationTerms {
  /** What happens to the deposit. */
  public abstract DepositTreatment deposit();

  /** Liquidated damages as a percent of the contract price; 0% for none. */
  @Value.Default
  public Percent liquidatedDamages() {
    return Percent.ZERO;
  }

  /** The share of the costs actually incurred deducted from the customer's refund. */
  @Value.Default
  public Percent customerShareOfCosts() {
    return Percent.ZERO;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CancellationTerms}; rejects what {@link CancellationTerms} rejects. */
  public static final class Builder extends ImmutableCancellationTerms.Builder {
    Builder() {}
  }

  /** Terms with this deposit treatment, no damages, and no costs for the customer. */
  public static CancellationTerms of(DepositTreatment deposit) {
    return builder().deposit(deposit).build();
  }

  @Value.Check
  protected void check() {
    Arguments.share(liquidatedDamages(), "liquidatedDamages");
    Arguments.share(customerShareOfCosts(), "customerShareOfCosts");
  }

  @Override
  public String toString() {
    return "deposit "
        + deposit()
        + ", liquidated damages "
        + liquidatedDamages()
        + " of the price, customer bears "
        + customerShareOfCosts()
        + " of costs incurred";
  }
}
