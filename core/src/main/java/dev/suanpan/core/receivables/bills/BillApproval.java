package dev.suanpan.core.receivables.bills;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;

/**
 * Who signs an endorsement or a discount (票据贴现、背书应经恰当审批, 002 §(六) 第二): the person and the role in
 * which they sign; the role's authority on the register's subject must cover the bill's face.
 *
 * <p>Rejects a null person or role.
 */
public record BillApproval(PersonId person, Role role) {
  /** Validates both parts. */
  public BillApproval {
    Arguments.notNull(person, "person");
    Arguments.notNull(role, "role");
  }

  /** {@code person} signing as {@code role}. */
  public static BillApproval of(PersonId person, Role role) {
    return new BillApproval(person, role);
  }

  @Override
  public String toString() {
    return person + " as " + role;
  }
}
