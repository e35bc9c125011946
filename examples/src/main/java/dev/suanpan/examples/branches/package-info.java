/**
 * A parts distributor's central warehouse supplying a branch by transfer notes (转仓单, 004 篇3), and a
 * correction that follows the goods from one to the other ({@link
 * dev.suanpan.examples.branches.LateReceiptFlow}).
 */
package dev.suanpan.examples.branches;
