/**
 * Receivables ageing (账龄分析): {@link dev.suanpan.core.credit.ageing.Ageing} ages open receivables as
 * of a date into the policy's buckets and returns an {@link
 * dev.suanpan.core.credit.ageing.AgeingReport}, which the bad-debt provision is computed from.
 */
package dev.suanpan.core.credit.ageing;
