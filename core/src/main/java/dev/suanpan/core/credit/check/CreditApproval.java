package dev.suanpan.core.credit.check;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * A signed approval for an order beyond the credit limit: who signed, in which role, and up to
 * which excess. The {@link CreditCheck} accepts it only if the role's authority covers the actual
 * excess and the approved excess is at least the actual one.
 *
 * <p>Rejects nulls and a negative excess.
 *
 * @param role the role the approver signed in
 * @param approvedBy the person who signed
 * @param excess the largest excess over the limit the approval allows
 */
public record CreditApproval(Role role, PersonId approvedBy, Money excess) {
  /** Validates the approval. */
  public CreditApproval {
    Arguments.notNull(role, "role");
    Arguments.notNull(approvedBy, "approvedBy");
    Arguments.nonNegative(excess, "excess");
  }
}
