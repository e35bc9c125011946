/**
 * Spot steel (现货钢材) sold by weight: the quote from the price list, the credit hold released by the
 * customer's money, weighing at loading, payment before dispatch, the dispatch note, the invoice
 * behind the collection gate and the commission after collection.
 */
package dev.suanpan.examples.steel;
