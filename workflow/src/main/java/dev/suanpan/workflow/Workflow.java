package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.decision.Reason;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs cases of one {@link WorkflowDefinition}: opens them, applies commands, and rebuilds them
 * from their events. Every command returns a {@link CaseStep}: the next case and its events, or a
 * refusal saying why (wrong state, wrong role, a guard, the requester approving their own request,
 * an approver without the authority for the amount). Nothing is changed in place.
 *
 * <p>Immutable and thread-safe. Throws only on misuse: nulls, a command dated before the case's
 * last event, events that do not belong to the flow, a delegation capped above the delegator's own
 * authority.
 */
public final class Workflow {
  private final WorkflowDefinition definition;

  private Workflow(WorkflowDefinition definition) {
    this.definition = Arguments.notNull(definition, "definition");
  }

  /** Runs cases of {@code definition}. */
  public static Workflow of(WorkflowDefinition definition) {
    return new Workflow(definition);
  }

  /** The flow this runs. */
  public WorkflowDefinition definition() {
    return definition;
  }

  /**
   * Opens case {@code id} in the initial state with the command's payload as its first facts.
   * Refused when the actor holds none of the roles that may open a case.
   */
  public CaseStep open(CaseId id, Command command) {
    return openRound(id, command, Optional.empty(), Facts.none());
  }

  /**
   * Opens case {@code id} as a new round of {@code previous} (a complaint the customer rejected),
   * with the old case attached and its facts carried over under the command's payload. Refused when
   * {@code previous} did not end in a state the flow reopens from.
   *
   * @throws IllegalArgumentException if {@code previous} is of another flow or has the same id
   */
  public CaseStep openNextRound(WorkflowCase previous, CaseId id, Command command) {
    Arguments.notNull(previous, "previous");
    Arguments.notNull(id, "id");
    Arguments.notNull(command, "command");
    Arguments.check(
        previous.flow().equals(definition.name()),
        "previous round %s follows %s, not %s",
        previous.id(),
        previous.flow(),
        definition.name());
    Arguments.check(
        !previous.id().equals(id), "a new round needs a new case number, %s is the old one", id);
    Optional<Reason> closed = reopenable(previous);
    if (closed.isPresent()) {
      return refused(closed.get());
    }
    Arguments.check(
        !command.at().isBefore(previous.lastEventAt()),
        "command at %s is before the previous round's last event at %s",
        command.at(),
        previous.lastEventAt());
    return openRound(id, command, Optional.of(previous), previous.facts());
  }

  private CaseStep openRound(
      CaseId id, Command command, Optional<WorkflowCase> previous, Facts carried) {
    Arguments.notNull(id, "id");
    Arguments.notNull(command, "command");
    Arguments.check(
        command.kind() == CommandKind.OPEN, "opening needs an OPEN command, was %s", command);
    Optional<Acting> acting = actingIn(command.actor(), definition.openedBy(), day(command));
    if (acting.isEmpty()) {
      return refused(roleRefusal(command, "open " + definition.name(), definition.openedBy()));
    }
    Facts facts = carried.with(command.payload());
    Explanation guards = checkGuards(definition.openGuards(), facts);
    if (!guards.steps().isEmpty()) {
      return CaseStep.refused(guards);
    }
    CaseEvent opened =
        CaseEvent.builder()
            .caseId(id)
            .flow(definition.name())
            .sequence(0)
            .kind(EventKind.OPENED)
            .action("open")
            .to(definition.initialState())
            .actor(command.actor().person())
            .role(acting.get().role())
            .onBehalfOf(acting.get().onBehalfOf())
            .at(command.at())
            .changes(facts)
            .previousRound(previous)
            .build();
    WorkflowCase c = WorkflowCase.fold(ImmutableList.of(opened));
    Explanation why =
        Explanation.empty()
            .and(
                WorkflowRule.OPENED,
                "%s opened %s %s in %s%s",
                opened.actorText(),
                definition.name(),
                id,
                c.state(),
                previous.map(p -> ", round " + c.round() + " after " + p.id()).orElse(""));
    return CaseStep.done(Outcome.ALLOWED, why, c, opened);
  }

