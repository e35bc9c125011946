package dev.suanpan.workflow;

/** What a {@link Command} asks the workflow to do. */
public enum CommandKind {
  /** Open a new case in the definition's initial state. */
  OPEN,
  /** Fire a named transition; for an approval transition, ask for it to be approved. */
  FIRE,
  /** Approve the case's pending request; the transition then takes place. */
  APPROVE,
  /** Decline the case's pending request; the case stays where it is. */
  DECLINE
}
