-- Spoorzoeker schema v19: who pays for a traject and under which regime (issue 18 item 1).
-- A traject has an opdrachtgever (the werkgever, UWV, or another payer by name) and a regime:
-- LOONDOORBETALING (the werkgever pays the wage and carries the Wet verbetering poortwachter duties)
-- or ZIEKTEWET_VANGNET (a vangnetter: flex worker, contract ended while sick, no-riskpolis,
-- pregnancy-related; UWV pays Ziektewet and guides the re-integration; see
-- docs/ziektewet-vangnet.md). A vangnet traject may have no werkgever at all, or a former one, so
-- werkgever_id becomes optional. SQLite cannot drop NOT NULL in place: the table is made anew, every
-- traject is copied with its id as werkgever/loondoorbetaling, and its indexes and triggers are made
-- again. The AUTOINCREMENT counter is carried over (an id once used never names another traject).
--
-- Dropping traject is only safe with foreign keys off (with them on, DROP TABLE first deletes every
-- row and the cascades would empty every table that belongs to a traject). Flyway opens its own
-- connection, where SQLite's default (off) holds; this guard makes the migration fail, with nothing
-- changed, should that ever not be so.
CREATE TEMP TABLE v19_foreign_keys_uit (aan INTEGER NOT NULL CHECK (aan = 0));
INSERT INTO v19_foreign_keys_uit SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE v19_foreign_keys_uit;

CREATE TABLE traject_nieuw (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    werknemer_id        INTEGER NOT NULL REFERENCES werknemer (id) ON DELETE RESTRICT,
    -- the werkgever, or for a vangnetter the former werkgever; null when there is none to name
    werkgever_id        INTEGER REFERENCES werkgever (id) ON DELETE RESTRICT,
    eerste_ziektedag    TEXT NOT NULL,
    opdrachtdatum       TEXT,
    startdatum          TEXT,
    geplande_einddatum  TEXT,
    budget_minuten      INTEGER CHECK (budget_minuten IS NULL OR budget_minuten >= 0),
    budget_centen       INTEGER CHECK (budget_centen IS NULL OR budget_centen >= 0),
    status              TEXT NOT NULL DEFAULT 'ACTIEF' CHECK (status IN ('ACTIEF', 'AFGEROND', 'GEARCHIVEERD')),
    aangemaakt_op       TEXT NOT NULL,
    gewijzigd_op        TEXT NOT NULL,
    voortgang_interval_weken INTEGER NOT NULL DEFAULT 6 CHECK (voortgang_interval_weken BETWEEN 1 AND 26),
    sollicitatie_norm_per_week INTEGER
        CHECK (sollicitatie_norm_per_week IS NULL OR sollicitatie_norm_per_week BETWEEN 0 AND 50),
    einddatum           TEXT CHECK (einddatum IS NULL OR einddatum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    uitzondering_late_start TEXT,
    uitzondering_document TEXT,
    uitzondering_documentdatum TEXT,
    opdrachtgever_soort TEXT NOT NULL DEFAULT 'WERKGEVER' CHECK (opdrachtgever_soort IN ('WERKGEVER', 'UWV', 'ANDERS')),
    -- the payer's name when it is not the werkgever (an UWV office, an insurer); null for the werkgever
    opdrachtgever_naam  TEXT CHECK (opdrachtgever_naam IS NULL OR length(opdrachtgever_naam) <= 200),
    regime              TEXT NOT NULL DEFAULT 'LOONDOORBETALING' CHECK (regime IN ('LOONDOORBETALING', 'ZIEKTEWET_VANGNET')),
    -- the werkgever as opdrachtgever must be named; under loondoorbetaling there always is one
    CHECK (opdrachtgever_soort <> 'WERKGEVER' OR werkgever_id IS NOT NULL),
    CHECK (regime <> 'LOONDOORBETALING' OR werkgever_id IS NOT NULL),
    CHECK (opdrachtgever_soort <> 'ANDERS' OR length(trim(opdrachtgever_naam)) > 0)
) STRICT;

INSERT INTO traject_nieuw (id, werknemer_id, werkgever_id, eerste_ziektedag, opdrachtdatum, startdatum,
        geplande_einddatum, budget_minuten, budget_centen, status, aangemaakt_op, gewijzigd_op,
        voortgang_interval_weken, sollicitatie_norm_per_week, einddatum, uitzondering_late_start,
        uitzondering_document, uitzondering_documentdatum, opdrachtgever_soort, opdrachtgever_naam, regime)
    SELECT id, werknemer_id, werkgever_id, eerste_ziektedag, opdrachtdatum, startdatum,
        geplande_einddatum, budget_minuten, budget_centen, status, aangemaakt_op, gewijzigd_op,
        voortgang_interval_weken, sollicitatie_norm_per_week, einddatum, uitzondering_late_start,
        uitzondering_document, uitzondering_documentdatum, 'WERKGEVER', NULL, 'LOONDOORBETALING'
    FROM traject ORDER BY id;

UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'traject'))
    WHERE name = 'traject_nieuw' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'traject');

