package dev.suanpan.examples.tour;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.io.PrintStream;
import java.util.List;

/** The flows of the tour, in the order they are printed. Rejects an empty list of flows. */
public final class Tour {
  private final ImmutableList<Flow> flows;

  /** A tour of {@code flows}, printed in this order. */
  public Tour(List<? extends Flow> flows) {
    this.flows = ImmutableList.copyOf(Arguments.notEmpty(flows, "flows"));
  }

  /** The flows, in order. */
  public ImmutableList<Flow> flows() {
    return flows;
  }

  /** Runs every flow and prints its account to {@code out}, a blank line between flows. */
  public void print(PrintStream out) {
    Arguments.notNull(out, "out");
    for (Flow flow : flows) {
      out.print(flow.run());
      out.println();
    }
  }
}
