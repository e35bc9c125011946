package dev.suanpan.workflow;

import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened to a case: what ({@link #kind()}, {@link #action()}), who ({@link
 * #actor()} in {@link #role()}, possibly standing in for {@link #onBehalfOf()}), when ({@link
 * #at()}), the state before and after, and the facts it changed. Events are the case's history;
 * {@link Workflow#replay} folds them back into the case. Approval events also carry the request and
 * the role it was routed to; reminder and escalation events ({@link Escalation#record}) carry the
 * {@link DueAction} recorded.
 *
 * <p>Rejects a negative sequence, an opening event with a source state or without the flow's name,
 * any other event without a source state, a previous round on an event that is not an opening, and
 * a due action on any but a reminder or escalation event (which needs one of its own kind and case,
 * and neither moves the case nor changes its facts).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CaseEvent {
  /** The case. */
  public abstract CaseId caseId();

  /** The flow the case follows. */
  public abstract String flow();

  /** The position in the case's history, from 0. */
  public abstract int sequence();

  /** What kind of event. */
  public abstract EventKind kind();

  /** The transition's name, or {@code open}. */
  public abstract String action();

  /** The state before; empty for an opening. */
  public abstract Optional<State> from();

  /** The state after. */
  public abstract State to();

  /** Who did it. */
  public abstract PersonId actor();

  /** The role it was done in: the actor's own, or the delegator's. */
  public abstract Role role();

  /** Whom the actor stood in for, under a delegation. */
  public abstract Optional<PersonId> onBehalfOf();

  /** When. */
  public abstract LocalDateTime at();

  /** The facts it changed. */
  @Value.Default
  public Facts changes() {
    return Facts.none();
  }

  /** The authority asked for, on request, approval and decline events. */
  public abstract Optional<AuthorityRequest> request();

  /** The role the request was routed to, on request events. */
  public abstract Optional<Role> requiredApprover();

  /** The earlier round this case continues, on the opening of a new round. */
  public abstract Optional<WorkflowCase> previousRound();

  /** The reminder or escalation recorded, on {@link EventKind#REMINDED} and ESCALATED events. */
  public abstract Optional<DueAction> dueAction();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseEvent}; rejects what {@link CaseEvent} rejects. */
  public static final class Builder extends ImmutableCaseEvent.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(sequence(), "sequence");
    Arguments.check(
        (kind() == EventKind.OPENED) == from().isEmpty(),
        "event %d (%s): an opening has no source state and every other event has one, was %s",
        sequence(),
        kind(),
        from());
    Arguments.check(
        kind() == EventKind.OPENED || previousRound().isEmpty(),
        "event %d (%s): only an opening may attach a previous round",
        sequence(),
        kind());
    Arguments.check(
        kind().recordsDeadline() == dueAction().isPresent(),
        "event %d (%s): a reminder or escalation event carries its due action and no other event"
            + " does, was %s",
        sequence(),
        kind(),
        dueAction());
    if (dueAction().isPresent()) {
      DueAction d = dueAction().get();
      Arguments.check(
          (kind() == EventKind.ESCALATED) == (d.kind() == DueActionKind.ESCALATE),
          "event %d (%s) records a %s",
          sequence(),
          kind(),
          d.kind());
      Arguments.check(
          d.caseId().equals(caseId()),
          "event %d of %s records a due action of %s",
          sequence(),
          caseId(),
          d.caseId());
      Arguments.check(
          from().isPresent() && from().get().equals(to()) && changes().isEmpty(),
          "event %d (%s) records a deadline: it neither moves the case nor changes its facts",
          sequence(),
          kind());
    }
  }

  /** Who did it, as the audit trail shows it: person, role, and whom they stood in for. */
  public String actorText() {
    return actor() + " as " + role().title() + onBehalfOf().map(p -> " for " + p).orElse("");
  }

  @Override
  public String toString() {
    return "#"
        + sequence()
        + " "
        + kind()
        + " "
        + action()
        + " "
        + from().map(State::code).orElse("")
        + "->"
        + to().code()
        + " by "
        + actorText()
        + " at "
        + at()
        + (changes().isEmpty() ? "" : " " + changes());
  }
}
