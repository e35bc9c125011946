package dev.suanpan.money.interest;

/** What grace days (宽限期) mean for a late payment under a {@link PenaltyPolicy}. */
public enum GraceRule {
  /**
   * A payment within the grace days bears no penalty; a later one is charged for every day late,
   * from the day after the due date.
   */
  FORGIVEN_WITHIN_GRACE,
  /** Only the days late beyond the grace days are charged. */
  DAYS_BEYOND_GRACE
}
