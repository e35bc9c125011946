/**
 * A distributor's month end [002, 004 篇2]: the month-end weighted-average close of the stock with
 * its cost-of-goods-sold lines, the receivables ageing, the bad-debt provision by ageing
 * percentages adjusted against last period's allowance, interest on overdue receivables and late
 * payments, and the month's journal.
 */
package dev.suanpan.examples.distributor;
