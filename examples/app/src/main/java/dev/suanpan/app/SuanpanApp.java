package dev.suanpan.app;

import dev.suanpan.json.SuanpanJson;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Suanpan inside an application: the library's engines on state kept in a SQL database. Opening it
 * migrates the schema, then rebuilds every stock ledger from its stored entries and replays every
 * workflow case from its events, and the receivables ledger from its documents, checking their hash
 * chains and audit trails on the way; what does not hold is listed in {@link #startProblems()},
 * naming the ledger or case and the entry.
 *
 * <p>{@link #policies()}, {@link #items()}, {@link #ledgers()}, {@link #cases()} and {@link
 * #receivables()} are the stores; the command classes ({@link PostCommand} and the rest) are the
 * entry points the command line runs, each a few lines on top of them. Thread-safe: several threads
 * (or processes) may write at once; each document is one transaction, retried when another writer
 * got there first.
 */
public final class SuanpanApp implements AutoCloseable {
  private final AppDatabase db;
  private final Clock clock;
  private final Policies policies;
  private final Items items;
  private final Ledgers ledgers;
  private final Cases cases;
  private final Receivables receivables;
  private final List<String> startProblems;

  private SuanpanApp(AppDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
    SuanpanJson json = SuanpanJson.create();
    Records records = new Records(json);
    this.policies = new Policies(db, json);
    this.items = new Items(db, policies);
    this.ledgers = new Ledgers(db, json, items, records);
    this.cases = new Cases(db, json, policies, records);
    this.receivables = new Receivables(db, json, policies, records);
    List<String> problems = new ArrayList<>(ledgers.rebuild());
    receivables.rebuild().ifPresent(problems::add);
    problems.addAll(cases.verify());
    this.startProblems = List.copyOf(problems);
  }

  /**
   * Opens the application on {@code db}, reading the time from {@code clock}, and rebuilds and
   * checks what is stored.
   */
  public static SuanpanApp open(AppDatabase db, Clock clock) {
    if (db == null || clock == null) {
      throw new IllegalArgumentException("db and clock must not be null");
    }
    return new SuanpanApp(db, clock);
  }

  /** The database. */
  public AppDatabase database() {
    return db;
  }

  /** The time now, by the application's clock. */
  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** The stored policies. */
  public Policies policies() {
    return policies;
  }

  /** The registered items. */
  public Items items() {
    return items;
  }

  /** The stock ledgers. */
  public Ledgers ledgers() {
    return ledgers;
  }

  /** The workflow cases. */
  public Cases cases() {
    return cases;
  }

  /** The receivables ledger. */
  public Receivables receivables() {
    return receivables;
  }

  /** What the start found not to hold (tampered ledgers and cases), one line each. */
  public List<String> startProblems() {
    return startProblems;
  }

  /** Closes the database. */
  @Override
  public void close() {
    db.close();
  }
}
