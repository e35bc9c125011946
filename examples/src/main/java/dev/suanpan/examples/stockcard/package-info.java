/**
 * The {@code stock-card} command of the examples jar: {@link
 * dev.suanpan.examples.stockcard.StockCardCsv} reads a CSV of receipts and issues into {@link
 * dev.suanpan.examples.stockcard.StockCardRow}s, and {@link
 * dev.suanpan.examples.stockcard.StockCardCommand} values them with the inventory module by FIFO,
 * moving average, month-end average or standard cost and prints the stock card as a table or CSV; a
 * bad row is a {@link dev.suanpan.examples.stockcard.StockCardInputException} naming its line and
 * field.
 */
package dev.suanpan.examples.stockcard;
