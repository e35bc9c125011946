package dev.suanpan.money.interest;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The late-payment penalty (滞纳金, 逾期违约金) terms of a contract: a daily rate on the overdue amount,
 * such as 0.05% a day (日万分之五), optional grace days with a {@link GraceRule}, an optional cap as a
 * percentage of the overdue amount (such as at most 20%), and the rounding of the result.
 *
 * <pre>{@code
 * PenaltyPolicy policy = PenaltyPolicy.builder()
 *     .dailyRate(Percent.parse("0.05%"))
 *     .graceDays(5)
 *     .graceRule(GraceRule.FORGIVEN_WITHIN_GRACE)
 *     .cap(Percent.parse("20%"))
 *     .build();
 * }</pre>
 *
 * <p>Defaults: no grace days, {@link GraceRule#FORGIVEN_WITHIN_GRACE}, no cap, {@link
 * Rounding#FEN}. Building rejects a missing or negative daily rate, negative grace days and a cap
 * that is not positive, naming the field and its value.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PenaltyPolicy {
  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PenaltyPolicy}; rejects what {@link PenaltyPolicy} rejects. */
  public static final class Builder extends ImmutablePenaltyPolicy.Builder {
    Builder() {}
  }

  /** The penalty per day late, as a percentage of the overdue amount. */
  public abstract Percent dailyRate();

  /** Days after the due date before a payment counts as late for the penalty; 0 by default. */
  @Value.Default
  public int graceDays() {
    return 0;
  }

  /** What the grace days mean; {@link GraceRule#FORGIVEN_WITHIN_GRACE} by default. */
  @Value.Default
  public GraceRule graceRule() {
    return GraceRule.FORGIVEN_WITHIN_GRACE;
  }

  /** The most the penalty may be, as a percentage of the overdue amount; none by default. */
  public abstract Optional<Percent> cap();

  /** How the penalty and the cap are rounded; {@link Rounding#FEN} by default. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(dailyRate(), "dailyRate");
    Arguments.check(
        !dailyRate().isNegative(), "dailyRate must not be negative, was %s", dailyRate());
    Arguments.nonNegative(graceDays(), "graceDays");
    cap()
        .ifPresent(
            c ->
                Arguments.check(!c.isNegative() && !c.isZero(), "cap must be positive, was %s", c));
  }

  /** As text: {@code "0.05% a day, 5 grace days FORGIVEN_WITHIN_GRACE, cap 20%"}. */
  @Override
  public String toString() {
    return dailyRate()
        + " a day, "
        + graceDays()
        + " grace days "
        + graceRule()
        + cap().map(c -> ", cap " + c + " of the overdue amount").orElse(", no cap")
        + ", rounding "
        + rounding();
  }
}
