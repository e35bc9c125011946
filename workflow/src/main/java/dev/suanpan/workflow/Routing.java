package dev.suanpan.workflow;

/** How an {@link ApprovalStep} finds the role that must approve. */
public enum Routing {
  /**
   * Up the requester's own reporting line, to the nearest superior whose limit covers the request
   * ({@code AuthorityPolicy.route}).
   */
  UP_FROM_REQUESTER,
  /**
   * Anywhere in the organisation, to the lowest role whose limit covers the request ({@code
   * AuthorityPolicy.lowestRoleCovering}): the complaint compensation tiers.
   */
  LOWEST_COVERING_ROLE
}
