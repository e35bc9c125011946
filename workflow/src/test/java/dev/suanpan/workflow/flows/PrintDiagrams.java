package dev.suanpan.workflow.flows;

import dev.suanpan.workflow.WorkflowDefinition;
import java.util.List;

/** Prints the Mermaid diagrams of the ready-made flows, for docs/workflow.md. Test scope only. */
final class PrintDiagrams {
  private PrintDiagrams() {}

  public static void main(String[] args) {
    for (WorkflowDefinition d :
        List.of(
            ComplaintFlow.definition(),
            SalesOrderFlow.definition(),
            PropertySubscriptionFlow.definition(),
            RepairOrderFlow.definition())) {
      System.out.println("### " + d.name() + "\n\n```mermaid\n" + d.toMermaid() + "```\n");
    }
  }
}
