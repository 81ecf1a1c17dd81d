-- The rest of the coach's record (issue 4): group sessions shared by several dossiers, sollicitaties
-- with a dated step per status and an optional proof file, network contacts, werkervaringsplekken
-- and detacheringen with their hours per week and evaluations, planned appointments, drafts of long
-- text (autosave), and one full-text index over every note, kept in step by triggers.

ALTER TABLE traject ADD COLUMN sollicitatie_norm_per_week INTEGER
    CHECK (sollicitatie_norm_per_week IS NULL OR sollicitatie_norm_per_week BETWEEN 0 AND 50);

-- One workshop or intervisie, recorded once. How its declarable time is charged to the dossiers is
-- the coach's choice: VOLLEDIG (each participant the minutes they attended) or GEDEELD (the session's
-- duration divided over the participants in proportion to their attendance).
CREATE TABLE groepssessie (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    moment         TEXT NOT NULL,
    duur_minuten   INTEGER NOT NULL CHECK (duur_minuten BETWEEN 1 AND 1440),
    soort          TEXT NOT NULL CHECK (soort IN ('WORKSHOP', 'INTERVISIE', 'TRAINING')),
    titel          TEXT NOT NULL CHECK (length(trim(titel)) > 0),
    locatie        TEXT,
    samenvatting   TEXT,
    verdeling      TEXT NOT NULL CHECK (verdeling IN ('VOLLEDIG', 'GEDEELD')),
    is_declarabel  INTEGER NOT NULL DEFAULT 1 CHECK (is_declarabel IN (0, 1)),
    aangemaakt_op  TEXT NOT NULL,
    gewijzigd_op   TEXT NOT NULL
) STRICT;

CREATE TABLE groepsdeelname (
    groepssessie_id   INTEGER NOT NULL REFERENCES groepssessie (id) ON DELETE CASCADE,
    traject_id        INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    aanwezig_minuten  INTEGER NOT NULL CHECK (aanwezig_minuten BETWEEN 0 AND 1440),
    PRIMARY KEY (groepssessie_id, traject_id)
) STRICT;

CREATE INDEX groepsdeelname_traject_idx ON groepsdeelname (traject_id);

CREATE TABLE sollicitatie (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id         INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    datum              TEXT NOT NULL,
    organisatie        TEXT NOT NULL CHECK (length(trim(organisatie)) > 0),
    functie            TEXT NOT NULL CHECK (length(trim(functie)) > 0),
    zoekrichting       TEXT,
    kanaal             TEXT NOT NULL CHECK (kanaal IN ('VACATURE', 'OPEN_SOLLICITATIE', 'NETWERK', 'UITZENDBUREAU',
                           'JOBHUNTER')),
    status             TEXT NOT NULL CHECK (status IN ('VOORBEREID', 'VERSTUURD', 'GESPREK', 'TWEEDE_GESPREK',
                           'AANBOD', 'AANGENOMEN', 'AFGEWEZEN', 'INGETROKKEN')),
    feedback           TEXT,
    bewijs_referentie  TEXT,
    aangemaakt_op      TEXT NOT NULL,
    gewijzigd_op       TEXT NOT NULL
) STRICT;

CREATE INDEX sollicitatie_traject_idx ON sollicitatie (traject_id, datum);

-- The date each status was reached; the sollicitatie's status is its furthest step.
CREATE TABLE sollicitatie_stap (
    sollicitatie_id  INTEGER NOT NULL REFERENCES sollicitatie (id) ON DELETE CASCADE,
    status           TEXT NOT NULL CHECK (status IN ('VOORBEREID', 'VERSTUURD', 'GESPREK', 'TWEEDE_GESPREK',
                         'AANBOD', 'AANGENOMEN', 'AFGEWEZEN', 'INGETROKKEN')),
    datum            TEXT NOT NULL,
    PRIMARY KEY (sollicitatie_id, status)
) STRICT;

-- A proof file (the letter sent, a confirmation mail) kept inside the database, so the record
-- travels with it. Separate from sollicitatie so lists never read the bytes.
CREATE TABLE sollicitatie_bewijs (
    sollicitatie_id  INTEGER PRIMARY KEY REFERENCES sollicitatie (id) ON DELETE CASCADE,
    bestandsnaam     TEXT NOT NULL,
    mediatype        TEXT NOT NULL,
    sha256           TEXT NOT NULL,
    inhoud           BLOB NOT NULL CHECK (length(inhoud) <= 20971520),
    aangemaakt_op    TEXT NOT NULL
) STRICT;

CREATE TABLE netwerkcontact (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id      INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    datum           TEXT NOT NULL,
    persoon         TEXT NOT NULL CHECK (length(trim(persoon)) > 0),
    organisatie     TEXT,
    doel            TEXT,
    uitkomst        TEXT,
    vervolg         TEXT,
    vervolg_datum   TEXT,
    aangemaakt_op   TEXT NOT NULL,
    gewijzigd_op    TEXT NOT NULL
) STRICT;

