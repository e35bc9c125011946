package dev.suanpan.app;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;

/**
 * The items the warehouse keeps: each with its unit, its currency and the costing policy (a stored
 * policy's name and version) its ledgers are valued by. A movement of an item not registered here
 * is refused.
 */
public final class Items {
  private final AppDatabase db;
  private final Policies policies;
  private final Map<String, Item> known = new ConcurrentHashMap<>();

  Items(AppDatabase db, Policies policies) {
    this.db = db;
    this.policies = policies;
  }

  /** A registered item: what a new ledger of it is opened with. */
  public record Item(
      ItemId id,
      UnitOfMeasure unit,
      CurrencyUnit currency,
      String policyName,
      int policyVersion,
      CostingPolicy policy) {
    /** An empty ledger of this item in {@code warehouse}. */
    public StockLedger open(WarehouseId warehouse) {
      return StockLedger.open(id, warehouse, unit, currency, policy);
    }
  }

  /**
   * Registers {@code item}, counted in {@code unit}, valued in {@code currency} by the latest
   * version of the costing policy {@code policyName}.
   *
   * @throws InputException if the item is already registered, the currency is unknown, or there is
   *     no such costing policy
   */
  public Item add(String item, String unit, String currency, String policyName) {
    Names.check("item", item);
    Names.check("unit", unit);
    CurrencyUnit money;
    try {
      money = CurrencyUnit.of(currency);
    } catch (IllegalCurrencyException | NullPointerException e) {
      throw new InputException("currency is not an ISO 4217 code: \"" + currency + "\"", e);
    }
    Policies.Stored<CostingPolicy> costing = policies.latest(policyName, CostingPolicy.class);
    Item added =
        new Item(
            ItemId.of(item),
            UnitOfMeasure.of(unit),
            money,
            costing.name(),
            costing.version(),
            costing.policy());
    db.inTransaction(
        c -> {
          if (find(c, item).isPresent()) {
            throw new InputException("the item " + item + " is already registered");
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO item (item_id, unit, currency, costing_policy, costing_version)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, item);
            s.setString(2, unit);
            s.setString(3, money.getCode());
            s.setString(4, costing.name());
            s.setInt(5, costing.version());
            s.executeUpdate();
          }
          return null;
        });
    known.put(item, added);
    return added;
  }

  /** The item {@code item}, read on {@code c} unless already known; empty if not registered. */
  Optional<Item> find(Connection c, String item) throws SQLException {
    Item cached = known.get(item);
    if (cached != null) {
      return Optional.of(cached);
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT unit, currency, costing_policy, costing_version FROM item WHERE item_id = ?")) {
      s.setString(1, item);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        int version = r.getInt(4);
        Item found =
            new Item(
                ItemId.of(item),
                UnitOfMeasure.of(r.getString(1)),
                CurrencyUnit.of(r.getString(2)),
                r.getString(3),
                version,
                policies.version(c, r.getString(3), version, CostingPolicy.class));
        known.put(item, found);
        return Optional.of(found);
      }
    }
  }

  /**
   * The item {@code item}.
   *
   * @throws InputException if it is not registered
   */
  public Item get(String item) {
    Item cached = known.get(item);
    if (cached != null) {
      return cached;
    }
    return db.inTransaction(
        c -> find(c, item).orElseThrow(() -> new InputException("unknown item \"" + item + "\"")));
  }
}
