-- Spoorzoeker schema v17: instruments the werknemer fills in on the laptop (issue 19), starting
-- with the interest test (O*NET Interest Profiler, short form, translated: docs/instrumenten.md).
--
-- An afname is one sitting of one instrument for a traject. Answers are stored one row per item
-- as they are given, so a test can be paused and resumed; the answer is the 1-5 the werknemer
-- chose, the score is computed from it (instrument.RiasecScoring), not stored twice. On completion
-- the code is kept with the afname and written into the persoonsprofiel as a new version, which
-- names the instrument and the date it was completed (instrument, instrument_datum).

CREATE TABLE instrument_afname (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id             INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    instrument             TEXT NOT NULL CHECK (instrument IN ('ONET_IP_SF')),
    status                 TEXT NOT NULL DEFAULT 'LOPEND' CHECK (status IN ('LOPEND', 'VOLTOOID')),
    begin_datum            TEXT NOT NULL,
    voltooid_datum         TEXT,
    uitkomst               TEXT CHECK (uitkomst IS NULL OR length(uitkomst) <= 3),
    persoonsprofiel_versie INTEGER,
    aangemaakt_op          TEXT NOT NULL,
    gewijzigd_op           TEXT NOT NULL,
    -- A completed afname has a date; its code may be missing when all six scales scored the same.
    CHECK ((status = 'VOLTOOID') = (voltooid_datum IS NOT NULL)),
    CHECK (status = 'VOLTOOID' OR (uitkomst IS NULL AND persoonsprofiel_versie IS NULL))
) STRICT;

CREATE INDEX instrument_afname_traject_idx ON instrument_afname (traject_id, id);

CREATE TABLE instrument_antwoord (
    afname_id  INTEGER NOT NULL REFERENCES instrument_afname (id) ON DELETE CASCADE,
    item       INTEGER NOT NULL CHECK (item BETWEEN 1 AND 60),
    waarde     INTEGER NOT NULL CHECK (waarde BETWEEN 1 AND 5),
    PRIMARY KEY (afname_id, item)
) STRICT;

-- Where a persoonsprofiel version came from: null for the coach's own edit, or the instrument
-- (its code, as in instrument_afname) and the date its result was completed.
ALTER TABLE persoonsprofiel ADD COLUMN instrument TEXT;
ALTER TABLE persoonsprofiel ADD COLUMN instrument_datum TEXT;

-- One open afname of an instrument per traject: "resume" always finds the same one.
CREATE UNIQUE INDEX instrument_afname_lopend_idx ON instrument_afname (traject_id, instrument) WHERE status = 'LOPEND';

-- Kernkwadranten (Ofman) as a worksheet, several per traject (issue 19 item 3): a quality, its
-- pitfall (too much of it), its challenge (the positive opposite) and its allergy (too much of the
-- challenge). Only the quality is required: the worksheet is filled in step by step.
CREATE TABLE kernkwadrant (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    kwaliteit      TEXT NOT NULL CHECK (length(trim(kwaliteit)) > 0),
    valkuil        TEXT,
    uitdaging      TEXT,
    allergie       TEXT,
    aangemaakt_op  TEXT NOT NULL,
    gewijzigd_op   TEXT NOT NULL
) STRICT;

CREATE INDEX kernkwadrant_traject_idx ON kernkwadrant (traject_id, id);
