package dev.suanpan.workflow;

import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * What a transition records on the case: given the case's facts and the command's payload, the
 * facts that change. The changes go into the event, so replaying the event repeats them exactly.
 */
@FunctionalInterface
public interface Effect {
  /** The facts that change when the transition takes place. */
  Facts changes(Facts current, Facts payload);

  /** Records the payload as it came: the default. */
  static Effect recordPayload() {
    return (current, payload) -> payload;
  }

  /**
   * Records the payload and adds its {@code increment} to the running {@code total} (a payment to
   * the amount collected so far). A payload without the increment changes the total not at all.
   */
  static Effect addTo(Fact<Money> total, Fact<Money> increment) {
    Arguments.notNull(total, "total");
    Arguments.notNull(increment, "increment");
    return (current, payload) -> {
      if (payload.get(increment).isEmpty()) {
        return payload;
      }
      Money add = payload.get(increment).get();
      Money sum = current.get(total).map(t -> t.plus(add)).orElse(add);
      return payload.with(total, sum);
    };
  }
}
