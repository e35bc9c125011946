package dev.suanpan.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code post FILE.csv}: posts the movements of a CSV file ({@link MovementCsv}), one transaction
 * per document. The whole file is read and checked first: a line that is not a movement, or names
 * an unknown item, refuses the file and nothing is posted. Then each document is posted, all its
 * lines or none; a document the ledger's rules refuse (stock going negative, a duplicate document
 * number, a closed month) is reported with its line and the others are posted. A back-dated
 * movement re-values what follows it.
 *
 * <p>Exit status 0 when every document was posted, 2 when some were refused.
 */
final class PostCommand {
  private PostCommand() {}

  static int run(SuanpanApp app, List<String> words, PrintStream out) {
    Path file = Path.of(Args.parse(words, Set.of(), Set.of()).positional("FILE.csv").get(0));
    MovementCsv.read(file, item -> app.items().get(item).unit(), d -> {});
    int[] counts = new int[3];
    MovementCsv.read(
        file,
        item -> app.items().get(item).unit(),
        document -> {
          Ledgers.Result r = app.ledgers().post(document, app.now());
          if (r.posted()) {
            counts[0]++;
            counts[1] += r.movements();
          } else {
            counts[2]++;
            out.println("refused " + r.document() + ": " + r.refusal().orElse(""));
          }
        });
    out.println(
        "posted "
            + counts[0]
            + " documents ("
            + counts[1]
            + " movements)"
            + (counts[2] > 0 ? ", refused " + counts[2] : ""));
    return counts[2] > 0 ? 2 : 0;
  }
}
