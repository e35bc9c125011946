package dev.suanpan.inventory.presets;

import dev.suanpan.inventory.stocktake.StocktakePolicy;
import dev.suanpan.money.Percent;

/**
 * The custodian's liability for stocktake losses (004 篇3 仓库盘点流程 §4): a custodian whose receiving,
 * issuing or keeping of the goods caused the loss bears it (实物责任人要承担经济赔偿责任), the whole of it; other
 * losses and every surplus go to administrative expense once approved.
 */
public final class CustodianLiability {
  private CustodianLiability() {}

  /** The policy: a custodian at fault bears 100% of the shortage (004 篇3 §4). */
  public static StocktakePolicy policy() {
    return StocktakePolicy.builder().custodianShare(Percent.HUNDRED).build();
  }
}
