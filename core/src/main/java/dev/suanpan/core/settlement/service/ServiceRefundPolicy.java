package dev.suanpan.core.settlement.service;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How a cancelled service contract is refunded: the {@link RefundBasis}, a cancellation fee as a
 * percent of the unused value, and a fixed handling fee; the fees together never exceed the unused
 * value.
 *
 * <p>Rejects a fee percent outside 0%-100% and a negative handling fee.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ServiceRefundPolicy {
  /** How the used part is measured. */
  public abstract RefundBasis basis();

  /** A fee as a percent of the unused value; 0% for none. */
  @Value.Default
  public Percent cancellationFee() {
    return Percent.ZERO;
  }

  /** A fixed handling fee, if any. */
  public abstract Optional<Money> handlingFee();

  /** How the percent fee is rounded. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceRefundPolicy}; rejects what {@link ServiceRefundPolicy} rejects. */
  public static final class Builder extends ImmutableServiceRefundPolicy.Builder {
    Builder() {}
  }

  /** A policy on {@code basis} with no fees. */
  public static ServiceRefundPolicy of(RefundBasis basis) {
    return builder().basis(basis).build();
  }

  @Value.Check
  protected void check() {
    Arguments.share(cancellationFee(), "cancellationFee");
    handlingFee().ifPresent(f -> Arguments.nonNegative(f, "handlingFee"));
  }
}
