package dev.suanpan.workflow.flows;

import dev.suanpan.core.decision.Rule;

/**
 * The guards of {@link PropertySubscriptionFlow}, in the order of the flow, each with the rule id
 * its refusals carry.
 */
public enum PropertySubscriptionRule implements Rule {
  /** A pledge names the buyer. */
  BUYER("property.buyer"),
  /** A pledge gives its amount. */
  PLEDGE("property.pledge"),
  /** A pledge is refunded only with the VIP card returned. */
  CARD_RETURNED("property.card-returned"),
  /** A subscription names the unit. */
  UNIT("property.unit"),
  /** A subscription gives the price. */
  PRICE("property.price"),
  /** A rename names the new buyer. */
  NEW_BUYER("property.new-buyer"),
  /** Renames stay within their share of the project's subscriptions. */
  RENAME_QUOTA("property.rename-quota"),
  /** A unit swap names the new unit. */
  NEW_UNIT("property.new-unit"),
  /** A unit swap needs the new unit available. */
  NEW_UNIT_AVAILABLE("property.new-unit-available"),
  /** Signing deferrals stay within their share of the project's units. */
  DEFERRAL_QUOTA("property.deferral-quota"),
  /** A cancellation is settled first and carries the settlement's figures. */
  SETTLEMENT("property.settlement"),
  /** A cancellation carries a settlement of its own stage. */
  SETTLEMENT_STAGE("property.settlement-stage"),
  /** A cancellation is routed to the approver the settlement named. */
  SETTLEMENT_APPROVER("property.settlement-approver"),
  /** A registered contract is cancelled only with the maintenance-fund waiver signed. */
  MAINTENANCE_FUND_WAIVER("property.maintenance-fund-waiver");

  private final String id;

  PropertySubscriptionRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
