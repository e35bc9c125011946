package dev.suanpan.workflow;

/** What a {@link CaseEvent} records. */
public enum EventKind {
  /** The case was opened. */
  OPENED,
  /** The case moved by a transition that needs no approval. */
  MOVED,
  /** Someone asked for an approval transition; the case waits for the approver. */
  REQUESTED,
  /** The approver approved; the case moved. */
  APPROVED,
  /** The approver declined; the case stays where it was. */
  DECLINED,
  /** A reminder a deadline called for was recorded; the case stays where it was. */
  REMINDED,
  /** An escalation a missed deadline called for was recorded; the case stays where it was. */
  ESCALATED;

  /** True for the events that record a deadline's reminder or escalation. */
  public boolean recordsDeadline() {
    return this == REMINDED || this == ESCALATED;
  }
}
