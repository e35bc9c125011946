/**
 * Exact money primitives on Joda-Money: {@link dev.suanpan.money.Percent}, {@link
 * dev.suanpan.money.Rounding}, {@link dev.suanpan.money.Allocation} and the argument checks every
 * module shares ({@link dev.suanpan.money.Arguments}). No {@code double} or {@code float} touches
 * an amount or a rate anywhere in Suanpan.
 */
package dev.suanpan.money;