  /**
   * Applies {@code command} to {@code current}: fires a transition (or asks for an approval
   * transition), approves or declines the pending request. The rules, in the order applied, are
   * {@link WorkflowRule}'s.
   *
   * @throws IllegalArgumentException if the case is of another flow, the command opens a case, or
   *     it is dated before the case's last event
   */
  public CaseStep handle(WorkflowCase current, Command command) {
    Arguments.notNull(current, "current");
    Arguments.notNull(command, "command");
    Arguments.check(
        current.flow().equals(definition.name()),
        "case %s follows %s, not %s",
        current.id(),
        current.flow(),
        definition.name());
    Arguments.check(
        command.kind() != CommandKind.OPEN, "an OPEN command opens a new case: use open()");
    Arguments.check(
        !command.at().isBefore(current.lastEventAt()),
        "command at %s is before the case's last event at %s",
        command.at(),
        current.lastEventAt());
    Optional<Reason> ended = notEnded(current);
    if (ended.isPresent()) {
      return refused(ended.get());
    }
    return switch (command.kind()) {
      case FIRE -> fire(current, command);
      case APPROVE -> answer(current, command, true);
      case DECLINE -> answer(current, command, false);
      case OPEN -> throw new IllegalStateException("checked above");
    };
  }

  private CaseStep fire(WorkflowCase current, Command command) {
    String name = command.transition().get();
    Optional<Reason> no = notWaiting(current, name).or(() -> transitionFrom(current, name));
    if (no.isPresent()) {
      return refused(no.get());
    }
    Transition t = definition.transition(name).orElseThrow();
    Optional<Acting> acting = actingIn(command.actor(), t.firedBy(), day(command));
    if (acting.isEmpty()) {
      return refused(roleRefusal(command, name, t.firedBy()));
    }
    Facts proposed = current.facts().with(command.payload());
    Explanation guards = checkGuards(t.guards(), proposed);
    if (!guards.steps().isEmpty()) {
      return CaseStep.refused(guards);
    }
    CaseEvent.Builder event = eventFor(current, command, acting.get(), name);
    return t.approval().isEmpty()
        ? move(current, t, command, event)
        : request(current, t, t.approval().get(), proposed, acting.get(), event, command);
  }

  private CaseStep move(
      WorkflowCase current, Transition t, Command command, CaseEvent.Builder event) {
    Facts changes = t.effect().changes(current.facts(), command.payload()).with(t.stamps());
    CaseEvent moved =
        event.kind(EventKind.MOVED).to(t.target(current.state())).changes(changes).build();
    Explanation why =
        Explanation.empty()
            .and(
                WorkflowRule.MOVED,
                "%s fired %s: %s -> %s",
                moved.actorText(),
                t.name(),
                current.state(),
                moved.to());
    return CaseStep.done(Outcome.ALLOWED, why, current.apply(moved), moved);
  }

  private CaseStep request(
      WorkflowCase current,
      Transition t,
      ApprovalStep step,
      Facts proposed,
      Acting acting,
      CaseEvent.Builder event,
      Command command) {
    Optional<AuthorityRequest> request = step.requestFor(proposed);
    if (request.isEmpty()) {
      return refused(measureMissing(t, step, proposed));
    }
    Optional<Role> approver = step.requiredApprover(acting.role(), request.get());
    if (approver.isEmpty()) {
      return refused(beyondAuthority(request.get()));
    }
    CaseEvent requested =
        event
            .kind(EventKind.REQUESTED)
            .to(current.state())
            .changes(command.payload())
            .request(request.get())
            .requiredApprover(approver.get())
            .build();
    Optional<AuthorityRoute> route = step.route(acting.role(), request.get());
    Explanation why =
        Explanation.empty()
            .and(
                WorkflowRule.APPROVAL_REQUESTED,
                "%s asked for %s (%s); it needs %s%s",
                requested.actorText(),
                t.name(),
                request.get(),
                approver.get().title(),
                route
                    .filter(r -> !r.chain().isEmpty())
                    .map(r -> " via " + r.chain())
                    .orElse(", the lowest role whose limit covers it"));
    return CaseStep.waiting(why, current.apply(requested), requested, route);
  }

