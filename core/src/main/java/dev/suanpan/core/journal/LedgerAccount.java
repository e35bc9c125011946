package dev.suanpan.core.journal;

import dev.suanpan.money.internal.Arguments;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * An account of the chart of accounts: a code, an English name and the Chinese name. It is an open
 * value: the constants are the accounts the library's entries post to, with the codes of the
 * Chinese standard chart of accounts (企业会计准则应用指南) and a common numbering of its sub-accounts; a
 * user adds their own with {@link #of}, or maps these to their own chart.
 *
 * <p>Two accounts are equal when code and both names are equal; accounts sort by code. Rejects a
 * blank code or name and a code with whitespace.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class LedgerAccount implements Comparable<LedgerAccount> {
  private static final Comparator<LedgerAccount> ORDER =
      Comparator.comparing(LedgerAccount::code)
          .thenComparing(LedgerAccount::name)
          .thenComparing(LedgerAccount::chineseName);

  /** Cash on hand (库存现金): the retail takings before they are banked. */
  public static final LedgerAccount CASH = of("1001", "Cash on hand", "库存现金");

  /** Bank deposits (银行存款): collections and payments through the bank. */
  public static final LedgerAccount BANK = of("1002", "Bank deposits", "银行存款");

  /** 1121 应收票据: acceptance bills received from customers and not yet collected. */
  public static final LedgerAccount NOTES_RECEIVABLE = of("1121", "Notes receivable", "应收票据");

  /** Accounts receivable (应收账款): credit sales until collected. */
  public static final LedgerAccount ACCOUNTS_RECEIVABLE = of("1122", "Accounts receivable", "应收账款");

  /** Other receivables from a custodian at fault (其他应收款—责任人): a stock loss charged to them. */
  public static final LedgerAccount CUSTODIAN_RECEIVABLE =
      of("122101", "Other receivables - custodian", "其他应收款—责任人");

  /**
   * Other receivables from a manufacturer (其他应收款—厂家返利): volume rebates accrued until the
   * manufacturer pays or credits them.
   */
  public static final LedgerAccount REBATE_RECEIVABLE =
      of("122102", "Other receivables - manufacturer rebate", "其他应收款—厂家返利");

  /** Bad-debt allowance (坏账准备), a contra account to receivables. */
  public static final LedgerAccount BAD_DEBT_ALLOWANCE = of("1231", "Bad-debt allowance", "坏账准备");

  /** Goods in transit (在途物资): a direct shipment bought and not yet delivered. */
  public static final LedgerAccount GOODS_IN_TRANSIT = of("1402", "Goods in transit", "在途物资");

  /**
   * Purchase price variance (材料成本差异): the difference between a receipt's invoiced and its standard
   * or estimated cost.
   */
  public static final LedgerAccount PURCHASE_PRICE_VARIANCE =
      of("1404", "Purchase price variance", "材料成本差异");

  /** Inventory (库存商品): merchandise on hand at cost. */
  public static final LedgerAccount INVENTORY = of("1405", "Inventory", "库存商品");

  /**
   * Transfers between warehouses (库存商品—调拨在途): the clearing account of a transfer; the transfer out
   * debits it, the transfer in credits it back.
   */
  public static final LedgerAccount TRANSFERS_BETWEEN_WAREHOUSES =
      of("140599", "Inventory - transfers between warehouses", "库存商品—调拨在途");

  /** Stocktake surplus and shortage pending approval (待处理财产损溢). */
  public static final LedgerAccount STOCKTAKE_PENDING =
      of("1901", "Stocktake surplus and shortage pending", "待处理财产损溢");

  /**
   * Short-term borrowings (短期借款): such as the bank's floor-plan loans on new cars (map it to your
   * own account if your chart books them elsewhere, such as notes payable, 应付票据, when the bank
   * issues acceptance bills).
   */
  public static final LedgerAccount SHORT_TERM_BORROWINGS =
      of("2001", "Short-term borrowings", "短期借款");

  /** Accounts payable (应付账款): suppliers' invoices until paid. */
  public static final LedgerAccount ACCOUNTS_PAYABLE = of("2202", "Accounts payable", "应付账款");

  /** 2203 预收账款: what customers paid before they were invoiced (advances, deposits). */
  public static final LedgerAccount ADVANCES_FROM_CUSTOMERS =
      of("2203", "Advances from customers", "预收账款");

  /**
   * Goods received not invoiced (应付账款—暂估应付款): the liability of a receipt until the supplier's
   * invoice arrives.
   */
  public static final LedgerAccount GOODS_RECEIVED_NOT_INVOICED =
      of("220202", "Goods received not invoiced", "应付账款—暂估应付款");

  /** Input VAT (应交税费—应交增值税(进项税额)): VAT on purchases, deductible. */
  public static final LedgerAccount INPUT_VAT = of("22210101", "Input VAT", "应交税费—应交增值税(进项税额)");

  /** Output VAT (应交税费—应交增值税(销项税额)): VAT on sales. */
  public static final LedgerAccount OUTPUT_VAT = of("22210102", "Output VAT", "应交税费—应交增值税(销项税额)");

  /** Revenue from the main business (主营业务收入). */
  public static final LedgerAccount REVENUE = of("6001", "Revenue", "主营业务收入");

  /** Cost of goods sold (主营业务成本). */
  public static final LedgerAccount COST_OF_GOODS_SOLD = of("6401", "Cost of goods sold", "主营业务成本");

  /** Administrative expense (管理费用): stocktake losses and gains written off. */
  public static final LedgerAccount ADMINISTRATIVE_EXPENSE =
      of("6602", "Administrative expense", "管理费用");

  /**
   * Interest expense (财务费用—利息支出): finance costs such as the interest a bank deducts when it
   * discounts a bill receivable.
   */
  public static final LedgerAccount INTEREST_EXPENSE =
      of("660301", "Interest expense", "财务费用—利息支出");

  /**
   * Interest income (财务费用—利息收入): interest charged to customers on overdue receivables, booked as a
   * reduction of finance costs.
   */
  public static final LedgerAccount INTEREST_INCOME = of("660302", "Interest income", "财务费用—利息收入");

  /**
   * Cash discounts allowed (财务费用—现金折扣): discounts customers take for paying early, a finance cost
   * under the gross method (总价法).
   */
  public static final LedgerAccount CASH_DISCOUNT = of("660303", "Cash discounts", "财务费用—现金折扣");

  /** 6301 营业外收入: income outside operations, such as fees and penalties charged to customers. */
  public static final LedgerAccount NON_OPERATING_INCOME =
      of("6301", "Non-operating income", "营业外收入");

  /** Credit impairment loss (信用减值损失): the expense of providing for bad debts. */
  public static final LedgerAccount CREDIT_IMPAIRMENT_LOSS =
      of("6702", "Credit impairment loss", "信用减值损失");

  /** The account's code in the chart of accounts, such as {@code 1122}. */
  @Value.Parameter
  public abstract String code();

  /** The account's English name. */
  @Value.Parameter
  public abstract String name();

  /** The account's name in a Chinese chart of accounts. */
  @Value.Parameter
  public abstract String chineseName();

  /**
   * An account of your own chart.
   *
   * @throws IllegalArgumentException for a blank code or name, or a code with whitespace
   */
  public static LedgerAccount of(String code, String name, String chineseName) {
    return ImmutableLedgerAccount.of(code, name, chineseName);
  }

  /** By code, then by the names. */
  @Override
  public int compareTo(LedgerAccount other) {
    return ORDER.compare(this, Arguments.notNull(other, "other"));
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(code(), "code");
    Arguments.check(
        code().chars().noneMatch(Character::isWhitespace),
        "code must not contain whitespace, was \"%s\"",
        code());
    Arguments.notBlank(name(), "name");
    Arguments.notBlank(chineseName(), "chineseName");
  }

  /** The code and the English name, such as {@code 1122 Accounts receivable}. */
  @Override
  public String toString() {
    return code() + " " + name();
  }
}
