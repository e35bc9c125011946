/**
 * The flows of the source documents, ready to use and configurable: {@link
 * dev.suanpan.workflow.flows.ComplaintFlow}, {@link dev.suanpan.workflow.flows.SalesOrderFlow},
 * {@link dev.suanpan.workflow.flows.PropertySubscriptionFlow}, {@link
 * dev.suanpan.workflow.flows.RepairOrderFlow}. Each gives its roles, states and facts as constants,
 * the sources' authority policy, and a definition built from the caller's own policy and numbers.
 */
package dev.suanpan.workflow.flows;
