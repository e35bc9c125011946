/**
 * Order to cash: one customer's year through the receivables ledger, from the contract and its
 * instalments to the year-end provision and a write-off on the memo register.
 */
package dev.suanpan.examples.receivables;
