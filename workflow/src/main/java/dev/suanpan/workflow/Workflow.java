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
    Arguments.check(
        previous.flow().equals(definition.name()),
        "previous round %s follows %s, not %s",
        previous.id(),
        previous.flow(),
        definition.name());
    Arguments.check(
        !previous.id().equals(id), "a new round needs a new case number, %s is the old one", id);
    if (!definition.nextRoundFrom().contains(previous.state())) {
      return CaseStep.refused(
          Explanation.empty()
              .and(
                  "workflow.round.not-reopenable",
                  "%s is in %s; a new round may be opened only from %s",
                  previous.id(),
                  previous.state(),
                  definition.nextRoundFrom()));
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
      return CaseStep.refused(
          roleRefusal(command, "open " + definition.name(), definition.openedBy()));
    }
    Facts facts = carried.with(command.payload());
    Explanation guards = Explanation.empty();
    for (Guard g : definition.openGuards()) {
      Optional<Reason> no = g.check(facts);
      if (no.isPresent()) {
        guards = guards.and(no.get());
      }
    }
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
                "workflow.opened",
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
   * transition), approves or declines the pending request.
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
    if (definition.isEnd(current.state())) {
      return CaseStep.refused(
          Explanation.empty()
              .and(
                  "workflow.state.ended",
                  "%s %s has ended in %s; nothing more can happen to it",
                  definition.name(),
                  current.id(),
                  current.state()));
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
    if (current.pending().isPresent()) {
      return CaseStep.refused(
          Explanation.empty()
              .and(
                  "workflow.approval.pending",
                  "%s waits for approval of %s; approve or decline it before %s",
                  current.id(),
                  current.pending().get(),
                  name));
    }
    Optional<Transition> found = definition.transition(name);
    if (found.isEmpty() || !found.get().from().contains(current.state())) {
      String possible =
          definition.transitionsFrom(current.state()).stream()
              .map(Transition::name)
              .collect(Collectors.joining(", "));
      return CaseStep.refused(
          Explanation.empty()
              .and(
                  found.isEmpty() ? "workflow.transition.unknown" : "workflow.transition.state",
                  found.isEmpty()
                      ? "%s has no transition %s; from %s it allows: %s"
                      : "%s: %s is not possible from %s; from there it allows: %s",
                  definition.name(),
                  name,
                  current.state(),
                  possible));
    }
    Transition t = found.get();
    Optional<Acting> acting = actingIn(command.actor(), t.firedBy(), day(command));
    if (acting.isEmpty()) {
      return CaseStep.refused(roleRefusal(command, name, t.firedBy()));
    }
    Facts proposed = current.facts().with(command.payload());
    Explanation guards = checkGuards(t, proposed);
    if (!guards.steps().isEmpty()) {
      return CaseStep.refused(guards);
    }
    CaseEvent.Builder event = eventFor(current, command, acting.get(), name);
    if (t.approval().isEmpty()) {
      Facts changes = t.effect().changes(current.facts(), command.payload()).with(t.stamps());
      CaseEvent moved =
          event.kind(EventKind.MOVED).to(t.target(current.state())).changes(changes).build();
      Explanation why =
          Explanation.empty()
              .and(
                  "workflow.moved",
                  "%s fired %s: %s -> %s",
                  moved.actorText(),
                  name,
                  current.state(),
                  moved.to());
      return CaseStep.done(Outcome.ALLOWED, why, current.apply(moved), moved);
    }
    ApprovalStep step = t.approval().get();
    Optional<AuthorityRequest> request = step.requestFor(proposed);
    if (request.isEmpty()) {
      return CaseStep.refused(
          Explanation.empty()
              .and(
                  "workflow.approval.measure",
                  "%s needs %s, but the facts %s do not give it",
                  name,
                  step.description(),
                  proposed));
    }
    Optional<Role> approver = step.requiredApprover(acting.get().role(), request.get());
    if (approver.isEmpty()) {
      return CaseStep.refused(
          Explanation.empty()
              .and(
                  "workflow.approval.beyond-authority",
                  "%s is beyond every authority of the policy; it needs a special approval"
                      + " outside it",
                  request.get()));
    }
    CaseEvent requested =
        event
            .kind(EventKind.REQUESTED)
            .to(current.state())
            .changes(command.payload())
            .request(request.get())
            .requiredApprover(approver.get())
            .build();
    Optional<AuthorityRoute> route = step.route(acting.get().role(), request.get());
    Explanation why =
        Explanation.empty()
            .and(
                "workflow.approval.requested",
                "%s asked for %s (%s); it needs %s%s",
                requested.actorText(),
                name,
                request.get(),
                approver.get().title(),
                route
                    .filter(r -> !r.chain().isEmpty())
                    .map(r -> " via " + r.chain())
                    .orElse(", the lowest role whose limit covers it"));
    return CaseStep.waiting(why, current.apply(requested), requested, route);
  }

  private CaseStep answer(WorkflowCase current, Command command, boolean approve) {
    String verb = approve ? "approve" : "decline";
    if (current.pending().isEmpty()) {
      return CaseStep.refused(
          Explanation.empty()
              .and(
                  "workflow.approval.none-pending",
                  "%s has no request waiting for approval; nothing to %s",
                  current.id(),
                  verb));
    }
    PendingApproval p = current.pending().get();
    Transition t =
        definition
            .transition(p.transition())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "pending transition "
                            + p.transition()
                            + " is not in "
                            + definition.name()));
    ApprovalStep step = t.approval().get();
    Authorisation auth = authorise(command, step.policy(), p);
    if (auth.refusal().isPresent()) {
      return CaseStep.refused(
          Explanation.empty().and(auth.refusal().get()), Optional.of(p.requiredApprover()));
    }
    Acting acting = auth.acting().get();
    CaseEvent.Builder event =
        eventFor(current, command, acting, p.transition()).request(p.request());
    if (!approve) {
      CaseEvent declined =
          event.kind(EventKind.DECLINED).to(current.state()).changes(command.payload()).build();
      Explanation why =
          Explanation.empty()
              .and(
                  "workflow.approval.declined",
                  "%s declined %s (%s) asked by %s; the case stays in %s",
                  declined.actorText(),
                  p.transition(),
                  p.request(),
                  p.requester(),
                  current.state());
      return CaseStep.done(Outcome.ALLOWED, why, current.apply(declined), declined);
    }
    Facts proposed = current.facts().with(p.payload()).with(command.payload());
    Explanation guards = checkGuards(t, proposed);
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
                "workflow.approval.granted",
                "%s approved %s (%s) asked by %s; %s holds %s",
                approved.actorText(),
                p.transition(),
                p.request(),
                p.requester(),
                acting.role().title(),
                step.policy().limitOf(acting.role(), p.request().subject()).orElseThrow())
            .and("workflow.moved", "%s -> %s", current.state(), approved.to());
    return CaseStep.done(Outcome.ALLOWED, why, current.apply(approved), approved);
  }

  /**
   * Rebuilds a case from its events, checking each against the flow: the opening lands in the
   * initial state, every other event follows a transition of the flow from the state it starts in.
   *
   * @throws IllegalArgumentException naming the first event that does not fit
   */
  public WorkflowCase replay(List<CaseEvent> events) {
    Arguments.notEmpty(events, "events");
    for (CaseEvent e : events) {
      Arguments.check(
          e.flow().equals(definition.name()),
          "event %d follows %s, not %s",
          e.sequence(),
          e.flow(),
          definition.name());
      if (e.kind() == EventKind.OPENED) {
        Arguments.check(
            e.to().equals(definition.initialState()),
            "event %d opens the case in %s, not the initial state %s",
            e.sequence(),
            e.to(),
            definition.initialState());
        continue;
      }
      if (e.kind().recordsDeadline()) {
        String deadline = e.dueAction().get().deadline();
        Arguments.check(
            definition.deadlines().stream().anyMatch(d -> d.name().equals(deadline)),
            "event %d records deadline %s, which is not a deadline of %s",
            e.sequence(),
            deadline,
            definition.name());
        continue;
      }
      Transition t =
          definition
              .transition(e.action())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "event "
                              + e.sequence()
                              + " fires "
                              + e.action()
                              + ", which is not a transition of "
                              + definition.name()));
      Arguments.check(
          t.from().contains(e.from().get()),
          "event %d fires %s from %s, which it cannot start from",
          e.sequence(),
          e.action(),
          e.from().get());
      boolean moves = e.kind() == EventKind.MOVED || e.kind() == EventKind.APPROVED;
      State expected = moves ? t.target(e.from().get()) : e.from().get();
      Arguments.check(
          e.to().equals(expected),
          "event %d (%s %s) ends in %s, expected %s",
          e.sequence(),
          e.kind(),
          e.action(),
          e.to(),
          expected);
      Arguments.check(
          (e.kind() == EventKind.MOVED) == t.approval().isEmpty() || e.kind() == EventKind.DECLINED,
          "event %d (%s %s) does not match whether %s needs approval",
          e.sequence(),
          e.kind(),
          e.action(),
          e.action());
    }
    return WorkflowCase.fold(events);
  }

  private static Explanation checkGuards(Transition t, Facts proposed) {
    Explanation out = Explanation.empty();
    for (Guard g : t.guards()) {
      Optional<Reason> no = g.check(proposed);
      if (no.isPresent()) {
        out = out.and(no.get());
      }
    }
    return out;
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

  private static Explanation roleRefusal(Command command, String what, Set<Role> allowed) {
    return Explanation.empty()
        .and(
            "workflow.role",
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
    AuthorityRequest request = p.request();
    if (excluded(actor.person(), p)) {
      return Authorisation.no(
          Reason.of(
              "workflow.segregation",
              "%s asked for %s (%s) and cannot approve or decline it; it needs someone else"
                  + " holding %s or above",
              actor.person(),
              p.transition(),
              request,
              p.requiredApprover().title()));
    }
    for (Role r : actor.roles()) {
      if (policy.roles().contains(r) && policy.mayGrant(r, request)) {
        return Authorisation.as(new Acting(r, Optional.empty()));
      }
    }
    LocalDate day = command.at().toLocalDate();
    Optional<Reason> segregated = Optional.empty();
    for (Delegation d : actor.delegations()) {
      if (!d.activeOn(day)
          || !d.covers(request.subject())
          || !policy.roles().contains(d.delegatorRole())) {
        continue;
      }
      if (excluded(d.delegator(), p)) {
        segregated =
            Optional.of(
                Reason.of(
                    "workflow.segregation",
                    "%s stands in for %s, who asked for %s (%s); the requester cannot approve it,"
                        + " in person or by delegation",
                    actor.person(),
                    d.delegator(),
                    p.transition(),
                    request));
        continue;
      }
      if (!policy.mayGrant(d.delegatorRole(), request)) {
        continue;
      }
      if (d.cap().isPresent()) {
        Limit own = policy.limitOf(d.delegatorRole(), request.subject()).orElseThrow();
        Arguments.check(
            d.cap().get().within(own),
            "delegation %s is capped at %s, above the delegator's own %s on %s",
            d,
            d.cap().get(),
            own,
            request.subject());
        if (!d.cap().get().covers(request)) {
          continue;
        }
      }
      return Authorisation.as(new Acting(d.delegatorRole(), Optional.of(d.delegator())));
    }
    if (segregated.isPresent()) {
      return Authorisation.no(segregated.get());
    }
    return Authorisation.no(
        Reason.of(
            "workflow.approval.authority",
            "%s holds %s and no delegation in force on %s covering %s; it needs %s or above",
            actor.person(),
            actor.roles().stream()
                .map(r -> r.title() + " (" + limitText(policy, r, request) + ")")
                .collect(Collectors.toList()),
            day,
            request,
            p.requiredApprover().title()));
  }

  private static String limitText(AuthorityPolicy policy, Role r, AuthorityRequest request) {
    if (!policy.roles().contains(r)) {
      return "not in the authority policy";
    }
    return policy.limitOf(r, request.subject()).map(Limit::toString).orElse("no limit on it");
  }

  private static boolean excluded(PersonId person, PendingApproval p) {
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
