-- Read models of fiscal-ledger (H2). Disposable: dropped and rebuilt from the event store at any time.
-- Amounts are exact fen (BIGINT). seq = the event's global sequence number in the event store.

-- id = seq * 2^20 + line_no is the row key: H2 keys a table's rows themselves by a single BIGINT primary key, where
-- the primary key (seq, line_no) was an index of its own that every row paid for again (about a fifth of a rebuild's
-- writing). INVISIBLE: SELECT * and the as-of views show the table as before. Queries by sequence range or order ask
-- for id (PostingKey). A store created before holds the former layout until ReadModelSchema copies it over at start.
CREATE TABLE IF NOT EXISTS postings (
    id               BIGINT        INVISIBLE GENERATED ALWAYS AS (seq * 1048576 + line_no),
    seq              BIGINT        NOT NULL,
    line_no          INT           NOT NULL,
    unit             VARCHAR(12)   NOT NULL,
    fiscal_year             INT           NOT NULL,
    movement         VARCHAR(20)   NOT NULL,
    fund             VARCHAR(24)   NOT NULL,
    function_code    VARCHAR(7)    NOT NULL,
    economic_code    VARCHAR(5),
    kind             VARCHAR(20),
    project          VARCHAR(300)  NOT NULL DEFAULT '',
    procurement      VARCHAR(10),
    sme_fen          BIGINT        NOT NULL DEFAULT 0,
    small_micro_fen  BIGINT        NOT NULL DEFAULT 0,
    amount_fen       BIGINT        NOT NULL,
    voucher          VARCHAR(64)   NOT NULL,
    business_date    DATE          NOT NULL,
    adjustment_type  VARCHAR(10),
    document         VARCHAR(200),
    reversed_voucher VARCHAR(64),
    reversal_reason  VARCHAR(1000),
    recorded_by      VARCHAR(100),
    recorded_reason  VARCHAR(1000),
    memo             VARCHAR(2000),
    -- unique id = unique (seq, line_no) only while a line number stays below 2^20
    CONSTRAINT ck_postings_line_no CHECK (line_no >= 0 AND line_no < 1048576),
    CONSTRAINT pk_postings PRIMARY KEY (id)
);
-- one secondary index serves the unit-year (tables, check, trace), a movement of it (trace, views) and a voucher
-- with its movement (a reversal asks for the reversed voucher under every movement): each index entry costs a
-- rebuild as much again, and the two indexes this one replaces were a fifth of the rebuild's writing thread
CREATE INDEX IF NOT EXISTS ix_postings_movement_voucher ON postings (unit, fiscal_year, movement, voucher);
DROP INDEX IF EXISTS ix_postings_ledger;
DROP INDEX IF EXISTS ix_postings_voucher;

CREATE TABLE IF NOT EXISTS ledgers (
    unit            VARCHAR(12)  NOT NULL,
    fiscal_year            INT          NOT NULL,
    unit_name       VARCHAR(200) NOT NULL,
    department_code VARCHAR(12),
    department_name VARCHAR(200),
    unit_type       VARCHAR(24)  NOT NULL,
    opened_on       DATE         NOT NULL,
    opened_seq      BIGINT       NOT NULL,
    closed_on       DATE,
    closed_seq      BIGINT,
    closing_voucher VARCHAR(64),
    CONSTRAINT pk_ledgers PRIMARY KEY (unit, fiscal_year)
);

-- table 10's non-financial facts: one row per vehicle use, plus item LARGE_EQUIPMENT; a later record replaces
-- an earlier one, a reversed record no longer counts from the reversal on
CREATE TABLE IF NOT EXISTS asset_facts (
    seq           BIGINT      NOT NULL,
    unit          VARCHAR(12) NOT NULL,
    fiscal_year          INT         NOT NULL,
    voucher       VARCHAR(64) NOT NULL,
    business_date DATE        NOT NULL,
    item          VARCHAR(30) NOT NULL,
    quantity      INT         NOT NULL,
    reversed_seq  BIGINT,
    reversed_on   DATE,
    CONSTRAINT pk_asset_facts PRIMARY KEY (seq, item)
);
CREATE INDEX IF NOT EXISTS ix_asset_facts_ledger ON asset_facts (unit, fiscal_year);