  private CaseStep answer(WorkflowCase current, Command command, boolean approve) {
    Optional<Reason> none = somethingPending(current, approve ? "approve" : "decline");
    if (none.isPresent()) {
      return refused(none.get());
    }
    PendingApproval p = current.pending().get();
    Transition t = pendingTransition(p);
    Authorisation auth = authorise(command, t.approval().get().policy(), p);
    if (auth.refusal().isPresent()) {
      return CaseStep.refused(
          Explanation.empty().and(auth.refusal().get()), Optional.of(p.requiredApprover()));
    }
    CaseEvent.Builder event =
        eventFor(current, command, auth.acting().get(), p.transition()).request(p.request());
    return approve
        ? approve(current, t, p, auth.acting().get(), command, event)
        : decline(current, p, command, event);
  }

  private CaseStep decline(
      WorkflowCase current, PendingApproval p, Command command, CaseEvent.Builder event) {
    CaseEvent declined =
        event.kind(EventKind.DECLINED).to(current.state()).changes(command.payload()).build();
    Explanation why =
        Explanation.empty()
            .and(
                WorkflowRule.APPROVAL_DECLINED,
                "%s declined %s (%s) asked by %s; the case stays in %s",
                declined.actorText(),
                p.transition(),
                p.request(),
                p.requester(),
                current.state());
    return CaseStep.done(Outcome.ALLOWED, why, current.apply(declined), declined);
  }

  private CaseStep approve(
      WorkflowCase current,
      Transition t,
      PendingApproval p,
      Acting acting,
      Command command,
      CaseEvent.Builder event) {
    Facts proposed = current.facts().with(p.payload()).with(command.payload());
    Explanation guards = checkGuards(t.guards(), proposed);
    if (!guards.steps().isEmpty()) {
      return CaseStep.refused(guards);
    }
    Facts changes =
        t.effect().changes(current.facts(), p.payload().with(command.payload())).with(t.stamps());
    CaseEvent approved =
        event.kind(EventKind.APPROVED).to(t.target(current.state())).changes(changes).build();
    Explanation why =
        Explanation.empty()
            .and(
                WorkflowRule.APPROVAL_GRANTED,
                "%s approved %s (%s) asked by %s; %s holds %s",
                approved.actorText(),
                p.transition(),
                p.request(),
                p.requester(),
                acting.role().title(),
                t.approval()
                    .get()
                    .policy()
                    .limitOf(acting.role(), p.request().subject())
                    .orElseThrow())
            .and(WorkflowRule.MOVED, "%s -> %s", current.state(), approved.to());
    return CaseStep.done(Outcome.ALLOWED, why, current.apply(approved), approved);
  }

  /**
   * Rebuilds a case from its events, checking each against the flow as {@link #handle} would have:
   * the opening lands in the initial state and was made in a role that opens cases; every other
   * event follows a transition of the flow from the state it starts in, in a role that fires it,
   * with its guards passing on the facts it leaves; a request asks for what the facts measure and
   * is routed to the role the policy names; an approval or decline is not by the requester (nor by
   * whom they stood in for, nor by anyone standing in for either) and is by a role whose authority
   * covers the request; events are in time order; a reminder or escalation is of a deadline of the
   * flow. An earlier round attached to the opening is checked the same way.
   *
   * <p>What it cannot check: that the people held the roles the events record (roles and
   * delegations are not in the history), or a delegation's cap. A history rewritten to fit every
   * rule (a different approver who holds the authority) replays; only a seal of the case's {@link
   * WorkflowCase#auditTrail()} kept apart shows that.
   *
   * @throws IllegalArgumentException naming the first event that does not fit (its sequence, kind,
   *     action and actor) and the rule it breaks ({@link WorkflowRule} or a guard's rule)
   */
  public WorkflowCase replay(List<CaseEvent> events) {
    return new Replay(definition).replay(events);
  }

  private Optional<Reason> reopenable(WorkflowCase previous) {
    if (definition.nextRoundFrom().contains(previous.state())) {
      return Optional.empty();
    }
    return Optional.of(
        Reason.of(
            WorkflowRule.ROUND_REOPENABLE,
            "%s is in %s; a new round may be opened only from %s",
            previous.id(),
            previous.state(),
            definition.nextRoundFrom()));
  }

  private Optional<Reason> notEnded(WorkflowCase current) {
    if (!definition.isEnd(current.state())) {
      return Optional.empty();
    }
    return Optional.of(
        Reason.of(
            WorkflowRule.STATE_ENDED,
            "%s %s has ended in %s; nothing more can happen to it",
            definition.name(),
            current.id(),
            current.state()));
  }

