package dev.suanpan.core.credit.grade;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link GradeReview}, in the order it applies and explains them, with the stable
 * ids its explanations carry.
 */
public enum GradeReviewRule implements Rule {
  /** The payments of the review window and what is overdue now, against the limit. */
  HISTORY("grade-review.history"),
  /**
   * Each grade's criterion, best grade first, until one is met (the credit function proposes
   * grades, 002 §(二)).
   */
  CRITERION("grade-review.criterion"),
  /** The grade proposed, which needs approval by someone with authority (002 §(二)). */
  PROPOSAL("grade-review.proposal");

  private final String id;

  GradeReviewRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
