package dev.suanpan.workflow;

import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.PersonId;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * A request waiting for its approver: which transition, who asked in which role and when, the facts
 * it would record, the authority it needs, and the role it was routed to. The requester can never
 * approve it.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PendingApproval {
  /** The transition that takes place on approval. */
  public abstract String transition();

  /** Who asked. */
  public abstract PersonId requester();

  /** In which role. */
  public abstract Role requesterRole();

  /** Whom the requester stood in for, if anyone; they may not approve either. */
  public abstract java.util.Optional<PersonId> requesterOnBehalfOf();

  /** When. */
  public abstract LocalDateTime requestedAt();

  /** The facts the transition would record. */
  public abstract Facts payload();

  /** The authority it needs. */
  public abstract AuthorityRequest request();

  /** The lowest role whose authority covers it. */
  public abstract Role requiredApprover();

  @Override
  public String toString() {
    return transition()
        + " ("
        + request()
        + ") asked by "
        + requester()
        + " at "
        + requestedAt()
        + ", needs "
        + requiredApprover();
  }
}
