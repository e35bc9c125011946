package dev.suanpan.workflow;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * Makes a transition wait for an approval whose approver comes from the authority model: the facts
 * give an {@link AuthorityRequest} (compensation of CNY 3000.00, a deferral of 20 days), the {@link
 * AuthorityPolicy} says which role must sign ({@link Routing}), and only someone other than the
 * requester whose own authority, or a delegator's, covers the request may approve.
 */
public final class ApprovalStep {
  private final AuthorityPolicy policy;
  private final String description;
  private final Function<Facts, Optional<AuthorityRequest>> measure;
  private final Routing routing;

  private ApprovalStep(
      AuthorityPolicy policy,
      String description,
      Function<Facts, Optional<AuthorityRequest>> measure,
      Routing routing) {
    this.policy = Arguments.notNull(policy, "policy");
    this.description = Arguments.notBlank(description, "description");
    this.measure = Arguments.notNull(measure, "measure");
    this.routing = Arguments.notNull(routing, "routing");
  }

  /** Approval of the amount in {@code amount} on {@code subject}. */
  public static ApprovalStep byAmount(
      AuthorityPolicy policy, Subject subject, Fact<Money> amount, Routing routing) {
    Arguments.notNull(subject, "subject");
    Arguments.notNull(amount, "amount");
    return new ApprovalStep(
        policy,
        subject + " by " + amount.name(),
        f -> f.get(amount).map(a -> AuthorityRequest.ofAmount(subject, a)),
        routing);
  }

  /** Approval of the count (days, units) in {@code count} on {@code subject}. */
  public static ApprovalStep byCount(
      AuthorityPolicy policy, Subject subject, Fact<Long> count, Routing routing) {
    Arguments.notNull(subject, "subject");
    Arguments.notNull(count, "count");
    return new ApprovalStep(
        policy,
        subject + " by " + count.name(),
        f -> f.get(count).map(c -> AuthorityRequest.ofCount(subject, c)),
        routing);
  }

  /**
   * Approval of whatever {@code measure} makes of the facts (empty when they do not say enough):
   * for subjects chosen by the facts, such as a unit swap's direction.
   */
  public static ApprovalStep of(
      AuthorityPolicy policy,
      String description,
      Function<Facts, Optional<AuthorityRequest>> measure,
      Routing routing) {
    return new ApprovalStep(policy, description, measure, routing);
  }

  /** The authority model the approvers come from. */
  public AuthorityPolicy policy() {
    return policy;
  }

  /** What is approved, as it appears in a diagram. */
  public String description() {
    return description;
  }

  /** How the required approver is found. */
  public Routing routing() {
    return routing;
  }

  /** The request the facts make, empty when they do not say enough. */
  public Optional<AuthorityRequest> requestFor(Facts facts) {
    Arguments.notNull(facts, "facts");
    return measure.apply(facts);
  }

  /**
   * The role that must approve {@code request} made by someone in {@code requesterRole}; empty when
   * beyond every authority. When the requester's own role covers it, the answer is that role, to be
   * given by someone else holding it or a role above. A requester whose role is not in the policy
   * is routed to the lowest covering role.
   */
  public Optional<Role> requiredApprover(Role requesterRole, AuthorityRequest request) {
    Arguments.notNull(request, "request");
    Optional<AuthorityRoute> up = route(requesterRole, request);
    return up.isPresent() ? up.get().approver() : policy.lowestRoleCovering(request);
  }

  /** The route up the requester's line, when routed that way and the role is in the policy. */
  Optional<AuthorityRoute> route(Role requesterRole, AuthorityRequest request) {
    Arguments.notNull(requesterRole, "requesterRole");
    if (routing != Routing.UP_FROM_REQUESTER || !policy.roles().contains(requesterRole)) {
      return Optional.empty();
    }
    return Optional.of(policy.route(requesterRole, request));
  }

  @Override
  public String toString() {
    return "approval of " + description;
  }
}
