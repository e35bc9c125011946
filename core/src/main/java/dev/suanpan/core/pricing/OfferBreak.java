package dev.suanpan.core.pricing;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A quantity break on a {@link StandardOffer}: from {@link #minQuantity()} units on, the offer
 * takes this percent or amount per unit off instead of its own (on the whole quantity or band by
 * band, as the offer's {@link StandardOffer#breakBasis()} says). A break is of the offer's kind: a
 * percent for a percent offer, an amount for an amount offer.
 *
 * <p>Rejects a quantity that is not positive, both or neither of a percent and an amount, a percent
 * outside 0% to 100% and a negative amount.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class OfferBreak {
  /** The least quantity the break applies from (inclusive). */
  public abstract BigDecimal minQuantity();

  /** The percent off from that quantity on, for a percent offer. */
  public abstract Optional<Percent> percentOff();

  /** The amount off per unit from that quantity on, for an amount offer. */
  public abstract Optional<Money> amountOff();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OfferBreak}; rejects what {@link OfferBreak} rejects. */
  public static final class Builder extends ImmutableOfferBreak.Builder {
    Builder() {}
  }

  /** From {@code minQuantity} units on, {@code percentOff} off. */
  public static OfferBreak percent(BigDecimal minQuantity, Percent percentOff) {
    return builder().minQuantity(minQuantity).percentOff(percentOff).build();
  }

  /** From {@code minQuantity} units on, {@code amountOff} per unit off. */
  public static OfferBreak amount(BigDecimal minQuantity, Money amountOff) {
    return builder().minQuantity(minQuantity).amountOff(amountOff).build();
  }

  @Value.Check
  protected void check() {
    Arguments.positive(minQuantity(), "minQuantity");
    Arguments.check(
        percentOff().isPresent() != amountOff().isPresent(),
        "an offer break must give exactly one of percentOff and amountOff, gave %s",
        percentOff().isPresent() ? "both" : "neither");
    percentOff()
        .ifPresent(
            p ->
                Arguments.check(
                    !p.isNegative() && !p.isGreaterThan(Percent.HUNDRED),
                    "percentOff of an offer break must be between 0%% and 100%%, was %s",
                    p));
    amountOff().ifPresent(a -> Arguments.nonNegative(a, "amountOff"));
  }

  @Override
  public String toString() {
    return "from "
        + minQuantity().toPlainString()
        + ": "
        + percentOff().map(Percent::toString).orElseGet(() -> amountOff().get() + " per unit")
        + " off";
  }
}
