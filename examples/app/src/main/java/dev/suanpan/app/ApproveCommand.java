package dev.suanpan.app;

import dev.suanpan.workflow.Command;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code approve CASE --as ROLE [--by PERSON]} and {@code decline CASE --as ROLE [--by PERSON]}:
 * act on the approval a case waits for. An approval by someone without the authority (not the
 * approver the policy routes to, or the person who asked) is refused, naming the rule, and stores
 * only its decision; exit status 2.
 */
final class ApproveCommand {
  private ApproveCommand() {}

  static int run(SuanpanApp app, List<String> words, PrintStream out, boolean approve) {
    Args a = Args.parse(words, Set.of("as", "by"), Set.of());
    String id = a.positional("CASE").get(0);
    String role = a.required("as");
    String person = a.option("by").orElse(role.toLowerCase(java.util.Locale.ROOT));
    return CaseCommand.report(
        id,
        app.cases()
            .act(
                id,
                (current, policy) -> {
                  var actor = app.cases().actor(policy, role, person);
                  return approve
                      ? Command.approve(actor, app.now())
                      : Command.decline(actor, app.now());
                }),
        out);
  }
}
