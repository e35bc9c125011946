/**
 * The {@code stock-card} command of the examples jar: {@link
 * dev.suanpan.examples.stockcard.StockCardCommand} reads a CSV of receipts and issues as
 * spreadsheets save it (RFC 4180, in UTF-8 or a named encoding), one record at a time, into {@link
 * dev.suanpan.examples.stockcard.StockCardRow}s ({@link
 * dev.suanpan.examples.stockcard.StockCardCsv}), values them with the inventory module's {@link
 * dev.suanpan.inventory.StockCardStream} by FIFO, moving average, month-end average or standard
 * cost, and writes the stock card as a table or CSV as it values it, in memory bounded whatever the
 * file's length; a bad row is a {@link dev.suanpan.examples.stockcard.StockCardInputException}
 * naming its line and field.
 */
package dev.suanpan.examples.stockcard;
