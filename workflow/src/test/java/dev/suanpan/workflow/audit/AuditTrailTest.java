package dev.suanpan.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
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
}