CREATE INDEX netwerkcontact_traject_idx ON netwerkcontact (traject_id, datum);

CREATE TABLE werkervaringsplek (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id            INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    soort                 TEXT NOT NULL CHECK (soort IN ('WERKERVARINGSPLEK', 'DETACHERING')),
    organisatie           TEXT NOT NULL CHECK (length(trim(organisatie)) > 0),
    contactpersoon        TEXT,
    contact_telefoon      TEXT,
    contact_email         TEXT,
    functie               TEXT,
    taken                 TEXT,
    startdatum            TEXT NOT NULL,
    einddatum             TEXT,
    beoogde_uitkomst      TEXT CHECK (beoogde_uitkomst IS NULL OR beoogde_uitkomst IN ('CONTRACT', 'DETACHERING', 'GEEN')),
    uitkomst_toelichting  TEXT,
    aangemaakt_op         TEXT NOT NULL,
    gewijzigd_op          TEXT NOT NULL,
    CHECK (einddatum IS NULL OR einddatum >= startdatum)
) STRICT;

CREATE INDEX werkervaringsplek_traject_idx ON werkervaringsplek (traject_id);

-- Opbouwschema and realisation: planned and realised minutes per week (week_datum is its Monday).
CREATE TABLE werkervaring_week (
    werkervaringsplek_id  INTEGER NOT NULL REFERENCES werkervaringsplek (id) ON DELETE CASCADE,
    week_datum            TEXT NOT NULL,
    gepland_minuten       INTEGER CHECK (gepland_minuten IS NULL OR gepland_minuten BETWEEN 0 AND 6000),
    gerealiseerd_minuten  INTEGER CHECK (gerealiseerd_minuten IS NULL OR gerealiseerd_minuten BETWEEN 0 AND 6000),
    PRIMARY KEY (werkervaringsplek_id, week_datum)
) STRICT;

CREATE TABLE werkervaring_evaluatie (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    werkervaringsplek_id  INTEGER NOT NULL REFERENCES werkervaringsplek (id) ON DELETE CASCADE,
    datum                 TEXT NOT NULL,
    bevindingen           TEXT NOT NULL CHECK (length(trim(bevindingen)) > 0),
    aangemaakt_op         TEXT NOT NULL
) STRICT;

CREATE INDEX werkervaring_evaluatie_plek_idx ON werkervaring_evaluatie (werkervaringsplek_id, datum);

-- Planned contacts. uid stays the same for the life of the appointment, so a calendar that imported
-- an earlier .ics updates the event instead of doubling it.
CREATE TABLE afspraak (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    begin_moment   TEXT NOT NULL,
    duur_minuten   INTEGER NOT NULL CHECK (duur_minuten BETWEEN 1 AND 1440),
    onderwerp      TEXT NOT NULL CHECK (length(trim(onderwerp)) > 0),
    locatie        TEXT,
    toelichting    TEXT,
    uid            TEXT NOT NULL UNIQUE,
    aangemaakt_op  TEXT NOT NULL,
    gewijzigd_op   TEXT NOT NULL
) STRICT;

CREATE INDEX afspraak_begin_idx ON afspraak (begin_moment);
CREATE INDEX afspraak_traject_idx ON afspraak (traject_id);

-- Drafts of forms with long text, written about a second after the coach stops typing and removed
-- when the form is saved or cancelled: a crash loses at most that second.
CREATE TABLE concept (
    sleutel       TEXT PRIMARY KEY,
    inhoud        TEXT NOT NULL,
    gewijzigd_op  TEXT NOT NULL
) STRICT;

-- One full-text index over every note, newest first. The rowid puts the date in front:
--   rowid = (days since 1970-01-01 of the row's date) * 2^32 + source id * 8 + source code
-- so ORDER BY rowid DESC LIMIT n hands back the newest hits without ranking every match, and a
-- trigger finds a row's entry by rowid (from the OLD values) instead of scanning the index. Codes:
-- 1 contactmoment, 2 sollicitatie, 3 netwerkcontact, 4 groepssessie, 5 werkervaring_evaluatie,
-- 6 afspraak, 7 stap_antwoord. traject_id is null for a group session (it belongs to several).
-- remove_diacritics 2 lets "cigdem" find "Çiğdem", as the dossier filter does.
CREATE VIRTUAL TABLE zoek_fts USING fts5 (
    tekst,
    bron UNINDEXED,
    bron_id UNINDEXED,
    traject_id UNINDEXED,
    datum UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER contactmoment_zoek_ai AFTER INSERT ON contactmoment BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 1,
        concat_ws(char(10), new.doel, new.deelnemers, new.samenvatting, new.afspraken, new.vervolgactie),
        1, new.id, new.traject_id, substr(new.moment, 1, 10));
END;
CREATE TRIGGER contactmoment_zoek_au AFTER UPDATE ON contactmoment BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 1;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 1,
        concat_ws(char(10), new.doel, new.deelnemers, new.samenvatting, new.afspraken, new.vervolgactie),
        1, new.id, new.traject_id, substr(new.moment, 1, 10));
