package dev.suanpan.workflow;

import dev.suanpan.core.authority.Role;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deadline running on a case, as {@link Escalation#dueDates} reports it: the case, the deadline,
 * when its clock started, the last day to meet it (extensions such as approved deferrals counted),
 * the first day a reminder is due, and whom it escalates to when missed.
 *
 * <p>Rejects a due day before the start, and a reminder day outside the start and due day.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DueDate {
  /** The case. */
  public abstract CaseId caseId();

  /** The deadline's name. */
  public abstract String deadline();

  /** The day the clock started. */
  public abstract LocalDate started();

  /** The last day to meet the deadline. */
  public abstract LocalDate due();

  /** The first day a reminder is due; empty when the deadline sends none. */
  public abstract Optional<LocalDate> remindFrom();

  /** Whom a missed deadline escalates to. */
  public abstract Role escalateTo();

  /** True once {@code day} is past the due day: the deadline was missed. */
  public boolean missedOn(LocalDate day) {
    return Arguments.notNull(day, "day").isAfter(due());
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        !due().isBefore(started()),
        "deadline %s is due %s, before it started %s",
        deadline(),
        due(),
        started());
    remindFrom()
        .ifPresent(
            r ->
                Arguments.check(
                    !r.isAfter(due()),
                    "deadline %s reminds from %s, after it is due %s",
                    deadline(),
                    r,
                    due()));
  }

  @Override
  public String toString() {
    return caseId()
        + ": "
        + deadline()
        + " started "
        + started()
        + ", due "
        + due()
        + remindFrom().map(r -> ", reminder from " + r).orElse("")
        + ", escalates to "
        + escalateTo().title();
  }
}
