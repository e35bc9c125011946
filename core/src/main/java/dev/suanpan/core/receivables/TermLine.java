package dev.suanpan.core.receivables;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One line of {@link PaymentTerms}: the weight of the total that falls due (a share such as 30%, or
 * 1 of n equal parts), the {@link Milestone} it falls due from, and the months and days after it.
 * Rejects a weight that is not positive and a negative offset.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class TermLine {
  /** The weight of the total this line takes; the lines' amounts are split by weight. */
  public abstract BigDecimal weight();

  /** The event the instalment falls due from. */
  public abstract Milestone milestone();

  /** Whole months after the milestone; 0 by default. */
  @Value.Default
  public int months() {
    return 0;
  }

  /** Days after the milestone (after the months); 0 by default. */
  @Value.Default
  public int days() {
    return 0;
  }

  /** A share of the total, due {@code days} after {@code milestone}. */
  public static TermLine share(Percent share, Milestone milestone, int days) {
    Arguments.notNull(share, "share");
    return builder().weight(share.value()).milestone(milestone).days(days).build();
  }

  /** A builder; {@code build()} refuses a missing weight or milestone, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TermLine}; rejects what {@link TermLine} rejects. */
  public static final class Builder extends ImmutableTermLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.positive(weight(), "weight");
    Arguments.nonNegative(months(), "months");
    Arguments.nonNegative(days(), "days");
  }

  @Override
  public String toString() {
    return weight().toPlainString()
        + " at "
        + milestone()
        + (months() > 0 ? " + " + months() + " months" : "")
        + (days() > 0 ? " + " + days() + " days" : "");
  }
}
