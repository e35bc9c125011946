package dev.suanpan.workflow.audit;

/** What {@link AuditTrail#verify()} found wrong with an entry. */
public enum Tampering {
  /** The entry's contents, or its hash, were changed after it was recorded. */
  EDITED,
  /** The entry is out of its recorded order (moved, swapped, or repeated). */
  REORDERED,
  /** The entry is missing. */
  DELETED
}
