/**
 * Service contract refunds: the pro-rata refund of a cancelled extended warranty or maintenance
 * package, by days or by services used, under a {@link
 * dev.suanpan.core.settlement.service.ServiceRefundPolicy}. The engine is {@link
 * dev.suanpan.core.settlement.service.ServiceContractRefund}; its decision {@link
 * dev.suanpan.core.settlement.service.ServiceRefundDecision}. Its rules, in the order it applies
 * them: {@link dev.suanpan.core.settlement.service.ServiceRefundRule}.
 */
package dev.suanpan.core.settlement.service;