  private static Optional<Reason> notWaiting(WorkflowCase current, String name) {
    return current
        .pending()
        .map(
            p ->
                Reason.of(
                    WorkflowRule.APPROVAL_PENDING,
                    "%s waits for approval of %s; approve or decline it before %s",
                    current.id(),
                    p,
                    name));
  }

  private Optional<Reason> transitionFrom(WorkflowCase current, String name) {
    Optional<Transition> found = definition.transition(name);
    if (found.isPresent() && found.get().from().contains(current.state())) {
      return Optional.empty();
    }
    String possible =
        definition.transitionsFrom(current.state()).stream()
            .map(Transition::name)
            .collect(Collectors.joining(", "));
    return Optional.of(
        found.isEmpty()
            ? Reason.of(
                WorkflowRule.TRANSITION_UNKNOWN,
                "%s has no transition %s; from %s it allows: %s",
                definition.name(),
                name,
                current.state(),
                possible)
            : Reason.of(
                WorkflowRule.TRANSITION_STATE,
                "%s: %s is not possible from %s; from there it allows: %s",
                definition.name(),
                name,
                current.state(),
                possible));
  }

  private static Reason measureMissing(Transition t, ApprovalStep step, Facts proposed) {
    return Reason.of(
        WorkflowRule.APPROVAL_MEASURE,
        "%s needs %s, but the facts %s do not give it",
        t.name(),
        step.description(),
        proposed);
  }

  private static Reason beyondAuthority(AuthorityRequest request) {
    return Reason.of(
        WorkflowRule.APPROVAL_BEYOND_AUTHORITY,
        "%s is beyond every authority of the policy; it needs a special approval outside it",
        request);
  }

  private static Optional<Reason> somethingPending(WorkflowCase current, String verb) {
    if (current.pending().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        Reason.of(
            WorkflowRule.APPROVAL_NONE_PENDING,
            "%s has no request waiting for approval; nothing to %s",
            current.id(),
            verb));
  }

