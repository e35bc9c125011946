package dev.suanpan.inventory.stocktake;

import dev.suanpan.inventory.ItemId;
import java.math.BigDecimal;

/** An item the first count and the recount disagree on, with both figures. */
public record CountDifference(ItemId item, BigDecimal first, BigDecimal recount) {}
