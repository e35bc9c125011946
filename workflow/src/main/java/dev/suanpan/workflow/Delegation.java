package dev.suanpan.workflow;

import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stand-in while someone is absent: from {@link #from()} to {@link #to()} (both inclusive) the
 * {@link #delegate()} may act in the {@link #delegatorRole()} of the {@link #delegator()}, for one
 * {@link #subject()} or for everything, optionally capped by a {@link #cap()}. A delegate never
 * gets more than the delegator holds: an approval under a delegation needs the delegator's own
 * authority to cover it, and the cap as well; a cap looser than the delegator's own limit is
 * rejected when it is used.
 *
 * <p>Rejects a period that ends before it starts and a delegation to oneself.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Delegation {
  /** Who is absent. */
  public abstract PersonId delegator();

  /** The role the delegator holds and hands over. */
  public abstract Role delegatorRole();

  /** Who stands in. */
  public abstract PersonId delegate();

  /** The first day of the absence. */
  public abstract LocalDate from();

  /** The last day of the absence. */
  public abstract LocalDate to();

  /** The only subject handed over; empty for everything the role does. */
  public abstract Optional<Subject> subject();

  /** A tighter limit than the delegator's own, if the delegator set one. */
  public abstract Optional<Limit> cap();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Delegation}; rejects what {@link Delegation} rejects. */
  public static final class Builder extends ImmutableDelegation.Builder {
    Builder() {}
  }

  /** True if the delegation is in force on {@code day}. */
  public boolean activeOn(LocalDate day) {
    Arguments.notNull(day, "day");
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  /** True if the delegation covers {@code subject}. */
  public boolean covers(Subject subject) {
    Arguments.notNull(subject, "subject");
    return subject().map(subject::equals).orElse(true);
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        !to().isBefore(from()), "delegation must not end (%s) before it starts (%s)", to(), from());
    Arguments.check(
        !delegator().equals(delegate()),
        "delegation must be to someone else, delegator and delegate were both %s",
        delegate());
  }

  @Override
  public String toString() {
    return delegate()
        + " for "
        + delegator()
        + " ("
        + delegatorRole()
        + ") "
        + from()
        + ".."
        + to()
        + subject().map(s -> " on " + s).orElse("")
        + cap().map(c -> ", capped " + c).orElse("");
  }
}
