package dev.suanpan.core.settlement.cancellation;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The facts of a cancellation (退房, 毁约): how far the sale had gone, who is at fault, the costs
 * actually incurred, whether 004 篇7 §12's "special cancellation" (特殊退房, always for the general
 * manager) applies, and how much of the contract was already performed.
 *
 * <p>Rejects a negative performed value.
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

  /**
   * The value of the contract already performed (部分履行: goods delivered and accepted), at the
   * contract price; empty (the default) when nothing was. With it the deposit rule applies to the
   * unperformed part only (Civil Code art. 587 as the courts apply it: 按照未履行部分所占比例适用定金罚则), and the
   * performed part's price is kept out of the price payments. It may not exceed the contract price,
   * which {@link Settlement#settle} checks.
   */
  public abstract Optional<Money> performed();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cancellation}; rejects what {@link Cancellation} rejects. */
  public static final class Builder extends ImmutableCancellation.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    performed().ifPresent(p -> Arguments.nonNegative(p, "performed"));
  }

  /** A cancellation at {@code stage} with {@code fault} and no costs incurred. */
  public static Cancellation of(ContractStage stage, Fault fault) {
    return builder().stage(stage).fault(fault).build();
  }
}