CREATE TABLE IF NOT EXISTS performance_evaluations (
    seq                 BIGINT       NOT NULL,
    unit                VARCHAR(12)  NOT NULL,
    fiscal_year                INT          NOT NULL,
    voucher             VARCHAR(64)  NOT NULL,
    business_date       DATE         NOT NULL,
    project             VARCHAR(300) NOT NULL,
    declared_target_fen BIGINT       NOT NULL,
    recorded_by         VARCHAR(100),
    memo                VARCHAR(2000),
    reversed_seq        BIGINT,
    reversed_on         DATE,
    CONSTRAINT pk_performance_evaluations PRIMARY KEY (seq)
);
CREATE INDEX IF NOT EXISTS ix_performance_ledger ON performance_evaluations (unit, fiscal_year);

CREATE TABLE IF NOT EXISTS performance_indicators (
    seq       BIGINT        NOT NULL,
    line_no   INT           NOT NULL,
    level1    VARCHAR(100),
    level2    VARCHAR(100),
    indicator VARCHAR(300)  NOT NULL,
    weight    DECIMAL(9, 3) NOT NULL,
    score     DECIMAL(9, 3) NOT NULL,
    CONSTRAINT pk_performance_indicators PRIMARY KEY (seq, line_no)
);

-- 政府采购合同: one row per contract (table 10's 政府采购 and the 说明's SME figures are sums of contracts, not of
-- payments); a reversed contract no longer counts from the reversal on
CREATE TABLE IF NOT EXISTS procurement_contracts (
    seq             BIGINT       NOT NULL,
    unit            VARCHAR(12)  NOT NULL,
    fiscal_year     INT          NOT NULL,
    voucher         VARCHAR(64)  NOT NULL,
    business_date   DATE         NOT NULL,
    project         VARCHAR(300) NOT NULL DEFAULT '',
    category        VARCHAR(10)  NOT NULL,
    contract_fen    BIGINT       NOT NULL,
    sme_fen         BIGINT       NOT NULL DEFAULT 0,
    small_micro_fen BIGINT       NOT NULL DEFAULT 0,
    supplier        VARCHAR(300) NOT NULL DEFAULT '',
    recorded_by     VARCHAR(100),
    memo            VARCHAR(2000),
    reversed_seq    BIGINT,
    reversed_on     DATE,
    CONSTRAINT pk_procurement_contracts PRIMARY KEY (seq)
);
CREATE INDEX IF NOT EXISTS ix_procurement_contracts_ledger ON procurement_contracts (unit, fiscal_year);

-- Not a read model: a row says a rebuild began emptying the read models and had not committed its replay tokens yet.
-- The rebuild inserts it before its TRUNCATEs and deletes it in the transaction that stores the replay tokens; H2's
-- TRUNCATE commits the row on its own, so a process killed in between leaves it, and the next writing start rebuilds
-- again (RebuildResumption). Never emptied by a rebuild nor granted to readers (ReadModelSchema.REBUILD_MARKER).
CREATE TABLE IF NOT EXISTS read_model_rebuild (
    begun_at TIMESTAMP WITH TIME ZONE NOT NULL
);


-- per unit, year, fund and function code; closing = opening + income - expenditure + used - distributed
CREATE OR REPLACE VIEW balances AS
SELECT unit, fiscal_year, fund, function_code,
       CAST(SUM(CASE WHEN movement = 'opening' THEN amount_fen ELSE 0 END) AS BIGINT)     AS opening_fen,
       CAST(SUM(CASE WHEN movement = 'income' THEN amount_fen ELSE 0 END) AS BIGINT)      AS income_fen,
       CAST(SUM(CASE WHEN movement = 'expenditure' THEN amount_fen ELSE 0 END) AS BIGINT) AS expenditure_fen,
       CAST(SUM(CASE WHEN movement = 'used' THEN amount_fen ELSE 0 END) AS BIGINT)        AS used_fen,
       CAST(SUM(CASE WHEN movement = 'distributed' THEN amount_fen ELSE 0 END) AS BIGINT) AS distributed_fen,
       CAST(SUM(CASE WHEN movement IN ('opening', 'income', 'used') THEN amount_fen
                WHEN movement IN ('expenditure', 'distributed') THEN -amount_fen ELSE 0 END) AS BIGINT) AS closing_fen
