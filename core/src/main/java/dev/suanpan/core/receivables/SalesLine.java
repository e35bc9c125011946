package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.core.party.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a {@link SalesReport}: an invoice line sold, or a credit note's line taking a sale
 * back (negative amounts; a return's quantity negative, an allowance's zero), with its customer,
 * quantity, net, VAT and gross as the document split them, and its dimensions (the document's and
 * the line's own, such as a car's model, colour, engine number and configuration).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class SalesLine {
  /** The document's date. */
  public abstract LocalDate date();

  /** The invoice or credit note number. */
  public abstract String document();

  /** The customer. */
  public abstract CustomerId customer();

  /** What the line is for. */
  public abstract String description();

  /** Units sold; negative for a return, zero for an allowance. */
  public abstract BigDecimal quantity();

  /** Net of VAT. */
  public abstract Money net();

  /** The output VAT. */
  public abstract Money tax();

  /** Including VAT. */
  public abstract Money gross();

  /** The document's and the line's dimensions (the line's win). */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> dimensions();

  /** The value of dimension {@code name}, if the line has it. */
  public Optional<String> dimension(String name) {
    return Optional.ofNullable(dimensions().get(name));
  }

  @Override
  public String toString() {
    return date()
        + " "
        + document()
        + " "
        + customer()
        + " "
        + description()
        + " x "
        + quantity().toPlainString()
        + " "
        + gross()
        + (dimensions().isEmpty() ? "" : " " + dimensions());
  }
}
