package dev.suanpan.core.credit.writeoff;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.money.internal.Arguments;

/**
 * Writes off a confirmed bad debt, approved within authority (经审批后核销): if the approver's role holds
 * authority on the policy's {@link CreditPolicy#writeOffSubject() write-off subject} covering the
 * amount, the debt goes to the memo register (账销案存) and the entry Dr bad-debt allowance / Cr
 * accounts receivable is produced; otherwise the request goes up from the approver's role to the
 * lowest superior whose authority covers it, or is refused if nobody's does. Immutable and
 * thread-safe.
 */
public final class BadDebtWriteOff {
  private final CreditPolicy policy;

  private BadDebtWriteOff(CreditPolicy policy) {
    this.policy = policy;
  }

  /** Write-offs under {@code policy}'s authority matrix. */
  public static BadDebtWriteOff of(CreditPolicy policy) {
    return new BadDebtWriteOff(Arguments.notNull(policy, "policy"));
  }

  /**
   * Decides and, when within the approver's authority, performs the write-off of {@code request}.
   *
   * @throws IllegalArgumentException if the approver's role is not in the policy's authority
   *     matrix, or the amount is not in the policy's currency
   */
  public WriteOffDecision writeOff(WriteOffRequest request) {
    Arguments.notNull(request, "request");
    Arguments.inCurrency(request.amount(), policy.currency(), "amount");
    AuthorityPolicy authority = policy.authority();
    AuthorityRequest asked = AuthorityRequest.ofAmount(policy.writeOffSubject(), request.amount());
    AuthorityRoute route = authority.route(request.approverRole(), asked);
    Receivable r = request.receivable();
    String what = r.document() + " of " + r.customer() + ", " + request.amount();
    Explanation.Builder why = Explanation.builder();
    why.add(
        WriteOffRule.CAUSE,
        what
            + ": "
            + request.cause()
            + request.responsible().map(p -> "; responsible " + p).orElse(""));
    ImmutableWriteOffDecision.Builder decision =
        ImmutableWriteOffDecision.builder().amount(request.amount());
    if (route.withinOwnAuthority()) {
      why.add(
          WriteOffRule.AUTHORITY,
          "approved by "
              + request.approvedBy()
              + " as "
              + request.approverRole()
              + ", within their authority; kept on the memo register");
      JournalEntry entry =
          JournalEntry.builder()
              .date(request.on())
              .reference(r.document())
              .description("Bad debt written off: " + r.document() + " of " + r.customer())
              .debit(LedgerAccount.BAD_DEBT_ALLOWANCE, request.amount())
              .credit(LedgerAccount.ACCOUNTS_RECEIVABLE, request.amount())
              .putDimension(Dimensions.CUSTOMER, r.customer().code())
              .build();
      return decision
          .outcome(Outcome.ALLOWED)
          .explanation(why.build())
          .memo(MemoRecord.of(request))
          .entry(entry)
          .build();
    }
    decision.approval(route);
    if (route.beyondEveryAuthority()) {
      why.add(WriteOffRule.AUTHORITY, request.amount() + " is beyond every role's authority");
      return decision.outcome(Outcome.REFUSED).explanation(why.build()).build();
    }
    why.add(
        WriteOffRule.AUTHORITY,
        request.amount()
            + " is beyond the authority of "
            + request.approverRole()
            + "; needs "
            + route.approver().orElseThrow());
    return decision.outcome(Outcome.NEEDS_APPROVAL).explanation(why.build()).build();
  }
}
