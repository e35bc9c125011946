/**
 * A tamper-evident audit trail: entries chained by SHA-256 hashes, a seal kept apart, and a {@link
 * dev.suanpan.workflow.audit.AuditTrail#verify()} that locates the first edited, reordered or
 * deleted entry.
 */
package dev.suanpan.workflow.audit;
