package dev.suanpan.core.settlement.cancellation;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.IncurredCost;
import org.immutables.value.Value;

/**
 * The facts of a cancellation (退房, 毁约): how far the sale had gone, who is at fault, the costs
 * actually incurred, and whether 004 篇7 §12's "special cancellation" (特殊退房, always for the general
 * manager) applies.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Cancellation {
  /** How far the sale had gone. */
  public abstract ContractStage stage();

  /** Who is at fault. */
  public abstract Fault fault();

  /** Costs actually incurred because of the cancellation. */
  public abstract ImmutableList<IncurredCost> costsIncurred();

  /** True for a special cancellation, approved by the general manager whatever the stage. */
  @Value.Default
  public boolean special() {
    return false;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cancellation}; rejects what {@link Cancellation} rejects. */
  public static final class Builder extends ImmutableCancellation.Builder {
    Builder() {}
  }

  /** A cancellation at {@code stage} with {@code fault} and no costs incurred. */
  public static Cancellation of(ContractStage stage, Fault fault) {
    return builder().stage(stage).fault(fault).build();
  }
}
