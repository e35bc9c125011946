package dev.suanpan.core.rebate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Percent;
import java.time.LocalDate;
import java.time.YearMonth;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The snippet of the README's rebate section, line for line, with its comments asserted. */
class ReadmeSnippetTest {
  @Test
  void theReadmeSnippetRunsAndGivesTheFiguresItShows() {
    VolumeRebatePolicy scheme =
        VolumeRebatePolicy.builder()
            .currency(CurrencyUnit.of("CNY"))
            .addTier(RebateTier.of(Money.parse("CNY 0.00"), Percent.parse("1%")))
            .addTier(RebateTier.of(Money.parse("CNY 3000000.00"), Percent.parse("1.5%")))
            .addTier(RebateTier.of(Money.parse("CNY 6000000.00"), Percent.parse("2%")))
            .tierStyle(RebateTiers.MARGINAL) // each band at its own rate; WHOLE_VOLUME by default
            .build(); // rounded to the fen, Dr 122102 / Cr 6401 by default
    VolumeRebate rebates = VolumeRebate.of(scheme);

    RebateAccrual march = rebates.accrue(YearMonth.of(2024, 3), Money.parse("CNY 7912345.70"));
    assertThat(march.bands())
        .extracting(b -> b.amount() + " at " + b.rate())
        .containsExactly("CNY 30000.00 at 1%", "CNY 45000.00 at 1.5%", "CNY 38246.91 at 2%");
    assertThat(march.total()).isEqualTo(Money.parse("CNY 113246.91"));
    assertThat(march.accrual()).isEqualTo(Money.parse("CNY 113246.91"));
    assertThat(march.explanation().steps().get(4).text())
        .contains("113246.91400 exactly", "CNY 113246.91");
    assertThat(march.entry().get().toString())
        .isEqualTo(
            "2024-03-31 REBATE-2024-03 Manufacturer's volume rebate accrued (返利)\n"
                + "  Dr 122102 Other receivables - manufacturer rebate CNY 113246.91\n"
                + "  Cr 6401 Cost of goods sold CNY 113246.91");
    assertThat(
            VolumeRebate.of(
                    VolumeRebatePolicy.builder()
                        .from(scheme)
                        .tierStyle(RebateTiers.WHOLE_VOLUME)
                        .build())
                .accrue(YearMonth.of(2024, 3), Money.parse("CNY 7912345.70"))
                .total())
        .isEqualTo(Money.parse("CNY 158246.91"));

    RebateAccrual april =
        rebates.accrue(YearMonth.of(2024, 4), Money.parse("CNY 9000000.00"), march.total());
    assertThat(april.total()).isEqualTo(Money.parse("CNY 135000.00"));
    assertThat(april.accrual()).isEqualTo(Money.parse("CNY 21753.09"));

    RebateSettlement settled =
        rebates.settle(
            YearMonth.of(2024, 3),
            LocalDate.parse("2024-04-15"),
            march.total(),
            Money.parse("CNY 115000.00"));
    assertThat(settled.difference()).isEqualTo(Money.parse("CNY 1753.09"));
    assertThat(settled.entry().get().reference()).isEqualTo("REBATE-2024-03-SETTLED");
    assertThat(settled.entry().get().lines())
        .extracting(Object::toString)
        .containsExactly(
            "Dr 122102 Other receivables - manufacturer rebate CNY 1753.09",
            "Cr 6401 Cost of goods sold CNY 1753.09");
  }
}
