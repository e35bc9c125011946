package dev.suanpan.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;

/**
 * The application's database: JDBC connections to one URL, the schema created and upgraded by the
 * Flyway migrations in {@code db/migration} when it opens, and a unit of work run in one
 * transaction, retried a bounded number of times when another writer got there first.
 *
 * <p>H2 in file mode ({@link #DEFAULT_URL}) needs nothing installed; a {@code jdbc:postgresql:} URL
 * runs the same code on PostgreSQL. While open it holds one connection, so that an embedded H2
 * database stays open between units of work, and keeps up to {@link #MAX_IDLE} connections of
 * finished units of work for the next ones (a connection that failed is closed, never kept).
 */
public final class AppDatabase implements AutoCloseable {
  /**
   * The default database: H2 files under {@code ./suanpan-data} in the working directory, each
   * commit written to disk before it returns ({@code WRITE_DELAY=0}: by default H2 writes commits
   * in the background, and a process killed in that half second loses them).
   */
  public static final String DEFAULT_URL = "jdbc:h2:file:./suanpan-data/suanpan;WRITE_DELAY=0";

  /** How many idle connections are kept for the next units of work. */
  public static final int MAX_IDLE = 8;

  /** How many times a unit of work is tried before a lost race is reported as an error. */
  public static final int MAX_ATTEMPTS = 25;

  // Flyway reports each migration through java.util.logging; a command line shows warnings only.
  private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

  private final String url;
  private final String user;
  private final String password;
  private final Connection anchor;
  // Connections of finished units of work, kept open for the next ones: opening one costs about
  // 16 ms on PostgreSQL (a server process each), 0.05 ms on embedded H2.
  private final java.util.concurrent.ConcurrentLinkedDeque<Connection> idle =
      new java.util.concurrent.ConcurrentLinkedDeque<>();

  private AppDatabase(String url, String user, String password, Connection anchor) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.anchor = anchor;
  }

  /**
   * Opens the database at {@code url} as {@code user} (either may be empty for H2), creating or
   * upgrading its schema.
   *
   * @throws IllegalArgumentException if the URL is not a JDBC URL
   * @throws AppException if the database cannot be reached or migrated
   */
  public static AppDatabase open(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("url must be a JDBC URL (jdbc:...), was \"" + url + "\"");
    }
    String u = user == null ? "" : user;
    String p = password == null ? "" : password;
    try {
      Connection anchor = DriverManager.getConnection(url, u, p);
      Flyway.configure().dataSource(url, u, p).load().migrate();
      return new AppDatabase(url, u, p, anchor);
    } catch (SQLException | RuntimeException e) {
      throw new AppException("cannot open the database " + url + ": " + e.getMessage(), e);
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
    log.setLevel(java.util.logging.Level.WARNING);
    return log;
  }

  /** The JDBC URL. */
  public String url() {
    return url;
  }

  /**
   * A new connection, outside auto-commit, at repeatable read: a unit of work reads one snapshot,
   * so another writer's commit is seen whole or not at all (H2 at read committed was seen to show
   * one in part), and a row another writer changed since is a race, retried. The caller closes it.
   */
  public Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, user, password);
    c.setAutoCommit(false);
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    return c;
  }

  /** A unit of work on one connection, inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work; throws {@link Conflict} when another writer changed what it read. */
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction and commits it; on a {@link Conflict}, or a database error
   * that means another transaction got there first (a duplicate key, a serialization failure, a
   * lock timeout), rolls back and runs it again, at most {@link #MAX_ATTEMPTS} times. Any other
   * failure rolls back and is thrown: nothing of the work is kept.
   *
   * @throws AppException if the database fails, or the work lost every attempt
   */
  public <T> T inTransaction(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      Connection c = borrow();
      boolean reusable = false;
      try {
        T result = work.run(c);
        c.commit();
        reusable = true;
        return result;
      } catch (SQLException | RuntimeException e) {
        reusable = rollback(c, e);
        if (!(e instanceof Conflict || isRace(e)) || attempt == MAX_ATTEMPTS) {
          throw failure(e);
        }
      } finally {
        if (reusable) {
          giveBack(c);
        } else {
          closeQuietly(c);
        }
      }
      backOff(attempt);
    }
  }

  private static RuntimeException failure(Exception e) {
    if (e instanceof Conflict) {
      return new AppException("gave up after " + MAX_ATTEMPTS + " attempts: " + e.getMessage(), e);
    }
    if (e instanceof SQLException) {
      return new AppException("database error: " + e.getMessage(), e);
    }
    return (RuntimeException) e;
  }

  /** An idle connection of an earlier unit of work, or a new one. */
  private Connection borrow() {
    Connection c = idle.pollFirst();
    if (c != null) {
      return c;
    }
    try {
      return connect();
    } catch (SQLException e) {
      throw new AppException("database error: " + e.getMessage(), e);
    }
  }

  /** Keeps {@code c} for the next unit of work, up to {@link #MAX_IDLE} connections. */
  private void giveBack(Connection c) {
    if (idle.size() < MAX_IDLE) {
      idle.offerFirst(c);
    } else {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // The connection is dropped either way.
    }
  }

  /** Rolls back; true if the connection can be used again. */
  private static boolean rollback(Connection c, Exception cause) {
    try {
      c.rollback();
      return true;
    } catch (SQLException e) {
      cause.addSuppressed(e);
      return false;
    }
  }

  /** A duplicate key (23505), serialization failure (40001), deadlock (40P01), H2's lock races. */
  private static boolean isRace(Exception e) {
    if (!(e instanceof SQLException s)) {
      return false;
    }
    String state = s.getSQLState();
    return "23505".equals(state)
        || "40001".equals(state)
        || "40P01".equals(state)
        || "HYT00".equals(state)
        || s.getErrorCode() == 90131;
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(Math.min(50, attempt * 2L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AppException("interrupted while retrying", e);
    }
  }

  @Override
  public void close() {
    for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
      closeQuietly(c);
    }
    try {
      anchor.close();
    } catch (SQLException e) {
      throw new AppException("cannot close the database: " + e.getMessage(), e);
    }
  }

  /** Another writer changed a row this unit of work read: the work is rolled back and retried. */
  public static final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A conflict on {@code what}. */
    public Conflict(String what) {
      super(what, null, false, false);
    }
  }
}
