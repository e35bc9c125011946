package dev.suanpan.core.settlement;

/**
 * What a payment under a sale or property contract was for. The first four are the price (or part
 * of it); the last two are collected on behalf of others (代收) at signing: deed tax (契税, 3% of the
 * price in 004 篇6) for the tax bureau and the maintenance fund (维修基金, 1%) for the housing
 * authority.
 */
public enum PaymentKind {
  /** A deposit (定金) that secures the deal; forfeited or returned twofold on default. */
  DEPOSIT("定金", false),
  /** The down payment (首付) paid at signing. */
  DOWN_PAYMENT("首付款", false),
  /** An instalment of the price (分期款). */
  INSTALMENT("分期款", false),
  /** The full price paid at once (全款). */
  FULL_PRICE("全款", false),
  /** Deed tax collected on behalf of the tax bureau (代收契税). */
  DEED_TAX("契税", true),
  /** Maintenance fund collected on behalf of the housing authority (代收维修基金). */
  MAINTENANCE_FUND("维修基金", true);

  private final String chinese;
  private final boolean collectedOnBehalf;

  PaymentKind(String chinese, boolean collectedOnBehalf) {
    this.chinese = chinese;
    this.collectedOnBehalf = collectedOnBehalf;
  }

  /** The Chinese term of the source documents. */
  public String chinese() {
    return chinese;
  }

  /** True for amounts collected on behalf of others, which are not part of the price. */
  public boolean collectedOnBehalf() {
    return collectedOnBehalf;
  }

  /** True for amounts that pay the price: the deposit, down payment, instalments, full price. */
  public boolean principal() {
    return !collectedOnBehalf;
  }
}
