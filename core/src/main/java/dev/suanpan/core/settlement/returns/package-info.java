/**
 * Returns of goods (退货): a full or partial return at the price actually paid per line, with
 * deductions, a return window and credit-note lines, under a {@link
 * dev.suanpan.core.settlement.returns.ReturnPolicy}. The engine is {@link
 * dev.suanpan.core.settlement.returns.GoodsReturn}; its decision {@link
 * dev.suanpan.core.settlement.returns.ReturnDecision}. Its rules, in the order it applies them:
 * {@link dev.suanpan.core.settlement.returns.ReturnRule}.
 */
package dev.suanpan.core.settlement.returns;
