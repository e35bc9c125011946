package dev.suanpan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.workflow.WorkflowDefinition;
import dev.suanpan.workflow.flows.ComplaintFlow;
import dev.suanpan.workflow.flows.PropertySubscriptionFlow;
import dev.suanpan.workflow.flows.RepairOrderFlow;
import dev.suanpan.workflow.flows.SalesOrderFlow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workflow page's diagrams are what the ready-made flows' own {@code toMermaid()} prints: each
 * {@code ## <flow name>} heading of docs/workflow.md is followed by its flow's diagram.
 */
class WorkflowPageDiagramsTest {
  @Test
  void eachDiagramIsTheOneItsDefinitionPrints() {
    List<String> page = DocSnippetsTest.readLines(Path.of("..", "docs", "workflow.md"));
    for (WorkflowDefinition d :
        List.of(
            ComplaintFlow.definition(),
            SalesOrderFlow.definition(),
            PropertySubscriptionFlow.definition(),
            RepairOrderFlow.definition())) {
      int heading = page.indexOf("## " + d.name());
      assertThat(heading).as("docs/workflow.md has a heading ## " + d.name()).isNotNegative();
      int open = page.subList(heading, page.size()).indexOf("```mermaid") + heading;
      int close = page.subList(open + 1, page.size()).indexOf("```") + open + 1;
      String shown = String.join("\n", page.subList(open + 1, close)) + "\n";
      assertThat(shown)
          .as("docs/workflow.md:%d, the diagram of %s", open + 1, d.name())
          .isEqualTo(d.toMermaid());
    }
  }
}
