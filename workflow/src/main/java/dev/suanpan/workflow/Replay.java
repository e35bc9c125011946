package dev.suanpan.workflow;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Reason;
import dev.suanpan.core.decision.Rule;
import dev.suanpan.money.internal.Arguments;
import java.util.List;
import java.util.Optional;

/**
 * {@link Workflow#replay}: folds a history back into its case, checking every event against the
 * definition by the rules {@link Workflow#handle} applies, one method per rule. Throws on the first
 * event that breaks one, naming the event and the rule.
 */
final class Replay {
  private final WorkflowDefinition definition;

  Replay(WorkflowDefinition definition) {
    this.definition = definition;
  }

  WorkflowCase replay(List<CaseEvent> events) {
    Arguments.notEmpty(events, "events");
    for (CaseEvent e : events) {
      Arguments.notNull(e, "events[" + events.indexOf(e) + "]");
      Arguments.check(
          e.flow().equals(definition.name()),
          "event %d follows %s, not %s",
          e.sequence(),
          e.flow(),
          definition.name());
    }
    WorkflowCase c = WorkflowCase.fold(events.subList(0, 1));
    opening(events.get(0));
    for (CaseEvent e : events.subList(1, events.size())) {
      WorkflowCase next = c.apply(e);
      timeOrder(c, e);
      if (e.kind().recordsDeadline()) {
        deadlineKnown(e);
        role(e, definition.namedRoles(), "recording a deadline");
      } else {
        following(c, e);
      }
      c = next;
    }
    return c;
  }

  private void opening(CaseEvent e) {
    check(
        e.to().equals(definition.initialState()),
        e,
        WorkflowRule.OPENED,
        "it opens the case in %s, not the initial state %s",
        e.to(),
        definition.initialState());
    role(e, definition.openedBy(), "opening a case");
    guards(e, definition.openGuards(), e.changes());
    if (e.previousRound().isPresent()) {
      previousRound(e, e.previousRound().get());
    }
  }

  /** The earlier round replays by the same rules, ended where a new round may start, before it. */
  private void previousRound(CaseEvent e, WorkflowCase previous) {
    WorkflowCase replayed = replay(previous.history());
    check(
        replayed.equals(previous),
        e,
        WorkflowRule.ROUND_REOPENABLE,
        "the previous round %s attached is not the case its own history rebuilds",
        previous.id());
    check(
        definition.nextRoundFrom().contains(previous.state()),
        e,
        WorkflowRule.ROUND_REOPENABLE,
        "the previous round %s is in %s; a new round may be opened only from %s",
        previous.id(),
        previous.state(),
        definition.nextRoundFrom());
    check(
        !e.at().isBefore(previous.lastEventAt()),
        e,
        WorkflowRule.TIME_ORDER,
        "it is dated %s, before the previous round's last event at %s",
        e.at(),
        previous.lastEventAt());
  }

  private static void timeOrder(WorkflowCase before, CaseEvent e) {
    check(
        !e.at().isBefore(before.lastEventAt()),
        e,
        WorkflowRule.TIME_ORDER,
        "it is dated %s, before the event before it at %s",
        e.at(),
        before.lastEventAt());
  }

  private void deadlineKnown(CaseEvent e) {
    String deadline = e.dueAction().get().deadline();
    check(
        definition.deadlines().stream().anyMatch(d -> d.name().equals(deadline)),
        e,
        WorkflowRule.DEADLINE_KNOWN,
        "it records deadline %s, which is not a deadline of %s",
        deadline,
        definition.name());
  }

  /** A moving, requesting, approving or declining event, checked against its transition. */
  private void following(WorkflowCase before, CaseEvent e) {
    Transition t = transition(e);
    startsFrom(t, e);
    endsIn(t, e);
    switch (e.kind()) {
      case MOVED -> {
        role(e, t.firedBy(), "firing " + t.name());
        guards(e, t.guards(), before.facts().with(e.changes()));
      }
      case REQUESTED -> {
        role(e, t.firedBy(), "asking for " + t.name());
        guards(e, t.guards(), before.facts().with(e.changes()));
        measured(t.approval().get(), before, e);
      }
      case APPROVED, DECLINED -> {
        PendingApproval p = before.pending().get();
        answersThePending(p, e);
        segregation(p, e);
        authority(t.approval().get().policy(), p, e);
        if (e.kind() == EventKind.APPROVED) {
          guards(e, t.guards(), before.facts().with(p.payload()).with(e.changes()));
        }
      }
      default -> throw new IllegalStateException("an opening or a deadline: " + e);
    }
  }

  private Transition transition(CaseEvent e) {
    Optional<Transition> t = definition.transition(e.action());
    check(
        t.isPresent(),
        e,
        WorkflowRule.TRANSITION_UNKNOWN,
        "%s is not a transition of %s",
        e.action(),
        definition.name());
    return t.get();
  }

