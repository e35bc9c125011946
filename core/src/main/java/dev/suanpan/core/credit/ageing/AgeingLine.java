package dev.suanpan.core.credit.ageing;

import dev.suanpan.core.credit.AgeingBucket;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * One bucket of an {@link AgeingReport}: the bucket, the open receivables of that age and how many
 * invoices they are.
 *
 * <p>Rejects nulls, a negative amount and a negative count.
 *
 * @param bucket the age bucket
 * @param amount the open receivables in it
 * @param items how many receivables are in it
 */
public record AgeingLine(AgeingBucket bucket, Money amount, int items) {
  /** Validates the line. */
  public AgeingLine {
    Arguments.notNull(bucket, "bucket");
    Arguments.nonNegative(amount, "amount");
    Arguments.nonNegative(items, "items");
  }
}
