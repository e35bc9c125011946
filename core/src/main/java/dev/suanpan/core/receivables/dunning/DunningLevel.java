package dev.suanpan.core.receivables.dunning;

import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One level of a {@link DunningPolicy}: from how many days overdue it applies, its {@link
 * DunningStage}, the key of the reminder text a caller's templates render, the fee it charges and
 * whether interest is charged from this level on. Rejects days below 1, a blank text key and a
 * negative fee.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DunningLevel {
  /** The days overdue (of the customer's most overdue instalment) from which the level applies. */
  public abstract int fromDaysOverdue();

  /** What this level does. */
  public abstract DunningStage stage();

  /** The key of the reminder text, such as {@code dunning.first-reminder}. */
  public abstract String textKey();

  /** The fee charged when a customer reaches this level; none by default. */
  public abstract Money fee();

  /** True if interest is charged on the overdue instalments at this level. */
  @Value.Default
  public boolean chargesInterest() {
    return false;
  }

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DunningLevel}; rejects what it rejects. */
  public static final class Builder extends ImmutableDunningLevel.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.check(
        fromDaysOverdue() >= 1,
        "dunning level %s must start at 1 day overdue or later, was %s",
        textKey(),
        fromDaysOverdue());
    Arguments.notBlank(textKey(), "textKey");
    Arguments.nonNegative(fee(), "dunning level " + textKey() + " fee");
  }

  @Override
  public String toString() {
    return stage() + " from " + fromDaysOverdue() + " days (" + textKey() + ")";
  }
}
