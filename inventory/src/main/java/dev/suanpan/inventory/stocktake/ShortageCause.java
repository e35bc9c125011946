package dev.suanpan.inventory.stocktake;

/**
 * Why an approved stocktake shortage (盘亏) was lost, which decides where its cost goes ({@link
 * StocktakeLosses#resolve}).
 */
public enum ShortageCause {
  /**
   * Normal shrinkage (定额内损耗, evaporation, breakage within the norm): to administrative expense
   * (管理费用), or to cost of goods sold where the policy says so.
   */
  NORMAL_SHRINKAGE,
  /** The custodian's fault (责任人过失): a receivable from the custodian (其他应收款). */
  CUSTODIAN_FAULT,
  /**
   * Theft or mismanagement (被盗, 管理不善): the input VAT on the goods is transferred out (进项税额转出), the
   * insurance recovery is receivable, the net loss goes to non-operating expense (营业外支出).
   */
  THEFT_OR_MISMANAGEMENT,
  /**
   * A natural disaster (自然灾害): the input VAT stays deductible, the insurance recovery is
   * receivable, the net loss goes to non-operating expense (营业外支出).
   */
  NATURAL_DISASTER
}
