package dev.suanpan.workflow.flows;

import static dev.suanpan.workflow.flows.ComplaintFlow.*;
import static dev.suanpan.workflow.flows.ComplaintFlowTest.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.party.PersonId;
import dev.suanpan.workflow.CaseEvent;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.EventKind;
import dev.suanpan.workflow.Facts;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.WorkflowRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Replay re-checks every event against the flow: a history edited to break a rule is refused,
 * naming the event and the rule. Each test takes a real history and changes one event.
 */
class ReplayForgeryTest {
  /**
   * Reported, compensation of {@code amount} proposed by the service head, approved by {@code by}.
   */
  static WorkflowCase approved(String amount, dev.suanpan.workflow.Actor by) {
    WorkflowCase asked = propose(reported(), amount).caseAfter();
    return FLOW.handle(asked, Command.approve(by, MON.plusDays(2))).caseAfter();
  }

  static List<CaseEvent> forge(WorkflowCase c, int index, Consumer<CaseEvent.Builder> edit) {
    List<CaseEvent> events = new ArrayList<>(c.history());
    CaseEvent.Builder b = copy(events.get(index));
    edit.accept(b);
    events.set(index, b.build());
    return events;
  }

  /** A builder holding every field of {@code e}. */
  static CaseEvent.Builder copy(CaseEvent e) {
    CaseEvent.Builder b = CaseEvent.builder();
    b.caseId(e.caseId())
        .flow(e.flow())
        .sequence(e.sequence())
        .kind(e.kind())
        .action(e.action())
        .from(e.from())
        .to(e.to())
        .actor(e.actor())
        .role(e.role())
        .onBehalfOf(e.onBehalfOf())
        .at(e.at())
        .changes(e.changes())
        .request(e.request())
        .requiredApprover(e.requiredApprover())
        .previousRound(e.previousRound())
        .dueAction(e.dueAction());
    return b;
  }

  @Test
  void theRealHistoryReplays() {
    WorkflowCase c = approved("800.00", MANAGER);
    assertThat(c.history().get(3).kind()).isEqualTo(EventKind.REQUESTED);
    assertThat(c.history().get(3).actor()).isEqualTo(PersonId.of("zhao"));
    assertThat(c.history().get(4).kind()).isEqualTo(EventKind.APPROVED);
    assertThat(FLOW.replay(c.history())).isEqualTo(c);
  }

  @Test
  void anApprovalRewrittenToTheRequesterIsRefusedAsSegregationOfDuties() {
    WorkflowCase c = approved("800.00", MANAGER);
    // The service head zhao asked (event 3); the forger puts zhao in as the approver of event 4.
    List<CaseEvent> forged = forge(c, 4, e -> e.actor(PersonId.of("zhao")));
    assertThatThrownBy(() -> FLOW.replay(forged))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event 4 (APPROVED propose by zhao as ")
        .hasMessageContaining("breaks " + WorkflowRule.SEGREGATION.id())
        .hasMessageContaining("zhao asked for propose");
  }

  @Test
  void anApprovalRewrittenToARoleWithoutAuthorityForTheAmountIsRefused() {
    // CNY 3,000 is in the deputy GM's tier (1,000 to 5,000); the sales manager's ends at 999.99.
    WorkflowCase c = approved("3000.00", DEPUTY);
    List<CaseEvent> forged = forge(c, 4, e -> e.actor(MANAGER.person()).role(SALES_MANAGER));
    assertThatThrownBy(() -> FLOW.replay(forged))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event 4 (APPROVED propose by chen as ")
        .hasMessageContaining("breaks " + WorkflowRule.APPROVAL_AUTHORITY.id());
  }

  @Test
  void anApproverStandingInForTheRequesterIsRefused() {
    WorkflowCase c = approved("800.00", MANAGER);
    List<CaseEvent> forged = forge(c, 4, e -> e.onBehalfOf(PersonId.of("zhao")));
    assertThatThrownBy(() -> FLOW.replay(forged))
        .hasMessageContaining("event 4 (APPROVED propose by chen as ")
        .hasMessageContaining("breaks " + WorkflowRule.SEGREGATION.id())
        .hasMessageContaining("stands in for zhao");
  }

  @Test
  void aTransitionWhoseGuardFailsIsRefusedNamingTheGuard() {
    WorkflowCase c = approved("800.00", MANAGER);
    // Event 2 (report) without the responsible party its guard requires.
    List<CaseEvent> forged = forge(c, 2, e -> e.changes(Facts.of(QUALITY_PROBLEM, false)));
    assertThatThrownBy(() -> FLOW.replay(forged))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event 2 (MOVED report by li as ")
        .hasMessageContaining("breaks complaint.responsibility");
  }

  @Test
  void aRequestForLessThanTheFactsMeasureIsRefused() {
    WorkflowCase c = approved("800.00", MANAGER);
    // The proposal's facts say CNY 3,000 while the request still asks for CNY 800.
    List<CaseEvent> forged =
        forge(
            c, 3, e -> e.changes(c.history().get(3).changes().with(COMPENSATION, cny("3000.00"))));
    assertThatThrownBy(() -> FLOW.replay(forged))
        .hasMessageContaining("event 3 (REQUESTED propose by zhao as ")
        .hasMessageContaining("breaks " + WorkflowRule.APPROVAL_MEASURE.id());
  }

  @Test
  void anEventByARoleTheTransitionDoesNotNameIsRefused() {
    WorkflowCase c = approved("800.00", MANAGER);
    // investigate is fired by the service head or a quality inspector, never a service clerk.
    List<CaseEvent> forged = forge(c, 1, e -> e.actor(CLERK.person()).role(SERVICE_CLERK));
    assertThatThrownBy(() -> FLOW.replay(forged))
        .hasMessageContaining("event 1 (MOVED investigate by wang as ")
        .hasMessageContaining("breaks " + WorkflowRule.ROLE.id());
  }

  @Test
  void anEventDatedBeforeTheOneBeforeItIsRefused() {
    WorkflowCase c = approved("800.00", MANAGER);
    List<CaseEvent> forged = forge(c, 2, e -> e.at(MON.plusHours(1)));
    assertThatThrownBy(() -> FLOW.replay(forged))
        .hasMessageContaining("event 2 (MOVED report by li as ")
        .hasMessageContaining("breaks " + WorkflowRule.TIME_ORDER.id())
        .hasMessageContaining("before the event before it at " + MON.plusHours(2));
  }
}
