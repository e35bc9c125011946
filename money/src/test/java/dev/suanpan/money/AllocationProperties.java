package dev.suanpan.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class AllocationProperties {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  @Property
  void partsAddUpToTheTotalAndStayWithinOneFenOfTheirShare(
      @ForAll @LongRange(min = -10_000_000_00L, max = 10_000_000_00L) long totalFen,
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 100_000) Integer> raw) {
    List<BigDecimal> weights = raw.stream().map(BigDecimal::valueOf).toList();
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() == 0) {
      return;
    }
    Money total = Money.ofMinor(CNY, totalFen);
    List<Money> parts = Allocation.byWeights(total, weights);
    assertThat(parts.stream().reduce(Money.zero(CNY), Money::plus)).isEqualTo(total);
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal exact = Allocation.exactShare(total, weights.get(i), sum);
      assertThat(parts.get(i).getAmount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
    }
  }

  @Property
  void splittingIsDeterministicAndSignSymmetric(
      @ForAll @LongRange(min = 0, max = 1_000_000_00L) long totalFen,
      @ForAll @IntRange(min = 1, max = 30) int n) {
    Money total = Money.ofMinor(CNY, totalFen);
    List<Money> pos = Allocation.evenly(total, n);
    List<Money> neg = Allocation.evenly(total.negated(), n);
    assertThat(neg).isEqualTo(pos.stream().map(Money::negated).toList());
    assertThat(Allocation.evenly(total, n)).isEqualTo(pos);
  }
}
