package dev.suanpan.core.rebate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Manufacturer rebates on volume (返利) are accrued monthly into profit [000]. */
class VolumeRebateTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final YearMonth MARCH = YearMonth.of(2024, 3);
  private static final Money MONTH_VOLUME = cny("7912345.70");

  private static Money cny(String amount) {
    return Money.of(CNY, new BigDecimal(amount));
  }

  private static VolumeRebatePolicy threeTiers(RebateTiers style) {
    return VolumeRebatePolicy.builder()
        .currency(CNY)
        .addTier(RebateTier.of(cny("0.00"), Percent.parse("1%")))
        .addTier(RebateTier.of(cny("3000000.00"), Percent.parse("1.5%")))
        .addTier(RebateTier.of(cny("6000000.00"), Percent.parse("2%")))
        .tierStyle(style)
        .build();
  }

  @Test
  void aFlatRateOnTheMonthsVolumeIsAccruedAtMonthEndRoundedHalfUpToTheFen() {
    RebateAccrual march =
        VolumeRebate.of(VolumeRebatePolicy.flat(CNY, Percent.parse("1.5%")))
            .accrue(MARCH, MONTH_VOLUME);

    // 7,912,345.70 x 1.5% = 118,685.1855 -> 118,685.19
    assertThat(march.total()).isEqualTo(cny("118685.19"));
    assertThat(march.accrual()).isEqualTo(cny("118685.19"));
    assertThat(march.accruedBefore()).isEqualTo(cny("0.00"));
    assertThat(march.yearToDate()).isFalse();
    assertThat(march.bands()).hasSize(1);
    assertThat(march.bands().get(0).exactAmount()).isEqualByComparingTo("118685.1855");
    JournalEntry entry = march.entry().orElseThrow();
    assertThat(entry.toString())
        .isEqualTo(
            "2024-03-31 REBATE-2024-03 Manufacturer's volume rebate accrued (返利)\n"
                + "  Dr 122102 Other receivables - manufacturer rebate CNY 118685.19\n"
                + "  Cr 6401 Cost of goods sold CNY 118685.19");
    assertThat(march.explanation().rules())
        .containsExactly(
            VolumeRebateRule.TIER.id(),
            VolumeRebateRule.BAND.id(),
            VolumeRebateRule.TOTAL.id(),
            VolumeRebateRule.ACCRUED.id());
  }

  @Test
  void underWholeVolumeTiersTheRateReachedAppliesToTheWholeVolume() {
    RebateAccrual march =
        VolumeRebate.of(threeTiers(RebateTiers.WHOLE_VOLUME)).accrue(MARCH, MONTH_VOLUME);

    // 7,912,345.70 x 2% = 158,246.914 -> 158,246.91
    assertThat(march.tierReached()).contains(RebateTier.of(cny("6000000.00"), Percent.parse("2%")));
    assertThat(march.bands()).hasSize(1);
    assertThat(march.bands().get(0).volume()).isEqualTo(MONTH_VOLUME);
    assertThat(march.bands().get(0).rate()).isEqualTo(Percent.parse("2%"));
    assertThat(march.total()).isEqualTo(cny("158246.91"));
    assertThat(march.explanation().toString())
        .startsWith(
            "[rebate.tier] volume CNY 7912345.70 reaches tier 3 (from CNY 6000000.00 at 2%): 2%"
                + " applies to the whole volume\n"
                + "[rebate.band] whole volume: CNY 7912345.70 x 2% = 158246.9140 exactly, share"
                + " CNY 158246.91\n");
  }

  @Test
  void underMarginalTiersEachBandEarnsItsOwnRate() {
    RebateAccrual march =
        VolumeRebate.of(threeTiers(RebateTiers.MARGINAL)).accrue(MARCH, MONTH_VOLUME);

    // 3,000,000 x 1% = 30,000; 3,000,000 x 1.5% = 45,000; 1,912,345.70 x 2% = 38,246.914;
    // total 113,246.914 -> 113,246.91, shared by the exact amounts: 30,000.00 + 45,000.00 +
    // 38,246.91.
    assertThat(march.bands())
        .extracting(RebateBand::volume)
        .containsExactly(cny("3000000.00"), cny("3000000.00"), cny("1912345.70"));
    assertThat(march.bands())
        .extracting(RebateBand::rate)
        .containsExactly(Percent.parse("1%"), Percent.parse("1.5%"), Percent.parse("2%"));
    assertThat(march.bands())
        .extracting(RebateBand::amount)
        .containsExactly(cny("30000.00"), cny("45000.00"), cny("38246.91"));
    assertThat(march.total()).isEqualTo(cny("113246.91"));
    assertThat(march.explanation().toString())
        .isEqualTo(
            "[rebate.tier] volume CNY 7912345.70 reaches tier 3 (from CNY 6000000.00 at 2%):"
                + " each band earns its own tier's rate\n"
                + "[rebate.band] band from CNY 0.00 to CNY 3000000.00: CNY 3000000.00 x 1% ="
                + " 30000.0000 exactly, share CNY 30000.00\n"
                + "[rebate.band] band from CNY 3000000.00 to CNY 6000000.00: CNY 3000000.00 x"
                + " 1.5% = 45000.00000 exactly, share CNY 45000.00\n"
                + "[rebate.band] band from CNY 6000000.00 up: CNY 1912345.70 x 2% = 38246.9140"
                + " exactly, share CNY 38246.91\n"
                + "[rebate.total] rebate on CNY 7912345.70: 113246.91400 exactly, rounded (minor"
                + " unit HALF_UP) to CNY 113246.91\n"
                + "[rebate.accrued] 2024-03: CNY 113246.91 accrued on the month's volume");
  }

  @Test
  void aMarginalVolumeInTheSecondBandEarnsTheFirstRateOnTheFirstBandOnly() {
    RebateAccrual march =
        VolumeRebate.of(threeTiers(RebateTiers.MARGINAL)).accrue(MARCH, cny("4000000.00"));

    // 3,000,000 x 1% + 1,000,000 x 1.5% = 30,000 + 15,000
    assertThat(march.bands())
        .extracting(RebateBand::amount)
        .containsExactly(cny("30000.00"), cny("15000.00"));
    assertThat(march.total()).isEqualTo(cny("45000.00"));
    assertThat(
            VolumeRebate.of(threeTiers(RebateTiers.WHOLE_VOLUME))
                .accrue(MARCH, cny("4000000.00"))
                .total())
        .isEqualTo(cny("60000.00"));
  }

  @Test
  void aVolumeBelowTheFirstThresholdEarnsNoRebateAndNeedsNoEntry() {
    VolumeRebatePolicy fromAMillion =
        VolumeRebatePolicy.builder()
            .currency(CNY)
            .addTier(RebateTier.of(cny("1000000.00"), Percent.parse("1%")))
            .build();
    RebateAccrual march = VolumeRebate.of(fromAMillion).accrue(MARCH, cny("800000.00"));

    assertThat(march.tierReached()).isEmpty();
    assertThat(march.bands()).isEmpty();
    assertThat(march.total()).isEqualTo(cny("0.00"));
    assertThat(march.entry()).isEmpty();
    assertThat(march.explanation().steps().get(0).toString())
        .isEqualTo(
            "[rebate.below-tiers] volume CNY 800000.00 is below the first tier from CNY"
                + " 1000000.00 at 1%: no rebate");
  }

  @Test
  void annualTiersAreTrueUpMonthlyOnTheYearToDateSoTheMonthsAddUpToTheYearsRebate() {
    VolumeRebate annual =
        VolumeRebate.of(
            VolumeRebatePolicy.builder()
                .currency(CNY)
                .addTier(RebateTier.of(cny("0.00"), Percent.parse("1%")))
                .addTier(RebateTier.of(cny("20000000.00"), Percent.parse("1.5%")))
                .build());

    RebateAccrual january = annual.accrue(YearMonth.of(2024, 1), cny("7000000.00"), cny("0.00"));
    RebateAccrual february =
        annual.accrue(YearMonth.of(2024, 2), cny("14500000.00"), january.total());
    RebateAccrual march = annual.accrue(MARCH, cny("21000000.00"), february.total());

    // 1% of 7,000,000; 1% of 14,500,000 less 70,000; 1.5% of 21,000,000 less 145,000.
    assertThat(january.accrual()).isEqualTo(cny("70000.00"));
    assertThat(february.accrual()).isEqualTo(cny("75000.00"));
    assertThat(march.accrual()).isEqualTo(cny("170000.00"));
    assertThat(march.total()).isEqualTo(cny("315000.00"));
    assertThat(january.accrual().plus(february.accrual()).plus(march.accrual()))
        .isEqualTo(march.total());
    assertThat(march.yearToDate()).isTrue();
    assertThat(march.accruedBefore()).isEqualTo(cny("145000.00"));
    assertThat(march.explanation().steps().get(3).toString())
        .isEqualTo(
            "[rebate.true-up] 2024-03: rebate on the year to date CNY 315000.00 less accrued"
                + " before CNY 145000.00 = CNY 170000.00 accrued");
    assertThat(march.entry().orElseThrow().reference()).isEqualTo("REBATE-2024-03");
    assertThat(march.entry().orElseThrow().date()).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @Test
  void aYearToDateRebateBelowWhatWasAccruedIsReversed() {
    VolumeRebate annual = VolumeRebate.of(VolumeRebatePolicy.flat(CNY, Percent.parse("1%")));

    // purchases returned in February: 1% of 6,900,000 = 69,000 < 70,000 accrued in January
    RebateAccrual february =
        annual.accrue(YearMonth.of(2024, 2), cny("6900000.00"), cny("70000.00"));

    assertThat(february.accrual()).isEqualTo(cny("-1000.00"));
    assertThat(february.entry().orElseThrow().toString())
        .isEqualTo(
            "2024-02-29 REBATE-2024-02 Manufacturer's volume rebate accrued (返利), reversed\n"
                + "  Dr 6401 Cost of goods sold CNY 1000.00\n"
                + "  Cr 122102 Other receivables - manufacturer rebate CNY 1000.00");
  }

  @Test
  void aConfirmedRebateAboveTheAccrualRaisesTheReceivableAndLowersTheCost() {
    RebateSettlement settled =
        VolumeRebate.of(VolumeRebatePolicy.flat(CNY, Percent.parse("1.5%")))
            .settle(MARCH, LocalDate.of(2024, 4, 15), cny("118685.19"), cny("120000.00"));

    assertThat(settled.difference()).isEqualTo(cny("1314.81"));
    assertThat(settled.entry().orElseThrow().toString())
        .isEqualTo(
            "2024-04-15 REBATE-2024-03-SETTLED Manufacturer's volume rebate confirmed (返利确认),"
                + " difference to the accrual\n"
                + "  Dr 122102 Other receivables - manufacturer rebate CNY 1314.81\n"
                + "  Cr 6401 Cost of goods sold CNY 1314.81");
    assertThat(settled.explanation().toString())
        .isEqualTo(
            "[rebate.settled] 2024-03: the manufacturer confirms CNY 120000.00, accrued CNY"
                + " 118685.19, difference CNY 1314.81, more than accrued: the receivable grows"
                + " and the cost of sales falls");
  }

  @Test
  void aConfirmedRebateBelowTheAccrualReversesTheDifference() {
    RebateSettlement settled =
        VolumeRebate.of(VolumeRebatePolicy.flat(CNY, Percent.parse("1.5%")))
            .settle(MARCH, LocalDate.of(2024, 4, 15), cny("118685.19"), cny("115000.00"));

    assertThat(settled.difference()).isEqualTo(cny("-3685.19"));
    assertThat(settled.entry().orElseThrow().lines())
        .extracting(Object::toString)
        .containsExactly(
            "Dr 6401 Cost of goods sold CNY 3685.19",
            "Cr 122102 Other receivables - manufacturer rebate CNY 3685.19");
  }

  @Test
  void aConfirmedRebateEqualToTheAccrualNeedsNoEntry() {
    RebateSettlement settled =
        VolumeRebate.of(VolumeRebatePolicy.flat(CNY, Percent.parse("1.5%")))
            .settle(MARCH, LocalDate.of(2024, 4, 15), cny("118685.19"), cny("118685.19"));

    assertThat(settled.difference()).isEqualTo(cny("0.00"));
    assertThat(settled.entry()).isEmpty();
  }

  @Test
  void theAccountsReferenceAndRoundingAreThePolicys() {
    LedgerAccount newCarCost = LedgerAccount.of("640101", "Cost of sales - new cars", "主营业务成本—新车");
    VolumeRebatePolicy policy =
        VolumeRebatePolicy.builder()
            .from(VolumeRebatePolicy.flat(CNY, Percent.parse("1.5%")))
            .creditAccount(newCarCost)
            .referencePattern("'REBATE-'yyMM")
            .rounding(Rounding.YUAN)
            .build();
    RebateAccrual march = VolumeRebate.of(policy).accrue(MARCH, MONTH_VOLUME);

    assertThat(march.total()).isEqualTo(cny("118685.00"));
    assertThat(march.entry().orElseThrow().reference()).isEqualTo("REBATE-2403");
    assertThat(march.entry().orElseThrow().lines().get(1).account()).isEqualTo(newCarCost);
  }

  @Test
  void aPolicyWithANullTierStyleIsRejectedRatherThanReadAsMarginal() {
    assertThatThrownBy(
            () ->
                VolumeRebatePolicy.builder()
                    .currency(CNY)
                    .addTier(RebateTier.of(cny("0.00"), Percent.parse("1%")))
                    .tierStyle(null)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tierStyle");
  }

  @Test
  void aPolicyWithoutTiersIsRejected() {
    assertThatThrownBy(() -> VolumeRebatePolicy.builder().currency(CNY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers must not be empty, was []");
  }

  @Test
  void thresholdsThatDoNotIncreaseAreRejected() {
    assertThatThrownBy(
            () ->
                VolumeRebatePolicy.builder()
                    .currency(CNY)
                    .addTier(RebateTier.of(cny("3000000.00"), Percent.parse("1%")))
                    .addTier(RebateTier.of(cny("3000000.00"), Percent.parse("2%")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "tiers must have strictly increasing thresholds: tiers[1] from CNY 3000000.00 at 2%"
                + " does not exceed CNY 3000000.00");
    assertThatThrownBy(
            () ->
                VolumeRebatePolicy.builder()
                    .currency(CNY)
                    .addTier(RebateTier.of(cny("3000000.00"), Percent.parse("1%")))
                    .addTier(RebateTier.of(cny("1000000.00"), Percent.parse("2%")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiers[1] from CNY 1000000.00 at 2%");
  }

  @Test
  void negativeRatesAndRatesAboveAHundredPercentAreRejected() {
    assertThatThrownBy(() -> RebateTier.of(cny("0.00"), Percent.parse("-0.5%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must not be negative, was -0.5%");
    assertThatThrownBy(() -> RebateTier.of(cny("0.00"), Percent.parse("100.01%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must not be above 100%, was 100.01%");
    assertThatThrownBy(() -> RebateTier.of(cny("-1.00"), Percent.parse("1%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must not be negative, was CNY -1.00");
  }

  @Test
  void tiersInAnotherCurrencyAreRejected() {
    assertThatThrownBy(
            () ->
                VolumeRebatePolicy.builder()
                    .currency(CNY)
                    .addTier(RebateTier.of(cny("0.00"), Percent.parse("1%")))
                    .addTier(RebateTier.of(Money.parse("USD 500000.00"), Percent.parse("2%")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers[1] must be in CNY, the policy's currency, was from USD 500000.00 at 2%");
  }

  @Test
  void aBadReferencePatternIsRejected() {
    assertThatThrownBy(
            () ->
                VolumeRebatePolicy.builder()
                    .from(VolumeRebatePolicy.flat(CNY, Percent.parse("1%")))
                    .referencePattern("REBATE-{")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("referencePattern must be a date-time pattern for a month, was");
  }

  @Test
  void aNegativeVolumeOrOneInAnotherCurrencyIsRejected() {
    VolumeRebate flat = VolumeRebate.of(VolumeRebatePolicy.flat(CNY, Percent.parse("1%")));
    assertThatThrownBy(() -> flat.accrue(MARCH, cny("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volume must not be negative, was CNY -1.00");
    assertThatThrownBy(() -> flat.accrue(MARCH, Money.parse("USD 100.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("volume")
        .hasMessageContaining("USD 100.00");
    assertThatThrownBy(() -> flat.accrue(MARCH, cny("100.00"), cny("-5.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accruedBefore must not be negative, was CNY -5.00");
    assertThatThrownBy(
            () -> flat.settle(MARCH, LocalDate.of(2024, 4, 15), cny("10.00"), cny("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confirmed must not be negative, was CNY -1.00");
  }

  @Test
  void theRuleIdsAreStable() {
    // Stored explanations match on these ids: they never change.
    assertThat(java.util.Arrays.stream(VolumeRebateRule.values()).map(VolumeRebateRule::id))
        .containsExactly(
            "rebate.below-tiers",
            "rebate.tier",
            "rebate.band",
            "rebate.total",
            "rebate.true-up",
            "rebate.accrued",
            "rebate.settled");
  }
}
