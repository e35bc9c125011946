package dev.suanpan.core.decision;

/**
 * What a rule engine decided, the same four words for pricing, credit and settlement.
 *
 * <ul>
 *   <li>{@link #ALLOWED}: it may go ahead as asked, nobody else needs to sign;
 *   <li>{@link #NEEDS_APPROVAL}: it may go ahead once the named approver signs;
 *   <li>{@link #HELD}: it waits for a condition (money to arrive, a guarantee, a review);
 *   <li>{@link #REFUSED}: policy does not allow it, whoever signs.
 * </ul>
 */
public enum Outcome {
  /** May go ahead as asked; nobody else needs to sign. */
  ALLOWED,
  /** May go ahead once the required approver signs. */
  NEEDS_APPROVAL,
  /** Waits for a condition to be met (payment, guarantee, review). */
  HELD,
  /** Not allowed by policy, whoever signs. */
  REFUSED
}
