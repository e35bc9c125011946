package dev.suanpan.workflow;

import dev.suanpan.core.authority.Role;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Something a deadline calls for now: a reminder before the due day, or an escalation after it,
 * with the case, the deadline, when the clock started, the due day, and whom to tell.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DueAction {
  /** The case. */
  public abstract CaseId caseId();

  /** The deadline's name. */
  public abstract String deadline();

  /** Remind or escalate. */
  public abstract DueActionKind kind();

  /** The day the clock started. */
  public abstract LocalDate started();

  /** The last day to meet the deadline. */
  public abstract LocalDate due();

  /** Whom to tell on escalation (on a reminder, who will be told if it is missed). */
  public abstract Role escalateTo();

  @Override
  public String toString() {
    return kind()
        + " "
        + caseId()
        + ": "
        + deadline()
        + " started "
        + started()
        + ", due "
        + due()
        + (kind() == DueActionKind.ESCALATE ? ", escalate to " : ", else escalate to ")
        + escalateTo().title();
  }
}
