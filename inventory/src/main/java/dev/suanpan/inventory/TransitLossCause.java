package dev.suanpan.inventory;

/**
 * Why goods were lost in transit beyond the normal loss (非正常损耗), which decides whether their input
 * VAT is transferred out (进项税额转出, 增值税暂行条例 第十条 and 实施细则 第二十四条: a loss through mismanagement, theft,
 * loss or spoilage is a 非正常损失 whose input VAT is not deductible).
 */
public enum TransitLossCause {
  /** Theft, loss or spoilage through mismanagement (管理不善): the input VAT is transferred out. */
  MISMANAGEMENT(true),
  /** A natural disaster (自然灾害): not a 非正常损失 for VAT, the input VAT stays deductible. */
  NATURAL_DISASTER(false);

  private final boolean vatTransferredOut;

  TransitLossCause(boolean vatTransferredOut) {
    this.vatTransferredOut = vatTransferredOut;
  }

  /** True if the lost goods' input VAT is transferred out. */
  public boolean vatTransferredOut() {
    return vatTransferredOut;
  }
}
