package dev.suanpan.inventory;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One stock movement as the warehouse records it: its date, document number, kind, quantity (always
 * positive; the {@link MovementKind kind} says whether goods come in or go out) with its unit, and
 * what is needed to value it:
 *
 * <ul>
 *   <li>a {@link MovementKind#RECEIPT receipt} carries its {@link #unitCost() unit cost} (at most 6
 *       decimal places) and usually the purchase order as {@link #reference()};
 *   <li>an {@link MovementKind#OPENING_BALANCE opening balance} and a {@link
 *       MovementKind#TRANSFER_IN transfer in} carry their total {@link #value()} (the cost that
 *       travelled with the goods);
 *   <li>a {@link MovementKind#CUSTOMER_RETURN customer return} names the issue document it reverses
 *       as {@link #reference()}, and the ledger values it at the cost that issue went out at (under
 *       standard cost, at the current standard);
 *   <li>every other kind is valued by the ledger's costing method, except that an outbound movement
 *       may carry a {@link #unitCost() given rate} (a sample, an internal use at a set cost), which
 *       a ledger whose policy allows it ({@code CostingPolicy.issuesAtGivenRate()}) takes as its
 *       cost.
 * </ul>
 *
 * <p>Quantities have at most 4 decimal places and are kept at 4; unit costs are kept at 6. Rejects
 * a quantity that is not positive or finer than 0.0001, a unit cost or value where the kind takes
 * none (an inbound kind other than a receipt takes no unit cost), a missing one where the kind
 * needs it, a negative unit cost or opening value (a transfer in carries the cost its transfer out
 * went at, whatever its sign), and a customer return without the issue it reverses.
 *
 * <p>Bounds (those of the {@link StockLedger}): a quantity of at most {@link
 * StockLedger#MAX_QUANTITY} (10<sup>14</sup> units), a unit cost of at most {@link
 * StockLedger#MAX_UNIT_COST} (10<sup>12</sup>), a value of at most {@link
 * StockLedger#MAX_VALUE_MINOR} (10<sup>18</sup>) minor units; larger ones are rejected naming the
 * field, the document and the bound. The ledger also bounds the balances a movement makes.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Movement {
  /** Decimal places a quantity may have. */
  public static final int QUANTITY_SCALE = FixedPoint.QUANTITY_SCALE;

  /** Decimal places a receipt's unit cost may have. */
  public static final int UNIT_COST_SCALE = FixedPoint.UNIT_COST_SCALE;

  /** The day the goods moved. */
  public abstract LocalDate date();

  /** The document number (receipt, release note, requisition, transfer note). */
  public abstract String document();

  /** What kind of movement this is. */
  public abstract MovementKind kind();

  /** How many units moved; always positive. */
  public abstract BigDecimal quantity();

  /** The unit the quantity is in. */
  public abstract UnitOfMeasure unit();

  /**
   * The unit cost of a receipt; on an outbound movement, the given rate it leaves at, if any (taken
   * only by a ledger whose policy allows it, else the posting is refused).
   */
  public abstract Optional<BigDecimal> unitCost();

  /** The total value of an opening balance or a transfer in. */
  public abstract Optional<Money> value();

  /**
   * The document this movement refers to: the purchase order of a receipt, the issue a customer
   * return reverses (required), the other side of a transfer.
   */
  public abstract Optional<String> reference();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Movement}; rejects what {@link Movement} rejects. */
  public static final class Builder extends ImmutableMovement.Builder {
    Builder() {}
  }

  /** A receipt of {@code quantity} at {@code unitCost} against purchase order {@code order}. */
  public static Movement receipt(
      LocalDate date,
      String document,
      BigDecimal quantity,
      UnitOfMeasure unit,
      BigDecimal unitCost,
      String order) {
    return builder()
        .date(date)
        .document(document)
        .kind(MovementKind.RECEIPT)
        .quantity(quantity)
        .unit(unit)
        .unitCost(unitCost)
        .reference(order)
        .build();
  }

  /** An outbound movement of {@code kind} (an issue, a supplier return, a transfer out, ...). */
  public static Movement outbound(
      MovementKind kind, LocalDate date, String document, BigDecimal quantity, UnitOfMeasure unit) {
    Arguments.notNull(kind, "kind");
    Arguments.check(!kind.isInbound(), "kind must be an outbound kind, was %s", kind);
    return builder().date(date).document(document).kind(kind).quantity(quantity).unit(unit).build();
  }

  /** A sale issue against an approved sales document. */
  public static Movement saleIssue(
      LocalDate date, String document, BigDecimal quantity, UnitOfMeasure unit) {
    return outbound(MovementKind.SALE_ISSUE, date, document, quantity, unit);
  }

  /** Parts issued to a repair job against a requisition. */
  public static Movement repairIssue(
      LocalDate date, String document, BigDecimal quantity, UnitOfMeasure unit) {
    return outbound(MovementKind.REPAIR_ISSUE, date, document, quantity, unit);
  }

  /**
   * Goods a customer returns from the issue {@code issueDocument}, at the cost they went out at.
   */
  public static Movement customerReturn(
      LocalDate date,
      String document,
      BigDecimal quantity,
      UnitOfMeasure unit,
      String issueDocument) {
    return builder()
        .date(date)
        .document(document)
        .kind(MovementKind.CUSTOMER_RETURN)
        .quantity(quantity)
        .unit(unit)
        .reference(issueDocument)
        .build();
  }

  /** Goods arriving with the value they left another warehouse at. */
  public static Movement transferIn(
      LocalDate date, String document, BigDecimal quantity, UnitOfMeasure unit, Money value) {
    return builder()
        .date(date)
        .document(document)
        .kind(MovementKind.TRANSFER_IN)
        .quantity(quantity)
        .unit(unit)
        .value(value)
        .build();
  }

  /** A balance carried over, with its value. */
  public static Movement openingBalance(
      LocalDate date, String document, BigDecimal quantity, UnitOfMeasure unit, Money value) {
    return builder()
        .date(date)
        .document(document)
        .kind(MovementKind.OPENING_BALANCE)
        .quantity(quantity)
        .unit(unit)
        .value(value)
        .build();
  }

  /** An approved stocktake surplus, valued by the ledger at the current cost. */
  public static Movement stocktakeSurplus(
      LocalDate date, String document, BigDecimal quantity, UnitOfMeasure unit) {
    return builder()
        .date(date)
        .document(document)
        .kind(MovementKind.STOCKTAKE_SURPLUS)
        .quantity(quantity)
        .unit(unit)
        .build();
  }

  /**
   * Validates, and keeps quantities at 4 decimal places and unit costs at 6 so that equal movements
   * are equal values.
   */
  @Value.Check
  protected Movement normalize() {
    check();
    BigDecimal q = quantity().setScale(QUANTITY_SCALE);
    Optional<BigDecimal> c = unitCost().map(u -> u.setScale(UNIT_COST_SCALE));
    if (q.equals(quantity()) && c.equals(unitCost())) {
      return this;
    }
    return builder().from(this).quantity(q).unitCost(c).build();
  }

  private void check() {
    Arguments.notBlank(document(), "document");
    Arguments.positive(quantity(), "quantity");
    FixedPoint.quantity(quantity(), "quantity");
    Arguments.check(
        quantity().compareTo(StockLedger.MAX_QUANTITY) <= 0,
        "quantity of %s must be at most %s, was %s",
        document(),
        StockLedger.MAX_QUANTITY.toPlainString(),
        quantity().toPlainString());
    MovementKind k = kind();
    if (k == MovementKind.RECEIPT || !k.isInbound() && unitCost().isPresent()) {
      Arguments.check(
          unitCost().isPresent(), "receipt %s must have a unit cost, had none", document());
      Arguments.nonNegative(unitCost().get(), "unitCost");
      FixedPoint.unitCost(unitCost().get(), "unitCost");
      Arguments.check(
          unitCost().get().compareTo(StockLedger.MAX_UNIT_COST) <= 0,
          "unitCost of %s must be at most %s, was %s",
          document(),
          StockLedger.MAX_UNIT_COST.toPlainString(),
          unitCost().get().toPlainString());
    } else {
      Arguments.check(
          unitCost().isEmpty(),
          "%s %s takes its cost from the ledger, must not have a unit cost, had %s",
          k,
          document(),
          unitCost().orElse(null));
    }
    boolean needsValue = k == MovementKind.OPENING_BALANCE || k == MovementKind.TRANSFER_IN;
    if (needsValue) {
      Arguments.check(value().isPresent(), "%s %s must have a value, had none", k, document());
      if (k == MovementKind.OPENING_BALANCE) {
        Arguments.nonNegative(value().get(), "value");
      }
      // A transfer in carries the cost its transfer out went at, whatever its sign (a ledger
      // allowing negative stock can carry a negative value on a positive quantity).
      Arguments.check(
          value()
                  .get()
                  .getAmountMinor()
                  .abs()
                  .compareTo(BigDecimal.valueOf(StockLedger.MAX_VALUE_MINOR))
              <= 0,
          "value of %s must be at most %s minor units either way, was %s",
          document(),
          StockLedger.MAX_VALUE_MINOR,
          value().get());
    } else {
      Arguments.check(
          value().isEmpty(),
          "%s %s must not have a value, had %s",
          k,
          document(),
          value().orElse(null));
    }
    if (k == MovementKind.CUSTOMER_RETURN) {
      Arguments.check(
          reference().isPresent(),
          "customer return %s must name the issue it reverses as reference",
          document());
    }
    reference().ifPresent(r -> Arguments.notBlank(r, "reference"));
  }

  @Override
  public String toString() {
    return date()
        + " "
        + kind()
        + " "
        + document()
        + " "
        + quantity().toPlainString()
        + " "
        + unit()
        + unitCost().map(c -> " @ " + c.toPlainString()).orElse("")
        + value().map(v -> " value " + v).orElse("")
        + reference().map(r -> " ref " + r).orElse("");
  }
}
