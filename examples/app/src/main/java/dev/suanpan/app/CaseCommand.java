package dev.suanpan.app;

import dev.suanpan.workflow.CaseEvent;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Facts;
import dev.suanpan.workflow.WorkflowCase;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code case open|fire|show}: the sales-order cases (002 第一篇).
 *
 * <ul>
 *   <li>{@code case open CASE --policy AUTHORITY --as ROLE --by PERSON --fact customer=C --fact
 *       price=CNY 120000.00} opens a case under the latest version of a stored authority policy;
 *   <li>{@code case fire CASE TRANSITION --as ROLE --by PERSON [--fact NAME=VALUE ...]} fires a
 *       transition ({@code check} asks for the contract approval);
 *   <li>{@code case show CASE} prints its state and history.
 * </ul>
 *
 * A command the flow refuses (a role that may not fire it, a guard that fails) stores only its
 * decision and exits with status 2.
 */
final class CaseCommand {
  private CaseCommand() {}

  static int run(SuanpanApp app, List<String> words, PrintStream out) {
    if (words.isEmpty()) {
      throw new InputException("expected case open|fire|show CASE ...");
    }
    List<String> rest = words.subList(1, words.size());
    return switch (words.get(0)) {
      case "open" -> open(app, rest, out);
      case "fire" -> fire(app, rest, out);
      case "show" -> show(app, rest, out);
      default -> throw new InputException("expected case open|fire|show, was case " + words.get(0));
    };
  }

  private static int open(SuanpanApp app, List<String> words, PrintStream out) {
    Args a = Args.parse(words, Set.of("policy", "as", "by"), Set.of("fact"));
    String id = a.positional("CASE").get(0);
    String policy = a.required("policy");
    Command command =
        Command.open(app.cases().actor(policy, a.required("as"), a.required("by")), app.now())
            .with(facts(a));
    return report(id, app.cases().open(id, policy, command), out);
  }

  private static int fire(SuanpanApp app, List<String> words, PrintStream out) {
    Args a = Args.parse(words, Set.of("as", "by"), Set.of("fact"));
    List<String> p = a.positional("CASE", "TRANSITION");
    Facts facts = facts(a);
    CaseStep step =
        app.cases()
            .act(
                p.get(0),
                (current, policy) ->
                    Command.fire(
                            p.get(1),
                            app.cases().actor(policy, a.required("as"), a.required("by")),
                            app.now())
                        .with(facts));
    return report(p.get(0), step, out);
  }

  private static Facts facts(Args a) {
    Facts facts = Facts.none();
    for (String f : a.all("fact")) {
      facts = SalesOrders.with(facts, f);
    }
    return facts;
  }

  private static int show(SuanpanApp app, List<String> words, PrintStream out) {
    String id = Args.parse(words, Set.of(), Set.of()).positional("CASE").get(0);
    WorkflowCase c = app.cases().get(id);
    out.println(
        "case "
            + id
            + " ("
            + c.flow()
            + "): "
            + c.state().code()
            + c.pending().map(p -> ", waiting for " + p).orElse(""));
    for (CaseEvent e : c.history()) {
      out.println(
          "  "
              + e.sequence()
              + ". "
              + e.at()
              + " "
              + e.action()
              + " by "
              + e.actorText()
              + " -> "
              + e.to().code());
    }
    out.println("audit seal " + c.auditTrail().seal().head());
    return 0;
  }

  /** Prints what the step did; 0 if accepted, 2 if refused. */
  static int report(String id, CaseStep step, PrintStream out) {
    if (step.isRefused()) {
      out.println(
          "refused on case " + id + ": " + step.explanation().toString().replace("\n", "; "));
      return 2;
    }
    WorkflowCase after = step.caseAfter();
    out.println(
        "case "
            + id
            + ": "
            + after.state().code()
            + step.requiredApprover().map(r -> ", waiting for " + r.code()).orElse(""));
    return 0;
  }
}
