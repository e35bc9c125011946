package dev.suanpan.core.receivables;

import dev.suanpan.money.internal.Arguments;

/**
 * An event of a sale that a payment falls due from: the invoice, the signing of the contract,
 * delivery, acceptance, or any event a business names ({@code Milestone.of("LOAN_DISBURSED")}). Two
 * milestones are equal when their codes are.
 *
 * @param code the milestone's code; rejects a blank one
 */
public record Milestone(String code) {
  /** The invoice date: the anchor of ordinary credit terms (net 30 days). */
  public static final Milestone INVOICE = new Milestone("INVOICE");

  /** The signing of the contract (签约). */
  public static final Milestone SIGNING = new Milestone("SIGNING");

  /** Delivery of the goods (交货, 交房). */
  public static final Milestone DELIVERY = new Milestone("DELIVERY");

  /** The customer's acceptance (验收). */
  public static final Milestone ACCEPTANCE = new Milestone("ACCEPTANCE");

  /** Rejects a blank code. */
  public Milestone {
    Arguments.notBlank(code, "code");
  }

  /** The milestone named {@code code}. */
  public static Milestone of(String code) {
    return new Milestone(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
