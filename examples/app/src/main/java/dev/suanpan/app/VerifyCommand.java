package dev.suanpan.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code verify}: checks every ledger (each entry's hash, the numbering, the ledger row, and that
 * every entry posts again) the receivables ledger (the same), and every case (replayed through its
 * flow, its audit trail against the stored hashes). Prints one line per problem, naming the ledger
 * or case and the entry; exit status 1 if any.
 */
final class VerifyCommand {
  private VerifyCommand() {}

  static int run(SuanpanApp app, List<String> words, PrintStream out) {
    Args.parse(words, Set.of(), Set.of()).positional();
    List<String> problems = new ArrayList<>(app.ledgers().verify());
    app.receivables().rebuild().ifPresent(problems::add);
    problems.addAll(app.cases().verify());
    for (String p : problems) {
      out.println("tampering: " + p);
    }
    int ledgers = app.ledgers().keys().size();
    int cases = app.cases().ids().size();
    out.println(
        (problems.isEmpty() ? "verified " : problems.size() + " problems in ")
            + ledgers
            + " ledgers and "
            + cases
            + " cases");
    return problems.isEmpty() ? 0 : 1;
  }
}