  private Transition pendingTransition(PendingApproval p) {
    return definition
        .transition(p.transition())
        .filter(t -> t.approval().isPresent())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "pending transition "
                        + p.transition()
                        + " is not an approval transition of "
                        + definition.name()));
  }

  /** The refusals of the guards that do not pass on {@code facts}, in order; empty if all pass. */
  static Explanation checkGuards(List<Guard> guards, Facts facts) {
    Explanation.Builder out = Explanation.builder();
    for (Guard g : guards) {
      g.check(facts).ifPresent(out::add);
    }
    return out.build();
  }

  private static CaseStep refused(Reason why) {
    return CaseStep.refused(Explanation.empty().and(why));
  }

  private CaseEvent.Builder eventFor(
      WorkflowCase current, Command command, Acting acting, String action) {
    return CaseEvent.builder()
        .caseId(current.id())
        .flow(current.flow())
        .sequence(current.history().size())
        .action(action)
        .from(current.state())
        .actor(command.actor().person())
        .role(acting.role())
        .onBehalfOf(acting.onBehalfOf())
        .at(command.at());
  }

  private static LocalDate day(Command command) {
    return command.at().toLocalDate();
  }

  private static Reason roleRefusal(Command command, String what, Set<Role> allowed) {
    return Reason.of(
        WorkflowRule.ROLE,
        "%s holds %s and no delegation in force on %s for any of them; %s needs %s",
        command.actor().person(),
        command.actor().roles().stream().map(Role::title).collect(Collectors.toList()),
        command.at().toLocalDate(),
        what,
        allowed.stream().map(Role::title).collect(Collectors.joining(" or ")));
  }

  /** The role the actor acts in: their own first, else one handed over by a delegation. */
  private static Optional<Acting> actingIn(Actor actor, Set<Role> allowed, LocalDate day) {
    for (Role r : actor.roles()) {
      if (allowed.contains(r)) {
        return Optional.of(new Acting(r, Optional.empty()));
      }
    }
    for (Delegation d : actor.delegations()) {
      if (d.activeOn(day) && d.subject().isEmpty() && allowed.contains(d.delegatorRole())) {
        return Optional.of(new Acting(d.delegatorRole(), Optional.of(d.delegator())));
      }
    }
    return Optional.empty();
  }

  /**
   * Who may answer the pending request: not its requester (nor whom they stood in for), and only
   * someone whose own role, or a delegator's role within the delegation's cap, covers it.
   */
  private static Authorisation authorise(
      Command command, AuthorityPolicy policy, PendingApproval p) {
    Actor actor = command.actor();
    if (excluded(actor.person(), p)) {
      return Authorisation.no(requesterAnswers(actor.person(), p));
    }
    for (Role r : actor.roles()) {
      if (policy.roles().contains(r) && policy.mayGrant(r, p.request())) {
        return Authorisation.as(new Acting(r, Optional.empty()));
      }
    }
    Optional<Reason> segregated = Optional.empty();
    for (Delegation d : actor.delegations()) {
      if (!inForce(d, day(command), policy, p.request())) {
        continue;
      }
      if (excluded(d.delegator(), p)) {
        segregated = Optional.of(standInForRequester(actor.person(), d, p));
      } else if (coversByDelegation(d, policy, p.request())) {
        return Authorisation.as(new Acting(d.delegatorRole(), Optional.of(d.delegator())));
      }
    }
    return Authorisation.no(
        segregated.orElseGet(() -> noAuthority(actor, day(command), policy, p)));
  }

  private static boolean inForce(
      Delegation d, LocalDate day, AuthorityPolicy policy, AuthorityRequest request) {
    return d.activeOn(day)
        && d.covers(request.subject())
        && policy.roles().contains(d.delegatorRole());
  }

  /** The delegator's role grants it, and the delegation's cap (if any) covers it. */
  private static boolean coversByDelegation(
      Delegation d, AuthorityPolicy policy, AuthorityRequest request) {
    if (!policy.mayGrant(d.delegatorRole(), request)) {
      return false;
    }
    if (d.cap().isEmpty()) {
      return true;
    }
    Limit own = policy.limitOf(d.delegatorRole(), request.subject()).orElseThrow();
    Arguments.check(
        d.cap().get().within(own),
        "delegation %s is capped at %s, above the delegator's own %s on %s",
        d,
        d.cap().get(),
        own,
        request.subject());
    return d.cap().get().covers(request);
  }

  private static Reason requesterAnswers(PersonId person, PendingApproval p) {
    return Reason.of(
        WorkflowRule.SEGREGATION,
        "%s asked for %s (%s) and cannot approve or decline it; it needs someone else"
            + " holding %s or above",
        person,
        p.transition(),
        p.request(),
        p.requiredApprover().title());
  }

  private static Reason standInForRequester(PersonId person, Delegation d, PendingApproval p) {
    return Reason.of(
        WorkflowRule.SEGREGATION,
        "%s stands in for %s, who asked for %s (%s); the requester cannot approve it,"
            + " in person or by delegation",
        person,
        d.delegator(),
        p.transition(),
        p.request());
  }

  private static Reason noAuthority(
      Actor actor, LocalDate day, AuthorityPolicy policy, PendingApproval p) {
    return Reason.of(
        WorkflowRule.APPROVAL_AUTHORITY,
        "%s holds %s and no delegation in force on %s covering %s; it needs %s or above",
        actor.person(),
        actor.roles().stream()
            .map(r -> r.title() + " (" + limitText(policy, r, p.request()) + ")")
            .collect(Collectors.toList()),
        day,
        p.request(),
        p.requiredApprover().title());
  }

  private static String limitText(AuthorityPolicy policy, Role r, AuthorityRequest request) {
    if (!policy.roles().contains(r)) {
      return "not in the authority policy";
    }
    return policy.limitOf(r, request.subject()).map(Limit::toString).orElse("no limit on it");
  }

  /** True if {@code person} asked for {@code p} or is whom its requester stood in for. */
  static boolean excluded(PersonId person, PendingApproval p) {
    return person.equals(p.requester())
        || p.requesterOnBehalfOf().map(person::equals).orElse(false);
  }

  private record Acting(Role role, Optional<PersonId> onBehalfOf) {}

  private record Authorisation(Optional<Acting> acting, Optional<Reason> refusal) {
    static Authorisation as(Acting a) {
      return new Authorisation(Optional.of(a), Optional.empty());
    }

    static Authorisation no(Reason r) {
      return new Authorisation(Optional.empty(), Optional.of(r));
    }
  }

  @Override
  public String toString() {
    return "Workflow " + definition.name();
  }
}
