package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.Role;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A move a case may make: by {@link #name()}, from any of {@link #from()} to {@link #to()} (or
 * staying where it is), fired by someone holding one of {@link #firedBy()}, when every {@link
 * #guards() guard} passes; with an {@link #approval()} step, firing it only asks, and the move
 * happens when an authorised approver approves. The {@link #effect()} says which facts it records,
 * {@link #stamps()} facts it always records (the stage of a cancellation).
 *
 * <p>Rejects a name that is not a simple identifier, no source state, and no role to fire it.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Transition {
  /** The command name that fires it: {@code investigate}, {@code approve-compensation}. */
  public abstract String name();

  /** The states it may start from. */
  public abstract ImmutableSet<State> from();

  /** The state it leads to; empty when the case stays where it is (recording a payment). */
  public abstract Optional<State> to();

  /** The state it leads to from {@code from}: {@link #to()}, or {@code from} itself. */
  public State target(State from) {
    return to().orElse(from);
  }

  /** The roles that may fire it (for an approval transition: that may ask for it). */
  public abstract ImmutableSet<Role> firedBy();

  /** The conditions it needs, checked in order. */
  public abstract ImmutableList<Guard> guards();

  /** The approval it waits for, if any. */
  public abstract Optional<ApprovalStep> approval();

  /** The facts it records; the command's payload unless set. */
  @Value.Default
  public Effect effect() {
    return Effect.recordPayload();
  }

  /** Facts it always records, whatever the payload. */
  @Value.Default
  public Facts stamps() {
    return Facts.none();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transition}; rejects what {@link Transition} rejects. */
  public static final class Builder extends ImmutableTransition.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        name().matches("[A-Za-z][A-Za-z0-9_-]*"),
        "transition name must be letters, digits, '-' and '_' starting with a letter, was \"%s\"",
        name());
    Arguments.check(!from().isEmpty(), "transition %s must start from some state", name());
    Arguments.check(!firedBy().isEmpty(), "transition %s must name who may fire it", name());
  }

  @Override
  public String toString() {
    return name() + ": " + from() + " -> " + to().map(State::code).orElse("(stays)");
  }
}
