package dev.suanpan.inventory.stocktake;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the monthly stocktake (盘点, 004 篇3), in the order they are applied: {@link
 * SamplingAudit#evaluate} the first three, {@link VarianceApproval#decide} the last four. Each
 * constant's {@link #id()} is the stable identifier its steps carry in an {@link
 * dev.suanpan.core.decision.Explanation}.
 */
public enum StocktakeRule implements Rule {
  /** Finance traces a share of counted items to the book and of book items to the shelf. */
  SAMPLE("stocktake.sample"),
  /** The sampled error rate is within the limit: the count of the area stands. */
  ACCEPTED("stocktake.accepted"),
  /** The sampled error rate is above the limit: the warehouse head recounts the area (004 篇3). */
  RECOUNT("stocktake.recount"),
  /** The signer's authority covers the note's value: the note is approved. */
  VARIANCE_APPROVED("stocktake.variance.approved"),
  /**
   * The note's value is beyond the signer: it goes to the lowest superior whose limit covers it.
   */
  VARIANCE_APPROVAL("stocktake.variance.approval"),
  /** No role's authority covers the note's value: refused. */
  VARIANCE_BEYOND_AUTHORITY("stocktake.variance.beyond-authority"),
  /** A custodian at fault bears the policy's share of a shortage (004 篇3). */
  CUSTODIAN_CHARGE("stocktake.custodian-charge");

  private final String id;

  StocktakeRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
