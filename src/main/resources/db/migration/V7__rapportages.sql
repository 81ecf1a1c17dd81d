-- The coach's reports (issue 5): a concept holds what the coach wrote; finalising stores the exact
-- PDF bytes with their SHA-256 and makes the version immutable. A correction is a new version that
-- names the one it replaces. Per report a distribution list and acknowledged warnings.

CREATE TABLE rapport (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id              INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    soort                   TEXT NOT NULL CHECK (soort IN ('INTAKEVERSLAG', 'TRAJECTPLAN', 'VOORTGANG', 'EIND')),
    van_datum               TEXT NOT NULL,
    tot_datum               TEXT NOT NULL,
    versie                  INTEGER NOT NULL DEFAULT 1 CHECK (versie >= 1),
    vervangt_id             INTEGER REFERENCES rapport (id) ON DELETE SET NULL,
    status                  TEXT NOT NULL DEFAULT 'CONCEPT' CHECK (status IN ('CONCEPT', 'DEFINITIEF')),
    teksten                 TEXT NOT NULL DEFAULT '',
    status_spoor1           TEXT,
    visie                   TEXT,
    akkoord_soort           TEXT CHECK (akkoord_soort IS NULL OR akkoord_soort IN ('GETEKEND', 'MONDELING', 'WEIGERT')),
    akkoord_datum           TEXT,
    akkoord_reden           TEXT,
    handtekening            BLOB CHECK (handtekening IS NULL OR length(handtekening) <= 2097152),
    uitzondering_late_start TEXT,
    uitzondering_document   TEXT,
    pdf                     BLOB,
    sha256                  TEXT,
    definitief_op           TEXT,
    aangemaakt_op           TEXT NOT NULL,
    gewijzigd_op            TEXT NOT NULL,
    CHECK (tot_datum >= van_datum),
    CHECK (status = 'CONCEPT' OR (pdf IS NOT NULL AND sha256 IS NOT NULL AND definitief_op IS NOT NULL))
) STRICT;

CREATE INDEX rapport_traject_idx ON rapport (traject_id, soort, tot_datum);

-- A final report cannot change: not its text, not its bytes.
CREATE TRIGGER rapport_definitief_onveranderlijk BEFORE UPDATE ON rapport
    WHEN old.status = 'DEFINITIEF'
BEGIN
    SELECT RAISE(ABORT, 'a final report cannot be changed');
END;

CREATE TABLE rapport_ontvanger (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    rapport_id  INTEGER NOT NULL REFERENCES rapport (id) ON DELETE CASCADE,
    soort       TEXT NOT NULL CHECK (soort IN ('WERKGEVER', 'WERKNEMER', 'BEDRIJFSARTS', 'CASEMANAGER', 'ANDERS')),
    naam        TEXT NOT NULL,
    datum       TEXT NOT NULL,
    kanaal      TEXT NOT NULL CHECK (kanaal IN ('EMAIL', 'POST', 'PERSOONLIJK', 'PORTAAL'))
) STRICT;

CREATE INDEX rapport_ontvanger_rapport_idx ON rapport_ontvanger (rapport_id);

CREATE TABLE rapport_knelpunt (
    id                             INTEGER PRIMARY KEY AUTOINCREMENT,
    rapport_id                     INTEGER NOT NULL REFERENCES rapport (id) ON DELETE CASCADE,
    omschrijving                   TEXT NOT NULL CHECK (length(trim(omschrijving)) > 0),
    is_verschil_van_inzicht        INTEGER NOT NULL DEFAULT 0 CHECK (is_verschil_van_inzicht IN (0, 1)),
    deskundigenoordeel_datum       TEXT
) STRICT;

-- A warning of the UWV checklist the coach acknowledged, with the reason: kept with the report.
CREATE TABLE rapport_erkenning (
    rapport_id  INTEGER NOT NULL REFERENCES rapport (id) ON DELETE CASCADE,
    controle    TEXT NOT NULL,
    bericht     TEXT NOT NULL,
    reden       TEXT NOT NULL CHECK (length(trim(reden)) > 0),
    PRIMARY KEY (rapport_id, controle, bericht)
) STRICT;
