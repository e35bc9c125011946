package dev.suanpan.core.rebate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class VolumeRebateProperties {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final YearMonth MONTH = YearMonth.of(2024, 3);
  private static final List<Rounding> ROUNDINGS =
      List.of(
          Rounding.FEN,
          Rounding.FEN_HALF_EVEN,
          Rounding.toStep(BigDecimal.ONE, RoundingMode.DOWN),
          Rounding.YUAN);

  /** A tier as generated: the gap in fen above the previous threshold, and the rate in bp. */
  record Step(long gapFen, long rateBasisPoints) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Arbitraries.longs()
        .between(1, 500_000_000L)
        .flatMap(gap -> Arbitraries.longs().between(0, 10_000L).map(bp -> new Step(gap, bp)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  @Provide
  Arbitrary<Rounding> roundings() {
    return Arbitraries.of(ROUNDINGS);
  }

  private static Money fen(long fen) {
    return Money.ofMinor(CNY, fen);
  }

  /** The tiers of {@code steps}; the first starts at 0 or at its gap; rates sorted if asked. */
  private static List<RebateTier> tiers(List<Step> steps, boolean fromZero, boolean increasing) {
    List<Long> rates = new ArrayList<>();
    for (Step s : steps) {
      rates.add(s.rateBasisPoints());
    }
    if (increasing) {
      rates.sort(Long::compare);
    }
    List<RebateTier> tiers = new ArrayList<>();
    long threshold = fromZero ? 0 : steps.get(0).gapFen();
    for (int i = 0; i < steps.size(); i++) {
      if (i > 0) {
        threshold += steps.get(i).gapFen();
      }
      tiers.add(RebateTier.of(fen(threshold), Percent.ofBasisPoints(rates.get(i))));
    }
    return tiers;
  }

  private static VolumeRebate engine(List<RebateTier> tiers, RebateTiers style, Rounding rounding) {
    return VolumeRebate.of(
        VolumeRebatePolicy.builder()
            .currency(CNY)
            .tiers(tiers)
            .tierStyle(style)
            .rounding(rounding)
            .build());
  }

  @Property
  void marginalRebateNeverExceedsTheWholeVolumeRebateWhenRatesIncrease(
      @ForAll("steps") List<Step> steps,
      @ForAll boolean fromZero,
      @ForAll("roundings") Rounding rounding,
      @ForAll @LongRange(min = 0, max = 5_000_000_000L) long volumeFen) {
    List<RebateTier> tiers = tiers(steps, fromZero, true);
    Money marginal =
        engine(tiers, RebateTiers.MARGINAL, rounding).accrue(MONTH, fen(volumeFen)).total();
    Money whole =
        engine(tiers, RebateTiers.WHOLE_VOLUME, rounding).accrue(MONTH, fen(volumeFen)).total();

    assertThat(marginal).isLessThanOrEqualTo(whole);
  }

  @Property
  void theMarginalRebateIsMonotoneInTheVolume(
      @ForAll("steps") List<Step> steps,
      @ForAll boolean fromZero,
      @ForAll("roundings") Rounding rounding,
      @ForAll @LongRange(min = 0, max = 5_000_000_000L) long volumeFen,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long moreFen) {
    VolumeRebate marginal = engine(tiers(steps, fromZero, false), RebateTiers.MARGINAL, rounding);

    Money less = marginal.accrue(MONTH, fen(volumeFen)).total();
    Money more = marginal.accrue(MONTH, fen(volumeFen + moreFen)).total();

    assertThat(less).isLessThanOrEqualTo(more);
  }

  @Property
  void yearToDateAccrualsOverTheMonthsAddUpToTheYearsRebateExactly(
      @ForAll("steps") List<Step> steps,
      @ForAll boolean fromZero,
      @ForAll RebateTiers style,
      @ForAll("roundings") Rounding rounding,
      @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 900_000_000L) Long> months) {
    VolumeRebate annual = engine(tiers(steps, fromZero, false), style, rounding);

    long yearToDate = 0;
    Money accruedBefore = Money.zero(CNY);
    Money sumOfAccruals = Money.zero(CNY);
    for (int m = 0; m < months.size(); m++) {
      yearToDate += months.get(m);
      RebateAccrual month =
          annual.accrue(YearMonth.of(2024, m + 1), fen(yearToDate), accruedBefore);
      sumOfAccruals = sumOfAccruals.plus(month.accrual());
      accruedBefore = month.total();
    }

    assertThat(sumOfAccruals).isEqualTo(annual.accrue(MONTH, fen(yearToDate)).total());
  }

  @Property
  void theBandsAddUpToTheTotalWhichIsTheRoundedSumOfTheirExactAmounts(
      @ForAll("steps") List<Step> steps,
      @ForAll boolean fromZero,
      @ForAll RebateTiers style,
      @ForAll("roundings") Rounding rounding,
      @ForAll @LongRange(min = 0, max = 5_000_000_000L) long volumeFen) {
    List<RebateTier> tiers = tiers(steps, fromZero, false);
    RebateAccrual accrual = engine(tiers, style, rounding).accrue(MONTH, fen(volumeFen));

    Money amounts = Money.zero(CNY);
    Money volumes = Money.zero(CNY);
    BigMoney exact = BigMoney.zero(CNY);
    for (RebateBand b : accrual.bands()) {
      amounts = amounts.plus(b.amount());
      volumes = volumes.plus(b.volume());
      exact = exact.plus(b.volume().toBigMoney().multipliedBy(b.rate().fraction()));
      assertThat(b.amount().isNegative()).isFalse();
    }
    assertThat(amounts).isEqualTo(accrual.total());
    assertThat(accrual.total()).isEqualTo(rounding.round(exact));
    ImmutableList<RebateBand> bands = accrual.bands();
    if (bands.isEmpty()) {
      assertThat(fen(volumeFen)).isLessThan(tiers.get(0).threshold());
      assertThat(accrual.tierReached()).isEmpty();
    } else if (style == RebateTiers.WHOLE_VOLUME) {
      assertThat(volumes).isEqualTo(fen(volumeFen));
    } else {
      assertThat(volumes).isEqualTo(fen(volumeFen).minus(bands.get(0).tier().threshold()));
    }
  }
}
