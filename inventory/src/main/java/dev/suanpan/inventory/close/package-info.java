/**
 * The month-end close of a whole chain's stock ledgers at once (月末结账, every item in every
 * warehouse): {@link dev.suanpan.inventory.close.ChainClose} closes each ledger's month with {@link
 * dev.suanpan.inventory.StockLedger#closeMonth} on an {@link java.util.concurrent.Executor} the
 * caller passes (the library starts no thread of its own), and returns a {@link
 * dev.suanpan.inventory.close.ChainCloseReport}: each ledger's close in the order given, the
 * month's journal, and its totals by account for the chain, per item and per warehouse. The result
 * is the same, exactly, whichever executor runs it, and the same as closing the ledgers one by one.
 * No rule enum: the close decides nothing the ledgers do not (their rules are {@link
 * dev.suanpan.inventory.PostingRule}'s); it only computes.
 */
package dev.suanpan.inventory.close;
