package dev.suanpan.core.authority;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's roles, who each reports to (the delegator), and the {@link Limit} each holds
 * per {@link Subject}: the authority matrix of the business (价格浮动权逐级递减分配: authority handed down
 * level by level with shrinking limits).
 *
 * <p>Build one with {@link #builder()}; it is validated when built and fails at once, naming the
 * roles and values, when a role reports to an unknown role, the reporting lines form a cycle, a
 * limit names an unknown role, or a role holds more authority on a subject than the role it reports
 * to (or holds some where its superior holds none). Immutable and thread-safe.
 *
 * <p>{@link #route(Role, AuthorityRequest)} answers who must sign a request: the requester itself
 * when within its limit, otherwise the lowest superior whose limit covers it, or nobody.
 */
public final class AuthorityPolicy {
  private final ImmutableMap<String, Role> roles;
  private final ImmutableMap<Role, Role> superiors;
  private final ImmutableMap<Role, ImmutableMap<Subject, Limit>> limits;

  private AuthorityPolicy(
      ImmutableMap<String, Role> roles,
      ImmutableMap<Role, Role> superiors,
      ImmutableMap<Role, ImmutableMap<Subject, Limit>> limits) {
    this.roles = roles;
    this.superiors = superiors;
    this.limits = limits;
  }

  /** A builder: add roles top-down, then limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** All roles, in the order they were added. */
  public ImmutableSet<Role> roles() {
    return ImmutableSet.copyOf(roles.values());
  }

  /** The role with this code, if the policy has it. */
  public Optional<Role> role(String code) {
    return Optional.ofNullable(roles.get(Arguments.notNull(code, "code")));
  }

  /** The role {@code role} reports to, empty for a top role. */
  public Optional<Role> superiorOf(Role role) {
    requireKnown(role, "role");
    return Optional.ofNullable(superiors.get(role));
  }

  /** The superiors of {@code role}, nearest first, up to the top. */
  public ImmutableList<Role> superiorsOf(Role role) {
    requireKnown(role, "role");
    ImmutableList.Builder<Role> out = ImmutableList.builder();
    Role r = superiors.get(role);
    while (r != null) {
      out.add(r);
      r = superiors.get(r);
    }
    return out.build();
  }

  /** The limit {@code role} holds on {@code subject}, empty if it holds none. */
  public Optional<Limit> limitOf(Role role, Subject subject) {
    requireKnown(role, "role");
    Arguments.notNull(subject, "subject");
    ImmutableMap<Subject, Limit> byRole = limits.get(role);
    return byRole == null ? Optional.empty() : Optional.ofNullable(byRole.get(subject));
  }

  /** True if {@code role}'s own limit covers {@code request}. */
  public boolean mayGrant(Role role, AuthorityRequest request) {
    Arguments.notNull(request, "request");
    return limitOf(role, request.subject()).map(l -> l.covers(request)).orElse(false);
  }

  /**
   * Who must sign {@code request} made by {@code requester}: the requester if its own limit covers
   * it; otherwise the nearest superior whose limit covers it, with the chain of superiors up to
   * them; otherwise nobody (beyond every authority).
   */
  public AuthorityRoute route(Role requester, AuthorityRequest request) {
    requireKnown(requester, "requester");
    Arguments.notNull(request, "request");
    AuthorityRoute.Builder route = AuthorityRoute.builder().requester(requester).request(request);
    if (mayGrant(requester, request)) {
      return route.approver(requester).build();
    }
    List<Role> chain = new ArrayList<>();
    for (Role superior : superiorsOf(requester)) {
      chain.add(superior);
      if (mayGrant(superior, request)) {
        return route.approver(superior).chain(chain).build();
      }
    }
    return route.build();
  }

  /**
   * The lowest role, anywhere in the organisation, whose limit on the request's subject covers it:
   * for approvals that do not start from a requester's own place, such as complaint compensation
   * tiers. "Lowest" means furthest from the top; ties go to the role added first.
   */
  public Optional<Role> lowestRoleCovering(AuthorityRequest request) {
    Arguments.notNull(request, "request");
    Role best = null;
    int bestDepth = -1;
    for (Role r : roles.values()) {
      if (mayGrant(r, request)) {
        int depth = superiorsOf(r).size();
        if (depth > bestDepth) {
          best = r;
          bestDepth = depth;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private void requireKnown(Role role, String name) {
    Arguments.notNull(role, name);
    Arguments.check(
        roles.containsKey(role.code()),
        "%s %s (%s) is not a role of this policy; roles are %s",
        name,
        role.code(),
        role.title(),
        roles.keySet());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AuthorityPolicy");
    for (Role r : roles.values()) {
      s.append("\n  ").append(r.code());
      Role sup = superiors.get(r);
      if (sup != null) {
        s.append(" (reports to ").append(sup.code()).append(')');
      }
      ImmutableMap<Subject, Limit> byRole = limits.get(r);
      if (byRole != null) {
        byRole.forEach((subj, lim) -> s.append("; ").append(subj).append(": ").append(lim));
      }
    }
    return s.toString();
  }

  /** Collects roles, reporting lines and limits; {@link #build()} validates them together. */
  public static final class Builder {
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<Role, Role> superiors = new LinkedHashMap<>();
    private final Map<Role, Map<Subject, Limit>> limits = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a top role, reporting to nobody. */
    public Builder role(Role role) {
      Arguments.notNull(role, "role");
      Arguments.check(!roles.containsKey(role.code()), "role %s is added twice", role.code());
      roles.put(role.code(), role);
      return this;
    }

    /** Adds a role that reports to (and receives its authority from) {@code superior}. */
    public Builder role(Role role, Role superior) {
      Arguments.notNull(superior, "superior");
      role(role);
      superiors.put(role, superior);
      return this;
    }

    /** Gives {@code role} the limit {@code limit} on {@code subject}. */
    public Builder limit(Role role, Subject subject, Limit limit) {
      Arguments.notNull(role, "role");
      Arguments.notNull(subject, "subject");
      Arguments.notNull(limit, "limit");
      Map<Subject, Limit> byRole = limits.computeIfAbsent(role, r -> new LinkedHashMap<>());
      Arguments.check(
          !byRole.containsKey(subject), "role %s already has a limit on %s", role.code(), subject);
      byRole.put(subject, limit);
      return this;
    }

    /**
     * Validates and builds the policy.
     *
     * @throws IllegalArgumentException naming the roles and limits that break the rules
     */
    public AuthorityPolicy build() {
      Arguments.check(!roles.isEmpty(), "policy must have at least one role");
      for (Map.Entry<Role, Role> e : superiors.entrySet()) {
        Arguments.check(
            roles.containsKey(e.getValue().code()),
            "role %s reports to %s, which is not a role of this policy",
            e.getKey().code(),
            e.getValue().code());
      }
      for (Role r : roles.values()) {
        Set<Role> seen = new HashSet<>();
        Role cur = r;
        while (cur != null) {
          Arguments.check(seen.add(cur), "reporting lines form a cycle through %s", cur.code());
          cur = superiors.get(cur);
        }
      }
      for (Role r : limits.keySet()) {
        Arguments.check(
            roles.containsKey(r.code()),
            "a limit is given to %s, which is not a role of this policy",
            r.code());
      }
      for (Map.Entry<Role, Map<Subject, Limit>> e : limits.entrySet()) {
        Role role = e.getKey();
        Role superior = superiors.get(role);
        if (superior == null) {
          continue;
        }
        for (Map.Entry<Subject, Limit> l : e.getValue().entrySet()) {
          Limit own = l.getValue();
          Limit delegator = limits.getOrDefault(superior, Map.of()).get(l.getKey());
          Arguments.check(
              delegator != null,
              "%s holds %s on %s, but %s, who delegates to it, holds no authority on %s",
              role.code(),
              own,
              l.getKey(),
              superior.code(),
              l.getKey());
          Arguments.check(
              own.within(delegator),
              "%s holds %s on %s, more than its delegator %s, who holds %s",
              role.code(),
              own,
              l.getKey(),
              superior.code(),
              delegator);
        }
      }
      ImmutableMap.Builder<Role, ImmutableMap<Subject, Limit>> lim = ImmutableMap.builder();
      limits.forEach((r, m) -> lim.put(r, ImmutableMap.copyOf(m)));
      return new AuthorityPolicy(
          ImmutableMap.copyOf(roles), ImmutableMap.copyOf(superiors), lim.build());
    }
  }
}
