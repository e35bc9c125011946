package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * What a command did to a case, as a {@link Decision}: {@link Outcome#ALLOWED} with the next case
 * and the events it produced; {@link Outcome#NEEDS_APPROVAL} when the command asked for an approval
 * transition, the next case then waiting for {@link #requiredApprover()}; or {@link
 * Outcome#REFUSED} with no next case and an explanation of why (a refused approval for want of
 * authority still names the role that may give it).
 */
public final class CaseStep implements Decision {
  private final Outcome outcome;
  private final Explanation explanation;
  private final Optional<WorkflowCase> next;
  private final ImmutableList<CaseEvent> events;
  private final Optional<AuthorityRoute> route;
  private final Optional<Role> approver;

  private CaseStep(
      Outcome outcome,
      Explanation explanation,
      Optional<WorkflowCase> next,
      ImmutableList<CaseEvent> events,
      Optional<AuthorityRoute> route,
      Optional<Role> approver) {
    this.outcome = outcome;
    this.explanation = explanation;
    this.next = next;
    this.events = events;
    this.route = route;
    this.approver = approver;
  }

  static CaseStep done(Outcome outcome, Explanation why, WorkflowCase next, CaseEvent event) {
    Arguments.check(outcome != Outcome.REFUSED, "a step that moved cannot be refused");
    return new CaseStep(
        outcome,
        why,
        Optional.of(next),
        ImmutableList.of(event),
        Optional.empty(),
        next.pending().map(PendingApproval::requiredApprover));
  }

  static CaseStep waiting(
      Explanation why, WorkflowCase next, CaseEvent event, Optional<AuthorityRoute> route) {
    return new CaseStep(
        Outcome.NEEDS_APPROVAL,
        why,
        Optional.of(next),
        ImmutableList.of(event),
        route,
        next.pending().map(PendingApproval::requiredApprover));
  }

  static CaseStep refused(Explanation why) {
    return new CaseStep(
        Outcome.REFUSED,
        why,
        Optional.empty(),
        ImmutableList.of(),
        Optional.empty(),
        Optional.empty());
  }

  static CaseStep refused(Explanation why, Optional<Role> approver) {
    return new CaseStep(
        Outcome.REFUSED, why, Optional.empty(), ImmutableList.of(), Optional.empty(), approver);
  }

  @Override
  public Outcome outcome() {
    return outcome;
  }

  @Override
  public Explanation explanation() {
    return explanation;
  }

  /** The route up the requester's line, when a request was routed that way. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return route;
  }

  /**
   * The role that must approve: for a request now waiting, the role it was routed to; for an
   * approval refused for want of authority, the role that may give it.
   */
  @Override
  public Optional<Role> requiredApprover() {
    return approver;
  }

  /** The case after the command; empty when refused. */
  public Optional<WorkflowCase> nextCase() {
    return next;
  }

  /**
   * The case after the command.
   *
   * @throws NoSuchElementException with the explanation, when the command was refused
   */
  public WorkflowCase caseAfter() {
    return next.orElseThrow(() -> new NoSuchElementException("refused:\n" + explanation));
  }

  /** The events the command produced, oldest first; none when refused. */
  public ImmutableList<CaseEvent> events() {
    return events;
  }

  @Override
  public String toString() {
    return outcome + next.map(c -> " -> " + c.state()).orElse("") + "\n" + explanation;
  }
}
