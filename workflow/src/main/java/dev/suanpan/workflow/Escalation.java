package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Arguments;
import dev.suanpan.workflow.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Watches the deadlines of one {@link WorkflowDefinition} on a {@link BusinessCalendar}: told what
 * time it is, it says which reminders and escalations a case calls for. It records nothing; the
 * caller acts on the answer (notifies, or fires a transition of its own flow).
 *
 * <p>Immutable and thread-safe.
 */
public final class Escalation {
  private final WorkflowDefinition definition;
  private final BusinessCalendar calendar;

  private Escalation(WorkflowDefinition definition, BusinessCalendar calendar) {
    this.definition = Arguments.notNull(definition, "definition");
    this.calendar = Arguments.notNull(calendar, "calendar");
  }

  /** Watches the deadlines of {@code definition}, counting days on {@code calendar}. */
  public static Escalation of(WorkflowDefinition definition, BusinessCalendar calendar) {
    return new Escalation(definition, calendar);
  }

  /**
   * The reminders and escalations {@code current} calls for at {@code now}: for each running
   * deadline, an escalation once {@code now} is past its due day, else a reminder from {@code
   * remindBefore} days before it. A case in an end state calls for nothing.
   *
   * @throws IllegalArgumentException if the case is of another flow or {@code now} is before its
   *     last event
   */
  public ImmutableList<DueAction> check(WorkflowCase current, LocalDateTime now) {
    Arguments.notNull(current, "current");
    Arguments.notNull(now, "now");
    Arguments.check(
        current.flow().equals(definition.name()),
        "case %s follows %s, not %s",
        current.id(),
        current.flow(),
        definition.name());
    Arguments.check(
        !now.isBefore(current.lastEventAt()),
        "now %s is before the case's last event at %s",
        now,
        current.lastEventAt());
    if (definition.isEnd(current.state())) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<DueAction> out = ImmutableList.builder();
    LocalDate today = now.toLocalDate();
    for (Deadline d : definition.deadlines()) {
      Optional<LocalDate> started = started(d, current);
      if (started.isEmpty()) {
        continue;
      }
      int extension =
          d.extendedBy().flatMap(current::fact).map(days -> Math.toIntExact(days)).orElse(0);
      LocalDate due = calendar.plus(started.get(), d.length() + extension, d.unit());
      ImmutableDueAction.Builder action =
          ImmutableDueAction.builder()
              .caseId(current.id())
              .deadline(d.name())
              .started(started.get())
              .due(due)
              .escalateTo(d.escalateTo());
      if (today.isAfter(due)) {
        out.add(action.kind(DueActionKind.ESCALATE).build());
      } else if (d.remindBefore() > 0
          && !today.isBefore(calendar.minus(due, d.remindBefore(), d.unit()))) {
        out.add(action.kind(DueActionKind.REMIND).build());
      }
    }
    return out.build();
  }

  /** The day the deadline's clock started, if it is running. */
  private static Optional<LocalDate> started(Deadline d, WorkflowCase c) {
    if (d.restartsOnEveryEvent()) {
      return d.startsOn().contains(c.state())
          ? Optional.of(c.lastEventAt().toLocalDate())
          : Optional.empty();
    }
    LocalDateTime start = null;
    for (CaseEvent e : c.history()) {
      boolean entered = e.from().map(f -> !f.equals(e.to())).orElse(true);
      if (!entered) {
        continue;
      }
      if (start == null && d.startsOn().contains(e.to())) {
        start = e.at();
      } else if (start != null && d.metBy().contains(e.to())) {
        start = null;
      }
    }
    return Optional.ofNullable(start).map(LocalDateTime::toLocalDate);
  }

  @Override
  public String toString() {
    return "Escalation " + definition.name() + " " + definition.deadlines();
  }
}
