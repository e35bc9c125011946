package dev.suanpan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.PersonId;
import dev.suanpan.workflow.audit.AuditEntry;
import dev.suanpan.workflow.audit.AuditTrail;
import dev.suanpan.workflow.audit.AuditVerification;
import dev.suanpan.workflow.audit.Tampering;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkflowProperties {

  @Provide
  Arbitrary<Walk> walks() {
    return Combinators.combine(
            Arbitraries.integers().between(0, Walk.FLOWS.size() - 1),
            Arbitraries.integers().between(0, 99_999).list().ofMinSize(1).ofMaxSize(60))
        .as(Walk::run);
  }

  @Property(tries = 50)
  void everyReachableStateCanReachAnEndState(@ForAll @IntRange(min = 0, max = 3) int flow) {
    WorkflowDefinition def = Walk.FLOWS.get(flow);
    for (State s : def.reachableFrom(def.initialState())) {
      assertThat(def.reachableFrom(s)).as("from %s", s).containsAnyElementsOf(def.endStates());
    }
  }

  @Property(tries = 300)
  void replayingTheEventsGivesTheSameCase(@ForAll("walks") Walk walk) {
    WorkflowCase c = walk.result();
    assertThat(walk.workflow().replay(c.history())).isEqualTo(c);
    for (int n = 1; n <= c.history().size(); n++) {
      WorkflowCase prefix = walk.workflow().replay(c.history().subList(0, n));
      assertThat(prefix.history()).hasSize(n);
    }
  }

  @Property(tries = 300)
  void noEventWithoutAnActorHoldingTheAuthority(@ForAll("walks") Walk walk) {
    WorkflowDefinition def = walk.workflow().definition();
    Optional<CaseEvent> request = Optional.empty();
    for (CaseEvent e : walk.result().history()) {
      Actor actor = walk.actors().get(e.sequence());
      assertThat(actor.person()).isEqualTo(e.actor());
      boolean holds =
          e.onBehalfOf().isEmpty()
              ? actor.roles().contains(e.role())
              : actor.delegations().stream()
                  .anyMatch(
                      d ->
                          d.delegatorRole().equals(e.role())
                              && d.delegator().equals(e.onBehalfOf().get())
                              && d.activeOn(e.at().toLocalDate()));
      assertThat(holds).as("%s holds the role of %s", actor, e).isTrue();
      switch (e.kind()) {
        case OPENED -> assertThat(def.openedBy()).contains(e.role());
        case MOVED ->
            assertThat(def.transition(e.action()).orElseThrow().firedBy()).contains(e.role());
        case REQUESTED -> {
          assertThat(def.transition(e.action()).orElseThrow().firedBy()).contains(e.role());
          request = Optional.of(e);
        }
        case APPROVED, DECLINED -> {
          ApprovalStep step = def.transition(e.action()).orElseThrow().approval().orElseThrow();
          assertThat(step.policy().mayGrant(e.role(), e.request().orElseThrow()))
              .as("%s may grant %s", e.role(), e.request())
              .isTrue();
          CaseEvent asked = request.orElseThrow();
          List<PersonId> requesters = new ArrayList<>();
          requesters.add(asked.actor());
          asked.onBehalfOf().ifPresent(requesters::add);
          assertThat(requesters).doesNotContain(e.actor());
          e.onBehalfOf().ifPresent(p -> assertThat(requesters).doesNotContain(p));
          request = Optional.empty();
        }
      }
    }
  }

  @Property(tries = 300)
  void tamperingWithAnyAuditEntryIsDetectedAndLocated(
      @ForAll("walks") Walk walk,
      @ForAll @IntRange(min = 0, max = 1000) int at,
      @ForAll @IntRange(min = 0, max = 3) int how) {
    AuditTrail trail = walk.result().auditTrail();
    assertThat(trail.verify().intact()).isTrue();
    List<AuditEntry> entries = new ArrayList<>(trail.entries());
    int n = entries.size();
    Assume.that(n >= 2);
    int i = at % n;
    Tampering expected;
    switch (how) {
      case 0 -> {
        entries.set(i, AuditEntry.builder().from(entries.get(i)).actor("intruder").build());
        expected = Tampering.EDITED;
      }
      case 1 -> {
        AuditEntry forged =
            AuditEntry.builder().from(entries.get(i)).at(entries.get(i).at().plusDays(1)).build();
        entries.set(i, AuditEntry.builder().from(forged).hash(forged.expectedHash()).build());
        expected = Tampering.EDITED;
      }
      case 2 -> {
        entries.remove(i);
        expected = Tampering.DELETED;
      }
      default -> {
        i = Math.min(i, n - 2);
        Collections.swap(entries, i, i + 1);
        expected = Tampering.REORDERED;
      }
    }
    AuditVerification v = AuditTrail.restore(entries, trail.seal()).verify();
    assertThat(v.intact()).as(v.message()).isFalse();
    assertThat(v.brokenAt()).as(v.message()).contains(i);
    assertThat(v.problem()).as(v.message()).contains(expected);
  }
}
