package dev.suanpan.workflow.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * An append-only record of who did what and when, each {@link AuditEntry} chained to the one before
 * by its SHA-256 hash. {@link #verify()} recomputes the chain and reports the first entry that was
 * edited, reordered or deleted, and where; keep the {@link #seal()} apart from the entries so that
 * cutting entries off the end is detected as well.
 *
 * <p>Immutable: {@link #append} returns a new trail.
 */
public final class AuditTrail {
  /** The hash the first entry is chained to: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private static final AuditTrail EMPTY =
      new AuditTrail(ImmutableList.of(), new AuditSeal(0, GENESIS));

  private final ImmutableList<AuditEntry> entries;
  private final AuditSeal seal;

  private AuditTrail(ImmutableList<AuditEntry> entries, AuditSeal seal) {
    this.entries = entries;
    this.seal = seal;
  }

  /** A trail with no entries. */
  public static AuditTrail empty() {
    return EMPTY;
  }

  /**
   * A trail read back from storage: its entries as stored and the seal kept apart from them. Not
   * checked here; call {@link #verify()}.
   */
  public static AuditTrail restore(List<AuditEntry> entries, AuditSeal seal) {
    Arguments.notNull(entries, "entries");
    Arguments.notNull(seal, "seal");
    return new AuditTrail(ImmutableList.copyOf(entries), seal);
  }

  /**
   * A new trail with one more entry: {@code actor} did {@code action} at {@code at}, changing
   * {@code changes}.
   *
   * @throws IllegalArgumentException on a blank actor or action
   */
  public AuditTrail append(
      LocalDateTime at, String actor, String action, Map<String, String> changes) {
    Arguments.notNull(at, "at");
    Arguments.notBlank(actor, "actor");
    Arguments.notBlank(action, "action");
    Arguments.notNull(changes, "changes");
    int index = entries.size();
    String previous = entries.isEmpty() ? GENESIS : entries.get(index - 1).hash();
    ImmutableSortedMap<String, String> sorted = ImmutableSortedMap.copyOf(changes);
    AuditEntry entry =
        AuditEntry.builder()
            .index(index)
            .at(at)
            .actor(actor)
            .action(action)
            .changes(sorted)
            .previousHash(previous)
            .hash(AuditEntry.digest(index, at, actor, action, sorted, previous))
            .build();
    return new AuditTrail(
        ImmutableList.<AuditEntry>builder().addAll(entries).add(entry).build(),
        new AuditSeal(index + 1, entry.hash()));
  }

  /** The entries, oldest first. */
  public ImmutableList<AuditEntry> entries() {
    return entries;
  }

  /** The count and last hash, to keep apart from the entries. */
  public AuditSeal seal() {
    return seal;
  }

  /**
   * Checks every entry against its hash, its position and its link to the entry before, then the
   * end of the trail against the seal. Reports the first broken entry: {@link Tampering#EDITED}
   * when its contents no longer match its hash (or it was rewritten with a new hash, which breaks
   * the next link or the seal), {@link Tampering#REORDERED} when an entry sits out of its recorded
   * position, {@link Tampering#DELETED} when an entry is missing.
   */
  public AuditVerification verify() {
    String previous = GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry e = entries.get(i);
      if (!e.expectedHash().equals(e.hash())) {
        return AuditVerification.broken(
            i, Tampering.EDITED, "its contents no longer match its hash %s", shortHash(e.hash()));
      }
      if (e.index() != i) {
        return misplaced(i, e);
      }
      if (!e.previousHash().equals(previous)) {
        if (i == 0) {
          return AuditVerification.broken(
              0, Tampering.EDITED, "it is not chained to the genesis hash");
        }
        return AuditVerification.broken(
            i - 1,
            Tampering.EDITED,
            "it was rewritten: its hash %s is not the %s that entry %d was chained to",
            shortHash(previous),
            shortHash(e.previousHash()),
            i);
      }
      previous = e.hash();
    }
    int n = entries.size();
    if (n < seal.count()) {
      return AuditVerification.broken(
          n,
          Tampering.DELETED,
          "the trail ends after %d entries but was sealed with %d",
          n,
          seal.count());
    }
    if (n > seal.count()) {
      return AuditVerification.broken(
          seal.count(),
          Tampering.EDITED,
          "the trail was sealed with %d entries but has %d",
          seal.count(),
          n);
    }
    if (!previous.equals(seal.head())) {
      return AuditVerification.broken(
          Math.max(n - 1, 0),
          Tampering.EDITED,
          "the last hash %s is not the sealed %s",
          shortHash(previous),
          shortHash(seal.head()));
    }
    return AuditVerification.ok(n);
  }

  private AuditVerification misplaced(int position, AuditEntry e) {
    if (e.index() < position) {
      return AuditVerification.broken(
          position,
          Tampering.REORDERED,
          "position %d holds entry %d, recorded earlier",
          position,
          e.index());
    }
    for (int j = position + 1; j < entries.size(); j++) {
      if (entries.get(j).index() == position) {
        return AuditVerification.broken(
            position,
            Tampering.REORDERED,
            "position %d holds entry %d; entry %d was moved to position %d",
            position,
            e.index(),
            position,
            j);
      }
    }
    return AuditVerification.broken(
        position,
        Tampering.DELETED,
        "entry %d is missing; position %d holds entry %d",
        position,
        position,
        e.index());
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditTrail t && entries.equals(t.entries) && seal.equals(t.seal);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** One line per entry. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AuditTrail");
    entries.forEach(e -> s.append("\n  ").append(e));
    return s.toString();
  }
}
