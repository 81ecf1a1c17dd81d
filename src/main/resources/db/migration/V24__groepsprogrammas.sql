-- Spoorzoeker schema v22: group programmes (issue 18 item 3). A practice runs a programme for a
-- fixed group: a name, a start date, the participants (trajecten; someone can join later or leave,
-- with dates), the trainers who run its meetings, and a schedule of meetings generated from a
-- pattern and then edited one by one. A held meeting records who ran it, who attended (absent with
-- a reason) and a summary, which becomes an ordinary groepssessie in each present participant's log.
--
-- A planned meeting is the group's appointment. It has its own table instead of making
-- afspraak.traject_id nullable: every afspraak row belongs to exactly one dossier, which the
-- archive (a dossier archive takes the rows hanging off its traject), the inzage, the retention
-- deletion and the per-dossier .ics rely on; a meeting carries what a one-to-one appointment has
-- not (programme, kind, trainer, the held session); and SQLite could only relax NOT NULL by making
-- afspraak anew with its search triggers. The agenda, Vandaag and the .ics export read both tables
-- through the agenda service, so a meeting shows wherever an appointment does.

CREATE TABLE groepsprogramma (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    naam           TEXT NOT NULL CHECK (length(trim(naam)) > 0),
    startdatum     TEXT NOT NULL CHECK (startdatum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    locatie        TEXT,
    -- the people who run its meetings (the coach and colleagues), one name per line: names, not users
    trainers       TEXT NOT NULL DEFAULT '',
    aangemaakt_op  TEXT NOT NULL,
    gewijzigd_op   TEXT NOT NULL
) STRICT;

-- Who takes part, from when until when (tot_datum null: still in the group).
CREATE TABLE programma_deelnemer (
    programma_id  INTEGER NOT NULL REFERENCES groepsprogramma (id) ON DELETE CASCADE,
    traject_id    INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    vanaf_datum   TEXT NOT NULL,
    tot_datum     TEXT CHECK (tot_datum IS NULL OR tot_datum >= vanaf_datum),
    PRIMARY KEY (programma_id, traject_id)
) STRICT;

CREATE INDEX programma_deelnemer_traject_idx ON programma_deelnemer (traject_id);

-- One meeting of a programme: planned (groepssessie_id null) or held (the session it became). The
-- uid stays with the meeting, so a calendar that imported an earlier .ics updates the event.
CREATE TABLE bijeenkomst (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    programma_id     INTEGER NOT NULL REFERENCES groepsprogramma (id) ON DELETE CASCADE,
    begin_moment     TEXT NOT NULL,
    duur_minuten     INTEGER NOT NULL CHECK (duur_minuten BETWEEN 1 AND 1440),
    soort            TEXT NOT NULL CHECK (soort IN ('WORKSHOP', 'INTERVISIE', 'TRAINING')),
    onderwerp        TEXT NOT NULL CHECK (length(trim(onderwerp)) > 0),
    locatie          TEXT,
    -- who ran it, one of the programme's trainers; recorded when it is held
    trainer          TEXT,
    groepssessie_id  INTEGER UNIQUE REFERENCES groepssessie (id) ON DELETE SET NULL,
    uid              TEXT NOT NULL UNIQUE,
    aangemaakt_op    TEXT NOT NULL,
    gewijzigd_op     TEXT NOT NULL
) STRICT;

CREATE INDEX bijeenkomst_programma_idx ON bijeenkomst (programma_id, begin_moment);
CREATE INDEX bijeenkomst_begin_idx ON bijeenkomst (begin_moment);

-- Attendance of a held meeting per participant: present, or absent with the reason. Only the present
-- are participants of the groepssessie, so an absent werknemer's log does not show the meeting.
CREATE TABLE bijeenkomst_aanwezigheid (
    bijeenkomst_id  INTEGER NOT NULL REFERENCES bijeenkomst (id) ON DELETE CASCADE,
    traject_id      INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    is_aanwezig     INTEGER NOT NULL CHECK (is_aanwezig IN (0, 1)),
    reden           TEXT,
    PRIMARY KEY (bijeenkomst_id, traject_id)
) STRICT;

CREATE INDEX bijeenkomst_aanwezigheid_traject_idx ON bijeenkomst_aanwezigheid (traject_id);
