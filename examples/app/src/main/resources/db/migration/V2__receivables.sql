-- The receivables ledger (应收账款): one per database, valued by a stored credit policy, stored
-- as the documents posted to it (invoices, credit notes, collections, reversals) in posting
-- order, hash-chained like the stock ledgers.

CREATE TABLE receivables_ledger (
  id             INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
  policy_name    VARCHAR(100) NOT NULL,
  policy_version INTEGER      NOT NULL,
  version        BIGINT       NOT NULL,
  entries        INTEGER      NOT NULL,
  head_hash      CHAR(64)     NOT NULL
);

CREATE TABLE receivables_entry (
  seq        INTEGER          NOT NULL PRIMARY KEY,
  kind       VARCHAR(20)      NOT NULL,
  document   VARCHAR(200)     NOT NULL,
  entry_date DATE             NOT NULL,
  body       VARCHAR(1000000) NOT NULL,
  hash       CHAR(64)         NOT NULL
);
