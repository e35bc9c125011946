/**
 * Complaint compensation (客户投诉): the approver of a compensation by amount tier and the loss charged
 * to the responsible staff or departments, under a {@link
 * dev.suanpan.core.settlement.complaint.CompensationPolicy}. The engine is {@link
 * dev.suanpan.core.settlement.complaint.ComplaintCompensation}; its decision {@link
 * dev.suanpan.core.settlement.complaint.CompensationDecision}. Its rules, in the order it applies
 * them: {@link dev.suanpan.core.settlement.complaint.CompensationRule}.
 */
package dev.suanpan.core.settlement.complaint;
