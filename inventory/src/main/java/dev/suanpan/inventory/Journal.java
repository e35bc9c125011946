package dev.suanpan.inventory;

import com.google.common.collect.ImmutableList;
import org.joda.money.Money;

/** The journal lines of a valued movement, by kind (rules of domain-rules.md §4.5 and §6). */
final class Journal {
  private Journal() {}

  static void add(
      ImmutableList.Builder<JournalLine> out,
      StockCardLine line,
      Money amount,
      Money trueUp,
      ItemId item,
      WarehouseId warehouse) {
    Account debit;
    Account credit;
    switch (line.kind()) {
      case RECEIPT:
        debit = Account.INVENTORY;
        credit = Account.GOODS_RECEIVED_NOT_INVOICED;
        break;
      case SALE_ISSUE:
      case REPAIR_ISSUE:
        debit = Account.COST_OF_GOODS_SOLD;
        credit = Account.INVENTORY;
        break;
      case CUSTOMER_RETURN:
        debit = Account.INVENTORY;
        credit = Account.COST_OF_GOODS_SOLD;
        break;
      case SUPPLIER_RETURN:
        debit = Account.GOODS_RECEIVED_NOT_INVOICED;
        credit = Account.INVENTORY;
        break;
      case TRANSFER_IN:
        debit = Account.INVENTORY;
        credit = Account.TRANSFERS_BETWEEN_WAREHOUSES;
        break;
      case TRANSFER_OUT:
        debit = Account.TRANSFERS_BETWEEN_WAREHOUSES;
        credit = Account.INVENTORY;
        break;
      case STOCKTAKE_SURPLUS:
        debit = Account.INVENTORY;
        credit = Account.STOCKTAKE_PENDING;
        break;
      case STOCKTAKE_SHORTAGE:
        debit = Account.STOCKTAKE_PENDING;
        credit = Account.INVENTORY;
        break;
      default:
        debit = null;
        credit = null;
    }
    if (debit != null) {
      addLine(out, line, debit, credit, amount, item, warehouse);
    }
    addLine(out, line, Account.COST_OF_GOODS_SOLD, Account.INVENTORY, trueUp, item, warehouse);
  }

  private static void addLine(
      ImmutableList.Builder<JournalLine> out,
      StockCardLine line,
      Account debit,
      Account credit,
      Money amount,
      ItemId item,
      WarehouseId warehouse) {
    JournalLine j =
        JournalLine.of(line.date(), line.document(), debit, credit, amount, item, warehouse);
    if (j != null) {
      out.add(j);
    }
  }
}
