package dev.suanpan.testkit;

import java.util.List;

/** How every ready-made check reports: one {@link AssertionError} listing every violation. */
final class Violations {
  private Violations() {}

  /** Throws when {@code violations} is not empty: {@code what}, then one violation a line. */
  static void failIfAny(String what, List<String> violations) {
    failIfAny(what, violations, "");
  }

  /** As {@link #failIfAny(String, List)}, with {@code details} (an explanation) at the end. */
  static void failIfAny(String what, List<String> violations, String details) {
    if (!violations.isEmpty()) {
      throw new AssertionError(what + ":\n  " + String.join("\n  ", violations) + details);
    }
  }
}
