package dev.suanpan.examples.tour;

/**
 * One runnable flow of the source documents: it builds its policies and documents, drives the
 * engines through the flow, and returns the account it prints. Every flow is deterministic: the
 * dates are part of the flow, never read from a clock.
 */
public interface Flow {
  /** Runs the flow from the start and returns its account. */
  FlowReport run();
}
