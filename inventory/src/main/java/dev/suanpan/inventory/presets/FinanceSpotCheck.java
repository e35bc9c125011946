package dev.suanpan.inventory.presets;

import dev.suanpan.inventory.stocktake.AuditPolicy;
import dev.suanpan.money.Percent;

/**
 * Finance's spot check of the monthly count (抽盘, 004 篇3 仓库盘点流程 §2): the checkers trace 20% of the
 * counted goods back to the count record and 30% of the record to the shelf, together covering at
 * least 50% of the stock; an error rate above 1% sends the warehouse head back to recount the whole
 * area.
 */
public final class FinanceSpotCheck {
  private FinanceSpotCheck() {}

  /** The spot check's policy: 20%, 30%, 50% and 1% (004 篇3 §2). */
  public static AuditPolicy policy() {
    return AuditPolicy.builder()
        .countedToBook(Percent.of(20))
        .bookToShelf(Percent.of(30))
        .minimumCoverage(Percent.of(50))
        .maximumErrorRate(Percent.of(1))
        .build();
  }
}
