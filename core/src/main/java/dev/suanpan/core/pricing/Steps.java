package dev.suanpan.core.pricing;

import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Reason;
import java.util.Arrays;

/**
 * The steps of a pricing explanation as they are taken: rule, text pattern and the values it names,
 * kept unformatted so that pricing a line costs no string formatting. {@link #render()} formats
 * them into an {@link Explanation} when someone reads it. Not thread-safe; one per decision, never
 * changed after the decision is made.
 */
final class Steps {
  /** Rule, text and values of each step, one after another. */
  private Object[] parts = new Object[3 * 8];

  private int size;

  void add(String rule, String text, Object... values) {
    if (3 * size == parts.length) {
      parts = Arrays.copyOf(parts, parts.length * 2);
    }
    parts[3 * size] = rule;
    parts[3 * size + 1] = text;
    parts[3 * size + 2] = values;
    size++;
  }

  /** Appends these steps, each text prefixed with {@code prefix}, to {@code out}. */
  void renderInto(Explanation.Builder out, String prefix) {
    for (int i = 0; i < size; i++) {
      Reason r =
          Reason.of((String) parts[3 * i], (String) parts[3 * i + 1], (Object[]) parts[3 * i + 2]);
      out.add(prefix.isEmpty() ? r : new Reason(r.rule(), prefix + r.text()));
    }
  }

  Explanation render() {
    Explanation.Builder out = Explanation.builder();
    renderInto(out, "");
    return out.build();
  }
}
