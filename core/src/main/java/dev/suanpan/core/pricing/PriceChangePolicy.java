package dev.suanpan.core.pricing;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;

/**
 * Who may set or change a base price by how much: the {@link AuthorityPolicy} and the {@link
 * #subject()} its limits are read on ({@code price-change} by default). The size of a change is
 * measured both as a percent of the old base price and as an amount per unit, so a limit may bound
 * either or both; rises and cuts are measured alike, by their size.
 *
 * <p>Rejects a subject on which no role of the authority policy holds a limit (nobody could ever
 * change a price).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PriceChangePolicy {
  /** The subject price changes are checked on unless a policy names another. */
  public static final Subject PRICE_CHANGE = Subject.of("price-change");

  /** Who may change how much. */
  public abstract AuthorityPolicy authority();

  /** The subject the limits are read on. */
  @Value.Default
  public Subject subject() {
    return PRICE_CHANGE;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceChangePolicy}; rejects what {@link PriceChangePolicy} rejects. */
  public static final class Builder extends ImmutablePriceChangePolicy.Builder {
    Builder() {}
  }

  /**
   * The policy reading {@code authority}'s limits on {@code price-change}.
   *
   * @throws IllegalArgumentException if no role holds a limit on {@code price-change}
   */
  public static PriceChangePolicy of(AuthorityPolicy authority) {
    return builder().authority(authority).build();
  }

  @Value.Check
  protected void check() {
    boolean any = false;
    for (Role r : authority().roles()) {
      any |= authority().limitOf(r, subject()).isPresent();
    }
    Arguments.check(
        any,
        "no role of the authority policy holds a limit on %s; roles are %s",
        subject(),
        authority().roles());
  }
}
