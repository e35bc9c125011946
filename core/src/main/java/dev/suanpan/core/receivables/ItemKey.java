package dev.suanpan.core.receivables;

/** One instalment of one receivable document, as the ledger's storage keys it. */
record ItemKey(String document, int instalment) {}
