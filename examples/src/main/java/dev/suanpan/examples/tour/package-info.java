/**
 * The tour of the examples: the {@link dev.suanpan.examples.tour.Flow} shape every example flow
 * follows, the {@link dev.suanpan.examples.tour.FlowReport} it prints, and the {@link
 * dev.suanpan.examples.tour.Tour} that runs them all.
 */
package dev.suanpan.examples.tour;
