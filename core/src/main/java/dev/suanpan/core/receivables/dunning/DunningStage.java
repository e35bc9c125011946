package dev.suanpan.core.receivables.dunning;

/**
 * The steps of collecting an overdue debt, from a reminder to a lawsuit (逾期货款采取计息、抵扣提成直至经济诉讼, 002
 * 第一篇 §5; 申请支付令、申请诉前保全和起诉, 002 §(八)).
 */
public enum DunningStage {
  /** The sales department reminds the customer and keeps the record (催收, 002 §(六)). */
  REMINDER,
  /** Interest is charged on the overdue amount (计息, 002 第一篇 §5). */
  INTEREST,
  /** The salesperson's commission is offset against the overdue amount (抵扣提成, 002 第一篇 §5). */
  COMMISSION_OFFSET,
  /** A payment order is applied for (申请支付令, 002 §(八)). */
  PAYMENT_ORDER,
  /** Pre-suit preservation of the debtor's assets is applied for (申请诉前保全, 002 §(八)). */
  PRESERVATION,
  /** The debt is sued for (起诉, 经济诉讼; 002 第一篇 §5, §(八)). */
  LAWSUIT
}
