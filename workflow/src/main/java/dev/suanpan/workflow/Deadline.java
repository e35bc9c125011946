package dev.suanpan.workflow;

import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.Role;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.workflow.calendar.DayUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time limit on part of a flow: the clock starts when a case first enters one of {@link
 * #startsOn()} and stops when it enters one of {@link #metBy()}; the case is due {@link #length()}
 * days ({@link #unit()}) later, to the end of that day. {@link #remindBefore()} days before, a
 * reminder is due; after it, the case escalates to {@link #escalateTo()}. A deadline that {@link
 * #restartsOnEveryEvent()} counts from the case's last event instead, for as long as the case is in
 * one of {@link #startsOn()} ("no repair left untouched more than a week"). The days in {@link
 * #extendedBy()} (an approved deferral) are added to the length.
 *
 * <p>Rejects a non-positive length, a reminder not shorter than the length, no start state, and no
 * stop state for a deadline that does not restart.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Deadline {
  /** What it is called: {@code report-within-3-days}. */
  public abstract String name();

  /** The states whose entry starts the clock. */
  public abstract ImmutableSet<State> startsOn();

  /** The states whose entry meets the deadline. */
  public abstract ImmutableSet<State> metBy();

  /** How many days it gives. */
  public abstract int length();

  /** Working days or calendar days. */
  @Value.Default
  public DayUnit unit() {
    return DayUnit.WORKING_DAYS;
  }

  /** How many days (same unit) before the due day a reminder is due; 0 for none. */
  @Value.Default
  public int remindBefore() {
    return 0;
  }

  /** Who is told when it is missed. */
  public abstract Role escalateTo();

  /** True if the clock counts from the case's last event. */
  @Value.Default
  public boolean restartsOnEveryEvent() {
    return false;
  }

  /** A count fact (days, same unit) that extends the deadline when set. */
  public abstract Optional<Fact<Long>> extendedBy();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deadline}; rejects what {@link Deadline} rejects. */
  public static final class Builder extends ImmutableDeadline.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(name(), "name");
    Arguments.check(length() > 0, "deadline %s must be positive, was %d", name(), length());
    Arguments.check(
        remindBefore() >= 0 && remindBefore() < length(),
        "deadline %s: reminder %d days before must be between 0 and the length %d",
        name(),
        remindBefore(),
        length());
    Arguments.check(!startsOn().isEmpty(), "deadline %s must start on some state", name());
    Arguments.check(
        restartsOnEveryEvent() || !metBy().isEmpty(),
        "deadline %s must be met by some state",
        name());
  }

  @Override
  public String toString() {
    return name()
        + ": "
        + length()
        + " "
        + unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " from "
        + (restartsOnEveryEvent() ? "the last event in " : "entering ")
        + startsOn()
        + (metBy().isEmpty() ? "" : " until " + metBy())
        + ", escalates to "
        + escalateTo();
  }
}
