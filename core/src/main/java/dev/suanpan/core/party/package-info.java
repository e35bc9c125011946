/** Identifiers of the parties to a sale: customers and staff. */
package dev.suanpan.core.party;
