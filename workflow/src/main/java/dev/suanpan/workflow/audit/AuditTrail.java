package dev.suanpan.workflow.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An append-only record of who did what and when, in time order, each {@link AuditEntry} chained to
 * the one before by its SHA-256 hash.
 *
 * <p>What it proves. {@link #verify()} recomputes the chain and reports the first entry that was
 * edited, reordered or deleted, and where, as long as the forger did not recompute the hashes after
 * it. With the {@link #seal()} (count and last hash) kept apart from the entries, cutting entries
 * off the end is detected, and so is a rewrite followed by recomputing every later hash; but a seal
 * of the end alone cannot say which entry was rewritten. Store the {@link #daySeals()} apart as the
 * days close: {@link #verify(List)} then names the first day whose entries no longer end in its
 * stored hash. Without anything kept apart, the chain proves only that the entries hold together:
 * whoever can rewrite the entries can rebuild the whole chain.
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
   * A trail read back from storage: its entries as stored and the seal kept apart from them. Their
   * hashes are not checked here; call {@link #verify()}.
   *
   * @throws IllegalArgumentException if an entry is null (naming its position); an entry with a
   *     missing field cannot be built ({@link AuditEntry})
   */
  public static AuditTrail restore(List<AuditEntry> entries, AuditSeal seal) {
    Arguments.notNull(entries, "entries");
    Arguments.notNull(seal, "seal");
    for (int i = 0; i < entries.size(); i++) {
      Arguments.check(entries.get(i) != null, "entries[%d] is missing (null)", i);
    }
    return new AuditTrail(ImmutableList.copyOf(entries), seal);
  }

  /**
   * A new trail with one more entry: {@code actor} did {@code action} at {@code at}, changing
   * {@code changes}.
   *
   * @throws IllegalArgumentException on a blank actor or action, or {@code at} before the last
   *     entry's time
   */
  public AuditTrail append(
      LocalDateTime at, String actor, String action, Map<String, String> changes) {
    Arguments.notNull(at, "at");
    Arguments.notBlank(actor, "actor");
    Arguments.notBlank(action, "action");
    Arguments.notNull(changes, "changes");
    int index = entries.size();
    Arguments.check(
        index == 0 || !at.isBefore(entries.get(index - 1).at()),
        "at %s is before the last entry's time %s (entry %d): entries are in time order",
        at,
        index == 0 ? null : entries.get(index - 1).at(),
        index - 1);
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
   * One seal per day with entries, oldest first: the day, the entries up to its last, and that
   * entry's hash. Store each day's seal apart from the trail once the day is over (a seal stored
   * earlier in the day stays valid: later entries do not change it) and pass the stored seals to
   * {@link #verify(List)}.
   */
  public ImmutableList<DaySeal> daySeals() {
    ImmutableList.Builder<DaySeal> out = ImmutableList.builder();
    for (int i = 0; i < entries.size(); i++) {
      LocalDate day = entries.get(i).at().toLocalDate();
      boolean last = i + 1 == entries.size() || !entries.get(i + 1).at().toLocalDate().equals(day);
      if (last) {
        out.add(new DaySeal(day, i + 1, entries.get(i).hash()));
      }
    }
    return out.build();
  }

  /**
   * Checks every entry against its hash, its position, its link to the entry before and its time
   * (not before the entry before), then the end of the trail against the seal. Reports the first
   * broken entry: {@link Tampering#EDITED} when its contents no longer match its hash (or it was
   * rewritten with a new hash, which breaks the next link or the seal), {@link Tampering#REORDERED}
   * when an entry sits out of its recorded position, {@link Tampering#DELETED} when an entry is
   * missing.
   *
   * <p>When the entries hold together but do not end in the sealed hash, the last entry is blamed,
   * though any entry before it may have been rewritten with every later hash recomputed: the seal
   * of the end alone cannot tell. {@link #verify(List)} with stored day seals can.
   */
  public AuditVerification verify() {
    Optional<AuditVerification> chain = chain();
    return chain.orElseGet(this::againstSeal);
  }

  /**
   * Checks the trail as {@link #verify()} does and against {@code seals}, the {@link #daySeals()}
   * stored apart from it as the days closed, and reports the first entry that does not match: a
   * broken entry or link, or the first entry of the first day whose entries no longer end in the
   * hash stored for it (with {@link AuditVerification#day()} naming the day). A rewrite followed by
   * recomputing every later hash is thus located to its day.
   *
   * @throws IllegalArgumentException if {@code seals} is null, holds a null, or is not in order of
   *     day and count
   */
  public AuditVerification verify(List<DaySeal> seals) {
    Arguments.notNull(seals, "seals");
    checkOrder(seals);
    Optional<AuditVerification> chain = chain();
    Optional<AuditVerification> days = againstDays(seals);
    if (days.isPresent()
        && (chain.isEmpty() || days.get().brokenAt().get() < chain.get().brokenAt().get())) {
      return days.get();
    }
    return chain.orElseGet(this::againstSeal);
  }

  private static void checkOrder(List<DaySeal> seals) {
    for (int i = 0; i < seals.size(); i++) {
      Arguments.check(seals.get(i) != null, "seals[%d] is missing (null)", i);
      if (i > 0) {
        DaySeal a = seals.get(i - 1);
        DaySeal b = seals.get(i);
        Arguments.check(
            a.day().isBefore(b.day()) && a.count() <= b.count(),
            "seals must be in order of day and count: seals[%d] %s follows seals[%d] %s",
            i,
            b,
            i - 1,
            a);
      }
    }
  }

  /** The first broken entry or link, if any. */
  private Optional<AuditVerification> chain() {
    String previous = GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry e = entries.get(i);
      if (!e.expectedHash().equals(e.hash())) {
        return Optional.of(
            AuditVerification.broken(
                i,
                Tampering.EDITED,
                "its contents no longer match its hash %s",
                shortHash(e.hash())));
      }
      if (e.index() != i) {
        return Optional.of(misplaced(i, e));
      }
      if (!e.previousHash().equals(previous)) {
        return Optional.of(unlinked(i, previous, e));
      }
      if (i > 0 && e.at().isBefore(entries.get(i - 1).at())) {
        return Optional.of(
            AuditVerification.broken(
                i,
                Tampering.EDITED,
                "it is dated %s, before entry %d at %s",
                e.at(),
                i - 1,
                entries.get(i - 1).at()));
      }
      previous = e.hash();
    }
    return Optional.empty();
  }

  private static AuditVerification unlinked(int i, String previous, AuditEntry e) {
    if (i == 0) {
      return AuditVerification.broken(0, Tampering.EDITED, "it is not chained to the genesis hash");
    }
    return AuditVerification.broken(
        i - 1,
        Tampering.EDITED,
        "it was rewritten: its hash %s is not the %s that entry %d was chained to",
        shortHash(previous),
        shortHash(e.previousHash()),
        i);
  }

  /** The end of an unbroken chain against the seal kept apart. */
  private AuditVerification againstSeal() {
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
    String last = n == 0 ? GENESIS : entries.get(n - 1).hash();
    if (!last.equals(seal.head())) {
      return AuditVerification.broken(
          Math.max(n - 1, 0),
          Tampering.EDITED,
          "the last hash %s is not the sealed %s: this entry, or any before it with every later"
              + " hash recomputed, was rewritten; stored day seals locate it",
          shortHash(last),
          shortHash(seal.head()));
    }
    return AuditVerification.ok(n);
  }

  /** The first stored day seal the entries no longer end in, blaming that day's first entry. */
  private Optional<AuditVerification> againstDays(List<DaySeal> seals) {
    int from = 0;
    for (DaySeal d : seals) {
      if (entries.size() < d.count()) {
        return Optional.of(
            AuditVerification.brokenOnDay(
                d.day(),
                Math.max(from, entries.size()),
                Tampering.DELETED,
                "%s was sealed with %d entries but the trail has %d",
                d.day(),
                d.count(),
                entries.size()));
      }
      String hash = entries.get(d.count() - 1).hash();
      if (!hash.equals(d.head())) {
        return Optional.of(
            AuditVerification.brokenOnDay(
                d.day(),
                from,
                Tampering.EDITED,
                "%s (entries %d to %d) was sealed with %s but entry %d now has %s: one of them was"
                    + " rewritten",
                d.day(),
                from,
                d.count() - 1,
                shortHash(d.head()),
                d.count() - 1,
                shortHash(hash)));
      }
      from = d.count();
    }
    return Optional.empty();
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
