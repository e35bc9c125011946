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
import org.immutables.value.Value;

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
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AuthorityPolicy {
  /** All roles, in the order they were added (two roles are the same role when their codes are). */
  public abstract ImmutableSet<Role> roles();

  /** Each role that reports to another, to the role it reports to (its delegator). */
  public abstract ImmutableMap<Role, Role> superiors();

  /**
   * The limits the roles hold, one per role and subject: grouped by role in the order of {@link
   * #roles()}, each role's in the order given. Two policies with the same roles, reporting lines
   * and limits are equal whatever order the limits were added in.
   */
  public abstract ImmutableList<RoleLimit> limits();

  /** A builder: add roles top-down, then limits. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Lazy
  ImmutableMap<String, Role> byCode() {
    ImmutableMap.Builder<String, Role> b = ImmutableMap.builder();
    for (Role r : roles()) {
      b.put(r.code(), r);
    }
    return b.buildKeepingLast();
  }

  @Value.Lazy
  ImmutableMap<Role, ImmutableMap<Subject, Limit>> limitsByRole() {
    Map<Role, Map<Subject, Limit>> m = new LinkedHashMap<>();
    for (RoleLimit l : limits()) {
      m.computeIfAbsent(l.role(), r -> new LinkedHashMap<>()).put(l.subject(), l.limit());
    }
    ImmutableMap.Builder<Role, ImmutableMap<Subject, Limit>> b = ImmutableMap.builder();
    m.forEach((r, byRole) -> b.put(r, ImmutableMap.copyOf(byRole)));
    return b.build();
  }

  /** The role with this code, if the policy has it. */
  public Optional<Role> role(String code) {
    return Optional.ofNullable(byCode().get(Arguments.notNull(code, "code")));
  }

  /** The role {@code role} reports to, empty for a top role. */
  public Optional<Role> superiorOf(Role role) {
    requireKnown(role, "role");
    return Optional.ofNullable(superiors().get(role));
  }

  /** The superiors of {@code role}, nearest first, up to the top. */
  public ImmutableList<Role> superiorsOf(Role role) {
    requireKnown(role, "role");
    ImmutableList.Builder<Role> out = ImmutableList.builder();
    Role r = superiors().get(role);
    while (r != null) {
      out.add(r);
      r = superiors().get(r);
    }
    return out.build();
  }

  /** The limit {@code role} holds on {@code subject}, empty if it holds none. */
  public Optional<Limit> limitOf(Role role, Subject subject) {
    requireKnown(role, "role");
    Arguments.notNull(subject, "subject");
    ImmutableMap<Subject, Limit> byRole = limitsByRole().get(role);
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
    for (Role r : roles()) {
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
        byCode().containsKey(role.code()),
        "%s %s (%s) is not a role of this policy; roles are %s",
        name,
        role.code(),
        role.title(),
        byCode().keySet());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AuthorityPolicy");
    for (Role r : roles()) {
      s.append("\n  ").append(r.code());
      Role sup = superiors().get(r);
      if (sup != null) {
        s.append(" (reports to ").append(sup.code()).append(')');
      }
      ImmutableMap<Subject, Limit> byRole = limitsByRole().get(r);
      if (byRole != null) {
        byRole.forEach((subj, lim) -> s.append("; ").append(subj).append(": ").append(lim));
      }
    }
    return s.toString();
  }

  /**
   * Validates the policy and puts its limits in the order of its roles.
   *
   * @throws IllegalArgumentException naming the roles and limits that break the rules
   */
  @Value.Check
  protected AuthorityPolicy check() {
    validate();
    ImmutableList<RoleLimit> grouped = groupedByRole();
    return grouped.equals(limits())
        ? this
        : ((ImmutableAuthorityPolicy) ImmutableAuthorityPolicy.copyOf(this)).withLimits(grouped);
  }

  private ImmutableList<RoleLimit> groupedByRole() {
    ImmutableList.Builder<RoleLimit> out = ImmutableList.builder();
    for (Role r : roles()) {
      for (RoleLimit l : limits()) {
        if (l.role().equals(r)) {
          out.add(l);
        }
      }
    }
    return out.build();
  }

  private void validate() {
    Arguments.check(!roles().isEmpty(), "policy must have at least one role");
    Set<String> codes = new HashSet<>();
    for (Role r : roles()) {
      codes.add(r.code());
    }
    superiors()
        .forEach(
            (role, superior) -> {
              Arguments.check(
                  codes.contains(role.code()),
                  "%s reports to %s, but is not a role of this policy",
                  role.code(),
                  superior.code());
              Arguments.check(
                  codes.contains(superior.code()),
                  "role %s reports to %s, which is not a role of this policy",
                  role.code(),
                  superior.code());
            });
    checkNoCycle();
    checkLimits(codes);
  }

  private void checkNoCycle() {
    for (Role r : roles()) {
      Set<Role> seen = new HashSet<>();
      Role cur = r;
      while (cur != null) {
        Arguments.check(seen.add(cur), "reporting lines form a cycle through %s", cur.code());
        cur = superiors().get(cur);
      }
    }
  }

  private void checkLimits(Set<String> codes) {
    Set<List<Object>> seen = new HashSet<>();
    for (RoleLimit l : limits()) {
      Arguments.check(
          codes.contains(l.role().code()),
          "a limit is given to %s, which is not a role of this policy",
          l.role().code());
      Arguments.check(
          seen.add(List.of(l.role(), l.subject())),
          "role %s already has a limit on %s",
          l.role().code(),
          l.subject());
    }
    for (RoleLimit l : limits()) {
      checkDelegated(l);
    }
  }

  private void checkDelegated(RoleLimit l) {
    Role superior = superiors().get(l.role());
    if (superior == null) {
      return;
    }
    Limit delegator = null;
    for (RoleLimit d : limits()) {
      if (d.role().equals(superior) && d.subject().equals(l.subject())) {
        delegator = d.limit();
      }
    }
    Arguments.check(
        delegator != null,
        "%s holds %s on %s, but %s, who delegates to it, holds no authority on %s",
        l.role().code(),
        l.limit(),
        l.subject(),
        superior.code(),
        l.subject());
    Arguments.check(
        l.limit().within(delegator),
        "%s holds %s on %s, more than its delegator %s, who holds %s",
        l.role().code(),
        l.limit(),
        l.subject(),
        superior.code(),
        delegator);
  }

  /**
   * Collects roles, reporting lines and limits; {@link #build()} validates them together and
   * refuses, naming them, what {@link AuthorityPolicy} refuses.
   */
  public static final class Builder extends ImmutableAuthorityPolicy.Builder {
    private final Set<String> codes = new HashSet<>();
    private final Set<List<Object>> limited = new HashSet<>();

    Builder() {}

    /** Adds a top role, reporting to nobody; rejects a role added twice. */
    public Builder role(Role role) {
      Arguments.notNull(role, "role");
      Arguments.check(codes.add(role.code()), "role %s is added twice", role.code());
      addRole(role);
      return this;
    }

    /** Adds a role that reports to (and receives its authority from) {@code superior}. */
    public Builder role(Role role, Role superior) {
      Arguments.notNull(superior, "superior");
      role(role);
      putSuperior(role, superior);
      return this;
    }

    /** Gives {@code role} the limit {@code limit} on {@code subject}; rejects a second one. */
    public Builder limit(Role role, Subject subject, Limit limit) {
      RoleLimit l = new RoleLimit(role, subject, limit);
      Arguments.check(
          limited.add(List.of(role, subject)),
          "role %s already has a limit on %s",
          role.code(),
          subject);
      addLimit(l);
      return this;
    }
  }
}
