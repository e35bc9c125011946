package dev.suanpan.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code java -jar suanpan-app.jar [--db URL] [--user U] [--password P] [--now
 * 2024-03-31T18:00] COMMAND ...}. Opens the database (H2 files under {@code ./suanpan-data} unless
 * {@code --db} names another, such as {@code jdbc:postgresql://localhost/suanpan}), rebuilds and
 * checks what is stored, runs one command, and exits 0 when done, 1 when the input or the database
 * failed (one line on standard error, never a stack trace), 2 when the rules refused.
 */
public final class Main {
  static final String HELP =
      String.join(
          "\n",
          "Usage: suanpan-app [--db URL] [--user U] [--password P] [--now TIME] COMMAND ...",
          "",
          "  policy load FILE.yaml [--name NAME] --by PERSON   store a policy's next version",
          "  item add ITEM --unit U [--currency CNY] --costing POLICY   register an item",
          "  post FILE.csv                 post movements (" + MovementCsv.HEADER + ")",
          "  close --month 2024-03         month-end close of every ledger",
          "  stock-card ITEM [--warehouse W]   print the item's stock card",
          "  case open CASE --policy AUTHORITY --as ROLE --by PERSON --fact NAME=VALUE ...",
          "  case fire CASE TRANSITION --as ROLE --by PERSON [--fact NAME=VALUE ...]",
          "  case show CASE",
          "  approve CASE --as ROLE [--by PERSON]   approve what the case waits for",
          "  decline CASE --as ROLE [--by PERSON]",
          "  receivables open --policy CREDIT   open the receivables ledger",
          "  receivables post FILE.yaml    post an invoice, credit note, collection or reversal",
          "  receivables show [--customer C]   open items, balances and advances",
          "  verify                        check every ledger and audit chain",
          "",
          "--db defaults to " + AppDatabase.DEFAULT_URL + "; --now fixes the time (ISO, UTC)",
          "for scripts. Exit status: 0 done, 1 bad input or failure, 2 refused by the rules.");

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), System.out, System.err));
  }

  /** Runs the command line, printing to {@code out} and {@code err}; returns the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    try {
      return runChecked(args, out, err);
    } catch (AppException | IllegalArgumentException e) {
      err.println("suanpan-app: " + oneLine(e.getMessage()));
      return 1;
    } catch (OutOfMemoryError e) {
      err.println("suanpan-app: out of memory; give the JVM more heap (-Xmx)");
      return 1;
    } catch (RuntimeException e) {
      err.println("suanpan-app: unexpected failure: " + oneLine(String.valueOf(e)));
      return 1;
    }
  }

  private static int runChecked(List<String> args, PrintStream out, PrintStream err) {
    int i = 0;
    String url = AppDatabase.DEFAULT_URL;
    String user = "";
    String password = "";
    Clock clock = Clock.systemUTC();
    while (i < args.size() && args.get(i).startsWith("--")) {
      String option = args.get(i);
      if (i + 1 == args.size()) {
        throw new InputException("option " + option + " needs a value");
      }
      String value = args.get(i + 1);
      switch (option) {
        case "--db" -> url = value;
        case "--user" -> user = value;
        case "--password" -> password = value;
        case "--now" -> clock = fixed(value);
        case "--help" -> {
          out.println(HELP);
          return 0;
        }
        default -> throw new InputException("unknown option " + option + "\n" + HELP);
      }
      i += 2;
    }
    if (i == args.size() || args.get(i).equals("help")) {
      out.println(HELP);
      return i == args.size() ? 1 : 0;
    }
    String command = args.get(i);
    List<String> rest = args.subList(i + 1, args.size());
    try (SuanpanApp app = SuanpanApp.open(AppDatabase.open(url, user, password), clock)) {
      for (String p : app.startProblems()) {
        err.println("suanpan-app: tampering: " + p);
      }
      return switch (command) {
        case "policy" -> PolicyCommand.run(app, rest, out);
        case "item" -> ItemCommand.run(app, rest, out);
        case "post" -> PostCommand.run(app, rest, out);
        case "close" -> CloseCommand.run(app, rest, out);
        case "stock-card" -> StockCardCommand.run(app, rest, out);
        case "case" -> CaseCommand.run(app, rest, out);
        case "approve" -> ApproveCommand.run(app, rest, out, true);
        case "decline" -> ApproveCommand.run(app, rest, out, false);
        case "receivables" -> ReceivablesCommand.run(app, rest, out);
        case "verify" -> VerifyCommand.run(app, rest, out);
        default -> throw new InputException("unknown command \"" + command + "\"\n" + HELP);
      };
    }
  }

  private static Clock fixed(String text) {
    try {
      return Clock.fixed(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));
    } catch (DateTimeParseException e) {
      throw new InputException(
          "--now must be an ISO date and time such as 2024-03-31T18:00, was \"" + text + "\"", e);
    }
  }

  private static String oneLine(String message) {
    String m = message == null ? "" : message;
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
