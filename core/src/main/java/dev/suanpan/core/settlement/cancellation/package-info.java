/**
 * Cancellations (退房, 毁约): a cancelled sale or property subscription settled by how far it had gone
 * ({@link dev.suanpan.core.sale.ContractStage}) and who is at fault, under a {@link
 * dev.suanpan.core.settlement.cancellation.SettlementPolicy}: deposit forfeited or returned
 * twofold, the deposit cap, liquidated damages, costs incurred, amounts collected on behalf, and
 * who signs. The engine is {@link dev.suanpan.core.settlement.cancellation.Settlement}; its
 * decision {@link dev.suanpan.core.settlement.cancellation.SettlementDecision}. Its rules, in the
 * order it applies them: {@link dev.suanpan.core.settlement.cancellation.SettlementRule}.
 */
package dev.suanpan.core.settlement.cancellation;
