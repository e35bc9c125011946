/**
 * Approval workflows as data: a {@link dev.suanpan.workflow.WorkflowDefinition} of states,
 * transitions, guards, roles and approval steps routed by the authority model; immutable {@link
 * dev.suanpan.workflow.WorkflowCase}s moved by {@link dev.suanpan.workflow.Command}s through a
 * {@link dev.suanpan.workflow.Workflow}, each step a {@link dev.suanpan.workflow.CaseStep} decision
 * with the events it produced; deadlines in working days watched by {@link
 * dev.suanpan.workflow.Escalation}; and the case history as a hash-chained audit trail.
 */
package dev.suanpan.workflow;
