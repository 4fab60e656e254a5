-- The SELECT-only PostgreSQL user for auditors and analysts (fiscalledger.projections.sql.ReaderRole runs the same).
-- Run as the user that owns the ledger's tables, after an officer's process has created them:
--   psql "$URL" -v reader=ledger_reader -v password="'…'" -f reader-role-postgresql.sql
-- Then: java -jar ledger-shell.jar --db URL --role auditor --db-reader-user ledger_reader
--       (password in FISCAL_LEDGER_DB_READER_PASSWORD or --db-reader-password)
SELECT format('CREATE ROLE %I LOGIN', :'reader') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'reader') \gexec
ALTER ROLE :"reader" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :password;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"reader";
REVOKE CREATE ON SCHEMA public FROM :"reader";
GRANT USAGE ON SCHEMA public TO :"reader";
GRANT SELECT ON domain_event_entry, snapshot_event_entry, token_entry, processor_nodes,
    postings, ledgers, asset_facts, performance_indicators, performance_evaluations, procurement_contracts,
    budget_projects, budget, balances
    TO :"reader";
