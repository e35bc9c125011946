package dev.suanpan.core.authority;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What someone asks authority for: a subject and how much, as a percent (an extra discount of
 * 0.8%), an amount (compensation of CNY 3000.00), a count (a deferral of 10 days), or several of
 * these at once. A {@link Limit} covers a request when every measure it limits is within bounds.
 *
 * <p>Rejects a request with no measure, a negative percent, amount or count.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AuthorityRequest {
  /** What the authority is for. */
  public abstract Subject subject();

  /** The percent asked for, if the subject is measured in percent. */
  public abstract Optional<Percent> percent();

  /** The amount asked for, if the subject is measured in money. */
  public abstract Optional<Money> amount();

  /** The count asked for (days, units), if the subject is measured in a count. */
  public abstract Optional<Long> count();

  /** A request for a percent. */
  public static AuthorityRequest ofPercent(Subject subject, Percent percent) {
    return AuthorityRequest.builder().subject(subject).percent(percent).build();
  }

  /** A request for an amount. */
  public static AuthorityRequest ofAmount(Subject subject, Money amount) {
    return AuthorityRequest.builder().subject(subject).amount(amount).build();
  }

  /** A request for a count (days, units). */
  public static AuthorityRequest ofCount(Subject subject, long count) {
    return AuthorityRequest.builder().subject(subject).count(count).build();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuthorityRequest}; rejects what {@link AuthorityRequest} rejects. */
  public static final class Builder extends ImmutableAuthorityRequest.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        percent().isPresent() || amount().isPresent() || count().isPresent(),
        "request for %s must name a percent, an amount or a count",
        subject());
    percent()
        .ifPresent(
            p -> Arguments.check(!p.isNegative(), "percent must not be negative, was %s", p));
    amount().ifPresent(a -> Arguments.nonNegative(a, "amount"));
    count().ifPresent(c -> Arguments.nonNegative(c, "count"));
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(subject().code());
    percent().ifPresent(p -> s.append(' ').append(p));
    amount().ifPresent(a -> s.append(' ').append(a));
    count().ifPresent(c -> s.append(' ').append(c));
    return s.toString();
  }
}
