package dev.suanpan.core.settlement.returns;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A completed sale that goods may be returned against: its lines, the date, and any discount given
 * on the whole document (整单折扣), which is spread over the lines in proportion to their amounts so
 * that each line's {@link #paidPerLine() amount actually paid} is known to the fen.
 *
 * <p>Rejects a sale without lines, duplicate line ids, lines in different currencies, and a
 * negative document discount or one larger than the lines' total.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Sale {
  /** The sale's reference (invoice or order number). */
  public abstract String reference();

  /** The buyer. */
  public abstract CustomerId customer();

  /** The day of the sale; the return window counts from it. */
  public abstract LocalDate soldOn();

  /** The lines, in invoice order. */
  public abstract ImmutableList<SoldLine> lines();

  /** The tax-inclusive discount on the whole document; zero if none. */
  @Value.Default
  public Money documentDiscount() {
    return Money.zero(currency());
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sale}; rejects what {@link Sale} rejects. */
  public static final class Builder extends ImmutableSale.Builder {
    Builder() {}
  }

  /** The currency of the sale. */
  public CurrencyUnit currency() {
    Arguments.notEmpty(lines(), "lines");
    return lines().get(0).amount().getCurrencyUnit();
  }

  /** The line with this id, if any. */
  public Optional<SoldLine> line(String lineId) {
    Arguments.notNull(lineId, "lineId");
    return lines().stream().filter(l -> l.lineId().equals(lineId)).findFirst();
  }

  /**
   * The tax-inclusive amount actually paid per line id: the line amount less its share of the
   * document discount, split with {@link Allocation#byAmounts} so the lines add up to the total
   * paid.
   */
  @Value.Lazy
  public ImmutableMap<String, Money> paidPerLine() {
    List<Money> amounts = new ArrayList<>();
    for (SoldLine l : lines()) {
      amounts.add(l.amount());
    }
    boolean anyAmount = amounts.stream().anyMatch(Money::isPositive);
    ImmutableMap.Builder<String, Money> out = ImmutableMap.builder();
    List<Money> shares = anyAmount ? Allocation.byAmounts(documentDiscount(), amounts) : amounts;
    for (int i = 0; i < lines().size(); i++) {
      out.put(lines().get(i).lineId(), amounts.get(i).minus(shares.get(i)));
    }
    return out.build();
  }

  /** The total paid: the lines less the document discount. */
  public Money totalPaid() {
    Money m = Money.zero(currency());
    for (SoldLine l : lines()) {
      m = m.plus(l.amount());
    }
    return m.minus(documentDiscount());
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(reference(), "reference");
    Arguments.notEmpty(lines(), "lines");
    Set<String> ids = new HashSet<>();
    Money total = Money.zero(currency());
    for (int i = 0; i < lines().size(); i++) {
      SoldLine l = lines().get(i);
      Arguments.check(ids.add(l.lineId()), "line id %s appears twice", l.lineId());
      Arguments.inCurrency(l.amount(), currency(), "lines[" + i + "].amount");
      total = total.plus(l.amount());
    }
    Arguments.inCurrency(documentDiscount(), currency(), "documentDiscount");
    Arguments.nonNegative(documentDiscount(), "documentDiscount");
    Arguments.check(
        !documentDiscount().isGreaterThan(total),
        "documentDiscount %s must not exceed the lines' total %s",
        documentDiscount(),
        total);
  }
}
