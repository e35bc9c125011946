package dev.suanpan.core.decision;

/**
 * A rule an engine applies, with the stable identifier its {@link Reason} carries ({@code
 * "pricing.floor"}). Each engine lists its rules as an enum implementing this interface, one
 * constant per rule in the order the engine applies them, each with a one-line Javadoc: that enum
 * is the list the docs link to, and what a test or an auditor matches on.
 */
public interface Rule {
  /**
   * The stable identifier, lower case words separated by dots and hyphens: {@code pricing.floor}.
   */
  String id();
}
