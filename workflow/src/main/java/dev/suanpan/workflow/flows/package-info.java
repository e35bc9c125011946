/**
 * The workflow module's presets: the flows of the source documents, ready to use and configurable,
 * each citing its source: {@link dev.suanpan.workflow.flows.ComplaintFlow} (001), {@link
 * dev.suanpan.workflow.flows.SalesOrderFlow} (002 第一篇), {@link
 * dev.suanpan.workflow.flows.PropertySubscriptionFlow} (004 篇7) and {@link
 * dev.suanpan.workflow.flows.RepairOrderFlow} (004 篇9). Each gives its roles, states and facts as
 * constants, its source's authority policy under a business name ({@code contractAuthority()},
 * {@code salesOfficeAuthority()}, {@code compensationAuthority()}), {@code definition()} (the flow
 * as its source has it) and {@code definition(...)} built from the caller's own policy and numbers.
 *
 * <p>This package is the module's one place for ready-made flows and policies (what {@code presets}
 * is in core and inventory): a flow's source policy is written in the flow's own roles and
 * subjects, so it stays beside them; the engine, {@link dev.suanpan.workflow.Workflow}, carries no
 * example.
 */
package dev.suanpan.workflow.flows;