END;
CREATE TRIGGER contactmoment_zoek_ad AFTER DELETE ON contactmoment BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 1;
END;

CREATE TRIGGER sollicitatie_zoek_ai AFTER INSERT ON sollicitatie BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 2,
        concat_ws(char(10), new.organisatie, new.functie, new.zoekrichting, new.feedback, new.bewijs_referentie),
        2, new.id, new.traject_id, substr(new.datum, 1, 10));
END;
CREATE TRIGGER sollicitatie_zoek_au AFTER UPDATE ON sollicitatie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 2;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 2,
        concat_ws(char(10), new.organisatie, new.functie, new.zoekrichting, new.feedback, new.bewijs_referentie),
        2, new.id, new.traject_id, substr(new.datum, 1, 10));
END;
CREATE TRIGGER sollicitatie_zoek_ad AFTER DELETE ON sollicitatie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 2;
END;

CREATE TRIGGER netwerkcontact_zoek_ai AFTER INSERT ON netwerkcontact BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 3,
        concat_ws(char(10), new.persoon, new.organisatie, new.doel, new.uitkomst, new.vervolg),
        3, new.id, new.traject_id, substr(new.datum, 1, 10));
END;
CREATE TRIGGER netwerkcontact_zoek_au AFTER UPDATE ON netwerkcontact BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 3;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 3,
        concat_ws(char(10), new.persoon, new.organisatie, new.doel, new.uitkomst, new.vervolg),
        3, new.id, new.traject_id, substr(new.datum, 1, 10));
END;
CREATE TRIGGER netwerkcontact_zoek_ad AFTER DELETE ON netwerkcontact BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 3;
END;

CREATE TRIGGER groepssessie_zoek_ai AFTER INSERT ON groepssessie BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 4,
        concat_ws(char(10), new.titel, new.locatie, new.samenvatting),
        4, new.id, NULL, substr(new.moment, 1, 10));
END;
CREATE TRIGGER groepssessie_zoek_au AFTER UPDATE ON groepssessie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 4;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 4,
        concat_ws(char(10), new.titel, new.locatie, new.samenvatting),
        4, new.id, NULL, substr(new.moment, 1, 10));
END;
CREATE TRIGGER groepssessie_zoek_ad AFTER DELETE ON groepssessie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 4;
END;

-- An evaluation belongs to the werkervaringsplek's traject.
CREATE TRIGGER werkervaring_evaluatie_zoek_ai AFTER INSERT ON werkervaring_evaluatie BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 5,
        new.bevindingen,
        5, new.id, (SELECT traject_id FROM werkervaringsplek WHERE id = new.werkervaringsplek_id), substr(new.datum, 1, 10));
END;
CREATE TRIGGER werkervaring_evaluatie_zoek_au AFTER UPDATE ON werkervaring_evaluatie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 5;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 5,
        new.bevindingen,
        5, new.id, (SELECT traject_id FROM werkervaringsplek WHERE id = new.werkervaringsplek_id), substr(new.datum, 1, 10));
END;
CREATE TRIGGER werkervaring_evaluatie_zoek_ad AFTER DELETE ON werkervaring_evaluatie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 5;
END;

CREATE TRIGGER afspraak_zoek_ai AFTER INSERT ON afspraak BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.begin_moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 6,
        concat_ws(char(10), new.onderwerp, new.locatie, new.toelichting),
        6, new.id, new.traject_id, substr(new.begin_moment, 1, 10));
END;
CREATE TRIGGER afspraak_zoek_au AFTER UPDATE ON afspraak BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.begin_moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 6;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.begin_moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 6,
        concat_ws(char(10), new.onderwerp, new.locatie, new.toelichting),
        6, new.id, new.traject_id, substr(new.begin_moment, 1, 10));
END;
CREATE TRIGGER afspraak_zoek_ad AFTER DELETE ON afspraak BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.begin_moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 6;
END;

CREATE TRIGGER stap_antwoord_zoek_ai AFTER INSERT ON stap_antwoord BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 7,
        new.antwoord,
        7, new.id, new.traject_id, substr(new.datum, 1, 10));
END;
CREATE TRIGGER stap_antwoord_zoek_au AFTER UPDATE ON stap_antwoord BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 7;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum) VALUES (
        coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 8 + 7,
        new.antwoord,
        7, new.id, new.traject_id, substr(new.datum, 1, 10));
END;
CREATE TRIGGER stap_antwoord_zoek_ad AFTER DELETE ON stap_antwoord BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 8 + 7;
END;

-- What was recorded before this index existed.
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT coalesce(CAST(julianday(substr(x.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 8 + 1,
           concat_ws(char(10), x.doel, x.deelnemers, x.samenvatting, x.afspraken, x.vervolgactie), 1, x.id, x.traject_id, substr(x.moment, 1, 10)
    FROM contactmoment AS x;
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT coalesce(CAST(julianday(substr(x.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 8 + 7,
           x.antwoord, 7, x.id, x.traject_id, substr(x.datum, 1, 10)
    FROM stap_antwoord AS x;
