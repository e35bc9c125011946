package dev.suanpan.app;

import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.CollectionReversal;
import dev.suanpan.core.receivables.CreditNote;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.core.receivables.ReceivablesPosting;
import dev.suanpan.core.receivables.SalesInvoice;
import dev.suanpan.json.SuanpanJson;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The receivables ledger (应收账款), one per database: sales invoices, red-letter credit notes,
 * collections and their reversals posted with the library's {@link ReceivablesLedger}, valued by a
 * stored credit policy, and stored as the documents posted, hash-chained in posting order like the
 * stock ledgers. Each document is one transaction from the ledger's version to the next; a document
 * the ledger refuses (an invoice before 60% is collected, a duplicate number) stores only its
 * decision.
 */
public final class Receivables {
  /** The kinds of document the ledger takes, by their suanpan-json type. */
  enum Kind {
    /** A sales invoice. */
    INVOICE(SalesInvoice.class),
    /** A red-letter credit note against an invoice. */
    CREDIT_NOTE(CreditNote.class),
    /** A collection by cash, transfer or bill. */
    COLLECTION(Collection.class),
    /** A bounced collection reversed. */
    REVERSAL(CollectionReversal.class);

    final Class<?> type;

    Kind(Class<?> type) {
      this.type = type;
    }
  }

  private static final List<Class<?>> TYPES =
      java.util.Arrays.stream(Kind.values()).<Class<?>>map(k -> k.type).toList();

  private final AppDatabase db;
  private final SuanpanJson json;
  private final Policies policies;
  private final Records records;
  private volatile Loaded cached;

  Receivables(AppDatabase db, SuanpanJson json, Policies policies, Records records) {
    this.db = db;
    this.json = json;
    this.policies = policies;
    this.records = records;
  }

  /** The ledger as stored: its row's version, entries and head, and the ledger itself. */
  private record Loaded(long version, int entries, String head, ReceivablesLedger ledger) {}

  /** The ledger row. */
  private record Row(String policy, int policyVersion, long version, int entries, String head) {}

