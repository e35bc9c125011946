package dev.suanpan.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A customer's open items, whose trie's root sits at the lowest node holding every open due date,
 * against a sorted map of lists: after every addition and removal, the walk visits the same items
 * in the same order (by due date, then posting order), as the dates' span grows and shrinks.
 */
class OpenItemsProperties {
  private static final LocalDate FIRST = LocalDate.ofEpochDay(-(1L << 20));
  private static final LocalDate LAST = LocalDate.ofEpochDay((1L << 20) - 1);

  @Property(tries = 300)
  void theWalkAgreesWithASortedMapAfterEveryUpdate(
      @ForAll @Size(min = 1, max = 60) List<@From("dates") LocalDate> dates) {
    OpenItems items = OpenItems.EMPTY;
    TreeMap<LocalDate, List<ItemKey>> model = new TreeMap<>();
    for (int i = 0; i < dates.size(); i++) {
      LocalDate d = dates.get(i);
      List<ItemKey> there = model.get(d);
      if (i % 3 == 2 && there != null) {
        // every third step takes off the first item open on the date, when there is one
        ItemKey gone = there.remove(0);
        items = items.minus(d, gone);
        if (there.isEmpty()) {
          model.remove(d);
        }
      } else {
        ItemKey k = new ItemKey("D" + i, i % 2);
        items = items.plus(d, k);
        model.computeIfAbsent(d, x -> new ArrayList<>()).add(k);
      }
      assertThat(walk(items)).isEqualTo(flat(model));
    }
  }

  @Property(tries = 50)
  void removingAnItemNotOpenIsRefused(@ForAll("dates") LocalDate d, @ForAll("dates") LocalDate e) {
    OpenItems one = OpenItems.EMPTY.plus(d, new ItemKey("A", 0));
    assertThatThrownBy(() -> one.minus(e, new ItemKey("B", 0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no open item");
    assertThatThrownBy(() -> OpenItems.EMPTY.minus(e, new ItemKey("A", 0)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(walk(one.minus(d, new ItemKey("A", 0)))).isEmpty();
  }

  private static List<ItemKey> walk(OpenItems items) {
    List<ItemKey> out = new ArrayList<>();
    items.forEachOldestFirst(out::add);
    return out;
  }

  private static List<ItemKey> flat(Map<LocalDate, List<ItemKey>> model) {
    List<ItemKey> out = new ArrayList<>();
    model.values().forEach(out::addAll);
    return out;
  }

  /** Dates mostly within a year, some years away and some at the ends of the trie's range. */
  @Provide
  Arbitrary<LocalDate> dates() {
    LocalDate base = LocalDate.of(2026, 1, 1);
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0, 365).map(base::plusDays)),
        Tuple.of(2, Arbitraries.integers().between(-40_000, 40_000).map(base::plusDays)),
        Tuple.of(1, Arbitraries.of(FIRST, FIRST.plusDays(1), LAST, LAST.minusDays(1))));
  }
}
