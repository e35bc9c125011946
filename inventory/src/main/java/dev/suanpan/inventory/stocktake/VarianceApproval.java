package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;
import java.util.List;

/**
 * Approves surplus and shortage notes the way 004 篇3 仓库盘点流程 §3 orders it: the warehouse
 * supervisor's summary and cause report go to the finance supervisor for review, who passes them to
 * the general manager for approval (交财务主管复核上交总经理审批); only then does finance adjust the books. Two
 * signatures, in that order, whatever the note's value; the {@link VarianceDecision} carries the
 * rules of {@link StocktakeRule} it applied. Thread-safe.
 *
 * <p>Rejects a reviewer who is also the approver.
 */
public final class VarianceApproval {
  /** The authority subject of stocktake variances, the subject of the decisions' routes. */
  public static final Subject SUBJECT = Subject.of("stocktake-variance");

  private final Role reviewer;
  private final Role approver;
  private final StocktakePolicy policy;

  /**
   * Approval reviewed by {@code reviewer} (the finance supervisor, 财务主管) and approved by {@code
   * approver} (the general manager, 总经理), resolving by {@code policy}.
   */
  public VarianceApproval(Role reviewer, Role approver, StocktakePolicy policy) {
    this.reviewer = Arguments.notNull(reviewer, "reviewer");
    this.approver = Arguments.notNull(approver, "approver");
    this.policy = Arguments.notNull(policy, "policy");
    Arguments.check(
        !reviewer.equals(approver), "approver must not be the reviewer, was %s", approver);
  }

  /** The role that reviews first. */
  public Role reviewer() {
    return reviewer;
  }

  /** The role that approves after the review. */
  public Role approver() {
    return approver;
  }

  /**
   * Decides on {@code note} given the roles that have signed it so far, in the order they signed:
   * none yet is {@link Outcome#NEEDS_APPROVAL} by the reviewer ({@link
   * StocktakeRule#VARIANCE_REVIEW}); the reviewer alone is {@link Outcome#NEEDS_APPROVAL} by the
   * approver ({@link StocktakeRule#VARIANCE_APPROVAL}); the reviewer then the approver is {@link
   * Outcome#ALLOWED} ({@link StocktakeRule#VARIANCE_APPROVED}); anything else is {@link
   * Outcome#REFUSED} ({@link StocktakeRule#VARIANCE_OUT_OF_ORDER}). {@code custodianAtFault} says
   * whether the investigation found the custodian at fault for a shortage.
   *
   * @throws IllegalArgumentException if {@code signatures} holds a null
   */
  public VarianceDecision decide(
      VarianceNote note, List<Role> signatures, boolean custodianAtFault) {
    Arguments.notNull(note, "note");
    Arguments.notNull(signatures, "signatures");
    ImmutableList<Role> signed = ImmutableList.copyOf(signatures);
    AuthorityRequest request = AuthorityRequest.ofAmount(SUBJECT, note.value());
    Explanation.Builder why = Explanation.builder();
    Outcome outcome;
    AuthorityRoute route;
    if (signed.isEmpty()) {
      outcome = review(why, note);
      route =
          AuthorityRoute.builder().requester(reviewer).request(request).approver(reviewer).build();
    } else if (signed.equals(List.of(reviewer))) {
      outcome = approval(why, note);
      route = next(request, reviewer, approver);
    } else if (signed.equals(List.of(reviewer, approver))) {
      outcome = approved(why, note);
      route =
          AuthorityRoute.builder().requester(approver).request(request).approver(approver).build();
    } else {
      outcome = outOfOrder(why, note, signed);
      route = AuthorityRoute.builder().requester(signed.get(0)).request(request).build();
    }
    if (note.isShortage() && custodianAtFault) {
      custodianCharge(why, note);
    }
    return ImmutableVarianceDecision.builder()
        .outcome(outcome)
        .explanation(why.build())
        .route(route)
        .note(note)
        .custodianAtFault(custodianAtFault)
        .policy(policy)
        .build();
  }

  private static AuthorityRoute next(AuthorityRequest request, Role from, Role to) {
    return AuthorityRoute.builder()
        .requester(from)
        .request(request)
        .approver(to)
        .addChain(to)
        .build();
  }

  /** {@link StocktakeRule#VARIANCE_REVIEW}. */
  private Outcome review(Explanation.Builder why, VarianceNote note) {
    why.add(
        StocktakeRule.VARIANCE_REVIEW,
        "%s: %s goes to %s for review first",
        note.number(),
        note.value(),
        reviewer);
    return Outcome.NEEDS_APPROVAL;
  }

  /** {@link StocktakeRule#VARIANCE_APPROVAL}. */
  private Outcome approval(Explanation.Builder why, VarianceNote note) {
    why.add(
        StocktakeRule.VARIANCE_APPROVAL,
        "%s: %s reviewed by %s; needs %s",
        note.number(),
        note.value(),
        reviewer,
        approver);
    return Outcome.NEEDS_APPROVAL;
  }

  /** {@link StocktakeRule#VARIANCE_APPROVED}. */
  private Outcome approved(Explanation.Builder why, VarianceNote note) {
    why.add(
        StocktakeRule.VARIANCE_APPROVED,
        "%s: %s reviewed by %s and approved by %s; the books are adjusted",
        note.number(),
        note.value(),
        reviewer,
        approver);
    return Outcome.ALLOWED;
  }

  /** {@link StocktakeRule#VARIANCE_OUT_OF_ORDER}. */
  private Outcome outOfOrder(Explanation.Builder why, VarianceNote note, List<Role> signed) {
    why.add(
        StocktakeRule.VARIANCE_OUT_OF_ORDER,
        "%s: signed by %s, not reviewed by %s then approved by %s; refused",
        note.number(),
        signed,
        reviewer,
        approver);
    return Outcome.REFUSED;
  }

  /** {@link StocktakeRule#CUSTODIAN_CHARGE}. */
  private void custodianCharge(Explanation.Builder why, VarianceNote note) {
    why.add(
        StocktakeRule.CUSTODIAN_CHARGE,
        "%s at fault: %s of the loss is charged to them",
        note.custodian(),
        policy.custodianShare());
  }
}
