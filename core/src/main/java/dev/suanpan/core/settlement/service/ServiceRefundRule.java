package dev.suanpan.core.settlement.service;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link ServiceContractRefund}, in the order it applies them, each with the
 * stable identifier its step in a {@link ServiceRefundDecision}'s explanation carries.
 */
public enum ServiceRefundRule implements Rule {
  /**
   * The price is split into the days of cover used and the days left: exactly, or by a daily rate
   * rounded before it is multiplied by the days left.
   */
  DAYS("service.days"),

  /** The price is split into the services used and the services left. */
  SERVICES("service.services"),

  /** The months of cover used, each at the monthly list price, at most the price. */
  MONTHS("service.months"),

  /**
   * The value used is the split the policy names; by the greater use, the split with the larger
   * used value.
   */
  BASIS("service.basis"),

  /** The cancellation fee on the unused value plus the handling fee, at most the unused value. */
  FEE("service.fee"),

  /** The refund: the unused value less the fees. */
  REFUND("service.refund");

  private final String id;

  ServiceRefundRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
