-- Phases of a traject (history; they may overlap), the guided steps per phase (editable by the
-- coach, defaults restorable), the coach's dated answers, goals per phase, and belastbaarheid
-- snapshots in functional terms only (no diagnosis field, by design: domain.md §5.3).

CREATE TABLE fase (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id  INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    soort       TEXT NOT NULL CHECK (soort IN ('INTAKE', 'ACCEPTATIE', 'ROEPING', 'ZOEKPROFIEL', 'ARBEIDSMARKT',
                    'WERKERVARING', 'AFSLUITING')),
    start_datum TEXT NOT NULL,
    eind_datum  TEXT,
    CHECK (eind_datum IS NULL OR eind_datum >= start_datum)
) STRICT;

CREATE INDEX fase_traject_idx ON fase (traject_id);

CREATE TABLE stap (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    fase       TEXT NOT NULL,
    sleutel    TEXT UNIQUE,
    volgorde   INTEGER NOT NULL,
    titel      TEXT NOT NULL CHECK (length(trim(titel)) > 0),
    vragen     TEXT NOT NULL DEFAULT '',
    is_actief  INTEGER NOT NULL DEFAULT 1 CHECK (is_actief IN (0, 1))
) STRICT;

CREATE TABLE stap_antwoord (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    stap_id        INTEGER NOT NULL REFERENCES stap (id) ON DELETE RESTRICT,
    datum          TEXT NOT NULL,
    antwoord       TEXT NOT NULL,
    aangemaakt_op  TEXT NOT NULL
) STRICT;

CREATE INDEX stap_antwoord_traject_idx ON stap_antwoord (traject_id, stap_id);

CREATE TABLE doel (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    fase           TEXT NOT NULL,
    omschrijving   TEXT NOT NULL CHECK (length(trim(omschrijving)) > 0),
    indicator      TEXT,
    streefdatum    TEXT,
    status         TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'BEZIG', 'BEHAALD', 'VERVALLEN')),
    aangemaakt_op  TEXT NOT NULL,
    gewijzigd_op   TEXT NOT NULL
) STRICT;

CREATE INDEX doel_traject_idx ON doel (traject_id);

CREATE TABLE belastbaarheid (
    id                             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id                     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    datum                          TEXT NOT NULL,
    bron                           TEXT NOT NULL CHECK (bron IN ('BEDRIJFSARTS', 'ARBODIENST', 'VERZEKERINGSARTS')),
    documenttype                   TEXT NOT NULL CHECK (documenttype IN ('FML', 'IZP', 'LAB', 'ANDERS')),
    uren_per_dag_minuten           INTEGER CHECK (uren_per_dag_minuten IS NULL OR uren_per_dag_minuten BETWEEN 0 AND 1440),
    uren_per_week_minuten          INTEGER CHECK (uren_per_week_minuten IS NULL OR uren_per_week_minuten BETWEEN 0 AND 6000),
    opbouwschema                   TEXT,
    persoonlijk_functioneren       TEXT,
    sociaal_functioneren           TEXT,
    fysieke_omgevingseisen         TEXT,
    dynamische_handelingen         TEXT,
    statische_houdingen            TEXT,
    werktijd                       TEXT,
    is_geen_benutbare_mogelijkheden INTEGER NOT NULL DEFAULT 0 CHECK (is_geen_benutbare_mogelijkheden IN (0, 1)),
    is_urenbeperking               INTEGER NOT NULL DEFAULT 0 CHECK (is_urenbeperking IN (0, 1)),
    herbeoordelingsdatum           TEXT,
    aangemaakt_op                  TEXT NOT NULL
) STRICT;

CREATE INDEX belastbaarheid_traject_idx ON belastbaarheid (traject_id, datum);
