package dev.suanpan.core.receivables.bills;

/** The two kinds of commercial draft (商业汇票) a business receives: who accepted to pay it. */
public enum BillKind {
  /** 银行承兑汇票: a bank accepted the bill; it pays at maturity whatever the drawer's funds. */
  BANK_ACCEPTANCE("银行承兑汇票"),
  /** 商业承兑汇票: a business (usually the buyer) accepted the bill; it pays from its own funds. */
  COMMERCIAL_ACCEPTANCE("商业承兑汇票");

  private final String chineseName;

  BillKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The kind's Chinese name, such as 银行承兑汇票. */
  public String chineseName() {
    return chineseName;
  }
}
