package dev.suanpan.app;

import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.core.receivables.ReceivablesPosting;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code receivables open|post|show}: the receivables ledger.
 *
 * <ul>
 *   <li>{@code receivables open --policy CREDIT} opens it under a stored credit policy;
 *   <li>{@code receivables post FILE.yaml} posts a sales invoice, credit note, collection or
 *       reversal (a suanpan-json document), in one transaction with its journal entries; a document
 *       the ledger refuses (an invoice before the collected share, a duplicate number) stores only
 *       its decision and exits with status 2;
 *   <li>{@code receivables show [--customer C]} prints each customer's open items, balance and
 *       advance.
 * </ul>
 */
final class ReceivablesCommand {
  private ReceivablesCommand() {}

  static int run(SuanpanApp app, List<String> words, PrintStream out) {
    if (words.isEmpty()) {
      throw new InputException("expected receivables open|post|show ...");
    }
    List<String> rest = words.subList(1, words.size());
    return switch (words.get(0)) {
      case "open" -> open(app, rest, out);
      case "post" -> post(app, rest, out);
      case "show" -> show(app, rest, out);
      default ->
          throw new InputException(
              "expected receivables open|post|show, was receivables " + words.get(0));
    };
  }

  private static int open(SuanpanApp app, List<String> words, PrintStream out) {
    Args a = Args.parse(words, Set.of("policy"), Set.of());
    a.positional();
    app.receivables().open(a.required("policy"));
    out.println(
        "opened the receivables ledger under the credit policy \"" + a.required("policy") + "\"");
    return 0;
  }

  private static int post(SuanpanApp app, List<String> words, PrintStream out) {
    Path file = Path.of(Args.parse(words, Set.of(), Set.of()).positional("FILE.yaml").get(0));
    Object document;
    try {
      document = app.receivables().read(PolicyCommand.read(file));
    } catch (InputException e) {
      throw new InputException(file + ": " + e.getMessage(), e);
    }
    ReceivablesPosting p = app.receivables().post(document, app.now());
    if (p.isRefused()) {
      out.println(
          "refused " + p.document() + ": " + p.explanation().toString().replace("\n", "; "));
      return 2;
    }
    out.println("posted " + p.document() + " (" + p.entries().size() + " journal entries)");
    return 0;
  }

  private static int show(SuanpanApp app, List<String> words, PrintStream out) {
    Args a = Args.parse(words, Set.of("customer"), Set.of());
    a.positional();
    ReceivablesLedger ledger = app.receivables().ledger();
    List<CustomerId> customers =
        a.option("customer").map(c -> List.of(CustomerId.of(c))).orElse(ledger.customers());
    for (CustomerId c : customers) {
      out.println(c.code() + ": open " + ledger.openBalance(c) + ", advance " + ledger.advance(c));
      for (Receivable r : ledger.openItems(c)) {
        out.println(
            "  "
                + r.document()
                + " invoiced "
                + r.invoiceDate()
                + " due "
                + r.dueDate()
                + " open "
                + r.openAmount());
      }
    }
    return 0;
  }
}
