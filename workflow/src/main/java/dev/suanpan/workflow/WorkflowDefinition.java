package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.Role;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A flow as data: its states, the one it starts in, the end states, who may open a case, the {@link
 * Transition}s between states, the {@link Deadline}s on them, and the end states from which a new
 * round may be opened with the old case attached. Built with {@link #builder(String)} and validated
 * when built; renders itself as a Mermaid state diagram ({@link #toMermaid()}).
 *
 * <p>Immutable and thread-safe. Building fails, naming what is wrong, when a transition or deadline
 * names an unknown state, two transitions share a name, an end state has a way out, a state cannot
 * be reached from the initial state, or no end state can be reached from some state.
 */
public final class WorkflowDefinition {
  private final String name;
  private final ImmutableMap<String, State> states;
  private final State initial;
  private final ImmutableSet<State> endStates;
  private final ImmutableSet<Role> openedBy;
  private final ImmutableMap<String, Transition> transitions;
  private final ImmutableList<Deadline> deadlines;
  private final ImmutableSet<State> nextRoundFrom;
  private final ImmutableList<Guard> openGuards;

  private WorkflowDefinition(Builder b) {
    this.openGuards = ImmutableList.copyOf(b.openGuards);
    this.name = b.name;
    this.states = ImmutableMap.copyOf(b.states);
    this.initial = b.initial;
    this.endStates = ImmutableSet.copyOf(b.endStates);
    this.openedBy = ImmutableSet.copyOf(b.openedBy);
    this.transitions = ImmutableMap.copyOf(b.transitions);
    this.deadlines = ImmutableList.copyOf(b.deadlines);
    this.nextRoundFrom = ImmutableSet.copyOf(b.nextRoundFrom);
  }

  /** A builder for the flow called {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The flow's name. */
  public String name() {
    return name;
  }

  /** All states, in the order they were added. */
  public ImmutableSet<State> states() {
    return ImmutableSet.copyOf(states.values());
  }

  /** The state with this code, if the flow has it. */
  public Optional<State> state(String code) {
    return Optional.ofNullable(states.get(Arguments.notNull(code, "code")));
  }

  /** The state a new case starts in. */
  public State initialState() {
    return initial;
  }

  /** The states a case ends in. */
  public ImmutableSet<State> endStates() {
    return endStates;
  }

  /** True if {@code state} is an end state. */
  public boolean isEnd(State state) {
    return endStates.contains(Arguments.notNull(state, "state"));
  }

  /** The roles that may open a case. */
  public ImmutableSet<Role> openedBy() {
    return openedBy;
  }

  /** The conditions the facts of a new case must meet (an intake's required details). */
  public ImmutableList<Guard> openGuards() {
    return openGuards;
  }

  /** All transitions, in the order they were added. */
  public ImmutableList<Transition> transitions() {
    return transitions.values().asList();
  }

  /** The transition with this name, if the flow has it. */
  public Optional<Transition> transition(String name) {
    return Optional.ofNullable(transitions.get(Arguments.notNull(name, "name")));
  }

  /** The transitions that may start from {@code state}. */
  public ImmutableList<Transition> transitionsFrom(State state) {
    Arguments.notNull(state, "state");
    return transitions.values().stream()
        .filter(t -> t.from().contains(state))
        .collect(ImmutableList.toImmutableList());
  }

  /** The deadlines on the flow. */
  public ImmutableList<Deadline> deadlines() {
    return deadlines;
  }

  /** The end states from which a new round may be opened with the old case attached. */
  public ImmutableSet<State> nextRoundFrom() {
    return nextRoundFrom;
  }

  /** Every role the flow names: who opens, fires, approves, and whom deadlines escalate to. */
  Set<Role> namedRoles() {
    Set<Role> roles = new LinkedHashSet<>(openedBy);
    for (Transition t : transitions.values()) {
      roles.addAll(t.firedBy());
      t.approval().ifPresent(a -> roles.addAll(a.policy().roles()));
    }
    for (Deadline d : deadlines) {
      roles.add(d.escalateTo());
    }
    return roles;
  }

  /** The states reachable from {@code start} (including it) through any transitions. */
  public ImmutableSet<State> reachableFrom(State start) {
    Arguments.notNull(start, "start");
    Arguments.check(states.containsKey(start.code()), "%s is not a state of %s", start, name);
    Set<State> seen = new LinkedHashSet<>();
    Deque<State> todo = new ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      State s = todo.poll();
      if (seen.add(s)) {
        transitionsFrom(s).forEach(t -> todo.add(t.target(s)));
      }
    }
    return ImmutableSet.copyOf(seen);
  }

  /**
   * The flow as a Mermaid {@code stateDiagram-v2}: one line per state with its title, one per
   * transition labelled with its name, who fires it, its approval and its guards, and the start and
   * end markers.
   */
  public String toMermaid() {
    StringBuilder m = new StringBuilder("stateDiagram-v2\n");
    for (State s : states.values()) {
      m.append("    state \"").append(mermaidText(s.title())).append("\" as ").append(s.code());
      m.append('\n');
    }
    m.append("    [*] --> ").append(initial.code()).append('\n');
    for (Transition t : transitions.values()) {
      StringBuilder label = new StringBuilder(t.name());
      label
          .append(" by ")
          .append(t.firedBy().stream().map(Role::title).collect(Collectors.joining(" or ")));
      t.approval().ifPresent(a -> label.append(", approval of ").append(a.description()));
      if (!t.guards().isEmpty()) {
        label
            .append(" [")
            .append(t.guards().stream().map(Guard::description).collect(Collectors.joining("; ")))
            .append(']');
      }
      for (State from : t.from()) {
        m.append("    ")
            .append(from.code())
            .append(" --> ")
            .append(t.target(from).code())
            .append(" : ")
            .append(mermaidText(label.toString()))
            .append('\n');
      }
    }
    for (State end : endStates) {
      m.append("    ").append(end.code()).append(" --> [*]\n");
    }
    return m.toString();
  }

  private static String mermaidText(String text) {
    return text.replace("\"", "'").replace(":", " -").replace(";", ",").replace("<", "under ");
  }

  @Override
  public String toString() {
    return "WorkflowDefinition " + name + " " + states.keySet();
  }

  /** Collects states, transitions and deadlines; {@link #build()} validates them together. */
  public static final class Builder {
    private final String name;
    private final Map<String, State> states = new LinkedHashMap<>();
    private State initial;
    private final Set<State> endStates = new LinkedHashSet<>();
    private final Set<Role> openedBy = new LinkedHashSet<>();
    private final Map<String, Transition> transitions = new LinkedHashMap<>();
    private final List<Deadline> deadlines = new java.util.ArrayList<>();
    private final Set<State> nextRoundFrom = new LinkedHashSet<>();
    private final List<Guard> openGuards = new java.util.ArrayList<>();

    private Builder(String name) {
      this.name = Arguments.notBlank(name, "name");
    }

    /** Adds states. */
    public Builder states(State... add) {
      for (State s : add) {
        Arguments.notNull(s, "state");
        Arguments.check(!states.containsKey(s.code()), "state %s is added twice", s.code());
        states.put(s.code(), s);
      }
      return this;
    }

    /** Sets the state a new case starts in. */
    public Builder initial(State state) {
      this.initial = Arguments.notNull(state, "initial");
      return this;
    }

    /** Marks end states. */
    public Builder endStates(State... ends) {
      for (State s : ends) {
        endStates.add(Arguments.notNull(s, "end state"));
      }
      return this;
    }

    /** Names the roles that may open a case. */
    public Builder openedBy(Role... roles) {
      for (Role r : roles) {
        openedBy.add(Arguments.notNull(r, "role"));
      }
      return this;
    }

    /** Adds a condition the facts of a new case must meet. */
    public Builder openGuard(Guard guard) {
      openGuards.add(Arguments.notNull(guard, "guard"));
      return this;
    }

    /** Adds a transition. */
    public Builder transition(Transition transition) {
      Arguments.notNull(transition, "transition");
      Arguments.check(
          !transitions.containsKey(transition.name()),
          "transition %s is added twice",
          transition.name());
      transitions.put(transition.name(), transition);
      return this;
    }

    /** Adds a deadline. */
    public Builder deadline(Deadline deadline) {
      deadlines.add(Arguments.notNull(deadline, "deadline"));
      return this;
    }

    /** Marks end states from which a new round may be opened, the old case attached. */
    public Builder nextRoundFrom(State... ends) {
      for (State s : ends) {
        nextRoundFrom.add(Arguments.notNull(s, "state"));
      }
      return this;
    }

    /**
     * Validates and builds the definition.
     *
     * @throws IllegalArgumentException naming the states or transitions that break the rules
     */
    public WorkflowDefinition build() {
      Arguments.check(!states.isEmpty(), "flow %s must have states", name);
      Arguments.check(initial != null, "flow %s must have an initial state", name);
      known(initial, "the initial state");
      Arguments.check(!endStates.isEmpty(), "flow %s must have an end state", name);
      endStates.forEach(s -> known(s, "end state"));
      Arguments.check(!openedBy.isEmpty(), "flow %s must name who may open a case", name);
      for (Transition t : transitions.values()) {
        t.from().forEach(s -> known(s, "transition " + t.name() + " starts from"));
        t.to().ifPresent(s -> known(s, "transition " + t.name() + " leads to"));
        for (State s : t.from()) {
          Arguments.check(
              !endStates.contains(s),
              "flow %s: transition %s leaves the end state %s",
              name,
              t.name(),
              s);
        }
      }
      for (Deadline d : deadlines) {
        d.startsOn().forEach(s -> known(s, "deadline " + d.name() + " starts on"));
        d.metBy().forEach(s -> known(s, "deadline " + d.name() + " is met by"));
      }
      for (State s : nextRoundFrom) {
        known(s, "a new round starts from");
        Arguments.check(
            endStates.contains(s),
            "flow %s: a new round may start only from an end state, %s is not one",
            name,
            s);
      }
      WorkflowDefinition d = new WorkflowDefinition(this);
      Set<State> reachable = d.reachableFrom(initial);
      Set<State> unreachable = new LinkedHashSet<>(states.values());
      unreachable.removeAll(reachable);
      Arguments.check(
          unreachable.isEmpty(),
          "flow %s: states %s cannot be reached from the initial state %s",
          name,
          unreachable,
          initial);
      for (State s : states.values()) {
        Set<State> onward = d.reachableFrom(s);
        Arguments.check(
            onward.stream().anyMatch(endStates::contains),
            "flow %s: no end state %s can be reached from %s",
            name,
            endStates,
            s);
      }
      return d;
    }

    private void known(State s, String what) {
      Arguments.check(
          states.containsKey(s.code()),
          "flow %s: %s %s, which is not one of its states %s",
          name,
          what,
          s.code(),
          states.keySet());
    }
  }
}
