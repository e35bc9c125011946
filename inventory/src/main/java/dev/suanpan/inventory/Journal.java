package dev.suanpan.inventory;

import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/** The journal entry of a valued movement, by kind (the entries of 004 篇2). */
final class Journal {
  private Journal() {}

  /** The accounts a kind of movement debits and credits. */
  private record Accounts(LedgerAccount debit, LedgerAccount credit) {}

  /**
   * The entry of {@code line}, dated {@code date} and referenced by its document: its {@code
   * amount} on the accounts of its kind and its {@code trueUp} Dr cost of goods sold / Cr
   * inventory, a negative amount on the opposite sides; empty when all are zero (or for an opening
   * balance, which books nothing). Under standard cost an inbound movement with an actual cost also
   * books its purchase price {@code variance}: Dr inventory (the amount, at standard), Dr purchase
   * price variance (the variance; Cr when negative), Cr the account its actual cost comes from (the
   * amount plus the variance: goods received not invoiced, transfers between warehouses, or for an
   * opening balance, already on the books, inventory itself, so that only the variance moves). The
   * entry carries the {@code item} and {@code warehouse} as its dimensions.
   */
  static Optional<JournalEntry> entry(
      StockCardLine line,
      LocalDate date,
      Money amount,
      Money trueUp,
      Money variance,
      ItemId item,
      WarehouseId warehouse,
      String description) {
    JournalEntry.Builder entry =
        builder(item, warehouse).date(date).reference(line.document()).description(description);
    if (!variance.isZero()) {
      return withVariance(entry, line.kind(), amount, trueUp, variance);
    }
    boolean any = false;
    Accounts accounts = accountsOf(line.kind());
    if (accounts != null) {
      any |= add(entry, accounts, amount);
    }
    any |=
        add(entry, new Accounts(LedgerAccount.COST_OF_GOODS_SOLD, LedgerAccount.INVENTORY), trueUp);
    return any ? Optional.of(entry.build()) : Optional.empty();
  }

  /** The entry of a valued line as posted, dated {@code date}: its amount and its true-up. */
  static Optional<JournalEntry> entry(
      StockCardLine line, LocalDate date, ItemId item, WarehouseId warehouse) {
    return entry(
        line,
        date,
        line.amount(),
        line.trueUp(),
        line.purchasePriceVariance(),
        item,
        warehouse,
        describe(line.kind(), item, warehouse));
  }

  /** A builder of an entry about {@code item} at {@code warehouse}, its dimensions set. */
  static JournalEntry.Builder builder(ItemId item, WarehouseId warehouse) {
    return JournalEntry.builder()
        .putDimension(Dimensions.ITEM, item.code())
        .putDimension(Dimensions.WAREHOUSE, warehouse.code());
  }

  /**
   * The entry of an inbound movement with a purchase price variance: the net of each account (Dr
   * inventory, Dr or Cr the variance, Cr the source of the actual cost, and the true-up), debits
   * first, each account once.
   */
  private static Optional<JournalEntry> withVariance(
      JournalEntry.Builder entry, MovementKind kind, Money amount, Money trueUp, Money variance) {
    LedgerAccount source;
    switch (kind) {
      case RECEIPT:
        source = LedgerAccount.GOODS_RECEIVED_NOT_INVOICED;
        break;
      case TRANSFER_IN:
        source = LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES;
        break;
      case OPENING_BALANCE:
        source = LedgerAccount.INVENTORY;
        break;
      default:
        throw new IllegalStateException(kind + " has no purchase price variance");
    }
    Map<LedgerAccount, Money> net = new LinkedHashMap<>();
    net.merge(LedgerAccount.INVENTORY, amount, Money::plus);
    net.merge(LedgerAccount.PURCHASE_PRICE_VARIANCE, variance, Money::plus);
    net.merge(source, amount.plus(variance).negated(), Money::plus);
    net.merge(LedgerAccount.COST_OF_GOODS_SOLD, trueUp, Money::plus);
    net.merge(LedgerAccount.INVENTORY, trueUp.negated(), Money::plus);
    boolean any = false;
    for (Map.Entry<LedgerAccount, Money> e : net.entrySet()) {
      if (e.getValue().isPositive()) {
        entry.debit(e.getKey(), e.getValue());
        any = true;
      }
    }
    for (Map.Entry<LedgerAccount, Money> e : net.entrySet()) {
      if (e.getValue().isNegative()) {
        entry.credit(e.getKey(), e.getValue().negated());
      }
    }
    return any ? Optional.of(entry.build()) : Optional.empty();
  }

  /** Such as "Sale issue of GN-999-02 at SHOWROOM-HH". */
  static String describe(MovementKind kind, ItemId item, WarehouseId warehouse) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0))
        + words.substring(1)
        + " of "
        + item
        + " at "
        + warehouse;
  }

  private static boolean add(JournalEntry.Builder entry, Accounts accounts, Money amount) {
    if (amount.isZero()) {
      return false;
    }
    boolean negative = amount.isNegative();
    Money abs = amount.abs();
    entry
        .debit(negative ? accounts.credit() : accounts.debit(), abs)
        .credit(negative ? accounts.debit() : accounts.credit(), abs);
    return true;
  }

  private static Accounts accountsOf(MovementKind kind) {
    switch (kind) {
      case RECEIPT:
        return new Accounts(LedgerAccount.INVENTORY, LedgerAccount.GOODS_RECEIVED_NOT_INVOICED);
      case SALE_ISSUE:
      case REPAIR_ISSUE:
        return new Accounts(LedgerAccount.COST_OF_GOODS_SOLD, LedgerAccount.INVENTORY);
      case CUSTOMER_RETURN:
        return new Accounts(LedgerAccount.INVENTORY, LedgerAccount.COST_OF_GOODS_SOLD);
      case SUPPLIER_RETURN:
        return new Accounts(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED, LedgerAccount.INVENTORY);
      case TRANSFER_IN:
        return new Accounts(LedgerAccount.INVENTORY, LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES);
      case TRANSFER_OUT:
        return new Accounts(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES, LedgerAccount.INVENTORY);
      case STOCKTAKE_SURPLUS:
        return new Accounts(LedgerAccount.INVENTORY, LedgerAccount.STOCKTAKE_PENDING);
      case STOCKTAKE_SHORTAGE:
        return new Accounts(LedgerAccount.STOCKTAKE_PENDING, LedgerAccount.INVENTORY);
      default:
        return null;
    }
  }
}
