package dev.suanpan.app;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.json.SuanpanJson;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseEvent;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.audit.AuditEntry;
import dev.suanpan.workflow.audit.AuditTrail;
import dev.suanpan.workflow.audit.AuditVerification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Workflow cases stored as their events, each with the hash of its audit entry, and the case row
 * holding the audit trail's seal. A case is read by replaying its events through its flow, which
 * re-checks every event (segregation of duties, authority for the amount, guards), then checking
 * the replayed audit trail against the stored hashes: an event edited, deleted or added by hand is
 * named. Each command on a case is one transaction, from the case's version to the next.
 */
public final class Cases {
  private final AppDatabase db;
  private final SuanpanJson json;
  private final Policies policies;
  private final Records records;
  private final Map<String, Workflow> flows = new ConcurrentHashMap<>();

  Cases(AppDatabase db, SuanpanJson json, Policies policies, Records records) {
    this.db = db;
    this.json = json;
    this.policies = policies;
    this.records = records;
  }

  /** A case as stored: its row's version and policy, and the case replayed. */
  private record Loaded(long version, String policy, int policyVersion, WorkflowCase current) {}

  /**
   * The actor {@code person} in {@code roleCode}, a role of the authority policy {@code policy}.
   *
   * @throws InputException if the policy has no such role
   */
  public Actor actor(String policy, String roleCode, String person) {
    AuthorityPolicy p = policies.latest(policy, AuthorityPolicy.class).policy();
    Role role =
        p.role(roleCode)
            .orElseThrow(
                () ->
                    new InputException(
                        "the policy \""
                            + policy
                            + "\" has no role "
                            + roleCode
                            + "; its roles are "
                            + p.roles().stream().map(Role::code).toList()));
    return Actor.of(PersonId.of(Names.check("person", person)), role);
  }

  /**
   * Opens the sales-order case {@code caseId} under the latest version of the authority policy
   * {@code policy}, with {@code command}. A refused opening stores only its decision.
   *
   * @throws InputException if the case exists or the policy does not
   */
  public CaseStep open(String caseId, String policy, Command command) {
    Names.check("case", caseId);
    Policies.Stored<AuthorityPolicy> p = policies.latest(policy, AuthorityPolicy.class);
    Workflow flow = flow(policy, p.version(), p.policy());
    return db.inTransaction(
        c -> {
          if (row(c, caseId).isPresent()) {
            throw new InputException("the case " + caseId + " already exists");
          }
          CaseStep step = flow.open(CaseId.of(caseId), command);
          record(c, caseId, step, command);
          if (step.isRefused()) {
            return step;
          }
          insertCase(c, caseId, p, step.caseAfter());
          insertEvents(c, caseId, step.caseAfter(), 0);
          return step;
        });
  }

  /**
   * Acts on the case {@code caseId}: {@code command} made from the case as stored (an approval, a
   * decline, a transition). A refused command (an approver without the authority, a guard that
   * fails) stores only its decision.
   *
   * @throws InputException if there is no such case
   */
  public CaseStep act(String caseId, BiFunction<WorkflowCase, String, Command> command) {
    return db.inTransaction(
        c -> {
          Loaded before = load(c, caseId);
          Command cmd = command.apply(before.current(), before.policy());
          CaseStep step = flow(c, before).handle(before.current(), cmd);
          record(c, caseId, step, cmd);
          if (step.isRefused()) {
            return step;
          }
          WorkflowCase after = step.caseAfter();
          updateCase(c, caseId, before.version(), after);
          insertEvents(c, caseId, after, before.current().history().size());
          return step;
        });
  }

  /**
   * The case {@code caseId}, replayed from its stored events.
   *
   * @throws InputException if there is no such case
   * @throws TamperingException if its events no longer match their hashes or do not replay
   */
  public WorkflowCase get(String caseId) {
    return db.inTransaction(c -> load(c, caseId).current());
  }

