package dev.suanpan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash mid-batch (issue 18 item 7): a forked JVM runs the command line's {@code post} on a file
 * of {@value #DOCUMENTS} documents (three lines each, in three ledgers) against an H2 file database
 * and is killed ({@code destroyForcibly}, SIGKILL on Linux) once some documents are committed.
 * Reopened: every document is stored whole or not at all (its movements, journal entries and
 * decisions alike), the start and {@code verify} find nothing wrong, and posting the file again
 * posts the rest, the ledger refusing each document already posted as a duplicate (the costing
 * policy's {@code duplicateDocuments: REFUSE}, the library's default). What is stored then equals
 * posting the file once into another database, entry for entry and hash for hash.
 */
class CrashTest {
  static final int DOCUMENTS = 1500;
  static final int LINES = 3;
  static final String NOW = "2024-07-01T09:00";

  /** Kill the child once at least this many movements are committed and on disk. */
  static final int KILL_AFTER = 60;

  @TempDir Path dir;

  @Test
  void aKilledPostLeavesNothingHalfPostedAndPostingAgainCompletesIt() throws Exception {
    Path csv = dir.resolve("big.csv");
    writeFile(csv);
    // The reference: the file posted once, without a crash, into another database.
    AppFixture once = setUp(dir.resolve("once"));
    assertThat(once.ok(NOW, "post", csv.toString()))
        .contains("posted " + DOCUMENTS + " documents (" + DOCUMENTS * LINES + " movements)");
    Map<String, int[]> whole = perDocument(once);
    assertThat(whole).hasSize(DOCUMENTS);

    AppFixture crashed = setUp(dir.resolve("crashed"));
    int killedAt = postAndKill(crashed, csv);

    // Reopened after the crash: some documents are stored, not all, and none in part. At least
    // those the child last saw on disk are there; H2 may lose the commits of its last moments
    // (it writes them to disk in the background), and posting again posts those.
    assertThat(crashed.run(NOW, "verify")).as("verify: %s %s", crashed.out, crashed.err).isZero();
    assertThat(crashed.err).isEmpty();
    assertThat(crashed.out).contains("verified 6 ledgers and 0 cases");
    try (SuanpanApp app = crashed.open()) {
      assertThat(app.startProblems()).isEmpty();
    }
    Map<String, int[]> stored = perDocument(crashed);
    assertThat(stored.size()).isGreaterThan(0).isLessThan(DOCUMENTS);
    assertThat(stored.values().stream().mapToInt(c -> c[0]).sum()).isGreaterThanOrEqualTo(killedAt);
    // Each stored document has all its movements, journal entries and decisions.
    assertThat(stored)
        .allSatisfy((d, c) -> assertThat(c).as(d).containsExactly(whole.get(d)))
        .allSatisfy((d, c) -> assertThat(c[0]).as(d).isEqualTo(LINES));

    // Posting the file again posts the rest; what was posted is refused as a duplicate.
    assertThat(crashed.run(NOW, "post", csv.toString())).as(crashed.err).isEqualTo(2);
    int before = stored.size();
    assertThat(crashed.out)
        .contains(
            "posted "
                + (DOCUMENTS - before)
                + " documents ("
                + (DOCUMENTS - before) * LINES
                + " movements), refused "
                + before);
    List<String> refusals = crashed.out.lines().filter(l -> l.startsWith("refused ")).toList();
    assertThat(refusals).hasSize(before);
    assertThat(refusals).allSatisfy(l -> assertThat(l).contains("[inventory.duplicate-document]"));
    assertThat(refusals.stream().map(l -> l.substring(8, l.indexOf(':'))))
        .containsExactlyInAnyOrderElementsOf(stored.keySet());
    assertThat(perDocument(crashed))
        .hasSize(DOCUMENTS)
        .allSatisfy((d, c) -> assertThat(c).as(d).containsExactly(whole.get(d)));

    // The same as posting the file once: ledger rows, entries (hashes too) and journal.
    assertThat(rows(crashed, "SELECT * FROM ledger ORDER BY item_id, warehouse"))
        .isEqualTo(rows(once, "SELECT * FROM ledger ORDER BY item_id, warehouse"));
    String entries = "SELECT * FROM ledger_entry ORDER BY item_id, warehouse, seq";
    assertThat(rows(crashed, entries)).isEqualTo(rows(once, entries));
    String journal = "SELECT source, entry_date, body FROM journal_entry ORDER BY source, body";
    assertThat(rows(crashed, journal)).isEqualTo(rows(once, journal));
    assertThat(crashed.ok(NOW, "verify")).contains("verified 6 ledgers and 0 cases");
  }

  /** A database with the FIFO policy and three items. */
  private static AppFixture setUp(Path dir) {
    AppFixture app = AppFixture.h2(dir);
    app.ok("2024-01-01T09:00", "policy", "load", AppFixture.sample("fifo.yaml"), "--by", "admin");
    for (int k = 0; k < 3; k++) {
      app.ok("2024-01-01T09:05", "item", "add", "ITEM-" + k, "--unit", "pcs", "--costing", "fifo");
    }
    return app;
  }

  /**
   * The file: document i has three lines, in ledgers i, i+1 and i+2 of the six (three items in two
   * warehouses), dated in file order; every fourth document from the ninth on issues one piece from
   * each, the others receive ten. Every ledger has received at least twenty pieces before its first
   * issue and receives far more than it issues, so nothing is refused.
   */
  private static void writeFile(Path csv) throws IOException {
    StringBuilder out = new StringBuilder(MovementCsv.HEADER).append('\n');
    for (int i = 0; i < DOCUMENTS; i++) {
      LocalDate date = LocalDate.of(2024, 1, 1).plusDays(i / 20);
      boolean issue = i >= 8 && i % 4 == 3;
      for (int l = 0; l < LINES; l++) {
        int ledger = (i + l) % 6;
        out.append(date)
            .append(",DOC-")
            .append(i)
            .append(",ITEM-")
            .append(ledger % 3)
            .append(",WH-")
            .append(ledger / 3)
            .append(issue ? ",-1," : ",10," + (10 + i % 7) + ".25")
            .append('\n');
      }
    }
    Files.writeString(csv, out, StandardCharsets.UTF_8);
  }

  /**
   * Runs {@code post} in another JVM ({@link Child}) and kills it once it reports at least {@link
   * #KILL_AFTER} movements committed and on disk; returns the count it last reported.
   */
  private static int postAndKill(AppFixture db, Path csv) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                "--db",
                db.url,
                "--now",
                NOW,
                "post",
                csv.toString())
            .redirectErrorStream(true)
            .start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                  lines.add(l);
                }
              } catch (IOException e) {
                lines.add("read failed: " + e);
              } finally {
                lines.add("<end>");
              }
            });
    reader.setDaemon(true);
    reader.start();
    List<String> seen = new ArrayList<>();
    try {
      while (true) {
        // A guard against a hung child only, far beyond any run: no assertion on speed.
        String line = lines.poll(10, TimeUnit.MINUTES);
        if (line == null || line.equals("<end>")) {
          fail("the child ended before it was killed: " + seen);
        }
        seen.add(line);
        if (line.startsWith(Child.DURABLE)) {
          int committed = Integer.parseInt(line.substring(Child.DURABLE.length()));
          if (committed >= KILL_AFTER) {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
            return committed;
          }
        }
      }
    } finally {
      child.destroyForcibly();
    }
  }

  /** For each document stored: its movements, journal entries and decisions not refused. */
  private static Map<String, int[]> perDocument(AppFixture db) throws SQLException {
    Map<String, int[]> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(db.url, db.user, db.password)) {
      count(c, "SELECT document, COUNT(*) FROM ledger_entry GROUP BY document", out, 0);
      count(c, "SELECT source, COUNT(*) FROM journal_entry GROUP BY source", out, 1);
      count(
          c,
          "SELECT subject, COUNT(*) FROM decision WHERE outcome <> 'REFUSED' GROUP BY subject",
          out,
          2);
    }
    return out;
  }

  /** Adds the counts of a query grouped by a subject ending in the document number. */
  private static void count(Connection c, String sql, Map<String, int[]> out, int column)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        String subject = r.getString(1);
        String document = subject.substring(subject.lastIndexOf(' ') + 1);
        out.computeIfAbsent(document, d -> new int[3])[column] += r.getInt(2);
      }
    }
  }

  /** Every row of {@code sql}, as text. */
  private static List<String> rows(AppFixture db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.url, db.user, db.password);
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(r.getString(i)).append('|');
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  /**
   * The forked JVM: the command line ({@link Main#main}), with a daemon thread beside it that
   * prints how many movements are committed, read on its own connection, and then on disk: H2
   * commits to memory and writes to its file in the background (so a kill may lose the last
   * commits), and {@code CHECKPOINT} writes what is committed. The test kills it on that count.
   */
  static final class Child {
    static final String DURABLE = "durable ";

    private Child() {}

    /** Runs {@code args} (which start with {@code --db URL}) on the command line. */
    public static void main(String[] args) {
      String url = args[1];
      Thread monitor =
          new Thread(
              () -> {
                try (Connection c = DriverManager.getConnection(url, "", "");
                    PreparedStatement s =
                        c.prepareStatement("SELECT COALESCE(SUM(entries), 0) FROM ledger");
                    PreparedStatement checkpoint = c.prepareStatement("CHECKPOINT")) {
                  while (true) {
                    long committed;
                    try (ResultSet r = s.executeQuery()) {
                      r.next();
                      committed = r.getLong(1);
                    }
                    checkpoint.execute();
                    System.out.println(DURABLE + committed);
                    Thread.sleep(50);
                  }
                } catch (SQLException | InterruptedException e) {
                  System.out.println("monitor stopped: " + e);
                }
              });
      monitor.setDaemon(true);
      monitor.start();
      Main.main(args);
    }
  }
}
