/**
 * The bad-debt provision (坏账准备) by ageing percentages: {@link
 * dev.suanpan.core.credit.provision.BadDebtProvision} turns an ageing report and last period's
 * allowance into the adjusting amount, its journal entry and the approval it needs.
 */
package dev.suanpan.core.credit.provision;