  /** Every case's id, in order. */
  public List<String> ids() {
    return db.inTransaction(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement("SELECT case_id FROM workflow_case ORDER BY case_id");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.add(r.getString(1));
            }
          }
          return out;
        });
  }

  /** Replays and checks every case; one line per case that does not hold, naming the event. */
  public List<String> verify() {
    List<String> problems = new ArrayList<>();
    for (String id : ids()) {
      try {
        get(id);
      } catch (TamperingException e) {
        problems.add(e.problem());
      }
    }
    return problems;
  }

  private void record(Connection c, String caseId, CaseStep step, Command command)
      throws SQLException {
    records.decisions(
        c,
        List.of(new Records.Made("case " + caseId + ": " + command.action(), "case-step", step)),
        command.at());
  }

  private Workflow flow(String policy, int version, AuthorityPolicy p) {
    return flows.computeIfAbsent(policy + "#" + version, k -> SalesOrders.flow(p));
  }

  private Workflow flow(Connection c, Loaded l) throws SQLException {
    Workflow cached = flows.get(l.policy() + "#" + l.policyVersion());
    if (cached != null) {
      return cached;
    }
    AuthorityPolicy p = policies.version(c, l.policy(), l.policyVersion(), AuthorityPolicy.class);
    return flow(l.policy(), l.policyVersion(), p);
  }

  /** The case row: version, policy, policy version, events, head. */
  private record Row(long version, String policy, int policyVersion, int events, String head) {}

  private static Optional<Row> row(Connection c, String caseId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, policy_name, policy_version, events, head_hash FROM workflow_case"
                + " WHERE case_id = ?")) {
      s.setString(1, caseId);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(
                new Row(r.getLong(1), r.getString(2), r.getInt(3), r.getInt(4), r.getString(5)))
            : Optional.empty();
      }
    }
  }

  private Loaded load(Connection c, String caseId) throws SQLException {
    Row row = row(c, caseId).orElseThrow(() -> new InputException("no case \"" + caseId + "\""));
    List<CaseEvent> events = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT seq, body, hash FROM case_event WHERE case_id = ? ORDER BY seq")) {
      s.setString(1, caseId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int seq = r.getInt(1);
          if (seq != events.size() + 1) {
            throw new TamperingException(
                "case " + caseId + ": event " + (events.size() + 1) + " is missing (deleted)");
          }
          try {
            events.add(json.read(r.getString(2), CaseEvent.class));
          } catch (IllegalArgumentException e) {
            throw new TamperingException(
                "case "
                    + caseId
                    + ": event "
                    + seq
                    + " is not a stored event (edited): "
                    + e.getMessage());
          }
          hashes.add(r.getString(3));
        }
      }
    }
    Loaded partial = new Loaded(row.version(), row.policy(), row.policyVersion(), null);
    WorkflowCase replayed;
    try {
      replayed = flow(c, partial).replay(events);
    } catch (IllegalArgumentException e) {
      throw new TamperingException("case " + caseId + " does not replay: " + e.getMessage());
    }
    checkTrail(caseId, replayed.auditTrail(), hashes, row);
    return new Loaded(row.version(), row.policy(), row.policyVersion(), replayed);
  }

  private static void checkTrail(String caseId, AuditTrail trail, List<String> hashes, Row row) {
    AuditVerification v = trail.verify();
    if (!v.intact()) {
      throw new TamperingException("case " + caseId + ": " + v.message());
    }
    List<AuditEntry> entries = trail.entries();
    for (int i = 0; i < entries.size(); i++) {
      if (!entries.get(i).hash().equals(hashes.get(i))) {
        throw new TamperingException(
            "case "
                + caseId
                + ": event "
                + (i + 1)
                + " ("
                + entries.get(i).action()
                + " by "
                + entries.get(i).actor()
                + ") does not match its stored hash (edited)");
      }
    }
    if (entries.size() != row.events() || !trail.seal().head().equals(row.head())) {
      throw new TamperingException(
          "case "
              + caseId
              + ": "
              + entries.size()
              + " events stored, the case row seals "
              + row.events()
              + " (events deleted at the end, or the row edited)");
    }
  }

  private static void insertCase(
      Connection c, String caseId, Policies.Stored<AuthorityPolicy> p, WorkflowCase after)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO workflow_case (case_id, flow, policy_name, policy_version, version,"
                + " events, head_hash) VALUES (?, ?, ?, ?, 1, ?, ?)")) {
      s.setString(1, caseId);
      s.setString(2, after.flow());
      s.setString(3, p.name());
      s.setInt(4, p.version());
      s.setInt(5, after.history().size());
      s.setString(6, after.auditTrail().seal().head());
      s.executeUpdate();
    }
  }

  private static void updateCase(Connection c, String caseId, long version, WorkflowCase after)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE workflow_case SET version = ?, events = ?, head_hash = ?"
                + " WHERE case_id = ? AND version = ?")) {
      s.setLong(1, version + 1);
      s.setInt(2, after.history().size());
      s.setString(3, after.auditTrail().seal().head());
      s.setString(4, caseId);
      s.setLong(5, version);
      if (s.executeUpdate() != 1) {
        throw new AppDatabase.Conflict("the case " + caseId + " moved past version " + version);
      }
    }
  }

  private void insertEvents(Connection c, String caseId, WorkflowCase after, int from)
      throws SQLException {
    List<CaseEvent> history = after.history();
    List<AuditEntry> entries = after.auditTrail().entries();
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO case_event (case_id, seq, body, hash) VALUES (?, ?, ?, ?)")) {
      for (int i = from; i < history.size(); i++) {
        s.setString(1, caseId);
        s.setInt(2, i + 1);
        s.setString(3, json.write(history.get(i)));
        s.setString(4, entries.get(i).hash());
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
