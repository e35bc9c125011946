package dev.suanpan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.workflow.flows.ComplaintFlow;
import org.junit.jupiter.api.Test;

class WorkflowDefinitionTest {
  static final Role CLERK = Role.of("CLERK", "Clerk");
  static final State A = State.of("A", "Start");
  static final State B = State.of("B", "Middle");
  static final State C = State.of("C", "Done");
  static final State D = State.of("D", "Island");

  static Transition move(String name, State from, State to) {
    return Transition.builder().name(name).addFrom(from).to(to).addFiredBy(CLERK).build();
  }

  @Test
  void transitionToAnUnknownStateIsRejected() {
    assertThatThrownBy(
            () ->
                WorkflowDefinition.builder("f")
                    .states(A, C)
                    .initial(A)
                    .endStates(C)
                    .openedBy(CLERK)
                    .transition(move("go", A, B))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transition go leads to B, which is not one of its states");
  }

  @Test
  void stateThatCannotBeReachedIsRejected() {
    assertThatThrownBy(
            () ->
                WorkflowDefinition.builder("f")
                    .states(A, C, D)
                    .initial(A)
                    .endStates(C)
                    .openedBy(CLERK)
                    .transition(move("go", A, C))
                    .transition(move("leave", D, C))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("states [D] cannot be reached from the initial state A");
  }

  @Test
  void stateWithNoWayToAnEndIsRejected() {
    assertThatThrownBy(
            () ->
                WorkflowDefinition.builder("f")
                    .states(A, B, C)
                    .initial(A)
                    .endStates(C)
                    .openedBy(CLERK)
                    .transition(move("go", A, C))
                    .transition(move("stray", A, B))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no end state [C] can be reached from B");
  }

  @Test
  void endStateWithAWayOutIsRejected() {
    assertThatThrownBy(
            () ->
                WorkflowDefinition.builder("f")
                    .states(A, C)
                    .initial(A)
                    .endStates(C)
                    .openedBy(CLERK)
                    .transition(move("go", A, C))
                    .transition(move("back", C, A))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transition back leaves the end state C");
  }

  @Test
  void definitionRendersAsAMermaidStateDiagram() {
    String m = ComplaintFlow.definition().toMermaid();
    assertThat(m)
        .startsWith("stateDiagram-v2\n")
        .contains("    [*] --> REGISTERED\n")
        .contains(
            "    REPORTED --> APPROVED : propose by Customer service manager, approval of"
                + " complaint-compensation by compensation [handling given]\n")
        .contains("    CLOSED --> [*]\n")
        .contains("    state \"Customer rejected\" as CUSTOMER_REJECTED\n");
  }
}
