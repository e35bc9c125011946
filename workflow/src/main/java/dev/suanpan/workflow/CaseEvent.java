package dev.suanpan.workflow;

import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.Arguments;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened to a case: what ({@link #kind()}, {@link #action()}), who ({@link
 * #actor()} in {@link #role()}, possibly standing in for {@link #onBehalfOf()}), when ({@link
 * #at()}), the state before and after, and the facts it changed. Events are the case's history;
 * {@link Workflow#replay} folds them back into the case. Approval events also carry the request and
 * the role it was routed to.
 *
 * <p>Rejects a negative sequence, an opening event with a source state or without the flow's name,
 * any other event without a source state, and a previous round on an event that is not an opening.
 */
@Value.Immutable
@dev.suanpan.money.ValueStyle
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

  /** A builder. */
  public static ImmutableCaseEvent.Builder builder() {
    return ImmutableCaseEvent.builder();
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
