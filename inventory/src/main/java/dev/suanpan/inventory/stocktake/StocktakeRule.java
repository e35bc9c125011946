package dev.suanpan.inventory.stocktake;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the monthly stocktake (盘点, 004 篇3 仓库盘点流程), in the order they are applied: {@link
 * CountWindow} the first four (§1 盘点准备 and §4 盘点其他规定), {@link SamplingAudit#evaluate} the next four
 * (§2 盘点进行), {@link VarianceApproval#decide} the last five (§3 盘点后期工作). Each constant's {@link
 * #id()} is the stable identifier its steps carry in an {@link
 * dev.suanpan.core.decision.Explanation}.
 */
public enum StocktakeRule implements Rule {
  /** Deliveries are stopped during the count window (004 篇3 §1 停止送收货品): a delivery is refused. */
  DELIVERY_STOPPED("stocktake.window.delivery-stopped"),
  /** A delivery outside the count window is not stopped by the stocktake. */
  DELIVERY_OUTSIDE_WINDOW("stocktake.window.delivery-outside"),
  /**
   * A document approved before the count and not yet posted holds the count: finance posts it first
   * (004 篇3 §1 盘点日前已经审核生效的单据记帐).
   */
  BOOKS_NOT_POSTED("stocktake.window.books-not-posted"),
  /** Every document approved before the count is posted: the count may start. */
  BOOKS_POSTED("stocktake.window.books-posted"),
  /**
   * Finance samples only a count the warehouse supervisor has recounted with the team the policy
   * names (004 篇3 §2 仓库主管连同另外4名员工组成复盘小组); otherwise the sampling is refused.
   */
  RECOUNT_TEAM("stocktake.recount-team"),
  /**
   * Finance draws a share of the goods to check against the count sheet and a share of the count
   * sheet to check against the goods (004 篇3 §2 从实物中抽取20%, 从初盘资料中抽取30%).
   */
  SAMPLE("stocktake.sample"),
  /** The sampled error rate is within the limit: the count of the area stands. */
  ACCEPTED("stocktake.accepted"),
  /**
   * The sampled error rate is above the limit: the warehouse supervisor recounts the whole area
   * (004 篇3 §2 差错率高于1%).
   */
  RECOUNT("stocktake.recount"),
  /**
   * The differences go first to the finance supervisor for review (004 篇3 §3 交财务主管复核): nobody has
   * signed yet.
   */
  VARIANCE_REVIEW("stocktake.variance.review"),
  /**
   * Reviewed by the finance supervisor, the differences go to the general manager for approval (004
   * 篇3 §3 上交总经理审批).
   */
  VARIANCE_APPROVAL("stocktake.variance.approval"),
  /** Reviewed and approved: finance adjusts the books by the note (004 篇3 §3 据审批结果…调整库存帐). */
  VARIANCE_APPROVED("stocktake.variance.approved"),
  /**
   * The signatures are not the review then the approval, in that order: refused, the books stay as
   * they are.
   */
  VARIANCE_OUT_OF_ORDER("stocktake.variance.out-of-order"),
  /**
   * A custodian at fault bears the policy's share of a shortage (004 篇3 §4 实物责任人要承担经济赔偿责任; the
   * share is the policy's, the source names none).
   */
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
