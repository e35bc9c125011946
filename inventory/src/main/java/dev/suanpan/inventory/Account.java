package dev.suanpan.inventory;

/** The accounts the inventory journal lines name (the caller maps them to its own chart). */
public enum Account {
  /** Inventory (库存商品). */
  INVENTORY,
  /** Cost of goods sold (主营业务成本). */
  COST_OF_GOODS_SOLD,
  /** Goods received not invoiced: the receipt's liability until the supplier's invoice. */
  GOODS_RECEIVED_NOT_INVOICED,
  /** Clearing account of transfers between warehouses: out credits it back, in clears it. */
  TRANSFERS_BETWEEN_WAREHOUSES,
  /** Stocktake surplus and shortage pending approval (待处理财产损溢). */
  STOCKTAKE_PENDING,
  /** Stocktake losses and gains written off to administrative expense (管理费用). */
  ADMINISTRATIVE_EXPENSE,
  /** A loss charged to the custodian at fault (其他应收款). */
  CUSTODIAN_RECEIVABLE,
  /** Goods in transit of a direct shipment (在途物资). */
  GOODS_IN_TRANSIT,
  /** Input VAT (应交税费—进项税额). */
  INPUT_VAT,
  /** Accounts payable (应付账款). */
  ACCOUNTS_PAYABLE
}
