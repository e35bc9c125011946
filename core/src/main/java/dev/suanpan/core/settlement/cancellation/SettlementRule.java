package dev.suanpan.core.settlement.cancellation;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link Settlement}, in the order it applies them, each with the stable
 * identifier its step in a {@link SettlementDecision}'s explanation carries. Of the deposit rules
 * at most one of {@link #DEPOSIT_FORFEITED}, {@link #DEPOSIT_RETURNED_TWOFOLD} and {@link
 * #LIQUIDATED_DAMAGES} fires, by the party at fault.
 */
public enum SettlementRule implements Rule {
  /** The payments received are totalled by kind. */
  PAID("settlement.paid"),

  /** The policy's terms for how far the sale had gone and who is at fault. */
  TERMS("settlement.terms"),

  /**
   * A deposit counts as a deposit only up to the cap (20% of the contract price, Civil Code art.
   * 586); the excess is treated like any prepayment of the price.
   */
  DEPOSIT_CAP("settlement.deposit-cap"),

  /**
   * Part of the contract was performed: the deposit rule (forfeit, or return twofold) applies to
   * the unperformed part only, {@code deposit × unperformed / price} (Civil Code art. 587 with
   * 最高人民法院 《关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》 art. 68, formerly 担保法解释 art. 120).
   */
  PARTIAL_PERFORMANCE("settlement.partial-performance"),

  /**
   * A deposit penalty and liquidated damages are not cumulative: the innocent party takes the
   * greater (Civil Code art. 588).
   */
  DEPOSIT_OR_DAMAGES("settlement.deposit-or-damages"),

  /** The buyer defaulted: the seller keeps the deposit (Civil Code art. 587). */
  DEPOSIT_FORFEITED("settlement.deposit-forfeited"),

  /**
   * The seller defaulted: the deposit is refunded and the seller pays as much again as compensation
   * (Civil Code art. 587).
   */
  DEPOSIT_RETURNED_TWOFOLD("settlement.deposit-returned-twofold"),

  /**
   * Liquidated damages, a percent of the contract price, charged to a defaulting buyer or paid by a
   * defaulting seller as compensation.
   */
  LIQUIDATED_DAMAGES("settlement.liquidated-damages"),

  /** A deposit the seller does not keep is refunded. */
  DEPOSIT_RETURNED("settlement.deposit-returned"),

  /** The customer bears the policy's share of the costs actually incurred. */
  INCURRED_COSTS("settlement.incurred-costs"),

  /** The price of the part already performed is kept out of the price payments held. */
  PERFORMED_PART("settlement.performed-part"),

  /**
   * Charges larger than the price payments held are owed by the customer, never deducted from money
   * collected on behalf.
   */
  CHARGES_NOT_COVERED("settlement.charges-not-covered"),

  /**
   * An amount collected on behalf (deed tax, maintenance fund) is refunded in full at the stages
   * the policy names (004 篇6 §4).
   */
  ON_BEHALF_REFUNDED("settlement.on-behalf-refunded"),

  /**
   * An amount collected on behalf is kept at the other stages (the maintenance fund, waived after
   * registration, 004 篇6 §4).
   */
  ON_BEHALF_KEPT("settlement.on-behalf-kept"),

  /** The refund to the customer, the amount retained, and the seller's compensation. */
  REFUND("settlement.refund"),

  /**
   * Who signs the refund plus compensation, routed from the policy's requester through its
   * authority (004 篇7 §9, §12).
   */
  APPROVAL("settlement.approval");

  private final String id;

  SettlementRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
