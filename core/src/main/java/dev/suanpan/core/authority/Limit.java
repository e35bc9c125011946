package dev.suanpan.core.authority;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How far one role's authority goes on one subject: a maximum percent, a maximum amount, a maximum
 * count (days), any combination of them, or no bound at all ({@link #unlimited()}). It may also
 * carry a quota: the largest share of a period's cases (subscriptions, units) the role may grant
 * this to (15% for a sales manager's special discounts in 004 篇7 §7).
 *
 * <p>A limit {@link #covers covers} a request when every measure the request names and the limit
 * bounds is within the bound. A limit is {@link #within within} another when it is nowhere looser,
 * which is how delegation down the hierarchy is checked.
 *
 * <p>Rejects a limit with no bound that is not unlimited, an unlimited limit that also sets a bound
 * or a quota (the two contradict: an unlimited limit would ignore them), and negative bounds or
 * quotas.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Limit {
  /** The largest percent this role may grant. */
  public abstract Optional<Percent> maxPercent();

  /** The largest amount this role may grant. */
  public abstract Optional<Money> maxAmount();

  /** The largest count (days, units) this role may grant. */
  public abstract Optional<Long> maxCount();

  /** The largest share of a period's cases this role may grant this to. */
  public abstract Optional<Percent> quota();

  /** True if this role may grant any measure (the general manager's "beyond that"). */
  @Value.Default
  public boolean unlimited() {
    return false;
  }

  /** A limit of at most {@code percent}. */
  public static Limit upToPercent(Percent percent) {
    return builder().maxPercent(percent).build();
  }

  /** A limit of at most {@code amount}. */
  public static Limit upToAmount(Money amount) {
    return builder().maxAmount(amount).build();
  }

  /** A limit of at most {@code count} (days, units). */
  public static Limit upToCount(long count) {
    return builder().maxCount(count).build();
  }

  /** No bound at all. */
  public static Limit unlimitedAuthority() {
    return builder().unlimited(true).build();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Limit}; rejects what {@link Limit} rejects. */
  public static final class Builder extends ImmutableLimit.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        unlimited()
            || maxPercent().isPresent()
            || maxAmount().isPresent()
            || maxCount().isPresent(),
        "limit must bound a percent, an amount or a count, or be unlimited");
    if (unlimited()) {
      List<String> set = new ArrayList<>();
      maxPercent().ifPresent(p -> set.add("maxPercent " + p));
      maxAmount().ifPresent(a -> set.add("maxAmount " + a));
      maxCount().ifPresent(c -> set.add("maxCount " + c));
      quota().ifPresent(q -> set.add("quota " + q));
      Arguments.check(
          set.isEmpty(),
          "unlimited is true, which contradicts %s: an unlimited limit bounds nothing",
          String.join(", ", set));
    }
    maxPercent()
        .ifPresent(
            p -> Arguments.check(!p.isNegative(), "maxPercent must not be negative, was %s", p));
    maxAmount().ifPresent(a -> Arguments.nonNegative(a, "maxAmount"));
    maxCount().ifPresent(c -> Arguments.nonNegative(c, "maxCount"));
    quota()
        .ifPresent(
            q ->
                Arguments.check(
                    !q.isNegative() && !q.isGreaterThan(Percent.HUNDRED),
                    "quota must be between 0%% and 100%%, was %s",
                    q));
  }

  /** True if this limit allows everything {@code request} asks for. */
  public boolean covers(AuthorityRequest request) {
    Arguments.notNull(request, "request");
    if (unlimited()) {
      return true;
    }
    if (maxPercent().isPresent()
        && request.percent().isPresent()
        && request.percent().get().isGreaterThan(maxPercent().get())) {
      return false;
    }
    if (maxAmount().isPresent() && request.amount().isPresent()) {
      Money asked =
          Arguments.inCurrency(
              request.amount().get(), maxAmount().get().getCurrencyUnit(), "request amount");
      if (asked.isGreaterThan(maxAmount().get())) {
        return false;
      }
    }
    if (maxCount().isPresent()
        && request.count().isPresent()
        && request.count().get() > maxCount().get()) {
      return false;
    }
    // A measure the request names but this limit does not bound is not granted by it,
    // unless the limit bounds something else the request names.
    boolean boundsSomething =
        (maxPercent().isPresent() && request.percent().isPresent())
            || (maxAmount().isPresent() && request.amount().isPresent())
            || (maxCount().isPresent() && request.count().isPresent());
    return boundsSomething;
  }

  /**
   * True if this limit is nowhere looser than {@code other}: every bound {@code other} sets, this
   * sets too and at most as high, and likewise for the quota. Anything is within an unlimited
   * limit; an unlimited limit is within only another unlimited one.
   */
  public boolean within(Limit other) {
    Arguments.notNull(other, "other");
    if (other.unlimited()) {
      return true;
    }
    if (unlimited()) {
      return false;
    }
    if (other.maxPercent().isPresent()
        && (maxPercent().isEmpty() || maxPercent().get().isGreaterThan(other.maxPercent().get()))) {
      return false;
    }
    if (other.maxAmount().isPresent()
        && (maxAmount().isEmpty()
            || Arguments.inCurrency(
                    maxAmount().get(), other.maxAmount().get().getCurrencyUnit(), "maxAmount")
                .isGreaterThan(other.maxAmount().get()))) {
      return false;
    }
    if (other.maxCount().isPresent()
        && (maxCount().isEmpty() || maxCount().get() > other.maxCount().get())) {
      return false;
    }
    if (other.quota().isPresent()
        && (quota().isEmpty() || quota().get().isGreaterThan(other.quota().get()))) {
      return false;
    }
    return true;
  }

  /** Short text: {@code "up to 1%, quota 15%"}, {@code "unlimited"}. */
  @Override
  public String toString() {
    if (unlimited()) {
      return "unlimited";
    }
    List<String> parts = new ArrayList<>();
    maxPercent().ifPresent(p -> parts.add("up to " + p));
    maxAmount().ifPresent(a -> parts.add("up to " + a));
    maxCount().ifPresent(c -> parts.add("up to " + c));
    quota().ifPresent(q -> parts.add("quota " + q));
    return String.join(", ", parts);
  }
}
