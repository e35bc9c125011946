/**
 * Interest and late-payment penalties (计息, 滞纳金): day counts ({@link
 * dev.suanpan.money.interest.DayCount}), simple interest over a date range ({@link
 * dev.suanpan.money.interest.SimpleInterest}) and a daily penalty on an overdue amount with grace
 * days and a cap ({@link dev.suanpan.money.interest.LatePaymentPenalty} built from a {@link
 * dev.suanpan.money.interest.PenaltyPolicy}).
 *
 * <p>Days are counted the same way everywhere: from the day after the start date (the due date for
 * a penalty) up to and including the end date (the payment date), so money due on 31 March and paid
 * on 10 April is 10 days late. Every amount is rounded once, at the end, with the caller's {@link
 * dev.suanpan.money.Rounding}.
 */
package dev.suanpan.money.interest;
