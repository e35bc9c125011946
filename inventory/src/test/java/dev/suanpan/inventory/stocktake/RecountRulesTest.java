package dev.suanpan.inventory.stocktake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A recount is of the same area and the same items, both sheets fully counted; and a custodian
 * bears a share of a shortage from none to all of it.
 */
class RecountRulesTest {
  static final ImmutableList<ItemId> ITEMS =
      ImmutableList.of(ItemId.of("RING-1"), ItemId.of("RING-2"));

  static CountSheet sheet(String area, String leader, ImmutableList<ItemId> items, String count) {
    CountSheet s =
        CountSheet.blank(
            area, PersonId.of(leader), ImmutableList.of(PersonId.of(leader + "-H")), items);
    if (count != null) {
      for (ItemId i : items) {
        s = s.withCount(i, new BigDecimal(count));
      }
    }
    return s;
  }

  @Test
  void twoTeamsThatCountTheSameAgree() {
    assertThat(Recount.of(sheet("A", "E-1", ITEMS, "4"), sheet("A", "E-2", ITEMS, "4.0")).agrees())
        .isTrue();
  }

  @Test
  void aRecountIsOfTheSameAreaAndItems() {
    assertThatThrownBy(
            () -> Recount.of(sheet("A", "E-1", ITEMS, "4"), sheet("B", "E-2", ITEMS, "4")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recount must be of the same area, was A and B");
    assertThatThrownBy(
            () ->
                Recount.of(
                    sheet("A", "E-1", ITEMS, "4"),
                    sheet("A", "E-2", ImmutableList.of(ItemId.of("RING-1")), "4")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recount of area A must list the same items");
  }

  @Test
  void bothSheetsAreFullyCounted() {
    assertThatThrownBy(
            () -> Recount.of(sheet("A", "E-1", ITEMS, null), sheet("A", "E-2", ITEMS, "4")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first count of area A is not complete");
    assertThatThrownBy(
            () -> Recount.of(sheet("A", "E-1", ITEMS, "4"), sheet("A", "E-2", ITEMS, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recount of area A is not complete");
  }

  @Test
  void aCustodiansShareRunsFromNoneToAll() {
    // 004 篇3 names no share, so the policy has no default: a policy without one is refused
    assertThatThrownBy(() -> StocktakePolicy.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("custodianShare");
    assertThat(StocktakePolicy.builder().custodianShare(Percent.ZERO).build().custodianShare())
        .isEqualTo(Percent.ZERO);
    assertThatThrownBy(() -> StocktakePolicy.builder().custodianShare(Percent.of(101)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custodianShare must be between 0% and 100%, was 101%");
  }
}
