package dev.suanpan.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * The due-date index, whose root sits at the lowest node holding every open date, against a sorted
 * map of the same amounts: every query agrees after every update, as the open dates' span grows (a
 * date far before or after the rest) and shrinks (the outermost date paid off), and two indexes of
 * the same amounts reached in different orders are the same.
 */
class DueDateIndexProperties {
  private static final LocalDate FIRST = LocalDate.ofEpochDay(-(1L << 20));
  private static final LocalDate LAST = LocalDate.ofEpochDay((1L << 20) - 1);

  @Property(tries = 300)
  void queriesAgreeWithASortedMapAfterEveryUpdate(
      @ForAll @Size(min = 1, max = 60) List<@From("dates") LocalDate> dates) {
    DueDateIndex index = DueDateIndex.EMPTY;
    TreeMap<LocalDate, Long> model = new TreeMap<>();
    for (int i = 0; i < dates.size(); i++) {
      LocalDate d = dates.get(i);
      long open = model.getOrDefault(d, 0L);
      // every third step pays off what is open on the date, when something is
      long delta = i % 3 == 2 && open > 0 ? -open : 1 + (i * 7919L) % 100_000;
      index = index.plus(d, delta);
      model.merge(d, delta, Long::sum);
      model.values().removeIf(v -> v == 0);
      check(index, model, dates);
    }
    DueDateIndex rebuilt = DueDateIndex.EMPTY;
    List<Map.Entry<LocalDate, Long>> entries = new ArrayList<>(model.entrySet());
    for (int i = entries.size() - 1; i >= 0; i--) {
      rebuilt = rebuilt.plus(entries.get(i).getKey(), entries.get(i).getValue());
    }
    assertThat(rebuilt.sameAs(index)).isTrue();
    assertThat(index.sameAs(rebuilt)).isTrue();
  }

  private static void check(
      DueDateIndex index, TreeMap<LocalDate, Long> model, List<LocalDate> probes) {
    assertThat(index.total()).isEqualTo(model.values().stream().mapToLong(Long::longValue).sum());
    assertThat(index.earliest())
        .isEqualTo(Optional.ofNullable(model.isEmpty() ? null : model.firstKey()));
    TreeMap<LocalDate, Long> walked = new TreeMap<>();
    index.forEach(walked::put);
    assertThat(walked).isEqualTo(model);
    for (LocalDate p : probes) {
      assertThat(index.at(p)).isEqualTo(model.getOrDefault(p, 0L));
      assertThat(index.before(p))
          .isEqualTo(model.headMap(p, false).values().stream().mapToLong(Long::longValue).sum());
    }
    assertThat(index.before(FIRST)).isZero();
    assertThat(index.before(LAST)).isEqualTo(index.total() - index.at(LAST));
  }

  /** Dates mostly within a year, some years away and some at the ends of the index's range. */
  @Provide
  Arbitrary<LocalDate> dates() {
    LocalDate base = LocalDate.of(2026, 1, 1);
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0, 365).map(base::plusDays)),
        Tuple.of(2, Arbitraries.integers().between(-40_000, 40_000).map(base::plusDays)),
        Tuple.of(1, Arbitraries.of(FIRST, FIRST.plusDays(1), LAST, LAST.minusDays(1))));
  }

  @Property(tries = 50)
  void anEmptyIndexAnswersNothing(@ForAll("dates") LocalDate d) {
    DueDateIndex once = DueDateIndex.EMPTY.plus(d, 5);
    DueDateIndex gone = once.plus(d, -5);
    assertThat(gone.total()).isZero();
    assertThat(gone.earliest()).isEmpty();
    assertThat(gone.at(d)).isZero();
    assertThat(gone.before(LAST)).isZero();
    assertThat(gone.sameAs(DueDateIndex.EMPTY)).isTrue();
    assertThat(once.sameAs(DueDateIndex.EMPTY)).isFalse();
  }
}
