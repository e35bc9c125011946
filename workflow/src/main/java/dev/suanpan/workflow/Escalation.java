package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.decision.Reason;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.workflow.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Watches the deadlines of one {@link WorkflowDefinition} on a {@link BusinessCalendar}: the
 * running deadlines of a case with their due days ({@link #dueDates}), and, told what time it is,
 * which reminders and escalations a case calls for ({@link #check}). {@link #record} writes one of
 * them into the case as an event, so its audit trail shows it and replaying the events rebuilds it;
 * the caller sends the notice.
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
   * The deadlines running on {@code current}, each with the day its clock started and its current
   * due day (extended by the days in its {@link Deadline#extendedBy()} fact), in the order of the
   * definition. A case in an end state has none.
   *
   * @throws IllegalArgumentException if the case is of another flow
   */
  public ImmutableList<DueDate> dueDates(WorkflowCase current) {
    checkFlow(current);
    if (definition.isEnd(current.state())) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<DueDate> out = ImmutableList.builder();
    for (Deadline d : definition.deadlines()) {
      Optional<LocalDate> started = started(d, current);
      if (started.isEmpty()) {
        continue;
      }
      int extension =
          d.extendedBy().flatMap(current::fact).map(days -> Math.toIntExact(days)).orElse(0);
      LocalDate due = calendar.plus(started.get(), d.length() + extension, d.unit());
      out.add(
          ImmutableDueDate.builder()
              .caseId(current.id())
              .deadline(d.name())
              .started(started.get())
              .due(due)
              .remindFrom(
                  d.remindBefore() > 0
                      ? Optional.of(calendar.minus(due, d.remindBefore(), d.unit()))
                      : Optional.empty())
              .escalateTo(d.escalateTo())
              .build());
    }
    return out.build();
  }

  /**
   * The reminders and escalations {@code current} calls for at {@code now}: for each running
   * deadline ({@link #dueDates}), an escalation once {@code now} is past its due day, else a
   * reminder from {@code remindBefore} days before it. A case in an end state calls for nothing.
   * Recording one ({@link #record}) does not stop it being called for; {@link #notYetRecorded}
   * leaves out those already recorded.
   *
   * @throws IllegalArgumentException if the case is of another flow or {@code now} is before its
   *     last event
   */
  public ImmutableList<DueAction> check(WorkflowCase current, LocalDateTime now) {
    checkFlow(current);
    Arguments.notNull(now, "now");
    Arguments.check(
        !now.isBefore(current.lastEventAt()),
        "now %s is before the case's last event at %s",
        now,
        current.lastEventAt());
    ImmutableList.Builder<DueAction> out = ImmutableList.builder();
    LocalDate today = now.toLocalDate();
    for (DueDate d : dueDates(current)) {
      ImmutableDueAction.Builder action =
          ImmutableDueAction.builder()
              .caseId(d.caseId())
              .deadline(d.deadline())
              .started(d.started())
              .due(d.due())
              .escalateTo(d.escalateTo());
      if (d.missedOn(today)) {
        out.add(action.kind(DueActionKind.ESCALATE).build());
      } else if (d.remindFrom().map(r -> !today.isBefore(r)).orElse(false)) {
        out.add(action.kind(DueActionKind.REMIND).build());
      }
    }
    return out.build();
  }

  /**
   * What {@link #check} calls for at {@code now}, less the reminders and escalations already
   * recorded on the case: what a deadline watch still has to record and send.
   *
   * @throws IllegalArgumentException as {@link #check} does
   */
  public ImmutableList<DueAction> notYetRecorded(WorkflowCase current, LocalDateTime now) {
    ImmutableList<DueAction> recorded = current.recordedDueActions();
    return check(current, now).stream()
        .filter(a -> !recorded.contains(a))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Records {@code due} on {@code current} at {@code at}, as a {@link EventKind#REMINDED} or {@link
   * EventKind#ESCALATED} event by {@code recorder}: the case stays where it is (a request waiting
   * for approval keeps waiting), its audit trail shows the deadline, its due day and whom it
   * escalates to, and {@link Workflow#replay} rebuilds it. Refused when {@code due} is not called
   * for at {@code at} ({@code workflow.due.not-due}), is already recorded ({@code
   * workflow.due.recorded}), or the recorder holds no role of the flow ({@code workflow.role}): the
   * rules of {@link EscalationRule}, in that order.
   *
   * @throws IllegalArgumentException if the case is of another flow, the action is of another case,
   *     or {@code at} is before the case's last event
   */
  public CaseStep record(WorkflowCase current, DueAction due, Actor recorder, LocalDateTime at) {
    Arguments.notNull(due, "due");
    Arguments.notNull(recorder, "recorder");
    ImmutableList<DueAction> calledFor = check(current, at);
    Arguments.check(
        due.caseId().equals(current.id()),
        "due action %s is of case %s, not %s",
        due,
        due.caseId(),
        current.id());
    Optional<Reason> no =
        notDue(due, calledFor, at)
            .or(() -> alreadyRecorded(current, due))
            .or(() -> noFlowRole(recorder));
    if (no.isPresent()) {
      return CaseStep.refused(Explanation.empty().and(no.get()));
    }
    Role role =
        recorder.roles().stream().filter(definition.namedRoles()::contains).findFirst().get();
    EventKind kind =
        due.kind() == DueActionKind.ESCALATE ? EventKind.ESCALATED : EventKind.REMINDED;
    CaseEvent event =
        CaseEvent.builder()
            .caseId(current.id())
            .flow(current.flow())
            .sequence(current.history().size())
            .kind(kind)
            .action(due.deadline())
            .from(current.state())
            .to(current.state())
            .actor(recorder.person())
            .role(role)
            .at(at)
            .dueAction(due)
            .build();
    Explanation why =
        Explanation.empty()
            .and(
                kind == EventKind.ESCALATED ? EscalationRule.ESCALATED : EscalationRule.REMINDED,
                "%s recorded %s",
                event.actorText(),
                due);
    return CaseStep.done(Outcome.ALLOWED, why, current.apply(event), event);
  }

  private static Optional<Reason> notDue(
      DueAction due, ImmutableList<DueAction> calledFor, LocalDateTime at) {
    if (calledFor.contains(due)) {
      return Optional.empty();
    }
    return Optional.of(
        Reason.of(
            EscalationRule.NOT_DUE,
            "%s is not called for at %s; the deadlines call for %s",
            due,
            at,
            calledFor.isEmpty() ? "nothing" : calledFor));
  }

  private static Optional<Reason> alreadyRecorded(WorkflowCase current, DueAction due) {
    if (!current.recordedDueActions().contains(due)) {
      return Optional.empty();
    }
    return Optional.of(
        Reason.of(EscalationRule.RECORDED, "%s is already recorded on %s", due, current.id()));
  }

  private Optional<Reason> noFlowRole(Actor recorder) {
    Set<Role> flowRoles = definition.namedRoles();
    if (recorder.roles().stream().anyMatch(flowRoles::contains)) {
      return Optional.empty();
    }
    return Optional.of(
        Reason.of(
            EscalationRule.ROLE,
            "%s holds %s; recording a deadline on %s needs a role of the flow: %s",
            recorder.person(),
            recorder.roles().stream().map(Role::title).collect(Collectors.toList()),
            definition.name(),
            flowRoles.stream().map(Role::title).collect(Collectors.joining(", "))));
  }

  private void checkFlow(WorkflowCase current) {
    Arguments.notNull(current, "current");
    Arguments.check(
        current.flow().equals(definition.name()),
        "case %s follows %s, not %s",
        current.id(),
        current.flow(),
        definition.name());
  }

  /** The day the deadline's clock started, if it is running. */
  private static Optional<LocalDate> started(Deadline d, WorkflowCase c) {
    if (d.restartsOnEveryEvent()) {
      return d.startsOn().contains(c.state())
          ? Optional.of(c.lastActivityAt().toLocalDate())
          : Optional.empty();
    }
    LocalDateTime start = null;
    for (CaseEvent e : c.history()) {
      if (e.kind().recordsDeadline()) {
        continue;
      }
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
