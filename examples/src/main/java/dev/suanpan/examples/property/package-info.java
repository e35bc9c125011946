/**
 * The property sales office [004 篇6, 篇7]: VIP pledge, subscription with a special discount, a
 * signing deferral, the formal contract, and a cancellation after signing with its settlement and
 * approvals.
 */
package dev.suanpan.examples.property;
