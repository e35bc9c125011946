package dev.suanpan.json;

import static dev.suanpan.workflow.flows.ComplaintFlow.COMPENSATION;
import static dev.suanpan.workflow.flows.ComplaintFlow.COMPLAINT;
import static dev.suanpan.workflow.flows.ComplaintFlow.CUSTOMER;
import static dev.suanpan.workflow.flows.ComplaintFlow.HANDLING;
import static dev.suanpan.workflow.flows.ComplaintFlow.QUALITY_PROBLEM;
import static dev.suanpan.workflow.flows.ComplaintFlow.RESPONSIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.party.PersonId;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseEvent;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.audit.AuditEntry;
import dev.suanpan.workflow.audit.AuditTrail;
import dev.suanpan.workflow.flows.ComplaintFlow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class WorkflowDocumentTest {
  static final Workflow FLOW = Workflow.of(ComplaintFlow.definition());
  static final SuanpanJson JSON = SuanpanJson.create().withWorkflows(FLOW);
  static final LocalDateTime MON = LocalDateTime.of(2024, 3, 4, 9, 0);

  static CaseStep proposed() {
    Actor clerk = Actor.of(PersonId.of("wang"), ComplaintFlow.SERVICE_CLERK);
    Actor inspector = Actor.of(PersonId.of("li"), ComplaintFlow.QUALITY_INSPECTOR);
    Actor head = Actor.of(PersonId.of("zhao"), ComplaintFlow.SERVICE_HEAD);
    WorkflowCase c =
        FLOW.open(
                CaseId.of("C-1"),
                Command.open(clerk, MON)
                    .with(CUSTOMER, "Hengda Trading")
                    .with(COMPLAINT, "12 of 200 tiles cracked on arrival"))
            .caseAfter();
    c = FLOW.handle(c, Command.fire("investigate", inspector, MON.plusHours(2))).caseAfter();
    c =
        FLOW.handle(
                c,
                Command.fire("report", inspector, MON.plusDays(1))
                    .with(QUALITY_PROBLEM, false)
                    .with(RESPONSIBLE, "transport"))
            .caseAfter();
    return FLOW.handle(
        c,
        Command.fire("propose", head, MON.plusDays(1).plusHours(3))
            .with(HANDLING, "compensation")
            .with(COMPENSATION, Money.parse("CNY 800.00")));
  }

  @Test
  void storedEventsReplayToTheSameCase() {
    WorkflowCase c = proposed().caseAfter();
    List<CaseEvent> stored = new ArrayList<>();
    for (CaseEvent e : c.history()) {
      stored.add(JSON.read(JSON.write(e), CaseEvent.class));
    }
    assertThat(stored).isEqualTo(c.history());
    assertThat(FLOW.replay(stored)).isEqualTo(c);
  }

  @Test
  void aCaseIsStoredAsItsEventsAndReadBackByReplayingThemThroughItsFlow() {
    WorkflowCase c = proposed().caseAfter();
    String doc = JSON.writeYaml(c);
    assertThat(doc).startsWith("$format: 1\n$type: WorkflowCase\nflow: complaint\nevents:\n");
    assertThat(JSON.readYaml(doc, WorkflowCase.class)).isEqualTo(c);
  }

  @Test
  void aForgedHistoryIsRefusedNamingTheEvent() {
    // Only the customer service manager may propose handling; claim a service clerk did.
    String doc = JSON.writeYaml(proposed().caseAfter());
    assertThat(doc).contains("code: CUSTOMER_SERVICE_MANAGER\n");
    String forged =
        doc.replace("code: CUSTOMER_SERVICE_MANAGER\n", "code: SERVICE_CLERK\n")
            .replace("title: Customer service manager\n", "title: Service clerk\n");
    assertThatThrownBy(() -> JSON.readYaml(forged, WorkflowCase.class))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("$.events: ")
        .hasMessageContaining("propose");
  }

  @Test
  void aStepHasNoStoredFormOfItsOwnAndSaysSo() {
    CaseStep step = proposed();
    assertThatThrownBy(() -> JSON.write(step))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a CaseStep has no stored form");
    assertThatThrownBy(() -> JSON.read("{\"$format\": 1, \"$type\": \"Workflow\"}", Workflow.class))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("$: a Workflow has no stored form");
  }

  @Test
  void aCaseOfAFlowTheReaderDoesNotKnowIsRefused() {
    String doc = JSON.write(proposed().caseAfter());
    assertThatThrownBy(() -> SuanpanJson.create().read(doc, WorkflowCase.class))
        .hasMessageStartingWith("$.flow: flow \"complaint\" is not known to this reader");
  }

  @Test
  void anAuditTrailComesBackAndStillVerifies() {
    AuditTrail trail = proposed().caseAfter().auditTrail();
    AuditTrail back = JSON.read(JSON.write(trail), AuditTrail.class);
    assertThat(back).isEqualTo(trail);
    assertThat(back.verify().intact()).isTrue();
    for (AuditEntry e : trail.entries()) {
      assertThat(JSON.read(JSON.write(e), AuditEntry.class)).isEqualTo(e);
    }
  }
}