FROM postings
WHERE movement IN ('opening', 'income', 'expenditure', 'used', 'distributed')
GROUP BY unit, fiscal_year, fund, function_code;

-- per budget line (fund, function, kind, project, economic); an expenditure draws on the line with its economic
-- code when the budget is set at that level, otherwise on the line without economic code
CREATE OR REPLACE VIEW budget AS
SELECT x.*, x.full_year_fen - x.executed_fen AS remaining_fen,
       CASE WHEN x.full_year_fen = 0 THEN NULL
            ELSE CAST(ROUND(x.executed_fen * 100.0 / x.full_year_fen, 2) AS DECIMAL(12, 2)) END AS execution_rate
FROM (
SELECT l.unit, l.fiscal_year, l.fund, l.function_code, l.kind, l.project, l.economic_code,
       l.initial_fen, l.adjustment_fen, l.initial_fen + l.adjustment_fen AS full_year_fen,
       COALESCE((SELECT CAST(SUM(e.amount_fen) AS BIGINT) FROM postings e
                 WHERE e.movement = 'expenditure' AND e.unit = l.unit AND e.fiscal_year = l.fiscal_year AND e.fund = l.fund
                   AND e.function_code = l.function_code AND e.kind = l.kind AND e.project = l.project
                   AND ((l.economic_code IS NOT NULL AND e.economic_code = l.economic_code)
                     OR (l.economic_code IS NULL AND NOT EXISTS (
                            SELECT 1 FROM postings b
                            WHERE b.movement IN ('budget-initial', 'budget-adjustment') AND b.unit = l.unit
                              AND b.fiscal_year = l.fiscal_year AND b.fund = l.fund AND b.function_code = l.function_code
                              AND b.kind = l.kind AND b.project = l.project AND b.economic_code = e.economic_code)))), 0)
           AS executed_fen
FROM (SELECT unit, fiscal_year, fund, function_code, kind, project, economic_code,
             CAST(SUM(CASE WHEN movement = 'budget-initial' THEN amount_fen ELSE 0 END) AS BIGINT)    AS initial_fen,
             CAST(SUM(CASE WHEN movement = 'budget-adjustment' THEN amount_fen ELSE 0 END) AS BIGINT) AS adjustment_fen
      FROM postings
      WHERE movement IN ('budget-initial', 'budget-adjustment')
      GROUP BY unit, fiscal_year, fund, function_code, kind, project, economic_code) l
) x;

-- per project: the figures of 绩效自评 (执行率 in percent, 2 decimals)
CREATE OR REPLACE VIEW budget_projects AS
SELECT unit, fiscal_year, project, CAST(SUM(initial_fen) AS BIGINT) AS initial_fen, CAST(SUM(adjustment_fen) AS BIGINT) AS adjustment_fen,
       CAST(SUM(full_year_fen) AS BIGINT) AS full_year_fen, CAST(SUM(executed_fen) AS BIGINT) AS executed_fen,
       CAST(SUM(full_year_fen) AS BIGINT) - CAST(SUM(executed_fen) AS BIGINT) AS remaining_fen,
       CASE WHEN CAST(SUM(full_year_fen) AS BIGINT) = 0 THEN NULL
            ELSE CAST(ROUND(CAST(SUM(executed_fen) AS BIGINT) * 100.0 / CAST(SUM(full_year_fen) AS BIGINT), 2) AS DECIMAL(12, 2)) END AS execution_rate
FROM budget
WHERE project <> ''
GROUP BY unit, fiscal_year, project;
