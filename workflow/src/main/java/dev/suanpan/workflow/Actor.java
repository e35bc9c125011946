package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;

/**
 * Who issues a command: a person, the roles they hold, and the {@link Delegation}s they stand in
 * for. The caller vouches for the roles; the workflow checks that they allow what is asked.
 *
 * <p>Rejects an actor with no role and no delegation, and a delegation to someone else.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Actor {
  /** The person. */
  public abstract PersonId person();

  /** The roles the person holds in their own right. */
  public abstract ImmutableSet<Role> roles();

  /** The delegations the person stands in for. */
  public abstract ImmutableList<Delegation> delegations();

  /** A person holding {@code roles}. */
  public static Actor of(PersonId person, Role... roles) {
    return Actor.builder().person(person).addRoles(roles).build();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Actor}; rejects what {@link Actor} rejects. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        !roles().isEmpty() || !delegations().isEmpty(),
        "actor %s must hold a role or stand in for someone",
        person());
    for (Delegation d : delegations()) {
      Arguments.check(
          d.delegate().equals(person()),
          "actor %s cannot use the delegation %s, made to %s",
          person(),
          d,
          d.delegate());
    }
  }

  @Override
  public String toString() {
    return person() + " " + roles();
  }
}
