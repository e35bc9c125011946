package dev.suanpan.workflow.flows;

import dev.suanpan.core.decision.Rule;

/**
 * The guards of {@link RepairOrderFlow}, in the order of the flow, each with the rule id its
 * refusals carry.
 */
public enum RepairOrderRule implements Rule {
  /** Intake records the model. */
  INTAKE_MODEL("repair.intake.model"),
  /** Intake records the fault. */
  INTAKE_FAULT("repair.intake.fault"),
  /** Intake records the accessories handed in. */
  INTAKE_ACCESSORIES("repair.intake.accessories"),
  /** Intake records how to reach the customer. */
  INTAKE_CONTACT("repair.intake.contact"),
  /** Intake records whether the item is under warranty. */
  INTAKE_WARRANTY_CHECK("repair.intake.warranty-check"),
  /** A diagnosis is recorded. */
  DIAGNOSIS("repair.diagnosis"),
  /** A repair starts at once only under warranty. */
  WARRANTY("repair.warranty"),
  /** A repair not under warranty is quoted first. */
  PAID_REPAIR("repair.paid-repair"),
  /** A quote gives its amount. */
  QUOTE("repair.quote"),
  /** A quote for an order of lines is the customer's share of them. */
  QUOTE_CUSTOMER_SHARE("repair.quote.customer-share"),
  /** A quoted repair starts only with the customer's consent. */
  CUSTOMER_CONSENT("repair.customer-consent"),
  /**
   * Settling needs the customer's share collected: nothing under warranty, else at least the quote.
   */
  SETTLEMENT("repair.settlement"),
  /** The customer's share of the lines stays within the agreed quote. */
  SETTLEMENT_WITHIN_QUOTE("repair.settlement.within-quote"),
  /** Warranty lines are claimed from the manufacturer, with the claim reference. */
  SETTLEMENT_WARRANTY_CLAIM("repair.settlement.warranty-claim");

  private final String id;

  RepairOrderRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
