package dev.suanpan.app;

import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.json.SuanpanJson;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes the append-only records a unit of work leaves beside its documents: the decisions it took,
 * with their explanations, and the journal entries it made. Both go in the caller's transaction, so
 * they are kept exactly when the document is.
 */
final class Records {
  private final SuanpanJson json;

  Records(SuanpanJson json) {
    this.json = json;
  }

  /** A decision about {@code subject}, of {@code kind}. */
  record Made(String subject, String kind, Decision decision) {}

  /** Stores {@code decisions}, recorded at {@code at}. */
  void decisions(Connection c, List<Made> decisions, LocalDateTime at) throws SQLException {
    if (decisions.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO decision (subject, kind, outcome, explanation, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (Made d : decisions) {
        s.setString(1, d.subject());
        s.setString(2, d.kind());
        s.setString(3, d.decision().outcome().name());
        s.setString(4, d.decision().explanation().toString());
        s.setTimestamp(5, Timestamp.valueOf(at));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Stores {@code entries}, made by {@code source}. */
  void journal(Connection c, String source, List<JournalEntry> entries) throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO journal_entry (source, entry_date, body) VALUES (?, ?, ?)")) {
      for (JournalEntry e : entries) {
        s.setString(1, source);
        s.setDate(2, Date.valueOf(e.date()));
        s.setString(3, json.write(e));
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
