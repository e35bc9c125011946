package dev.suanpan.inventory.stocktake;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;

/**
 * Approves surplus and shortage notes (finance, then the general manager, in 004 篇3) by the
 * organisation's {@link AuthorityPolicy} on the subject {@link #SUBJECT}, measured by the note's
 * value; the {@link VarianceDecision} carries the rules of {@link StocktakeRule} it applied.
 * Thread-safe.
 */
public final class VarianceApproval {
  /** The authority subject of stocktake variances. */
  public static final Subject SUBJECT = Subject.of("stocktake-variance");

  private final AuthorityPolicy authority;
  private final StocktakePolicy policy;

  /** Approval by {@code authority}, resolving by {@code policy}. */
  public VarianceApproval(AuthorityPolicy authority, StocktakePolicy policy) {
    this.authority = Arguments.notNull(authority, "authority");
    this.policy = Arguments.notNull(policy, "policy");
  }

  /**
   * Decides whether {@code signedBy} may approve {@code note}: {@link Outcome#ALLOWED} when the
   * note's value is within their limit, {@link Outcome#NEEDS_APPROVAL} naming the lowest superior
   * whose limit covers it, {@link Outcome#REFUSED} when no role's does. {@code custodianAtFault}
   * says whether the investigation found the custodian at fault for a shortage.
   */
  public VarianceDecision decide(VarianceNote note, Role signedBy, boolean custodianAtFault) {
    Arguments.notNull(note, "note");
    Arguments.notNull(signedBy, "signedBy");
    AuthorityRoute route =
        authority.route(signedBy, AuthorityRequest.ofAmount(SUBJECT, note.value()));
    Explanation.Builder why = Explanation.builder();
    Outcome outcome;
    if (route.withinOwnAuthority()) {
      outcome = approved(why, note, signedBy);
    } else if (route.needsApproval()) {
      outcome = approval(why, note, signedBy, route);
    } else {
      outcome = beyondAuthority(why, note);
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

  /** {@link StocktakeRule#VARIANCE_APPROVED}. */
  private static Outcome approved(Explanation.Builder why, VarianceNote note, Role signedBy) {
    why.add(
        StocktakeRule.VARIANCE_APPROVED,
        "%s: %s approves %s within their authority",
        note.number(),
        signedBy,
        note.value());
    return Outcome.ALLOWED;
  }

  /** {@link StocktakeRule#VARIANCE_APPROVAL}. */
  private static Outcome approval(
      Explanation.Builder why, VarianceNote note, Role signedBy, AuthorityRoute route) {
    why.add(
        StocktakeRule.VARIANCE_APPROVAL,
        "%s: %s is beyond the authority of %s; needs %s",
        note.number(),
        note.value(),
        signedBy,
        route.approver().orElseThrow());
    return Outcome.NEEDS_APPROVAL;
  }

  /** {@link StocktakeRule#VARIANCE_BEYOND_AUTHORITY}. */
  private static Outcome beyondAuthority(Explanation.Builder why, VarianceNote note) {
    why.add(
        StocktakeRule.VARIANCE_BEYOND_AUTHORITY,
        "%s: %s is beyond every authority on %s",
        note.number(),
        note.value(),
        SUBJECT);
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
