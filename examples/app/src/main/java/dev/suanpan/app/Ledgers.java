package dev.suanpan.app;

import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.MonthEndClose;
import dev.suanpan.json.SuanpanJson;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stock ledgers, one per item and warehouse, stored as what made them: their movements and
 * month-end closes in the order they were posted, each entry hash-chained to the one before. A
 * ledger in memory is the library's {@link StockLedger}, rebuilt by posting the stored entries
 * again; a back-dated movement re-values what follows it as the library does.
 *
 * <p>Writers never lose or double-count a movement: each ledger row has a version, a document's
 * transaction moves every ledger it touches from the version it read to the next, and a writer that
 * finds the version moved rolls back and tries again ({@link AppDatabase#inTransaction}).
 */
public final class Ledgers {
  static final String MOVEMENT = "MOVEMENT";
  static final String CLOSE = "CLOSE";

  private final AppDatabase db;
  private final SuanpanJson json;
  private final Items items;
  private final Records records;
  private final Map<Key, Loaded> cache = new ConcurrentHashMap<>();
  private final Map<Key, Head> suspect = new ConcurrentHashMap<>();

  Ledgers(AppDatabase db, SuanpanJson json, Items items, Records records) {
    this.db = db;
    this.json = json;
    this.items = items;
    this.records = records;
  }

  /** A ledger's key: the item and the warehouse. */
  public record Key(String item, String warehouse) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int i = item.compareTo(o.item);
      return i != 0 ? i : warehouse.compareTo(o.warehouse);
    }

    @Override
    public String toString() {
      return item + " in " + warehouse;
    }
  }

  /** A ledger as stored: its version, number of entries, last hash, and the ledger itself. */
  record Loaded(long version, int entries, String head, StockLedger ledger) {}

  /**
   * What became of a document: posted (with the number of movements), or refused by the ledger's
   * rules (with the line and the reason); a refused document posted nothing.
   *
   * @param document the document number
   * @param posted whether it was posted
   * @param movements the movements posted
   * @param refusal why it was refused, naming the line
   */
  public record Result(String document, boolean posted, int movements, Optional<String> refusal) {}

  /**
   * Posts {@code document} in one transaction: every line or none. A line the ledger refuses (stock
   * that would go negative under a policy that forbids it, a duplicate document number, a closed
   * month) refuses the whole document; the refusal is stored as a decision.
   *
   * @throws InputException if a line names an unknown item or breaks the ledger's bounds
   */
  public Result post(StockDocument document, LocalDateTime at) {
    Map<Key, List<StockDocument.Line>> byLedger = new TreeMap<>();
    for (StockDocument.Line l : document.lines()) {
      byLedger.computeIfAbsent(new Key(l.item(), l.warehouse()), k -> new ArrayList<>()).add(l);
    }
    Map<Key, Loaded> after = new TreeMap<>();
    Result result = db.inTransaction(c -> post(c, document, byLedger, after, at));
    cache.putAll(after);
    return result;
  }

  private Result post(
      Connection c,
      StockDocument document,
      Map<Key, List<StockDocument.Line>> byLedger,
      Map<Key, Loaded> after,
      LocalDateTime at)
      throws SQLException {
    after.clear();
    List<Records.Made> decisions = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    for (Map.Entry<Key, List<StockDocument.Line>> e : byLedger.entrySet()) {
      Key key = e.getKey();
      Loaded before = current(c, key);
      Pending p = new Pending(key, before);
      for (StockDocument.Line line : e.getValue()) {
        Posting posting = postLine(p.ledger, line);
        decisions.add(new Records.Made(subject(key, document.number()), "stock-posting", posting));
        if (posting.isRefused()) {
          String why = "line " + line.line() + ": " + posting.explanation();
          records.decisions(c, List.of(decisions.get(decisions.size() - 1)), at);
          return new Result(document.number(), false, 0, Optional.of(why));
        }
        p.add(posting, MOVEMENT, json.write(line.movement()), line.movement());
      }
      pending.add(p);
    }
    int movements = 0;
    for (Pending p : pending) {
      after.put(p.key, p.write(c));
      records.journal(c, subject(p.key, document.number()), p.journal);
      movements += p.bodies.size();
    }
    records.decisions(c, decisions, at);
    return new Result(document.number(), true, movements, Optional.empty());
  }

  private static Posting postLine(StockLedger ledger, StockDocument.Line line) {
    try {
      return ledger.post(line.movement());
    } catch (IllegalArgumentException e) {
      throw new InputException("line " + line.line() + ": " + e.getMessage(), e);
    }
  }

  private static String subject(Key key, String document) {
    return "stock " + key.item() + " in " + key.warehouse() + ", document " + document;
  }

  /** The entries a unit of work adds to one ledger, and what it makes of it. */
  private final class Pending {
    final Key key;
    final Loaded before;
    StockLedger ledger;
    String head;
    final List<String> kinds = new ArrayList<>();
    final List<String> bodies = new ArrayList<>();
    final List<String> hashes = new ArrayList<>();
    final List<LocalDate> dates = new ArrayList<>();
    final List<String> documents = new ArrayList<>();
    final List<dev.suanpan.core.journal.JournalEntry> journal = new ArrayList<>();

    Pending(Key key, Loaded before) {
      this.key = key;
      this.before = before;
      this.ledger = before.ledger();
      this.head = before.head();
    }

    void add(Posting posting, String kind, String body, Movement m) {
      ledger = posting.ledger();
      journal.addAll(posting.journal());
      append(kind, body, m.date(), m.document());
    }

    void append(String kind, String body, LocalDate date, String document) {
      head = Chain.next(head, kind, body);
      kinds.add(kind);
      bodies.add(body);
      hashes.add(head);
      dates.add(date);
      documents.add(document);
    }

    /** Moves the ledger row to the next version (or creates it), then adds the entries. */
    Loaded write(Connection c) throws SQLException {
      int entries = before.entries() + bodies.size();
      long version = before.version() + 1;
      if (before.version() == 0) {
        insertLedger(c, key, entries, head);
      } else {
        updateLedger(c, key, before.version(), entries, head);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO ledger_entry (item_id, warehouse, seq, kind, entry_date, document,"
                  + " body, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < bodies.size(); i++) {
          s.setString(1, key.item());
          s.setString(2, key.warehouse());
          s.setInt(3, before.entries() + i + 1);
          s.setString(4, kinds.get(i));
          s.setDate(5, Date.valueOf(dates.get(i)));
          s.setString(6, documents.get(i));
          s.setString(7, bodies.get(i));
          s.setString(8, hashes.get(i));
          s.addBatch();
        }
        s.executeBatch();
      }
      return new Loaded(version, entries, head, ledger);
    }
  }

  private static void insertLedger(Connection c, Key key, int entries, String head)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO ledger (item_id, warehouse, version, entries, head_hash)"
                + " VALUES (?, ?, 1, ?, ?)")) {
      s.setString(1, key.item());
      s.setString(2, key.warehouse());
      s.setInt(3, entries);
      s.setString(4, head);
      s.executeUpdate();
    }
  }

  private static void updateLedger(Connection c, Key key, long version, int entries, String head)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE ledger SET version = ?, entries = ?, head_hash = ?"
                + " WHERE item_id = ? AND warehouse = ? AND version = ?")) {
      s.setLong(1, version + 1);
      s.setInt(2, entries);
      s.setString(3, head);
      s.setString(4, key.item());
      s.setString(5, key.warehouse());
      s.setLong(6, version);
      if (s.executeUpdate() != 1) {
        throw new AppDatabase.Conflict("the ledger of " + key + " moved past version " + version);
      }
    }
  }

  /**
   * The ledger of {@code key} as stored now, from the cache when its version is current, else
   * brought up to date from the stored entries (checking their chain).
   */
  Loaded current(Connection c, Key key) throws SQLException {
    Optional<Head> row = head(c, key);
    if (row.isEmpty()) {
      Items.Item item =
          items
              .find(c, key.item())
              .orElseThrow(() -> new InputException("unknown item \"" + key.item() + "\""));
      return new Loaded(0, 0, Chain.GENESIS, item.open(WarehouseId.of(key.warehouse())));
    }
    Head h = row.get();
    Loaded cached = cache.get(key);
    if (cached != null && cached.version() == h.version()) {
      return cached;
    }
    Loaded from =
        cached != null && cached.entries() <= h.entries()
            ? cached
            : new Loaded(0, 0, Chain.GENESIS, openEmpty(c, key));
    Optional<Loaded> now = replay(c, key, from, h);
    if (now.isEmpty()) {
      moved(c, key, h);
      if (!h.equals(suspect.put(key, h))) {
        // The first time at this head: H2 under read-committed was seen to show another writer's
        // commit in part (its entries but not yet its ledger row), so read again in a new
        // transaction; the same failure at the same head is tampering.
        throw new AppDatabase.Conflict("the ledger of " + key + " did not replay; reading again");
      }
      suspect.remove(key, h);
      String problem = check(c, key);
      throw new TamperingException(
          problem != null ? problem : "the ledger of " + key + " does not replay");
    }
    cache.put(key, now.get());
    return now.get();
  }

  private StockLedger openEmpty(Connection c, Key key) throws SQLException {
    Items.Item item =
        items
            .find(c, key.item())
            .orElseThrow(
                () -> new TamperingException("the ledger of " + key + " is of an unknown item"));
    return item.open(WarehouseId.of(key.warehouse()));
  }

  /** The stored head of a ledger: its version, number of entries and last hash. */
  record Head(long version, int entries, String hash) {}

  private static Optional<Head> head(Connection c, Key key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, entries, head_hash FROM ledger WHERE item_id = ? AND warehouse = ?")) {
      s.setString(1, key.item());
      s.setString(2, key.warehouse());
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new Head(r.getLong(1), r.getInt(2), r.getString(3)))
            : Optional.empty();
      }
    }
  }

  /**
   * Throws a {@link AppDatabase.Conflict} (the unit of work is retried) if the head of {@code key}
   * is no longer {@code h}: under read-committed another writer may commit entries between reading
   * the head and reading the entries, and entries beyond the head read are then no tampering.
   */
  private static void moved(Connection c, Key key, Head h) throws SQLException {
    if (!head(c, key).equals(Optional.of(h))) {
      throw new AppDatabase.Conflict("the ledger of " + key + " moved while it was read");
    }
  }

  /** {@code from} with the stored entries after it applied; empty if the chain does not hold. */
  private Optional<Loaded> replay(Connection c, Key key, Loaded from, Head h) throws SQLException {
    StockLedger ledger = from.ledger();
    String hash = from.head();
    int seq = from.entries();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT seq, kind, body, hash FROM ledger_entry"
                + " WHERE item_id = ? AND warehouse = ? AND seq > ? ORDER BY seq")) {
      s.setString(1, key.item());
      s.setString(2, key.warehouse());
      s.setInt(3, from.entries());
      s.setFetchSize(1000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String kind = r.getString(2);
          String body = r.getString(3);
          hash = Chain.next(hash, kind, body);
          if (r.getInt(1) != ++seq || !hash.equals(r.getString(4))) {
            return Optional.empty();
          }
          Optional<StockLedger> next = apply(ledger, kind, body);
          if (next.isEmpty()) {
            return Optional.empty();
          }
          ledger = next.get();
        }
      }
    }
    if (seq != h.entries() || !hash.equals(h.hash())) {
      return Optional.empty();
    }
    return Optional.of(new Loaded(h.version(), seq, hash, ledger));
  }

  /** {@code ledger} with one stored entry applied; empty if the entry cannot be applied. */
  private Optional<StockLedger> apply(StockLedger ledger, String kind, String body) {
    try {
      if (MOVEMENT.equals(kind)) {
        Posting p = ledger.post(json.read(body, Movement.class));
        return p.isRefused() ? Optional.empty() : Optional.of(p.ledger());
      }
      if (CLOSE.equals(kind)) {
        return Optional.of(ledger.closeMonth(YearMonth.parse(body)).ledger());
      }
      return Optional.empty();
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The ledger of {@code item} in {@code warehouse}. */
  public StockLedger ledger(String item, String warehouse) {
    Key key = new Key(item, warehouse);
    return db.inTransaction(
        c -> {
          if (head(c, key).isEmpty()) {
            throw new InputException(
                "no ledger of " + key + (items.find(c, item).isEmpty() ? " (unknown item)" : ""));
          }
          return current(c, key).ledger();
        });
  }

  /** Every ledger's key, in order. */
  public List<Key> keys() {
    return db.inTransaction(
        c -> {
          List<Key> out = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT item_id, warehouse FROM ledger ORDER BY item_id, warehouse");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.add(new Key(r.getString(1), r.getString(2)));
            }
          }
          return out;
        });
  }

  /**
   * Closes {@code month} in every ledger not yet closed through it, one transaction per ledger;
   * returns each close made, by ledger. The close's journal entries are stored with it.
   */
  public Map<Key, MonthEndClose> close(YearMonth month, LocalDateTime at) {
    Map<Key, MonthEndClose> out = new TreeMap<>();
    for (Key key : keys()) {
      Loaded[] after = new Loaded[1];
      Optional<MonthEndClose> made = db.inTransaction(c -> closeOne(c, key, month, after));
      made.ifPresent(
          m -> {
            out.put(key, m);
            cache.put(key, after[0]);
          });
    }
    return out;
  }

  private Optional<MonthEndClose> closeOne(Connection c, Key key, YearMonth month, Loaded[] after)
      throws SQLException {
    Loaded before = current(c, key);
    if (before.ledger().closedThrough().filter(t -> !t.isBefore(month)).isPresent()) {
      return Optional.empty();
    }
    MonthEndClose close = before.ledger().closeMonth(month);
    Pending p = new Pending(key, before);
    p.ledger = close.ledger();
    p.journal.addAll(close.journal());
    p.append(CLOSE, month.toString(), month.atEndOfMonth(), "close " + month);
    after[0] = p.write(c);
    records.journal(c, "close " + month + " of " + key, p.journal);
    return Optional.of(close);
  }

  /**
   * Rebuilds every ledger from its stored entries (as on start), checking each entry's hash; one
   * line per ledger that does not hold, naming the entry.
   */
  List<String> rebuild() {
    cache.clear();
    List<String> problems = new ArrayList<>();
    for (Key key : keys()) {
      try {
        db.inTransaction(c -> current(c, key));
      } catch (TamperingException e) {
        problems.add(e.problem());
      }
    }
    return problems;
  }

  /**
   * Checks every ledger from its stored entries alone: each entry's hash, the numbering, the head
   * row, and that every entry posts again as it did. Returns one line per problem found, naming the
   * ledger and the entry; empty when everything holds.
   */
  public List<String> verify() {
    List<String> problems = new ArrayList<>();
    for (Key key : keys()) {
      String problem = db.inTransaction(c -> check(c, key));
      if (problem != null) {
        problems.add(problem);
      }
    }
    return problems;
  }

  /** The first problem of the ledger of {@code key}, or null if it holds. */
  private String check(Connection c, Key key) throws SQLException {
    Head h = head(c, key).orElseThrow();
    StockLedger ledger = openEmpty(c, key);
    String previous = Chain.GENESIS;
    int expected = 0;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT seq, kind, document, body, hash FROM ledger_entry"
                + " WHERE item_id = ? AND warehouse = ? ORDER BY seq")) {
      s.setString(1, key.item());
      s.setString(2, key.warehouse());
      s.setFetchSize(1000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int seq = r.getInt(1);
          String what =
              "ledger of "
                  + key
                  + ": entry "
                  + seq
                  + " ("
                  + r.getString(2).toLowerCase()
                  + " "
                  + r.getString(3)
                  + ")";
          if (seq != ++expected) {
            return "ledger of " + key + ": entry " + expected + " is missing (deleted)";
          }
          if (!Chain.next(previous, r.getString(2), r.getString(4)).equals(r.getString(5))) {
            return what + " does not match its hash (edited)";
          }
          Optional<StockLedger> next = apply(ledger, r.getString(2), r.getString(4));
          if (next.isEmpty()) {
            return what + " no longer posts (edited)";
          }
          ledger = next.get();
          previous = r.getString(5);
        }
      }
    }
    if (expected != h.entries() || !previous.equals(h.hash())) {
      moved(c, key, h);
    }
    if (expected != h.entries()) {
      return "ledger of "
          + key
          + ": "
          + expected
          + " entries stored, the ledger row counts "
          + h.entries()
          + " (entries deleted at the end, or the row edited)";
    }
    if (!previous.equals(h.hash())) {
      return "ledger of " + key + ": the last entry's hash does not match the ledger row (edited)";
    }
    return null;
  }
}
