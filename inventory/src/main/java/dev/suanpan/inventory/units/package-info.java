/**
 * Units of measure of one item: the ledger keeps one base unit, and a movement may come in another
 * unit with a conversion factor per item (bought in boxes of 24, sold by the piece; steel by the
 * tonne and by the piece at a theoretical weight). The engine is {@link
 * dev.suanpan.inventory.units.ItemUnits}: it turns a movement in any of the item's units into the
 * base-unit movement a {@link dev.suanpan.inventory.StockLedger} takes, the quantity exact at the
 * ledger's scale and the value unchanged to the fen, or refuses naming the figures. Its report is
 * {@link dev.suanpan.inventory.units.UnitConversion}; its rules, in order, are {@link
 * dev.suanpan.inventory.units.UnitRule}.
 */
package dev.suanpan.inventory.units;
