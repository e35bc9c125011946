package dev.suanpan.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
  static final LocalDateTime T = LocalDateTime.of(2024, 3, 4, 9, 0);

  static AuditTrail trail() {
    AuditTrail t = AuditTrail.empty();
    for (int i = 0; i < 5; i++) {
      t =
          t.append(
              T.plusHours(i),
              "clerk" + i,
              "step " + i,
              ImmutableMap.of("amount", "CNY " + i + "00.00"));
    }
    return t;
  }

  static AuditVerification tampered(List<AuditEntry> entries) {
    return AuditTrail.restore(entries, trail().seal()).verify();
  }

  @Test
  void untouchedTrailVerifies() {
    assertThat(trail().verify().intact()).isTrue();
    assertThat(AuditTrail.empty().verify().intact()).isTrue();
  }

  @Test
  void editedAmountIsFoundAtItsEntry() {
    List<AuditEntry> e = new ArrayList<>(trail().entries());
    e.set(
        2,
        AuditEntry.builder()
            .from(e.get(2))
            .changes(ImmutableSortedMap.of("amount", "CNY 9.00"))
            .build());
    AuditVerification v = tampered(e);
    assertThat(v.brokenAt()).contains(2);
    assertThat(v.problem()).contains(Tampering.EDITED);
  }

  @Test
  void entryRewrittenWithAFreshHashIsFoundByTheNextLink() {
    List<AuditEntry> e = new ArrayList<>(trail().entries());
    AuditEntry old = e.get(1);
    AuditEntry forged = AuditEntry.builder().from(old).actor("someone else").build();
    e.set(1, AuditEntry.builder().from(forged).hash(forged.expectedHash()).build());
    AuditVerification v = tampered(e);
    assertThat(v.brokenAt()).contains(1);
    assertThat(v.problem()).contains(Tampering.EDITED);
  }

  @Test
  void swappedEntriesAreReportedAsReordered() {
    List<AuditEntry> e = new ArrayList<>(trail().entries());
    Collections.swap(e, 1, 3);
    AuditVerification v = tampered(e);
    assertThat(v.brokenAt()).contains(1);
    assertThat(v.problem()).contains(Tampering.REORDERED);
    assertThat(v.message()).contains("entry 1 was moved to position 3");
  }

  @Test
  void deletedEntryIsLocatedInTheMiddleAndAtTheEnd() {
    List<AuditEntry> middle = new ArrayList<>(trail().entries());
    middle.remove(2);
    assertThat(tampered(middle).brokenAt()).contains(2);
    assertThat(tampered(middle).problem()).contains(Tampering.DELETED);
    List<AuditEntry> last = new ArrayList<>(trail().entries());
    last.remove(4);
    assertThat(tampered(last).brokenAt()).contains(4);
    assertThat(tampered(last).problem()).contains(Tampering.DELETED);
  }

  /** Two entries a day from Monday 4 March 2024: entries 0-1 on the 4th, 2-3 on the 5th, ... */
  static AuditTrail twoADay(int entries) {
    AuditTrail t = AuditTrail.empty();
    for (int i = 0; i < entries; i++) {
      t = t.append(T.plusDays(i / 2).plusHours(i % 2), "clerk" + i, "step " + i, ImmutableMap.of());
    }
    return t;
  }

  /** Rewrites entry {@code from}'s actor and recomputes its hash and every hash after it. */
  static List<AuditEntry> rechainedFrom(AuditTrail trail, int from) {
    List<AuditEntry> e = new ArrayList<>(trail.entries());
    String previous = e.get(from).previousHash();
    for (int i = from; i < e.size(); i++) {
      AuditEntry.Builder b = AuditEntry.builder().from(e.get(i)).previousHash(previous);
      if (i == from) {
        b.actor("someone else");
      }
      AuditEntry unsealed = b.build();
      AuditEntry forged = AuditEntry.builder().from(unsealed).hash(unsealed.expectedHash()).build();
      e.set(i, forged);
      previous = forged.hash();
    }
    return e;
  }

  @Test
  void anEntryDatedBeforeTheLastIsRefusedNamingBothTimes() {
    AuditTrail t = trail();
    LocalDateTime yearBefore = T.minusYears(1);
    assertThatThrownBy(() -> t.append(yearBefore, "clerk", "late", ImmutableMap.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at " + yearBefore)
        .hasMessageContaining("before the last entry's time " + T.plusHours(4) + " (entry 4)");
    // The same minute as the last entry is in order.
    assertThat(t.append(T.plusHours(4), "clerk", "same time", ImmutableMap.of()).verify().intact())
        .isTrue();
  }

  @Test
  void anEntryWithAMissingFieldIsRefusedWhenReadBackNotWhenVerified() {
    AuditEntry stored = trail().entries().get(0);
    assertThatThrownBy(
            () ->
                AuditEntry.builder()
                    .index(0)
                    .actor(stored.actor())
                    .action(stored.action())
                    .changes(stored.changes())
                    .previousHash(stored.previousHash())
                    .hash(stored.hash())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[at]");
    assertThatThrownBy(
            () ->
                AuditEntry.builder()
                    .index(3)
                    .at(T)
                    .actor(stored.actor())
                    .action(stored.action())
                    .changes(stored.changes())
                    .previousHash(stored.previousHash())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[hash]");
    List<AuditEntry> withHole = new ArrayList<>(trail().entries());
    withHole.set(1, null);
    assertThatThrownBy(() -> AuditTrail.restore(withHole, trail().seal()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entries[1] is missing (null)");
  }

  @Test
  void anEntryDatedBeforeTheOneBeforeItIsFoundEvenWithItsHashRecomputed() {
    List<AuditEntry> e = new ArrayList<>(trail().entries());
    // Entry 4 alone, moved a day back and rehashed: the only way past the chain is the seal, which
    // blames entry 4; the time order blames it too when the seal was rewritten as well.
    AuditEntry forged = AuditEntry.builder().from(e.get(4)).at(T.minusDays(1)).build();
    e.set(4, AuditEntry.builder().from(forged).hash(forged.expectedHash()).build());
    AuditVerification v = AuditTrail.restore(e, new AuditSeal(5, e.get(4).hash())).verify();
    assertThat(v.brokenAt()).contains(4);
    assertThat(v.message()).contains("before entry 3 at " + T.plusHours(3));
  }

  @Test
  void aRewriteWithEveryLaterHashRecomputedIsBlamedOnTheLastEntryByTheSealAlone() {
    AuditTrail t = twoADay(6);
    AuditVerification v = AuditTrail.restore(rechainedFrom(t, 2), t.seal()).verify();
    assertThat(v.brokenAt()).contains(5);
    assertThat(v.message()).contains("or any before it with every later hash recomputed");
    assertThat(v.day()).isEmpty();
  }

  @Test
  void daySealsLocateARewriteWithEveryLaterHashRecomputedToItsDay() {
    AuditTrail t = twoADay(6);
    List<DaySeal> stored = t.daySeals();
    assertThat(stored)
        .extracting(DaySeal::day, DaySeal::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(T.toLocalDate(), 2),
            org.assertj.core.groups.Tuple.tuple(T.toLocalDate().plusDays(1), 4),
            org.assertj.core.groups.Tuple.tuple(T.toLocalDate().plusDays(2), 6));
    assertThat(t.verify(stored).intact()).isTrue();
    // Entry 2 (the first of Tuesday 5 March) rewritten, every hash from it on recomputed, and the
    // head seal replaced too: only the day seals kept apart show it, and name the day.
    List<AuditEntry> forged = rechainedFrom(t, 2);
    AuditTrail restored = AuditTrail.restore(forged, new AuditSeal(6, forged.get(5).hash()));
    assertThat(restored.verify().intact()).isTrue();
    AuditVerification v = restored.verify(stored);
    assertThat(v.brokenAt()).contains(2);
    assertThat(v.day()).contains(LocalDate.of(2024, 3, 5));
    assertThat(v.problem()).contains(Tampering.EDITED);
    assertThat(v.message()).contains("2024-03-05 (entries 2 to 3) was sealed with");
  }

  @Test
  void aRewriteOfOneEntryWithItsHashRecomputedIsBlamedOnItNotOnTheLast() {
    // Entry 2 rewritten and rehashed, the rest left: entry 3's link names entry 2.
    List<AuditEntry> e = new ArrayList<>(trail().entries());
    AuditEntry forged = AuditEntry.builder().from(e.get(2)).actor("someone else").build();
    e.set(2, AuditEntry.builder().from(forged).hash(forged.expectedHash()).build());
    AuditVerification v = tampered(e);
    assertThat(v.brokenAt()).contains(2);
    assertThat(v.message()).startsWith("entry 2 edited");
  }

  @Test
  void daySealsShowEntriesCutOffWithTheHeadSealRewritten() {
    AuditTrail t = twoADay(6);
    List<AuditEntry> cut = t.entries().subList(0, 3);
    AuditTrail restored = AuditTrail.restore(cut, new AuditSeal(3, cut.get(2).hash()));
    assertThat(restored.verify().intact()).isTrue();
    AuditVerification v = restored.verify(t.daySeals());
    assertThat(v.brokenAt()).contains(3);
    assertThat(v.day()).contains(LocalDate.of(2024, 3, 5));
    assertThat(v.problem()).contains(Tampering.DELETED);
  }

  @Test
  void daySealsOutOfOrderAreRefused() {
    AuditTrail t = twoADay(6);
    List<DaySeal> reversed = new ArrayList<>(t.daySeals());
    Collections.reverse(reversed);
    assertThatThrownBy(() -> t.verify(reversed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seals must be in order of day and count: seals[1]");
  }
}
