package dev.suanpan.core.settlement.complaint;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link ComplaintCompensation}, in the order it applies them, each with the
 * stable identifier its step in a {@link CompensationDecision}'s explanation carries.
 */
public enum CompensationRule implements Rule {
  /** The loss is the compensation plus the company's other losses (001 第二十五条). */
  LOSS("compensation.loss"),

  /** The compensation is approved by the role of its amount tier (001 第二十七条). */
  APPROVAL("compensation.approval"),

  /**
   * The policy's share of the loss is charged to those held responsible, by their shares (001
   * 第二十五条).
   */
  DEDUCTION("compensation.deduction"),

  /** A member of staff is charged at most the policy's cap; the rest stays with the company. */
  STAFF_CAP("compensation.staff-cap"),

  /** The company bears what is not charged. */
  COMPANY("compensation.company");

  private final String id;

  CompensationRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
