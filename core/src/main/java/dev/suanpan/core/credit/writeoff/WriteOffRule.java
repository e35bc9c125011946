package dev.suanpan.core.credit.writeoff;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link BadDebtWriteOff}, in the order it applies and explains them, with the
 * stable ids its explanations carry.
 */
public enum WriteOffRule implements Rule {
  /**
   * A confirmed bad debt is written off with its cause found and responsibility assigned (002
   * §(八)).
   */
  CAUSE("write-off.cause"),
  /** The write-off is approved by a role whose authority covers the amount (002 §(八)). */
  AUTHORITY("write-off.authority");

  private final String id;

  WriteOffRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
