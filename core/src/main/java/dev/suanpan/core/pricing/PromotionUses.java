package dev.suanpan.core.pricing;

import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;

/**
 * How often a promotion has been used so far, as the caller counts it (the library keeps no state):
 * by the customer quoted, and overall.
 *
 * <p>Rejects negative counts and more uses by the customer than overall.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PromotionUses {
  /** Uses by the customer quoted. */
  public abstract long byCustomer();

  /** Uses by every customer. */
  public abstract long overall();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PromotionUses}; rejects what {@link PromotionUses} rejects. */
  public static final class Builder extends ImmutablePromotionUses.Builder {
    Builder() {}
  }

  /** {@code byCustomer} uses by the customer quoted, {@code overall} by everyone. */
  public static PromotionUses of(long byCustomer, long overall) {
    return builder().byCustomer(byCustomer).overall(overall).build();
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(byCustomer(), "byCustomer");
    Arguments.nonNegative(overall(), "overall");
    Arguments.check(
        byCustomer() <= overall(),
        "byCustomer %s must not be more than overall %s",
        byCustomer(),
        overall());
  }
}
