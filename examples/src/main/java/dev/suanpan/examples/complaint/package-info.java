/**
 * Complaint handling [001]: registration, investigation and report, compensation by amount tier,
 * deductions charged to the responsible staff, the 6-working-day deadline and its escalation, and
 * the audit trail.
 */
package dev.suanpan.examples.complaint;
