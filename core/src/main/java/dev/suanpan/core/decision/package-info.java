/**
 * The decision shape shared by pricing, credit and settlement: an {@link
 * dev.suanpan.core.decision.Outcome}, an {@link dev.suanpan.core.decision.Explanation} of {@link
 * dev.suanpan.core.decision.Reason}s, and who must sign.
 */
package dev.suanpan.core.decision;
