package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.workflow.audit.AuditTrail;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One case of a flow (a complaint form, a sales order, a subscription, a repair order) as an
 * immutable value: where it is, what it knows, the request waiting for approval, and its whole
 * history of {@link CaseEvent}s, from which it is rebuilt. A new round of a case (a complaint the
 * customer rejected) carries the earlier round in {@link #previousRound()}.
 *
 * <p>Cases are made by {@link Workflow}; a case never changes, a command returns the next one.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class WorkflowCase {
  /** The case number. */
  public abstract CaseId id();

  /** The flow the case follows. */
  public abstract String flow();

  /** Where the case is. */
  public abstract State state();

  /** What the case knows. */
  public abstract Facts facts();

  /** Everything that happened to it, oldest first. */
  public abstract ImmutableList<CaseEvent> history();

  /** The request waiting for its approver, if any. */
  public abstract Optional<PendingApproval> pending();

  /** The earlier round this case continues, if any. */
  public abstract Optional<WorkflowCase> previousRound();

  /** 1 for a first round, one more for each round before it. */
  public int round() {
    return previousRound().map(r -> r.round() + 1).orElse(1);
  }

  /** Who opened the case. */
  public PersonId opener() {
    return history().get(0).actor();
  }

  /** When the case was opened. */
  public LocalDateTime openedAt() {
    return history().get(0).at();
  }

  /** When the last thing happened to it. */
  public LocalDateTime lastEventAt() {
    return history().get(history().size() - 1).at();
  }

  /**
   * When someone last acted on it: its last event other than a recorded reminder or escalation
   * (recording that a case was left untouched does not touch it).
   */
  public LocalDateTime lastActivityAt() {
    for (int i = history().size() - 1; i > 0; i--) {
      if (!history().get(i).kind().recordsDeadline()) {
        return history().get(i).at();
      }
    }
    return openedAt();
  }

  /** The reminders and escalations recorded on it, oldest first. */
  public ImmutableList<DueAction> recordedDueActions() {
    ImmutableList.Builder<DueAction> out = ImmutableList.builder();
    for (CaseEvent e : history()) {
      e.dueAction().ifPresent(out::add);
    }
    return out.build();
  }

  /** The value of {@code fact}, if the case knows it. */
  public <T> Optional<T> fact(Fact<T> fact) {
    return facts().get(fact);
  }

  /**
   * The case's history as a hash-chained audit trail: one entry per event with the actor, role,
   * time, action, state change and the facts changed. Store its {@link AuditTrail#seal()} apart.
   */
  public AuditTrail auditTrail() {
    AuditTrail trail = AuditTrail.empty();
    for (CaseEvent e : history()) {
      Map<String, String> changes = new LinkedHashMap<>(e.changes().asText());
      changes.put("state", e.from().map(s -> s.code() + " -> ").orElse("") + e.to().code());
      e.request().ifPresent(r -> changes.put("authority", r.toString()));
      e.requiredApprover().ifPresent(r -> changes.put("approver", r.title()));
      e.dueAction()
          .ifPresent(
              d -> {
                changes.put("deadline", d.deadline());
                changes.put("started", d.started().toString());
                changes.put("due", d.due().toString());
                changes.put("escalate-to", d.escalateTo().title());
              });
      e.previousRound()
          .ifPresent(
              p ->
                  changes.put(
                      "previous-round", p.id() + " sealed " + p.auditTrail().seal().head()));
      trail =
          trail.append(
              e.at(),
              e.actorText(),
              e.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + e.action(),
              ImmutableMap.copyOf(changes));
    }
    return trail;
  }

  @Value.Check
  protected void check() {
    Arguments.check(!history().isEmpty(), "case %s must have at least its opening event", id());
  }

  /**
   * The case the events describe, folded in order. Checks that they belong together (one case, one
   * flow, sequence from 0, each starting where the one before left off); does not check them
   * against a definition: {@link Workflow#replay} does.
   *
   * @throws IllegalArgumentException naming the first event that does not fit
   */
  static WorkflowCase fold(List<CaseEvent> events) {
    Arguments.notEmpty(events, "events");
    CaseEvent first = events.get(0);
    Arguments.check(
        first.kind() == EventKind.OPENED,
        "the first event must open the case, was %s",
        first.kind());
    WorkflowCase c =
        ImmutableWorkflowCase.builder()
            .id(first.caseId())
            .flow(first.flow())
            .state(first.to())
            .facts(first.changes())
            .addHistory(first)
            .previousRound(first.previousRound())
            .build();
    for (int i = 1; i < events.size(); i++) {
      c = c.apply(events.get(i));
    }
    Arguments.check(
        first.sequence() == 0, "the opening event must have sequence 0, was %d", first.sequence());
    return c;
  }

  /** This case after {@code e}, which must follow on from it. */
  WorkflowCase apply(CaseEvent e) {
    Arguments.check(
        e.caseId().equals(id()) && e.flow().equals(flow()),
        "event %d belongs to %s (%s), not %s (%s)",
        e.sequence(),
        e.caseId(),
        e.flow(),
        id(),
        flow());
    Arguments.check(
        e.sequence() == history().size(),
        "event %s has sequence %d, expected %d",
        e.action(),
        e.sequence(),
        history().size());
    Arguments.check(
        e.kind() != EventKind.OPENED, "event %d opens the case a second time", e.sequence());
    Arguments.check(
        e.from().get().equals(state()),
        "event %d (%s) starts from %s but the case is in %s",
        e.sequence(),
        e.action(),
        e.from().get(),
        state());
    if (e.kind().recordsDeadline()) {
      return ImmutableWorkflowCase.builder().from(this).addHistory(e).build();
    }
    boolean waiting = pending().isPresent();
    boolean answers = e.kind() == EventKind.APPROVED || e.kind() == EventKind.DECLINED;
    Arguments.check(
        waiting == answers,
        "event %d (%s %s) %s",
        e.sequence(),
        e.kind(),
        e.action(),
        waiting ? "comes while a request waits for approval" : "answers no pending request");
    ImmutableWorkflowCase.Builder next =
        ImmutableWorkflowCase.builder()
            .from(this)
            .state(e.to())
            .facts(facts().with(e.changes()))
            .addHistory(e)
            .pending(Optional.empty());
    if (e.kind() == EventKind.REQUESTED) {
      Arguments.check(
          e.request().isPresent() && e.requiredApprover().isPresent(),
          "request event %d must carry the request and its approver",
          e.sequence());
      next.facts(facts()).pending(pendingOf(e));
    }
    return next.build();
  }

  /** The request a {@link EventKind#REQUESTED} event leaves waiting. */
  private static PendingApproval pendingOf(CaseEvent e) {
    return ImmutablePendingApproval.builder()
        .transition(e.action())
        .requester(e.actor())
        .requesterRole(e.role())
        .requesterOnBehalfOf(e.onBehalfOf())
        .requestedAt(e.at())
        .payload(e.changes())
        .request(e.request().get())
        .requiredApprover(e.requiredApprover().get())
        .build();
  }

  @Override
  public String toString() {
    return flow()
        + " "
        + id()
        + (round() > 1 ? " round " + round() : "")
        + " in "
        + state()
        + " "
        + facts()
        + pending().map(p -> ", waiting: " + p).orElse("");
  }
}
