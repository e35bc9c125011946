package dev.suanpan.core.rebate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Percent;
import java.time.LocalDate;
import java.time.YearMonth;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A volume in the lowest tier reaches that tier, and a confirmation equal to the accrual needs no
 * entry. Tiers from 0.00 at 1%, from 3,000,000.00 at 1.5%, from 6,000,000.00 at 2%.
 */
class RebateRulesTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final YearMonth MARCH = YearMonth.of(2024, 3);

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static VolumeRebatePolicy threeTiers() {
    return VolumeRebatePolicy.builder()
        .currency(CNY)
        .addTier(RebateTier.of(cny("0.00"), Percent.parse("1%")))
        .addTier(RebateTier.of(cny("3000000.00"), Percent.parse("1.5%")))
        .addTier(RebateTier.of(cny("6000000.00"), Percent.parse("2%")))
        .tierStyle(RebateTiers.WHOLE_VOLUME)
        .build();
  }

  @Test
  void aVolumeInTheLowestTierReachesTheLowestTier() {
    RebateAccrual march = VolumeRebate.of(threeTiers()).accrue(MARCH, cny("1000000.00"));
    assertThat(march.tierReached()).contains(RebateTier.of(cny("0.00"), Percent.parse("1%")));
    // 1,000,000.00 x 1% = 10,000.00
    assertThat(march.total()).isEqualTo(cny("10000.00"));
  }

  @Test
  void aConfirmationEqualToTheAccrualNeedsNoEntry() {
    RebateSettlement s =
        VolumeRebate.of(threeTiers())
            .settle(MARCH, LocalDate.of(2024, 4, 15), cny("10000.00"), cny("10000.00"));
    assertThat(s.explanation().toString()).contains("as accrued: nothing to enter");
  }
}