  /**
   * Opens the receivables ledger under the latest version of the credit policy {@code policy}.
   *
   * @throws InputException if it is already open, or there is no such credit policy
   */
  public void open(String policy) {
    Policies.Stored<CreditPolicy> p = policies.latest(policy, CreditPolicy.class);
    db.inTransaction(
        c -> {
          if (row(c).isPresent()) {
            throw new InputException("the receivables ledger is already open");
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO receivables_ledger (id, policy_name, policy_version, version,"
                      + " entries, head_hash) VALUES (1, ?, ?, 1, 0, ?)")) {
            s.setString(1, p.name());
            s.setInt(2, p.version());
            s.setString(3, Chain.GENESIS);
            s.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Reads a document of one of the {@link Kind}s from suanpan-json YAML or JSON.
   *
   * @throws InputException if it does not validate, naming the path, the value and the line
   */
  public Object read(String yaml) {
    return Documents.readOneOf(json, yaml, TYPES, "the document");
  }

  /**
   * Posts {@code document} (a {@link SalesInvoice}, {@link CreditNote}, {@link Collection} or
   * {@link CollectionReversal}) in one transaction, with its journal entries and its decision.
   *
   * @throws InputException if the ledger is not open, or the document is of another type
   */
  public ReceivablesPosting post(Object document, LocalDateTime at) {
    Kind kind = kindOf(document);
    Loaded[] after = new Loaded[1];
    ReceivablesPosting posting =
        db.inTransaction(
            c -> {
              Loaded before = current(c);
              ReceivablesPosting p = post(before.ledger(), document);
              records.decisions(
                  c,
                  List.of(
                      new Records.Made("receivables " + p.document(), "receivables-posting", p)),
                  at);
              if (p.isRefused()) {
                return p;
              }
              String body = json.write(document);
              String hash = Chain.next(before.head(), kind.name(), body);
              update(c, before.version(), before.entries() + 1, hash);
              insert(c, before.entries() + 1, kind, p.document(), dateOf(document), body, hash);
              records.journal(c, "receivables " + p.document(), p.entries());
              after[0] = new Loaded(before.version() + 1, before.entries() + 1, hash, p.ledger());
              return p;
            });
    if (after[0] != null) {
      cached = after[0];
    }
    return posting;
  }

  /**
   * The receivables ledger as stored now.
   *
   * @throws InputException if it is not open
   * @throws TamperingException if its entries no longer match their hashes
   */
  public ReceivablesLedger ledger() {
    return db.inTransaction(c -> current(c).ledger());
  }

  /** Rebuilds the ledger from its entries (as on start); the problem found, if any. */
  Optional<String> rebuild() {
    cached = null;
    try {
      db.inTransaction(c -> row(c).isPresent() ? current(c) : null);
      return Optional.empty();
    } catch (TamperingException e) {
      return Optional.of(e.problem());
    }
  }

  private static Kind kindOf(Object document) {
    for (Kind k : Kind.values()) {
      if (k.type.isInstance(document)) {
        return k;
      }
    }
    throw new InputException("not a receivables document: " + document);
  }

  private static ReceivablesPosting post(ReceivablesLedger ledger, Object d) {
    try {
      return switch (kindOf(d)) {
        case INVOICE -> ledger.post((SalesInvoice) d);
        case CREDIT_NOTE -> ledger.post((CreditNote) d);
        case COLLECTION -> ledger.post((Collection) d);
        case REVERSAL -> ledger.post((CollectionReversal) d);
      };
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private static LocalDate dateOf(Object d) {
    return switch (kindOf(d)) {
      case INVOICE -> ((SalesInvoice) d).date();
      case CREDIT_NOTE -> ((CreditNote) d).date();
      case COLLECTION -> ((Collection) d).date();
      case REVERSAL -> ((CollectionReversal) d).date();
    };
  }

  private Loaded current(Connection c) throws SQLException {
    Row row =
        row(c)
            .orElseThrow(
                () ->
                    new InputException(
                        "the receivables ledger is not open; open it with receivables open --policy NAME"));
    Loaded l = cached;
    if (l != null && l.version() == row.version()) {
      return l;
    }
    CreditPolicy policy =
        policies.version(c, row.policy(), row.policyVersion(), CreditPolicy.class);
    ReceivablesLedger ledger = ReceivablesLedger.of(policy);
    String hash = Chain.GENESIS;
    int seq = 0;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT seq, kind, document, body, hash FROM receivables_entry ORDER BY seq")) {
      s.setFetchSize(1000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String what =
              "receivables ledger: entry "
                  + r.getInt(1)
                  + " ("
                  + r.getString(2).toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + r.getString(3)
                  + ")";
          if (r.getInt(1) != ++seq) {
            throw new TamperingException(
                "receivables ledger: entry " + seq + " is missing (deleted)");
          }
          hash = Chain.next(hash, r.getString(2), r.getString(4));
          if (!hash.equals(r.getString(5))) {
            throw new TamperingException(what + " does not match its hash (edited)");
          }
          ledger = replay(ledger, r.getString(2), r.getString(4), what);
        }
      }
    }
    if (seq != row.entries() || !hash.equals(row.head())) {
      throw new TamperingException(
          "receivables ledger: "
              + seq
              + " entries stored, the ledger row counts "
              + row.entries()
              + " (entries deleted at the end, or the row edited)");
    }
    Loaded now = new Loaded(row.version(), seq, hash, ledger);
    cached = now;
    return now;
  }

  private ReceivablesLedger replay(
      ReceivablesLedger ledger, String kind, String body, String what) {
    try {
      ReceivablesPosting p = post(ledger, json.read(body, Kind.valueOf(kind).type));
      if (p.isRefused()) {
        throw new TamperingException(what + " no longer posts (edited)");
      }
      return p.ledger();
    } catch (IllegalArgumentException e) {
      throw new TamperingException(what + " is not a stored document (edited)");
    }
  }

  private static Optional<Row> row(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT policy_name, policy_version, version, entries, head_hash"
                    + " FROM receivables_ledger WHERE id = 1");
        ResultSet r = s.executeQuery()) {
      return r.next()
          ? Optional.of(
              new Row(r.getString(1), r.getInt(2), r.getLong(3), r.getInt(4), r.getString(5)))
          : Optional.empty();
    }
  }

  private static void update(Connection c, long version, int entries, String head)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE receivables_ledger SET version = ?, entries = ?, head_hash = ?"
                + " WHERE id = 1 AND version = ?")) {
      s.setLong(1, version + 1);
      s.setInt(2, entries);
      s.setString(3, head);
      s.setLong(4, version);
      if (s.executeUpdate() != 1) {
        throw new AppDatabase.Conflict("the receivables ledger moved past version " + version);
      }
    }
  }

  private static void insert(
      Connection c, int seq, Kind kind, String document, LocalDate date, String body, String hash)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO receivables_entry (seq, kind, document, entry_date, body, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setInt(1, seq);
      s.setString(2, kind.name());
      s.setString(3, document);
      s.setDate(4, Date.valueOf(date));
      s.setString(5, body);
      s.setString(6, hash);
      s.executeUpdate();
    }
  }
}
