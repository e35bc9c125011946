/**
 * Cash-discount payment terms (现金折扣) such as {@code "2/10, 1/20, n/30"}: 2% off when paid within 10
 * days of the invoice date, 1% within 20 days, the full amount due within 30 days. {@link
 * dev.suanpan.money.terms.CashDiscountTerms} parses and prints them and gives the {@link
 * dev.suanpan.money.terms.CashDiscount} available for a payment on a given date.
 */
package dev.suanpan.money.terms;
