/**
 * Exact money primitives on Joda-Money: {@link dev.suanpan.money.Percent}, {@link
 * dev.suanpan.money.Rounding}, {@link dev.suanpan.money.Allocation} and the argument checks every
 * module shares ({@link dev.suanpan.money.internal.Arguments}). VAT is in {@code
 * dev.suanpan.money.tax}, interest and late-payment penalties in {@code
 * dev.suanpan.money.interest}, cash-discount terms in {@code dev.suanpan.money.terms}. No binary
 * floating-point type touches an amount or a rate anywhere in Suanpan.
 */
package dev.suanpan.money;
