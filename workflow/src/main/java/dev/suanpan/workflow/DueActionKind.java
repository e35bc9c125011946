package dev.suanpan.workflow;

/** What a {@link DueAction} asks for. */
public enum DueActionKind {
  /** The deadline is near: remind whoever holds the case. */
  REMIND,
  /** The deadline has passed: report the case to the escalation role. */
  ESCALATE
}
