package dev.suanpan.inventory.presets;

import dev.suanpan.inventory.stocktake.AuditPolicy;
import dev.suanpan.money.Percent;

/**
 * Finance's spot check of the monthly count (抽盘, 004 篇3 仓库盘点流程 §2), after the recount: the checkers
 * draw 20% from the goods and check them against the count sheet (从实物中抽取20%复核初盘资料) and 30% from the
 * count sheet and check them against the goods (从初盘资料中抽取30%对实物进行抽盘), together covering at least 50%
 * of the stock (抽盘量要求占总库存的50%); an error rate above 1% sends the warehouse supervisor back to
 * recount the whole area (差错率高于1%, 仓库主管对该区域货品进行重新全盘).
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
