package dev.suanpan.core.settlement.returns;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How returned goods are refunded: the return window in days after the sale, the deduction
 * (restocking fee, damage) as a percent of the value paid for each reason, who signs off returns
 * ("sales returns need approval by someone with authority"), how deductions are rounded, and the
 * reasons for which the shipping cost is deducted from the refund. A reason without a deduction is
 * refunded in full.
 *
 * <p>Rejects a negative window and deductions outside 0%-100%.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ReturnPolicy {
  /** The approval subject of a sales return, asked for the refund amount. */
  public static final Subject SALES_RETURN = Subject.of("sales-return");

  /** Days after the day of sale within which goods may come back (the sale day is day 0). */
  public abstract int returnWindowDays();

  /** The deduction per reason as a percent of the value paid for the goods returned. */
  public abstract ImmutableMap<ReturnReason, Percent> deductions();

  /**
   * The reasons for which the customer bears the shipping: the {@link ReturnRequest#shippingCost()
   * shipping cost} given with a return for one of them is deducted from the refund (a change of
   * mind, say, but not a quality defect). Empty (the default): shipping is never deducted.
   */
  public abstract ImmutableSet<ReturnReason> shippingCharged();

  /** Who signs off returns; without it a return within the window is allowed as it is. */
  public abstract Optional<SignOff> signOff();

  /** How deductions are rounded. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReturnPolicy}; rejects what {@link ReturnPolicy} rejects. */
  public static final class Builder extends ImmutableReturnPolicy.Builder {
    Builder() {}
  }

  /** The deduction for {@code reason}; 0% if the policy sets none. */
  public Percent deduction(ReturnReason reason) {
    return deductions().getOrDefault(Arguments.notNull(reason, "reason"), Percent.ZERO);
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(returnWindowDays(), "returnWindowDays");
    deductions().forEach((r, p) -> Arguments.share(p, "deductions[" + r + "]"));
  }
}
