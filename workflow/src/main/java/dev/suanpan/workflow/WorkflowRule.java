package dev.suanpan.workflow;

import dev.suanpan.core.decision.Rule;

/**
 * The rules {@link Workflow} applies, in the order it applies them, each with the id its
 * explanations carry. A refusal names one of these or the rule of a {@link Guard} of the flow;
 * {@link Workflow#replay} names the same rules when it refuses a history that breaks them.
 */
public enum WorkflowRule implements Rule {
  /** Nothing more happens to a case in an end state of its flow. */
  STATE_ENDED("workflow.state.ended"),
  /** A new round may be opened only from a state the flow reopens from. */
  ROUND_REOPENABLE("workflow.round.not-reopenable"),
  /** A case waiting for an approval takes no other transition until it is answered. */
  APPROVAL_PENDING("workflow.approval.pending"),
  /** A command fires a transition the flow has. */
  TRANSITION_UNKNOWN("workflow.transition.unknown"),
  /** A transition starts only from the states it names. */
  TRANSITION_STATE("workflow.transition.state"),
  /** Only a role the flow names (held, or stood in for) opens a case or fires a transition. */
  ROLE("workflow.role"),
  /** Events are in time order: none is dated before the one before it. */
  TIME_ORDER("workflow.time-order"),
  /** A case is opened in the flow's initial state. */
  OPENED("workflow.opened"),
  /** A transition without approval moves the case to its target. */
  MOVED("workflow.moved"),
  /** An approval transition needs the facts that measure its request (an amount, a count). */
  APPROVAL_MEASURE("workflow.approval.measure"),
  /** A request beyond every authority of the policy needs a special approval outside it. */
  APPROVAL_BEYOND_AUTHORITY("workflow.approval.beyond-authority"),
  /** An approval transition waits for the lowest role whose authority covers its request. */
  APPROVAL_REQUESTED("workflow.approval.requested"),
  /** Only a request waiting for approval can be approved or declined. */
  APPROVAL_NONE_PENDING("workflow.approval.none-pending"),
  /** Segregation of duties: the requester, in person or by delegation, never answers it. */
  SEGREGATION("workflow.segregation"),
  /** The approver's role, or a delegator's within the delegation's cap, covers the request. */
  APPROVAL_AUTHORITY("workflow.approval.authority"),
  /** The approver declined; the case stays where it was. */
  APPROVAL_DECLINED("workflow.approval.declined"),
  /** The approver approved; the transition takes place. */
  APPROVAL_GRANTED("workflow.approval.granted"),
  /** A reminder or escalation recorded on a case is of a deadline of its flow. */
  DEADLINE_KNOWN("workflow.deadline.known");

  private final String id;

  WorkflowRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