-- Triggers on other tables (the search index on werknemer) name traject; between the drop and the
-- rename it does not exist, and a modern RENAME re-parses every trigger and refuses. The legacy
-- rename only renames the table, which is all this needs (no other object names traject_nieuw).
DROP TABLE traject;
PRAGMA legacy_alter_table = ON;
ALTER TABLE traject_nieuw RENAME TO traject;
PRAGMA legacy_alter_table = OFF;

CREATE INDEX traject_werknemer_idx ON traject (werknemer_id);
CREATE INDEX traject_werkgever_idx ON traject (werkgever_id);

-- The triggers of V10 (retention) and V15 (search) on traject, unchanged.
CREATE TRIGGER traject_einddatum_bij_einde AFTER UPDATE OF status ON traject
    WHEN old.status = 'ACTIEF' AND new.status <> 'ACTIEF' AND new.einddatum IS NULL
BEGIN
    UPDATE traject SET einddatum = date('now', 'localtime') WHERE id = new.id;
END;
CREATE TRIGGER traject_einddatum_bij_invoer AFTER INSERT ON traject
    WHEN new.status <> 'ACTIEF' AND new.einddatum IS NULL
BEGIN
    UPDATE traject SET einddatum = date('now', 'localtime') WHERE id = new.id;
END;
CREATE TRIGGER traject_einddatum_bij_heropenen AFTER UPDATE OF status ON traject
    WHEN new.status = 'ACTIEF' AND new.einddatum IS NOT NULL
BEGIN
    UPDATE traject SET einddatum = NULL WHERE id = new.id;
END;
CREATE TRIGGER traject_alleen_via_bewaartermijn BEFORE DELETE ON traject
    WHEN NOT EXISTS (SELECT 1 FROM verwijdering_bezig WHERE traject_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'a traject is removed only by a retention deletion');
END;
CREATE TRIGGER traject_actief_onverwijderbaar BEFORE DELETE ON traject
    WHEN old.status = 'ACTIEF'
BEGIN
    SELECT RAISE(ABORT, 'an active traject cannot be removed');
END;
CREATE TRIGGER traject_bewaarplicht_onverwijderbaar BEFORE DELETE ON traject
    WHEN EXISTS (SELECT 1 FROM bewaring WHERE traject_id = old.id AND bewaarplicht_reden IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'a traject under a legal hold cannot be removed');
END;
CREATE TRIGGER traject_zoek_ai AFTER INSERT ON traject BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT 1048577 * 4294967296 + new.id * 32 + 8 AS r, concat_ws(char(10), w.naam, w.functie, w.woonplaats, new.uitzondering_late_start, new.uitzondering_document) AS t, 8 AS b, new.id AS i, new.id AS tr, NULL AS d FROM werknemer AS w WHERE w.id = new.werknemer_id));
END;
CREATE TRIGGER traject_zoek_au AFTER UPDATE OF werknemer_id, uitzondering_late_start, uitzondering_document ON traject BEGIN
    DELETE FROM zoek_fts WHERE rowid = 1048577 * 4294967296 + old.id * 32 + 8;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT 1048577 * 4294967296 + new.id * 32 + 8 AS r, concat_ws(char(10), w.naam, w.functie, w.woonplaats, new.uitzondering_late_start, new.uitzondering_document) AS t, 8 AS b, new.id AS i, new.id AS tr, NULL AS d FROM werknemer AS w WHERE w.id = new.werknemer_id));
END;
CREATE TRIGGER traject_zoek_ad AFTER DELETE ON traject BEGIN
    DELETE FROM zoek_fts WHERE rowid = 1048577 * 4294967296 + old.id * 32 + 8;
END;
