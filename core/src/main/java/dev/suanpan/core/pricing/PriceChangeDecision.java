package dev.suanpan.core.pricing;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The decision on a {@link PriceChange}: the size of the change (percent of the old price and
 * amount per unit), and whether the requester may make it ({@link Outcome#ALLOWED}), who must sign
 * it ({@link Outcome#NEEDS_APPROVAL}: the lowest role whose authority covers it and the chain up to
 * it), or why it is {@link Outcome#REFUSED} (under the entry's floor, or beyond every authority).
 *
 * <p>{@link #applyTo(PriceList)} and {@link #applyTo(PriceList, Role)} turn an allowed or approved
 * change into a new price list; the list given is not changed. Immutable and thread-safe. Building
 * one rejects a negative size and an allowed or approvable change without an approver.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PriceChangeDecision implements Decision {
  /** The change decided. */
  public abstract PriceChange change();

  /** The price list it was decided on. */
  public abstract PriceList priceList();

  /** The size of the change as a percent of the old price, rounded up to six places. */
  public abstract Percent sizePercent();

  /** The size of the change per unit (never negative, for a cut or a rise alike). */
  public abstract Money sizeAmount();

  /**
   * The authority route when authority was consulted (not for a price under the floor): within the
   * requester's own authority, up to an approver, or beyond every authority.
   */
  public abstract Optional<AuthorityRoute> route();

  /** The authority policy it was decided by, which {@link #applyTo(PriceList, Role)} checks. */
  public abstract AuthorityPolicy authority();

  @Override
  public abstract Outcome outcome();

  /** The route, when the outcome is {@link Outcome#NEEDS_APPROVAL}. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return outcome() == Outcome.NEEDS_APPROVAL ? route() : Optional.empty();
  }

  @Override
  public abstract Explanation explanation();

  @Value.Check
  protected void check() {
    Arguments.nonNegative(sizeAmount(), "sizeAmount");
    Arguments.check(
        outcome() == Outcome.REFUSED || route().flatMap(AuthorityRoute::approver).isPresent(),
        "a change %s needs a route with an approver, route was %s",
        outcome(),
        route());
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceChangeDecision}; rejects what {@link PriceChangeDecision} rejects. */
  public static final class Builder extends ImmutablePriceChangeDecision.Builder {
    Builder() {}
  }

  /**
   * Applies an allowed change (within the requester's own authority) to {@code list}: a new list
   * where the product costs the new price from the effective day and the old entry stays for the
   * days before it.
   *
   * @throws IllegalStateException if the change was refused or needs approval (use {@link
   *     #applyTo(PriceList, Role)} once signed)
   * @throws IllegalArgumentException as {@link #applyTo(PriceList, Role)} for the list
   */
  public PriceList applyTo(PriceList list) {
    if (outcome() != Outcome.ALLOWED) {
      throw new IllegalStateException(
          change() + " is " + outcome() + ": only an allowed change applies without an approver");
    }
    return apply(list);
  }

  /**
   * Applies a change that needed approval, signed by {@code approvedBy}: the required approver or a
   * role above it in the requester's reporting chain. An allowed change may be applied this way
   * too, by the requester or anyone above it.
   *
   * @throws IllegalStateException if the change was refused
   * @throws IllegalArgumentException if {@code approvedBy} is not the required approver or above
   *     it, {@code list} is not the list decided on (another code), or it no longer prices the
   *     product at the change's old price on the effective day
   */
  public PriceList applyTo(PriceList list, Role approvedBy) {
    Arguments.notNull(approvedBy, "approvedBy");
    if (outcome() == Outcome.REFUSED) {
      throw new IllegalStateException(change() + " was refused: it cannot be applied");
    }
    Role needed = route().flatMap(AuthorityRoute::approver).orElseThrow();
    Arguments.check(
        approvedBy.equals(needed) || authority().superiorsOf(needed).contains(approvedBy),
        "approvedBy %s may not approve %s: it needs %s or a role above it",
        approvedBy,
        change(),
        needed);
    return apply(list);
  }

  private PriceList apply(PriceList target) {
    Arguments.notNull(target, "list");
    Arguments.check(
        target.code().equals(priceList().code()),
        "list %s is not the list %s the change was decided on",
        target.code(),
        priceList().code());
    Optional<PriceListEntry> current = target.entry(change().product(), change().effectiveFrom());
    Arguments.check(
        current.isPresent() && current.get().basePrice().isEqual(change().oldBasePrice()),
        "list %s no longer prices %s at %s on %s (in force: %s); decide the change again",
        target.code(),
        change().product(),
        change().oldBasePrice(),
        change().effectiveFrom(),
        current.map(PriceListEntry::toString).orElse("nothing"));
    return target.withPriceFrom(
        change().product(), change().newBasePrice(), change().effectiveFrom());
  }

  @Override
  public String toString() {
    return change()
        + ": "
        + outcome()
        + " ("
        + sizePercent()
        + ", "
        + sizeAmount()
        + " per unit)"
        + (approval().isPresent() ? ", needs " + route().get().approver().orElseThrow() : "");
  }
}
