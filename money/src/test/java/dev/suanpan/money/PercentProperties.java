package dev.suanpan.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class PercentProperties {
  @Property
  void formatThenParseRoundTrips(
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(6) BigDecimal value) {
    Percent p = Percent.of(value);
    assertThat(Percent.parse(p.toString())).isEqualTo(p);
    assertThat(Percent.ofFraction(p.fraction())).isEqualTo(p);
  }
}
