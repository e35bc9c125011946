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
  private String[] rules = new String[8];
  private String[] texts = new String[8];
  private Object[][] args = new Object[8][];
  private int size;

  void add(String rule, String text, Object... values) {
    if (size == rules.length) {
      rules = Arrays.copyOf(rules, size * 2);
      texts = Arrays.copyOf(texts, size * 2);
      args = Arrays.copyOf(args, size * 2);
    }
    rules[size] = rule;
    texts[size] = text;
    args[size] = values;
    size++;
  }

  /** Appends these steps, each text prefixed with {@code prefix}, to {@code out}. */
  void renderInto(Explanation.Builder out, String prefix) {
    for (int i = 0; i < size; i++) {
      Reason r = Reason.of(rules[i], texts[i], args[i]);
      out.add(prefix.isEmpty() ? r : new Reason(r.rule(), prefix + r.text()));
    }
  }

  Explanation render() {
    Explanation.Builder out = Explanation.builder();
    renderInto(out, "");
    return out.build();
  }
}
