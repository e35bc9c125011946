package dev.suanpan.core.catalog;

import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Something that is sold: its {@link ProductId}, a name for people, the product group that
 * authority and standard offers may be narrowed to ({@code cars}, {@code flats}, {@code
 * spot-steel}), and, for goods bought in from outside when stock is short (外购), the purchase price
 * per unit the selling price must keep a margin over.
 *
 * <p>Rejects a blank name or group, a bought-in product without a purchase price, and a negative
 * purchase price.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Product {
  /** The product's identifier. */
  public abstract ProductId id();

  /** A name for people reading a quote. */
  public abstract String name();

  /** The product group, for authority per group and offers per group. */
  public abstract String group();

  /** True for goods bought in from outside (外购), which must keep the minimum margin. */
  @Value.Default
  public boolean boughtIn() {
    return false;
  }

  /** The purchase price per unit; required for bought-in goods. */
  public abstract Optional<Money> purchasePrice();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Product}; rejects what {@link Product} rejects. */
  public static final class Builder extends ImmutableProduct.Builder {
    Builder() {}
  }

  /** A product of our own stock with this code, name and group. */
  public static Product of(String code, String name, String group) {
    return builder().id(ProductId.of(code)).name(name).group(group).build();
  }

  /** Goods bought in from outside at {@code purchasePrice} per unit. */
  public static Product boughtIn(String code, String name, String group, Money purchasePrice) {
    return builder()
        .id(ProductId.of(code))
        .name(name)
        .group(group)
        .boughtIn(true)
        .purchasePrice(purchasePrice)
        .build();
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(name(), "name");
    Arguments.notBlank(group(), "group");
    Arguments.check(
        !boughtIn() || purchasePrice().isPresent(),
        "product %s is bought in, so it needs a purchasePrice",
        id());
    purchasePrice().ifPresent(p -> Arguments.nonNegative(p, "purchasePrice"));
  }

  @Override
  public String toString() {
    return id() + " " + name();
  }
}
