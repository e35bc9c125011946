package dev.suanpan.core.rebate;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A manufacturer's volume rebate scheme (返利政策), as data: the currency, the tiers of purchase value
 * with their rates, how the rates apply ({@link RebateTiers}), how the rebate is rounded, and the
 * accounts and wording of the month-end entry.
 *
 * <p>The basis is the purchase value (the manufacturer's invoices of the month, or of the year to
 * date where the tiers are annual): a volume below the first threshold earns nothing; otherwise
 * {@link RebateTiers#WHOLE_VOLUME} applies the rate of the highest tier reached to all of it and
 * {@link RebateTiers#MARGINAL} each band at its own rate. The total is rounded once by {@link
 * #rounding()}.
 *
 * <p>The accrual debits {@link #receivableAccount()} (by default {@link
 * LedgerAccount#REBATE_RECEIVABLE}, 其他应收款—厂家返利) and credits {@link #creditAccount()} (by default
 * {@link LedgerAccount#COST_OF_GOODS_SOLD}: the rebate lowers the cost of the goods bought, and so
 * raises the profit of the month, as the source says).
 *
 * <p>Validated when built: rejects no tiers, a tier in another currency than the policy's,
 * thresholds that do not strictly increase, and a reference pattern that is not a valid {@link
 * DateTimeFormatter} pattern for a month; the tiers themselves reject negative rates and rates
 * above 100%. The message names the argument and the value.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class VolumeRebatePolicy {
  /** The currency of the volumes, thresholds and rebates. */
  public abstract CurrencyUnit currency();

  /** The tiers, by strictly increasing threshold; at least one. */
  public abstract ImmutableList<RebateTier> tiers();

  /** How the tiers' rates apply; {@link RebateTiers#WHOLE_VOLUME} by default. */
  @Value.Default
  public RebateTiers tierStyle() {
    return RebateTiers.WHOLE_VOLUME;
  }

  /** How the total rebate is rounded; {@link Rounding#FEN} by default. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** The account debited by an accrual; {@link LedgerAccount#REBATE_RECEIVABLE} by default. */
  @Value.Default
  public LedgerAccount receivableAccount() {
    return LedgerAccount.REBATE_RECEIVABLE;
  }

  /** The account credited by an accrual; {@link LedgerAccount#COST_OF_GOODS_SOLD} by default. */
  @Value.Default
  public LedgerAccount creditAccount() {
    return LedgerAccount.COST_OF_GOODS_SOLD;
  }

  /**
   * The {@link java.time.format.DateTimeFormatter} pattern of the entry's reference for a month;
   * {@code 'REBATE-'yyyy-MM} (giving {@code REBATE-2024-03}) by default.
   */
  @Value.Default
  public String referencePattern() {
    return "'REBATE-'yyyy-MM";
  }

  /** The description of the accrual entry; {@code Manufacturer's volume rebate accrued (返利)}. */
  @Value.Default
  public String description() {
    return "Manufacturer's volume rebate accrued (返利)";
  }

  /** The entry reference for {@code month}, by {@link #referencePattern()}. */
  public String reference(YearMonth month) {
    Arguments.notNull(month, "month");
    return DateTimeFormatter.ofPattern(referencePattern()).format(month);
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VolumeRebatePolicy}; rejects what {@link VolumeRebatePolicy} rejects. */
  public static final class Builder extends ImmutableVolumeRebatePolicy.Builder {
    Builder() {}
  }

  /**
   * A flat rate on the whole volume from the first yuan: one tier from zero.
   *
   * @throws IllegalArgumentException if the rate is negative or above 100%
   */
  public static VolumeRebatePolicy flat(CurrencyUnit currency, Percent rate) {
    Arguments.notNull(currency, "currency");
    return builder().currency(currency).addTier(RebateTier.of(Money.zero(currency), rate)).build();
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(currency(), "currency");
    Arguments.notNull(tierStyle(), "tierStyle");
    Arguments.notNull(rounding(), "rounding");
    Arguments.notNull(receivableAccount(), "receivableAccount");
    Arguments.notNull(creditAccount(), "creditAccount");
    Arguments.check(!tiers().isEmpty(), "tiers must not be empty, was %s", tiers());
    Money previous = null;
    for (int i = 0; i < tiers().size(); i++) {
      RebateTier tier = tiers().get(i);
      Arguments.check(
          tier.threshold().getCurrencyUnit().equals(currency()),
          "tiers[%d] must be in %s, the policy's currency, was %s",
          i,
          currency(),
          tier);
      Arguments.check(
          previous == null || tier.threshold().isGreaterThan(previous),
          "tiers must have strictly increasing thresholds: tiers[%d] %s does not exceed %s",
          i,
          tier,
          previous);
      previous = tier.threshold();
    }
    Arguments.notBlank(description(), "description");
    Arguments.notBlank(referencePattern(), "referencePattern");
    String sample;
    try {
      sample = DateTimeFormatter.ofPattern(referencePattern()).format(YearMonth.of(2024, 3));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IllegalArgumentException(
          "referencePattern must be a date-time pattern for a month, was \""
              + referencePattern()
              + "\": "
              + e.getMessage(),
          e);
    }
    Arguments.check(
        !sample.isBlank(), "referencePattern must not give a blank reference, was \"%s\"", sample);
  }
}
