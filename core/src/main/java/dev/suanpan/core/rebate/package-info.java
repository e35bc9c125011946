/**
 * Manufacturer volume rebates (返利, 000 ⑹): "rebates on volume for cars and parts are accrued
 * monthly into profit". The manufacturer pays the dealer a rate of its purchase volume, by tiers of
 * that volume; the dealer does not wait for the cash but accrues the rebate at every month end (Dr
 * a rebate receivable, Cr cost of sales), and books the difference when the manufacturer confirms
 * the actual rebate.
 *
 * <p>{@link dev.suanpan.core.rebate.VolumeRebatePolicy} holds the currency, the {@link
 * dev.suanpan.core.rebate.RebateTier tiers} of purchase value, the {@link
 * dev.suanpan.core.rebate.RebateTiers tier style} (the rate reached applies to the whole volume, or
 * each band at its own rate), the {@link dev.suanpan.money.Rounding} and the accounts. {@link
 * dev.suanpan.core.rebate.VolumeRebate} accrues a month: on the month's volume, or, where the tiers
 * are annual, on the volume of the year to date less what was accrued before (the true-up); the
 * {@link dev.suanpan.core.rebate.RebateAccrual} lists each {@link
 * dev.suanpan.core.rebate.RebateBand} with its figures, the {@link
 * dev.suanpan.core.decision.Explanation} and the {@link dev.suanpan.core.journal.JournalEntry}.
 * {@code settle} compares the accrued rebate with the one the manufacturer confirms and gives the
 * {@link dev.suanpan.core.rebate.RebateSettlement} with the entry of the difference.
 *
 * <p>The engine is {@link dev.suanpan.core.rebate.VolumeRebate}; its rules, in order, are {@link
 * dev.suanpan.core.rebate.VolumeRebateRule}.
 *
 * <p>Everything is pure: the month and the volumes are arguments, values are immutable.
 */
package dev.suanpan.core.rebate;
