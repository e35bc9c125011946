package dev.suanpan.core.rebate;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of {@link VolumeRebate}, in the order it applies them: {@link VolumeRebate#accrue} the
 * first six, {@link VolumeRebate#settle} the last. Each constant's {@link #id()} is the stable
 * identifier its steps carry in an {@link dev.suanpan.core.decision.Explanation}.
 */
public enum VolumeRebateRule implements Rule {
  /** A volume below the first tier's threshold earns no rebate. */
  BELOW_TIERS("rebate.below-tiers"),
  /** The highest tier the volume reaches; its rate, or each band's, applies. */
  TIER("rebate.tier"),
  /** Each band earns its volume times its tier's rate, sharing the rounded total. */
  BAND("rebate.band"),
  /** The rebate is the bands' exact sum, rounded once by the policy's rounding. */
  TOTAL("rebate.total"),
  /** Annual tiers: the month accrues the rebate on the year to date less what was accrued. */
  TRUE_UP("rebate.true-up"),
  /** Monthly tiers: the month accrues the rebate on its volume (返利按月计提, 000 ⑹). */
  ACCRUED("rebate.accrued"),
  /** The manufacturer's confirmed rebate settles the accrual; the difference is entered. */
  SETTLED("rebate.settled");

  private final String id;

  VolumeRebateRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
