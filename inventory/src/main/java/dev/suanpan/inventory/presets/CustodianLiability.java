package dev.suanpan.inventory.presets;

import dev.suanpan.inventory.stocktake.StocktakePolicy;
import dev.suanpan.money.Percent;

/**
 * The custodian's liability for stocktake losses (004 篇3 仓库盘点流程 §4):
 * "对于盘点结果发现属于实物责任人不按货品要求收发及保管财物造成损失, 实物责任人要承担经济赔偿责任"; other losses and every surplus go to
 * administrative expense once approved. The source names no share of the loss: the whole of it, set
 * here, is an interpretation.
 */
public final class CustodianLiability {
  private CustodianLiability() {}

  /**
   * The policy: a custodian at fault bears 100% of the shortage (an interpretation of 004 篇3 §4,
   * which names no share).
   */
  public static StocktakePolicy policy() {
    return StocktakePolicy.builder().custodianShare(Percent.HUNDRED).build();
  }
}
