package dev.suanpan.workflow.flows;

import dev.suanpan.core.decision.Rule;

/**
 * The guards of {@link ComplaintFlow}, in the order of the flow, each with the rule id its refusals
 * carry.
 */
public enum ComplaintRule implements Rule {
  /** A complaint is registered with the customer. */
  CUSTOMER("complaint.customer"),
  /** A complaint is registered with what is complained of. */
  SUBJECT("complaint.subject"),
  /** The report says whether it is a quality problem. */
  CLASS("complaint.class"),
  /** The report names who is responsible. */
  RESPONSIBILITY("complaint.responsibility"),
  /** A proposal names the handling (discount, compensation, return, rework, none). */
  HANDLING("complaint.handling"),
  /** The customer is answered by letter or phone, never with the internal form. */
  ANSWER_CHANNEL("complaint.answer-channel");

  private final String id;

  ComplaintRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
