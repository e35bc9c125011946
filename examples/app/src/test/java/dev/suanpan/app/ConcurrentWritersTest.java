package dev.suanpan.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.json.SuanpanJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent writers (issue 18 item 6): {@value #THREADS} threads post {@value #DOCUMENTS}
 * documents each over {@value #ITEMS} items in {@value #WAREHOUSES} warehouses at once, through the
 * public API, on H2 and on PostgreSQL. Two pairs of threads share an application (one cache between
 * two threads), two threads have one each, as separate processes would. Every document's result is
 * kept, so refusals (an issue that finds too little stock at its date, which depends on how the
 * threads interleave) are accounted for exactly.
 *
 * <p>Afterwards: no document lost or doubled (the stored movements are exactly the lines of the
 * documents reported posted, once each, and nothing of a refused one); each ledger's version counts
 * the documents that touched it; the stored order keeps each thread's own order; each ledger equals
 * the library's ledger built single-threaded by posting the stored movements in stored order (the
 * stored order is the truth: concurrent writers decide it); each ledger's quantities and receipt
 * values equal the sums worked from the posted documents alone; and every writer's cached ledger, a
 * fresh start and {@code verify} agree.
 */
class ConcurrentWritersTest {
  static final int THREADS = 6;
  static final int DOCUMENTS = 40;
  static final int ITEMS = 4;
  static final int WAREHOUSES = 2;

  private static final String[] COSTS = {"9.50", "10.00", "10.25", "11.00", "12.00"};
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-04-30T18:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void writersOnH2NeverLoseOrDoubleAMovement() throws Exception {
    check(AppFixture.h2(dir));
  }

  @Test
  void writersOnPostgresNeverLoseOrDoubleAMovement() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      check(new AppFixture(postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""));
    }
  }

  /** One document a thread posts, and what became of it. */
  record Posted(int thread, int index, StockDocument document, boolean posted) {}

  private void check(AppFixture db) throws Exception {
    db.ok("2024-02-28T09:00", "policy", "load", AppFixture.sample("fifo.yaml"), "--by", "admin");
    for (int k = 0; k < ITEMS; k++) {
      db.ok("2024-02-28T09:05", "item", "add", item(k), "--unit", "pcs", "--costing", "fifo");
    }
    List<SuanpanApp> apps = new ArrayList<>();
    // Threads 0 and 1 share the first application, 2 and 3 the second; 4 and 5 have their own.
    int[] appOf = {0, 0, 1, 1, 2, 3};
    for (int a = 0; a < 4; a++) {
      apps.add(SuanpanApp.open(AppDatabase.open(db.url, db.user, db.password), CLOCK));
    }
    List<Posted> results = Collections.synchronizedList(new ArrayList<>());
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        SuanpanApp app = apps.get(appOf[t]);
        Thread writer =
            new Thread(
                () -> {
                  try {
                    start.await();
                    List<StockDocument> documents = documents(thread);
                    for (int i = 0; i < documents.size(); i++) {
                      Ledgers.Result r =
                          app.ledgers().post(documents.get(i), LocalDateTime.now(CLOCK));
                      assertThat(r.movements())
                          .isEqualTo(r.posted() ? documents.get(i).lines().size() : 0);
                      results.add(new Posted(thread, i, documents.get(i), r.posted()));
                    }
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                },
                "writer-" + t);
        threads.add(writer);
        writer.start();
      }
      start.countDown();
      for (Thread t : threads) {
        t.join();
      }
      assertThat(failures).isEmpty();
      assertThat(results).hasSize(THREADS * DOCUMENTS);
      checkStored(db, results, apps);
    } finally {
      for (SuanpanApp app : apps) {
        app.close();
      }
    }
  }

  private void checkStored(AppFixture db, List<Posted> results, List<SuanpanApp> writers)
      throws Exception {
    // What the threads were told was posted, by ledger: "document" once per line.
    Map<Ledgers.Key, List<String>> expected = new TreeMap<>();
    Map<Ledgers.Key, BigDecimal[]> sums = new TreeMap<>();
    Set<String> refused = new HashSet<>();
    int postedLines = 0;
    for (Posted p : results) {
      if (!p.posted()) {
        refused.add(p.document().number());
        continue;
      }
      for (StockDocument.Line l : p.document().lines()) {
        Ledgers.Key key = new Ledgers.Key(l.item(), l.warehouse());
        expected.computeIfAbsent(key, k -> new ArrayList<>()).add(p.document().number());
        BigDecimal[] s =
            sums.computeIfAbsent(
                key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        Movement m = l.movement();
        if (m.kind() == MovementKind.RECEIPT) {
          s[0] = s[0].add(m.quantity());
          s[2] = s[2].add(m.quantity().multiply(m.unitCost().orElseThrow()));
        } else {
          s[1] = s[1].add(m.quantity());
        }
        postedLines++;
      }
    }
    // Receipts are never refused, so most documents are posted.
    assertThat(refused.size()).isLessThan(results.size() / 2);

    SuanpanJson json = SuanpanJson.create();
    CostingPolicy fifo =
        json.readYaml(
            Files.readString(Path.of(AppFixture.sample("fifo.yaml"))), CostingPolicy.class);
    Map<Ledgers.Key, List<Movement>> stored = new TreeMap<>();
    Map<Ledgers.Key, long[]> rows = new HashMap<>();
    try (AppDatabase raw = AppDatabase.open(db.url, db.user, db.password);
        Connection c = raw.connect()) {
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT item_id, warehouse, kind, document, body FROM ledger_entry"
                      + " ORDER BY item_id, warehouse, seq");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          assertThat(r.getString(3)).isEqualTo(Ledgers.MOVEMENT);
          Movement m = json.read(r.getString(5), Movement.class);
          assertThat(m.document()).isEqualTo(r.getString(4));
          stored
              .computeIfAbsent(
                  new Ledgers.Key(r.getString(1), r.getString(2)), k -> new ArrayList<>())
              .add(m);
        }
      }
      try (PreparedStatement s =
              c.prepareStatement("SELECT item_id, warehouse, version, entries FROM ledger");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.put(
              new Ledgers.Key(r.getString(1), r.getString(2)),
              new long[] {r.getLong(3), r.getLong(4)});
        }
      }
      c.rollback();
    }

    // None lost, none doubled: the stored movements are the posted lines, once each.
    assertThat(stored.values().stream().mapToInt(List::size).sum()).isEqualTo(postedLines);
    assertThat(stored.keySet()).isEqualTo(expected.keySet());
    assertThat(rows.keySet()).isEqualTo(expected.keySet());
    try (SuanpanApp fresh =
        SuanpanApp.open(AppDatabase.open(db.url, db.user, db.password), CLOCK)) {
      assertThat(fresh.startProblems()).isEmpty();
      assertThat(fresh.ledgers().verify()).isEmpty();
      for (Map.Entry<Ledgers.Key, List<Movement>> e : stored.entrySet()) {
        Ledgers.Key key = e.getKey();
        List<Movement> movements = e.getValue();
        List<String> documents = movements.stream().map(Movement::document).toList();
        assertThat(documents).as("documents of %s", key).doesNotHaveDuplicates();
        assertThat(documents).containsExactlyInAnyOrderElementsOf(expected.get(key));
        assertThat(documents).noneMatch(refused::contains);
        // One document, one transaction, one version: the version counts the documents posted.
        assertThat(rows.get(key)).containsExactly(documents.size(), documents.size());
        // Each thread posts in its own order; the stored order keeps it.
        Map<String, Integer> last = new HashMap<>();
        for (String d : documents) {
          String thread = d.substring(0, d.indexOf('-'));
          int index = Integer.parseInt(d.substring(d.indexOf('-') + 1));
          assertThat(index)
              .as("%s after %s", d, last.get(thread))
              .isGreaterThan(last.getOrDefault(thread, -1));
          last.put(thread, index);
        }

        // The library alone, single-threaded, posting the stored movements in stored order.
        StockLedger rebuilt =
            StockLedger.open(
                ItemId.of(key.item()),
                WarehouseId.of(key.warehouse()),
                UnitOfMeasure.of("pcs"),
                CurrencyUnit.of("CNY"),
                fifo);
        for (Movement m : movements) {
          Posting p = rebuilt.post(m);
          assertThat(p.isRefused()).as("%s in %s", m.document(), key).isFalse();
          rebuilt = p.ledger();
        }
        StockCard card = fresh.ledgers().ledger(key.item(), key.warehouse()).card();
        assertThat(card).isEqualTo(rebuilt.card());
        for (SuanpanApp writer : writers) {
          assertThat(writer.ledgers().ledger(key.item(), key.warehouse()).card()).isEqualTo(card);
        }

        // Independently of any ledger: quantities in and out, and what the receipts cost, summed
        // from the posted documents (integer quantities times two-decimal costs: exact).
        BigDecimal[] s = sums.get(key);
        assertThat(card.lines()).hasSize(documents.size());
        assertThat(sum(card, StockCardLine::quantityIn)).isEqualByComparingTo(s[0]);
        assertThat(sum(card, StockCardLine::quantityOut)).isEqualByComparingTo(s[1]);
        assertThat(card.closingQuantity()).isEqualByComparingTo(s[0].subtract(s[1]));
        assertThat(
                card.lines().stream()
                    .filter(l -> l.kind() == MovementKind.RECEIPT)
                    .map(l -> l.amount().getAmount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo(s[2]);
      }
    }
  }

  private static BigDecimal sum(
      StockCard card, java.util.function.Function<StockCardLine, BigDecimal> field) {
    return card.lines().stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Thread {@code t}'s documents, the same on every run: four in five are receipts (one line, or
   * two lines in two ledgers), one in five an issue of a few pieces, dated anywhere in March 2024,
   * so later documents are often back-dated before others' and re-value them.
   */
  static List<StockDocument> documents(int t) {
    Random random = new Random(1_000L + t);
    List<StockDocument> out = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String number = "T" + t + "-" + i;
      LocalDate date = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(28));
      List<StockDocument.Line> lines = new ArrayList<>();
      int first = random.nextInt(ITEMS * WAREHOUSES);
      if (random.nextInt(5) == 0) {
        lines.add(line(first, date, number, MovementKind.SALE_ISSUE, 1 + random.nextInt(3), null));
      } else {
        lines.add(
            line(
                first,
                date,
                number,
                MovementKind.RECEIPT,
                1 + random.nextInt(20),
                COSTS[random.nextInt(COSTS.length)]));
        if (random.nextInt(4) == 0) {
          int second = (first + 1 + random.nextInt(ITEMS * WAREHOUSES - 1)) % (ITEMS * WAREHOUSES);
          lines.add(
              line(
                  second,
                  date,
                  number,
                  MovementKind.RECEIPT,
                  1 + random.nextInt(20),
                  COSTS[random.nextInt(COSTS.length)]));
        }
      }
      out.add(new StockDocument(number, lines));
    }
    return out;
  }

  private static StockDocument.Line line(
      int ledger, LocalDate date, String number, MovementKind kind, int quantity, String cost) {
    Movement.Builder m =
        Movement.builder()
            .date(date)
            .document(number)
            .unit(UnitOfMeasure.of("pcs"))
            .kind(kind)
            .quantity(BigDecimal.valueOf(quantity));
    if (cost != null) {
      m.unitCost(new BigDecimal(cost));
    }
    return new StockDocument.Line(0, item(ledger % ITEMS), "WH-" + (ledger / ITEMS), m.build());
  }

  private static String item(int k) {
    return "ITEM-" + k;
  }
}
