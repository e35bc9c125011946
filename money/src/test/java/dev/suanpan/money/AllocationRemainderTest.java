package dev.suanpan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Allocation.Remainder;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Where the fen left over by rounding go: the default largest remainder, or a plug (尾差倒挤) taking
 * what is left after the other parts are rounded half up, the last part or the largest. Figures
 * worked by hand in the comments.
 */
class AllocationRemainderTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  static Money cny(String amount) {
    return Money.of(CNY, new BigDecimal(amount));
  }

  static List<BigDecimal> weights(long... w) {
    return java.util.Arrays.stream(w).mapToObj(BigDecimal::valueOf).toList();
  }

  @Test
  void aHundredInThreeEqualPartsPutsTheExtraFenWhereTheRuleSays() {
    // 100.00 / 3 = 33.333...: rounded half up 33.33 and 33.33; the plug takes 100.00 - 66.66.
    assertThat(Allocation.evenly(cny("100.00"), 3))
        .containsExactly(cny("33.34"), cny("33.33"), cny("33.33"));
    assertThat(Allocation.evenly(cny("100.00"), 3, Remainder.TO_LAST))
        .containsExactly(cny("33.33"), cny("33.33"), cny("33.34"));
    // Equal parts: the largest is the earliest of them.
    assertThat(Allocation.evenly(cny("100.00"), 3, Remainder.TO_LARGEST))
        .containsExactly(cny("33.34"), cny("33.33"), cny("33.33"));
  }

  @Test
  void tenFenInOneTwoOneGoesToTheEarliestTheLastOrTheLargest() {
    // Exact shares 0.025, 0.05, 0.025.
    // Largest remainder: truncated 0.02, 0.05, 0.02; one fen left, remainders 0.005, 0, 0.005:
    // the tie goes to the earlier part.
    assertThat(Allocation.byWeights(cny("0.10"), weights(1, 2, 1)))
        .containsExactly(cny("0.03"), cny("0.05"), cny("0.02"));
    // To the last: 0.025 -> 0.03, 0.05 -> 0.05, the last 0.10 - 0.08 = 0.02.
    assertThat(Allocation.byWeights(cny("0.10"), weights(1, 2, 1), Remainder.TO_LAST))
        .containsExactly(cny("0.03"), cny("0.05"), cny("0.02"));
    // To the largest: 0.025 -> 0.03 twice, the largest 0.10 - 0.06 = 0.04.
    assertThat(Allocation.byWeights(cny("0.10"), weights(1, 2, 1), Remainder.TO_LARGEST))
        .containsExactly(cny("0.03"), cny("0.04"), cny("0.03"));
  }

  @Test
  void freightByAmountsPlugsTheLastLine() {
    // 50.00 freight over lines of 300.00, 300.00, 300.00: 16.666... each; rounded half up 16.67,
    // 16.67, and the last 50.00 - 33.34 = 16.66 (the default gives 16.67, 16.67, 16.66 as well,
    // the two earlier parts taking the two fen left by truncating to 16.66).
    assertThat(
            Allocation.byAmounts(
                cny("50.00"),
                List.of(cny("300.00"), cny("300.00"), cny("300.00")),
                Remainder.TO_LAST))
        .containsExactly(cny("16.67"), cny("16.67"), cny("16.66"));
  }

  @Test
  void theLastPartWithAWeightTakesThePlugAZeroWeightStaysZero() {
    // Weights 1, 1, 0: the last with a weight is the second; 0.05 -> 0.025 -> 0.03, then 0.02.
    assertThat(Allocation.byWeights(cny("0.05"), weights(1, 1, 0), Remainder.TO_LAST))
        .containsExactly(cny("0.03"), cny("0.02"), cny("0.00"));
  }

  @Test
  void aTinyTotalNeverGivesANegativePart() {
    // 0.04 in six equal parts: 0.00666... rounds half up to 0.01, but no part takes more than is
    // left: 0.01 four times, then 0.00, and the last takes 0.00.
    assertThat(Allocation.evenly(cny("0.04"), 6, Remainder.TO_LAST))
        .containsExactly(
            cny("0.01"), cny("0.01"), cny("0.01"), cny("0.01"), cny("0.00"), cny("0.00"));
  }

  @Test
  void aCreditIsSplitAsItsAbsoluteValueNegated() {
    assertThat(Allocation.evenly(cny("-100.00"), 3, Remainder.TO_LAST))
        .containsExactly(cny("-33.33"), cny("-33.33"), cny("-33.34"));
  }

  @Test
  void aNullRuleIsRefusedByName() {
    assertThatThrownBy(() -> Allocation.evenly(cny("1.00"), 2, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("remainder");
  }

  @Property
  void everyRuleAddsUpAndKeepsTheSignAndAZeroWeightGetsNothing(
      @ForAll @LongRange(min = -10_000_000_00L, max = 10_000_000_00L) long totalFen,
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 100_000) Integer> raw,
      @ForAll Remainder rule) {
    List<BigDecimal> weights = raw.stream().map(BigDecimal::valueOf).toList();
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      return;
    }
    Money total = Money.ofMinor(CNY, totalFen);
    List<Money> parts = Allocation.byWeights(total, weights, rule);

    assertThat(parts.stream().reduce(Money.zero(CNY), Money::plus)).isEqualTo(total);
    for (int i = 0; i < parts.size(); i++) {
      assertThat(parts.get(i).getAmount().signum() * Long.signum(totalFen)).isNotNegative();
      if (weights.get(i).signum() == 0) {
        assertThat(parts.get(i).isZero()).isTrue();
      }
    }
  }

  @Property
  void aPlugLeavesEveryOtherPartWithinHalfAFenOfItsShareUnlessNothingIsLeft(
      @ForAll @LongRange(min = 0, max = 10_000_000_00L) long totalFen,
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 100_000) Integer> raw,
      @ForAll Remainder rule) {
    if (rule == Remainder.LARGEST_REMAINDER) {
      return;
    }
    List<BigDecimal> weights = raw.stream().map(BigDecimal::valueOf).toList();
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Money total = Money.ofMinor(CNY, totalFen);
    List<Money> parts = Allocation.byWeights(total, weights, rule);
    int plug =
        rule == Remainder.TO_LAST
            ? parts.size() - 1
            : weights.indexOf(java.util.Collections.max(weights));

    BigDecimal half = new BigDecimal("0.005");
    for (int i = 0; i < parts.size(); i++) {
      if (i != plug) {
        BigDecimal off =
            parts.get(i).getAmount().subtract(Allocation.exactShare(total, weights.get(i), sum));
        assertThat(off).isLessThanOrEqualTo(half);
        if (off.compareTo(half.negate()) < 0) {
          // Cut short only when the parts before took the whole total: the plug gets nothing.
          assertThat(parts.get(plug).isZero()).isTrue();
        }
      }
    }
  }
}
