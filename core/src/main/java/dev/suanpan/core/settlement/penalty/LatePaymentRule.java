package dev.suanpan.core.settlement.penalty;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link LatePaymentPenalties}, in the order it applies them, each with the stable
 * identifier its step in a {@link LatePaymentDecision}'s explanation carries.
 */
public enum LatePaymentRule implements Rule {
  /**
   * An instalment paid late is charged from its due date to the day it was paid, one still unpaid
   * to the assessment day.
   */
  INSTALMENT("late-payment.instalment"),

  /** The penalties on the schedule added up. */
  TOTAL("late-payment.total");

  private final String id;

  LatePaymentRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
