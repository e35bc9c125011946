/**
 * Facts about a sale that several engines share: how far it had gone ({@link
 * dev.suanpan.core.sale.ContractStage}), which pricing and cancellations both depend on.
 */
package dev.suanpan.core.sale;