  private static void startsFrom(Transition t, CaseEvent e) {
    check(
        t.from().contains(e.from().get()),
        e,
        WorkflowRule.TRANSITION_STATE,
        "%s cannot start from %s, only from %s",
        t.name(),
        e.from().get(),
        t.from());
  }

  /** Moves to the target when it takes place; stays put on a request or decline. */
  private static void endsIn(Transition t, CaseEvent e) {
    boolean approval = t.approval().isPresent();
    check(
        (e.kind() == EventKind.MOVED) != approval,
        e,
        approval ? WorkflowRule.APPROVAL_REQUESTED : WorkflowRule.MOVED,
        "%s %s approval",
        t.name(),
        approval ? "needs" : "needs no");
    boolean moves = e.kind() == EventKind.MOVED || e.kind() == EventKind.APPROVED;
    State expected = moves ? t.target(e.from().get()) : e.from().get();
    check(
        e.to().equals(expected),
        e,
        moves ? WorkflowRule.MOVED : WorkflowRule.APPROVAL_REQUESTED,
        "it ends in %s, expected %s",
        e.to(),
        expected);
  }

  /** The request is what the facts measure, routed to the role the policy names for it. */
  private static void measured(ApprovalStep step, WorkflowCase before, CaseEvent e) {
    Optional<AuthorityRequest> request = step.requestFor(before.facts().with(e.changes()));
    check(
        request.equals(e.request()),
        e,
        WorkflowRule.APPROVAL_MEASURE,
        "it asks for %s, but the facts measure %s",
        e.request().map(Object::toString).orElse("nothing"),
        request.map(Object::toString).orElse("nothing"));
    Optional<Role> approver = step.requiredApprover(e.role(), request.get());
    check(
        approver.equals(e.requiredApprover()),
        e,
        WorkflowRule.APPROVAL_REQUESTED,
        "it is routed to %s, but the policy routes %s from %s to %s",
        e.requiredApprover().map(Role::title).orElse("nobody"),
        request.get(),
        e.role().title(),
        approver.map(Role::title).orElse("nobody (beyond every authority)"));
  }

  private static void answersThePending(PendingApproval p, CaseEvent e) {
    check(
        e.action().equals(p.transition()) && e.request().equals(Optional.of(p.request())),
        e,
        WorkflowRule.APPROVAL_NONE_PENDING,
        "it answers %s (%s), but the request waiting is %s",
        e.action(),
        e.request().map(Object::toString).orElse("no request"),
        p);
  }

  /** Neither the requester nor whom they stood in for answers, in person or by delegation. */
  private static void segregation(PendingApproval p, CaseEvent e) {
    check(
        !Workflow.excluded(e.actor(), p),
        e,
        WorkflowRule.SEGREGATION,
        "%s asked for %s (%s) and cannot approve or decline it",
        e.actor(),
        p.transition(),
        p.request());
    check(
        e.onBehalfOf().map(d -> !Workflow.excluded(d, p)).orElse(true),
        e,
        WorkflowRule.SEGREGATION,
        "%s stands in for %s, who asked for %s (%s); the requester cannot approve it by"
            + " delegation",
        e.actor(),
        e.onBehalfOf().orElse(null),
        p.transition(),
        p.request());
  }

  private static void authority(AuthorityPolicy policy, PendingApproval p, CaseEvent e) {
    check(
        policy.roles().contains(e.role()) && policy.mayGrant(e.role(), p.request()),
        e,
        WorkflowRule.APPROVAL_AUTHORITY,
        "%s has no authority for %s (%s); it needs %s or above",
        e.role().title(),
        p.request(),
        policy.roles().contains(e.role())
            ? policy.limitOf(e.role(), p.request().subject()).map(Object::toString).orElse("none")
            : "not in the authority policy",
        p.requiredApprover().title());
  }

  private static void role(CaseEvent e, java.util.Set<Role> allowed, String what) {
    check(
        allowed.contains(e.role()),
        e,
        WorkflowRule.ROLE,
        "it was done as %s; %s needs %s",
        e.role().title(),
        what,
        allowed.stream().map(Role::title).toList());
  }

  private static void guards(CaseEvent e, List<Guard> guards, Facts facts) {
    Explanation no = Workflow.checkGuards(guards, facts);
    if (!no.steps().isEmpty()) {
      Reason first = no.steps().get(0);
      throw broken(e, first.rule(), "its guard fails on the facts it leaves: %s", first.text());
    }
  }

  private static void check(boolean ok, CaseEvent e, Rule rule, String why, Object... args) {
    if (!ok) {
      throw broken(e, rule.id(), why, args);
    }
  }

  private static IllegalArgumentException broken(
      CaseEvent e, String rule, String why, Object... args) {
    return new IllegalArgumentException(
        String.format(
            "event %d (%s %s by %s at %s) breaks %s: %s",
            e.sequence(),
            e.kind(),
            e.action(),
            e.actorText(),
            e.at(),
            rule,
            String.format(why, args)));
  }
}
