package dev.suanpan.workflow;

import dev.suanpan.core.decision.Rule;

/**
 * The rules {@link Escalation#record} applies, in the order it applies them, each with the id its
 * explanations carry.
 */
public enum EscalationRule implements Rule {
  /** Only a reminder or escalation the deadlines call for at that time is recorded. */
  NOT_DUE("workflow.due.not-due"),
  /** A reminder or escalation is recorded once. */
  RECORDED("workflow.due.recorded"),
  /** The recorder holds a role of the flow (the same id as {@link WorkflowRule#ROLE}). */
  ROLE("workflow.role"),
  /** A reminder was recorded. */
  REMINDED("workflow.due.reminded"),
  /** An escalation was recorded. */
  ESCALATED("workflow.due.escalated");

  private final String id;

  EscalationRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
