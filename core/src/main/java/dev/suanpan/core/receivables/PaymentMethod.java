package dev.suanpan.core.receivables;

import dev.suanpan.core.journal.LedgerAccount;

/** How a customer paid: the account the collection is debited to. */
public enum PaymentMethod {
  /** Cash (现金), into cash on hand. */
  CASH(LedgerAccount.CASH),
  /** A bank transfer (转账), into bank deposits. */
  TRANSFER(LedgerAccount.BANK),
  /** An acceptance bill (承兑汇票) received, into notes receivable until it is collected. */
  BILL(LedgerAccount.NOTES_RECEIVABLE);

  private final LedgerAccount account;

  PaymentMethod(LedgerAccount account) {
    this.account = account;
  }

  /** The account a collection by this method is debited to. */
  public LedgerAccount account() {
    return account;
  }
}
