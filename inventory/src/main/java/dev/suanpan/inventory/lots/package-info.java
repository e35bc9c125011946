/**
 * Lots and serial numbers: an item's stock kept lot by lot (or serial by serial: a car valued by
 * its VIN, at its own cost), each lot with its own {@link dev.suanpan.inventory.StockLedger} and
 * stock card; an issue names its lot or serial, or takes the lots by FIFO or by expiry; serial
 * numbers are unique and never issued twice. The engine is {@link
 * dev.suanpan.inventory.lots.LotLedger} (giving a {@link dev.suanpan.inventory.lots.LotDecision});
 * its rules, in order, are {@link dev.suanpan.inventory.lots.LotRule}.
 */
package dev.suanpan.inventory.lots;
