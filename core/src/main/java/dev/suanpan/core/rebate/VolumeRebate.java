package dev.suanpan.core.rebate;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * Accrues a manufacturer's volume rebate at month end under a {@link VolumeRebatePolicy} (返利按月计提,
 * 000 ⑹): the rebate on the volume by the policy's tiers, each band with its figures, and the entry
 * Dr rebate receivable / Cr cost of sales. Where the tiers are annual, accrue on the volume of the
 * year to date less what was accrued before, so that the months add up to the year's rebate; {@link
 * #settle} books the difference when the manufacturer confirms the actual rebate.
 *
 * <p>The total is {@code Σ band volume × rate} rounded once by the policy's rounding; the bands
 * share it by their exact amounts ({@link Allocation#byWeights}), so they add up to it.
 *
 * <p>Immutable and thread-safe.
 */
public final class VolumeRebate {
  private final VolumeRebatePolicy policy;

  private VolumeRebate(VolumeRebatePolicy policy) {
    this.policy = policy;
  }

  /** The engine for {@code policy} (validated when it was built). */
  public static VolumeRebate of(VolumeRebatePolicy policy) {
    return new VolumeRebate(Arguments.notNull(policy, "policy"));
  }

  /** The policy. */
  public VolumeRebatePolicy policy() {
    return policy;
  }

  /**
   * Accrues the rebate on the month's purchase volume: the whole rebate on it is this month's
   * accrual, entered on the last day of the month.
   *
   * @throws IllegalArgumentException if the volume is negative or not in the policy's currency
   */
  public RebateAccrual accrue(YearMonth month, Money volume) {
    return accrue(month, volume, Optional.empty());
  }

  /**
   * Accrues the month's part of a rebate whose tiers are annual (the true-up): the rebate on the
   * year's purchase volume to the end of {@code month} less {@code accruedBefore}, what the
   * previous months of the year accrued. A negative result reverses part of what was accrued.
   *
   * @throws IllegalArgumentException if a volume or amount is negative or not in the policy's
   *     currency
   */
  public RebateAccrual accrue(YearMonth month, Money yearToDateVolume, Money accruedBefore) {
    Arguments.nonNegative(accruedBefore, "accruedBefore");
    Arguments.inCurrency(accruedBefore, policy.currency(), "accruedBefore");
    return accrue(month, yearToDateVolume, Optional.of(accruedBefore));
  }

  private RebateAccrual accrue(YearMonth month, Money volume, Optional<Money> before) {
    Arguments.notNull(month, "month");
    String volumeName = before.isPresent() ? "yearToDateVolume" : "volume";
    Arguments.nonNegative(volume, volumeName);
    Arguments.inCurrency(volume, policy.currency(), volumeName);
    Explanation.Builder why = Explanation.builder();
    int reached = reached(volume);
    List<RebateTier> bandTiers = new ArrayList<>();
    List<Money> bandVolumes = new ArrayList<>();
    if (reached < 0) {
      belowTiers(why, volume);
    } else {
      tier(why, volume, reached, bandTiers, bandVolumes);
    }
    ImmutableList<RebateBand> bands = bands(why, bandTiers, bandVolumes);
    Money total = total(why, volume, bands);
    Money accruedBefore = before.orElse(Money.zero(policy.currency()));
    Money accrual = total.minus(accruedBefore);
    if (before.isPresent()) {
      trueUp(why, month, total, accruedBefore, accrual);
    } else {
      why.add(VolumeRebateRule.ACCRUED, "%s: %s accrued on the month's volume", month, accrual);
    }
    return RebateAccrual.builder()
        .month(month)
        .volume(volume)
        .yearToDate(before.isPresent())
        .tierReached(reached < 0 ? Optional.empty() : Optional.of(policy.tiers().get(reached)))
        .bands(bands)
        .total(total)
        .accruedBefore(accruedBefore)
        .accrual(accrual)
        .explanation(why.build())
        .entry(
            entry(
                month.atEndOfMonth(),
                policy.reference(month),
                policy.description(),
                accrual,
                "reversed"))
        .build();
  }

  /** The index of the highest tier {@code volume} reaches; -1 below the first. */
  private int reached(Money volume) {
    ImmutableList<RebateTier> tiers = policy.tiers();
    int reached = -1;
    for (int i = 0; i < tiers.size(); i++) {
      if (!volume.isLessThan(tiers.get(i).threshold())) {
        reached = i;
      }
    }
    return reached;
  }

  /** {@link VolumeRebateRule#BELOW_TIERS}. */
  private void belowTiers(Explanation.Builder why, Money volume) {
    why.add(
        VolumeRebateRule.BELOW_TIERS,
        "volume %s is below the first tier %s: no rebate",
        volume,
        policy.tiers().get(0));
  }

  /** {@link VolumeRebateRule#TIER}: fills the bands' tiers and volumes by the tier style. */
  private void tier(
      Explanation.Builder why,
      Money volume,
      int reached,
      List<RebateTier> bandTiers,
      List<Money> bandVolumes) {
    ImmutableList<RebateTier> tiers = policy.tiers();
    if (policy.tierStyle() == RebateTiers.WHOLE_VOLUME) {
      bandTiers.add(tiers.get(reached));
      bandVolumes.add(volume);
      why.add(
          VolumeRebateRule.TIER,
          "volume %s reaches tier %d (%s): %s applies to the whole volume",
          volume,
          reached + 1,
          tiers.get(reached),
          tiers.get(reached).rate());
      return;
    }
    for (int i = 0; i <= reached; i++) {
      Money top = i < reached ? tiers.get(i + 1).threshold() : volume;
      bandTiers.add(tiers.get(i));
      bandVolumes.add(top.minus(tiers.get(i).threshold()));
    }
    why.add(
        VolumeRebateRule.TIER,
        "volume %s reaches tier %d (%s): each band earns its own tier's rate",
        volume,
        reached + 1,
        tiers.get(reached));
  }

  /** {@link VolumeRebateRule#BAND}: each band's exact rebate and its share of the total. */
  private ImmutableList<RebateBand> bands(
      Explanation.Builder why, List<RebateTier> bandTiers, List<Money> bandVolumes) {
    List<BigMoney> exacts = new ArrayList<>();
    for (int i = 0; i < bandTiers.size(); i++) {
      exacts.add(bandTiers.get(i).rate().ofExact(bandVolumes.get(i).toBigMoney()));
    }
    List<Money> shares = share(policy.rounding().round(sum(exacts)), exacts);
    ImmutableList.Builder<RebateBand> bands = ImmutableList.builder();
    for (int i = 0; i < bandTiers.size(); i++) {
      RebateTier tier = bandTiers.get(i);
      RebateBand band = new RebateBand(tier, bandVolumes.get(i), exacts.get(i), shares.get(i));
      bands.add(band);
      String range =
          policy.tierStyle() == RebateTiers.WHOLE_VOLUME
              ? "whole volume"
              : "band from "
                  + tier.threshold()
                  + (i < bandTiers.size() - 1 ? " to " + bandTiers.get(i + 1).threshold() : " up");
      why.add(
          VolumeRebateRule.BAND,
          "%s: %s x %s = %s exactly, share %s",
          range,
          band.volume(),
          tier.rate(),
          band.exactAmount().toPlainString(),
          band.amount());
    }
    return bands.build();
  }

  /** {@link VolumeRebateRule#TOTAL}: the bands' exact sum, rounded once. */
  private Money total(Explanation.Builder why, Money volume, List<RebateBand> bands) {
    List<BigMoney> exacts = new ArrayList<>();
    for (RebateBand band : bands) {
      exacts.add(band.exact());
    }
    BigMoney exactTotal = sum(exacts);
    Money total = policy.rounding().round(exactTotal);
    why.add(
        VolumeRebateRule.TOTAL,
        "rebate on %s: %s exactly, rounded (%s) to %s",
        volume,
        exactTotal.getAmount().toPlainString(),
        policy.rounding(),
        total);
    return total;
  }

  /** {@link VolumeRebateRule#TRUE_UP}. */
  private static void trueUp(
      Explanation.Builder why, YearMonth month, Money total, Money accruedBefore, Money accrual) {
    why.add(
        VolumeRebateRule.TRUE_UP,
        "%s: rebate on the year to date %s less accrued before %s = %s accrued",
        month,
        total,
        accruedBefore,
        accrual);
  }

  private BigMoney sum(List<BigMoney> exacts) {
    BigMoney sum = BigMoney.zero(policy.currency());
    for (BigMoney exact : exacts) {
      sum = sum.plus(exact);
    }
    return sum;
  }

  /**
   * Settles an accrued rebate with the one the manufacturer confirms: the difference {@code
   * confirmed − accrued}, entered on {@code confirmedOn} with the reference of {@code period}
   * followed by {@code -SETTLED}. More confirmed than accrued is debited to the receivable and
   * credited to cost of sales; less is the reverse; equal needs no entry.
   *
   * @throws IllegalArgumentException if an amount is negative or not in the policy's currency
   */
  public RebateSettlement settle(
      YearMonth period, LocalDate confirmedOn, Money accrued, Money confirmed) {
    Arguments.notNull(period, "period");
    Arguments.notNull(confirmedOn, "confirmedOn");
    Arguments.nonNegative(accrued, "accrued");
    Arguments.inCurrency(accrued, policy.currency(), "accrued");
    Arguments.nonNegative(confirmed, "confirmed");
    Arguments.inCurrency(confirmed, policy.currency(), "confirmed");
    Money difference = confirmed.minus(accrued);
    String effect =
        difference.isPositive()
            ? "more than accrued: the receivable grows and the cost of sales falls"
            : difference.isNegative()
                ? "less than accrued: the receivable and the profit fall"
                : "as accrued: nothing to enter";
    Explanation why =
        Explanation.builder()
            .add(
                VolumeRebateRule.SETTLED,
                "%s: the manufacturer confirms %s, accrued %s, difference %s, %s",
                period,
                confirmed,
                accrued,
                difference,
                effect)
            .build();
    return RebateSettlement.builder()
        .period(period)
        .accrued(accrued)
        .confirmed(confirmed)
        .difference(difference)
        .explanation(why)
        .entry(
            entry(
                confirmedOn,
                policy.reference(period) + "-SETTLED",
                "Manufacturer's volume rebate confirmed (返利确认), difference to the accrual",
                difference,
                "under the accrual"))
        .build();
  }

  private Optional<JournalEntry> entry(
      LocalDate date, String reference, String description, Money amount, String reversal) {
    if (amount.isZero()) {
      return Optional.empty();
    }
    if (amount.isPositive()) {
      return Optional.of(
          JournalEntry.of(
              date,
              reference,
              description,
              policy.receivableAccount(),
              policy.creditAccount(),
              amount));
    }
    return Optional.of(
        JournalEntry.of(
            date,
            reference,
            description + ", " + reversal,
            policy.creditAccount(),
            policy.receivableAccount(),
            amount.negated()));
  }

  private static List<Money> share(Money total, List<BigMoney> exacts) {
    boolean anyWeight = exacts.stream().anyMatch(BigMoney::isPositive);
    if (!anyWeight) {
      List<Money> zeros = new ArrayList<>();
      for (int i = 0; i < exacts.size(); i++) {
        zeros.add(Money.zero(total.getCurrencyUnit()));
      }
      return zeros;
    }
    List<BigDecimal> weights = new ArrayList<>();
    for (BigMoney exact : exacts) {
      weights.add(exact.getAmount());
    }
    return Allocation.byWeights(total, weights);
  }
}
