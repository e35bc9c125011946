package dev.suanpan.workflow;

import dev.suanpan.money.internal.Arguments;

/**
 * A state a case can be in: {@code INVESTIGATING} "Under investigation". Codes are letters, digits
 * and underscores, so they can name a state in a Mermaid diagram.
 *
 * <p>{@link #equals} and {@link #hashCode} use the code only and ignore the title: {@code
 * State.of("A", "Open")} equals {@code State.of("A", "Opened")}. The code is the state's identity,
 * stored in every event of a case's history; the title is a label for people, so rewording or
 * translating it leaves stored histories replaying against the definition. A definition holds one
 * title per code.
 *
 * <p>Rejects a blank title, or a code that is blank or has other characters.
 *
 * @param code the state's identifier, unique within a definition
 * @param title the state's name for people
 */
public record State(String code, String title) {
  /** Validates both parts. */
  public State {
    Arguments.notBlank(code, "code");
    Arguments.notBlank(title, "title");
    Arguments.check(
        code.matches("[A-Za-z][A-Za-z0-9_]*"),
        "state code must be letters, digits and underscores starting with a letter, was \"%s\"",
        code);
  }

  /** A state with this code and title. */
  public static State of(String code, String title) {
    return new State(code, title);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof State s && code.equals(s.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
