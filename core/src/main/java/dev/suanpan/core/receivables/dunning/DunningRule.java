package dev.suanpan.core.receivables.dunning;

import dev.suanpan.core.decision.Rule;

/** The rules of {@link Dunning}, in the order it applies them, with their stable ids. */
public enum DunningRule implements Rule {
  /** The customer's overdue instalments and the days of the most overdue one. */
  OVERDUE("dunning.overdue"),
  /** The highest level whose days the most overdue instalment has reached. */
  LEVEL("dunning.level"),
  /** The level's fee. */
  FEE("dunning.fee"),
  /** Interest on the overdue instalments, at a level that charges it (计息, 002 第一篇 §5). */
  INTEREST("dunning.interest");

  private final String id;

  DunningRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
