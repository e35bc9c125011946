package dev.suanpan.app;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.json.SuanpanJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The policies the application runs on, stored by name with every version kept: who loaded each,
 * when, and the document as loaded. A policy file is read with suanpan-json, so it passes the same
 * checks as the library's builders before anything is stored. The application uses three kinds: the
 * costing policies of items ({@link CostingPolicy}), the authority policy of approvals ({@link
 * AuthorityPolicy}) and the credit policy of the receivables ledger ({@link CreditPolicy}).
 */
public final class Policies {
  /** The kinds of policy this application stores, by their document type. */
  static final List<Class<?>> KINDS =
      List.of(CostingPolicy.class, AuthorityPolicy.class, CreditPolicy.class);

  private final AppDatabase db;
  private final SuanpanJson json;

  Policies(AppDatabase db, SuanpanJson json) {
    this.db = db;
    this.json = json;
  }

  /** A policy as stored: its name, version and value. */
  public record Stored<T>(String name, int version, T policy) {}

  /**
   * Stores the policy in {@code yaml} (a suanpan-json YAML or JSON document of one of the kinds
   * this application uses) under {@code name} as its next version, loaded by {@code changedBy} at
   * {@code at}; returns the version.
   *
   * @throws InputException if the document does not validate (naming the path, the value and the
   *     line), or is of a kind this application does not use; nothing is stored
   */
  public Stored<Object> load(String name, String yaml, String changedBy, LocalDateTime at) {
    Names.check("policy name", name);
    Names.check("changed by", changedBy);
    Object policy = Documents.readOneOf(json, yaml, KINDS, "the policy");
    String document = json.write(policy);
    int version =
        db.inTransaction(
            c -> {
              int next = latestVersion(c, name).orElse(0) + 1;
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO policy (name, version, policy_type, document, changed_by,"
                          + " changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, name);
                s.setInt(2, next);
                s.setString(3, typeName(policy.getClass()));
                s.setString(4, document);
                s.setString(5, changedBy);
                s.setTimestamp(6, Timestamp.valueOf(at));
                s.executeUpdate();
              }
              return next;
            });
    return new Stored<>(name, version, policy);
  }

  /**
   * The latest version of the policy {@code name}, which must be a {@code type}.
   *
   * @throws InputException if there is no such policy, or it is of another kind
   */
  public <T> Stored<T> latest(String name, Class<T> type) {
    return db.inTransaction(
        c -> {
          int version =
              latestVersion(c, name)
                  .orElseThrow(() -> new InputException("no policy named \"" + name + "\""));
          return new Stored<>(name, version, version(c, name, version, type));
        });
  }

  /** Version {@code version} of the policy {@code name}, a {@code type}, read on {@code c}. */
  <T> T version(Connection c, String name, int version, Class<T> type) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT policy_type, document FROM policy WHERE name = ? AND version = ?")) {
      s.setString(1, name);
      s.setInt(2, version);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new InputException("no version " + version + " of the policy \"" + name + "\"");
        }
        if (!typeName(type).equals(r.getString(1))) {
          throw new InputException(
              "the policy \"" + name + "\" is a " + r.getString(1) + ", not a " + typeName(type));
        }
        return json.read(r.getString(2), type);
      }
    }
  }

  private static Optional<Integer> latestVersion(Connection c, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT MAX(version) FROM policy WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        int v = r.getInt(1);
        return r.wasNull() ? Optional.empty() : Optional.of(v);
      }
    }
  }

  private static String typeName(Class<?> type) {
    for (Class<?> kind : KINDS) {
      if (kind.isAssignableFrom(type)) {
        return kind.getSimpleName();
      }
    }
    throw new IllegalArgumentException("not a policy this application stores: " + type);
  }
}
