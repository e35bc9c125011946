package dev.suanpan.core.receivables.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorDunningLevels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class DunningProperties {
  static final DunningPolicy POLICY = DistributorDunningLevels.policy();

  /** Waiting never lowers a customer's level nor their interest, while nothing is paid. */
  @Property(tries = 200)
  void aLaterDateNeverLowersTheLevelOrTheInterest(
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 400) Integer> dueDaysAgo,
      @ForAll @IntRange(min = 1, max = 200) int later) {
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    CustomerId c = CustomerId.of("C-1");
    List<Receivable> open = new ArrayList<>();
    for (int i = 0; i < dueDaysAgo.size(); i++) {
      LocalDate due = asOf.minusDays(dueDaysAgo.get(i));
      Money amount = Money.ofMinor(CurrencyUnit.of("CNY"), 1 + i * 104_729L);
      open.add(Receivable.of("INV-" + i, c, due.minusDays(30), due, amount));
    }
    DunningReport now = Dunning.of(POLICY).assess(open, asOf);
    DunningReport then = Dunning.of(POLICY).assess(open, asOf.plusDays(later));
    if (now.notice(c).isPresent()) {
      DunningNotice a = now.notice(c).get();
      DunningNotice b = then.notice(c).orElseThrow();
      assertThat(b.level().fromDaysOverdue()).isGreaterThanOrEqualTo(a.level().fromDaysOverdue());
      assertThat(b.interest().isLessThan(a.interest())).isFalse();
      assertThat(b.daysOverdue()).isEqualTo(a.daysOverdue() + later);
    }
  }
}
