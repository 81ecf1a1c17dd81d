-- Spoorzoeker schema v1: the coach's practice, employers, employees and their trajecten.
-- Deliberately absent: BSN and any diagnosis or cause of sickness (domain.md §4, §5).
-- Dates are ISO-8601 text (yyyy-mm-dd); timestamps are UTC ISO-8601 instants (columns ending in _op);
-- ids are AUTOINCREMENT so that an id, once used (in a report or log), never names another row;
-- hours are integer minutes and money integer cents; booleans are 0/1 (columns starting is_/heeft_).

CREATE TABLE praktijk (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    naam          TEXT NOT NULL,
    praktijknaam  TEXT NOT NULL,
    kvk_nummer    TEXT CHECK (kvk_nummer IS NULL OR (length(kvk_nummer) = 8 AND kvk_nummer NOT GLOB '*[^0-9]*')),
    straat        TEXT,
    postcode      TEXT,
    plaats        TEXT,
    telefoon      TEXT,
    email         TEXT,
    logo          BLOB,
    logo_mime     TEXT,
    gewijzigd_op  TEXT NOT NULL
) STRICT;

CREATE TABLE werkgever (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    naam                    TEXT NOT NULL CHECK (length(trim(naam)) > 0),
    kvk_nummer              TEXT CHECK (kvk_nummer IS NULL OR (length(kvk_nummer) = 8 AND kvk_nummer NOT GLOB '*[^0-9]*')),
    straat                  TEXT,
    postcode                TEXT,
    plaats                  TEXT,
    contactpersoon_naam     TEXT,
    contactpersoon_telefoon TEXT,
    contactpersoon_email    TEXT,
    casemanager_naam        TEXT,
    casemanager_telefoon    TEXT,
    casemanager_email       TEXT,
    is_eigenrisicodrager    INTEGER NOT NULL DEFAULT 0 CHECK (is_eigenrisicodrager IN (0, 1)),
    aangemaakt_op           TEXT NOT NULL,
    gewijzigd_op            TEXT NOT NULL
) STRICT;

CREATE TABLE werknemer (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    naam                  TEXT NOT NULL CHECK (length(trim(naam)) > 0),
    geboortedatum         TEXT,
    telefoon              TEXT,
    email                 TEXT,
    straat                TEXT,
    postcode              TEXT,
    woonplaats            TEXT,
    functie               TEXT,
    contracturen_minuten  INTEGER CHECK (contracturen_minuten IS NULL OR contracturen_minuten BETWEEN 0 AND 6000),
    heeft_rijbewijs       INTEGER NOT NULL DEFAULT 0 CHECK (heeft_rijbewijs IN (0, 1)),
    vervoer               TEXT CHECK (vervoer IS NULL OR vervoer IN ('EIGEN_AUTO', 'OPENBAAR_VERVOER', 'FIETS', 'AFHANKELIJK', 'ANDERS')),
    aangemaakt_op         TEXT NOT NULL,
    gewijzigd_op          TEXT NOT NULL
) STRICT;

CREATE TABLE traject (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    werknemer_id        INTEGER NOT NULL REFERENCES werknemer (id) ON DELETE RESTRICT,
    werkgever_id        INTEGER NOT NULL REFERENCES werkgever (id) ON DELETE RESTRICT,
    eerste_ziektedag    TEXT NOT NULL,
    opdrachtdatum       TEXT,
    startdatum          TEXT,
    geplande_einddatum  TEXT,
    budget_minuten      INTEGER CHECK (budget_minuten IS NULL OR budget_minuten >= 0),
    budget_centen       INTEGER CHECK (budget_centen IS NULL OR budget_centen >= 0),
    status              TEXT NOT NULL DEFAULT 'ACTIEF' CHECK (status IN ('ACTIEF', 'AFGEROND', 'GEARCHIVEERD')),
    aangemaakt_op       TEXT NOT NULL,
    gewijzigd_op        TEXT NOT NULL
) STRICT;

CREATE INDEX traject_werknemer_idx ON traject (werknemer_id);
CREATE INDEX traject_werkgever_idx ON traject (werkgever_id);
