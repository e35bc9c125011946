/**
 * Dunning (催收): the levels of collecting overdue receivables, from a reminder to a lawsuit (002 第一篇
 * §5, §(八)), as a {@link dev.suanpan.core.receivables.dunning.DunningPolicy}; the engine {@link
 * dev.suanpan.core.receivables.dunning.Dunning} gives each customer's {@link
 * dev.suanpan.core.receivables.dunning.DunningNotice} with its fee and interest, by the rules of
 * {@link dev.suanpan.core.receivables.dunning.DunningRule}.
 */
package dev.suanpan.core.receivables.dunning;
