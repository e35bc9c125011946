package dev.suanpan.core.credit;

/**
 * The accounts the credit entries post to, with their Chinese chart-of-accounts names. Map them to
 * the codes of your own chart of accounts.
 */
public enum LedgerAccount {
  /** Accounts receivable (应收账款). */
  ACCOUNTS_RECEIVABLE("应收账款"),
  /** Bad-debt allowance (坏账准备), a contra account to receivables. */
  BAD_DEBT_ALLOWANCE("坏账准备"),
  /** Credit impairment loss (信用减值损失), the expense of providing for bad debts. */
  CREDIT_IMPAIRMENT_LOSS("信用减值损失"),
  /** Bank deposits (银行存款). */
  BANK("银行存款");

  private final String chineseName;

  LedgerAccount(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The account's name in a Chinese chart of accounts. */
  public String chineseName() {
    return chineseName;
  }
}
