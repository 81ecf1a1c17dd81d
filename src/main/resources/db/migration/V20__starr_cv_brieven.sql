-- Spoorzoeker schema v20: STARR stories, CV variants and sollicitatiebrieven (issue 19 items 4-5).
--
-- A STARR story is an achievement the werknemer tells in five parts (Situatie, Taak, Actie,
-- Resultaat, Reflectie); only a title is required, the parts are filled in as the conversation
-- gets there. Each story shows one or more competencies: free tags, or taken from the
-- persoonsprofiel; kept one row per tag so the CV can pick stories by competency.
CREATE TABLE starr_verhaal (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    titel          TEXT NOT NULL CHECK (length(trim(titel)) > 0),
    situatie       TEXT,
    taak           TEXT,
    actie          TEXT,
    resultaat      TEXT,
    reflectie      TEXT,
    aangemaakt_op  TEXT NOT NULL,
    gewijzigd_op   TEXT NOT NULL
) STRICT;

CREATE INDEX starr_verhaal_traject_idx ON starr_verhaal (traject_id, id);

CREATE TABLE starr_competentie (
    starr_id     INTEGER NOT NULL REFERENCES starr_verhaal (id) ON DELETE CASCADE,
    volgorde     INTEGER NOT NULL,
    competentie  TEXT NOT NULL CHECK (length(trim(competentie)) > 0),
    PRIMARY KEY (starr_id, competentie)
) STRICT;

-- One CV per zoekrichting (the zoekrichting's function as the coach named it, copied: a zoekprofiel
-- is versioned and a CV must not change when a new version renames a direction). The CV itself is
-- built from the latest persoonsprofiel when exported; the variant keeps only the coach's choices:
-- the profile sentence, the competencies (one per line, in order) and the STARR highlights.
CREATE TABLE cv_variant (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    zoekrichting   TEXT NOT NULL CHECK (length(trim(zoekrichting)) > 0),
    profielzin     TEXT,
    competenties   TEXT,
    aangemaakt_op  TEXT NOT NULL,
    gewijzigd_op   TEXT NOT NULL
) STRICT;

CREATE INDEX cv_variant_traject_idx ON cv_variant (traject_id, id);

CREATE TABLE cv_highlight (
    cv_variant_id  INTEGER NOT NULL REFERENCES cv_variant (id) ON DELETE CASCADE,
    starr_id       INTEGER NOT NULL REFERENCES starr_verhaal (id) ON DELETE CASCADE,
    volgorde       INTEGER NOT NULL,
    PRIMARY KEY (cv_variant_id, starr_id)
) STRICT;

-- The letter of one sollicitatie: merged from a template once, then the coach's and werknemer's
-- own text. The exported PDF is kept as the sollicitatie's proof (sollicitatie_bewijs).
CREATE TABLE sollicitatiebrief (
    sollicitatie_id  INTEGER PRIMARY KEY REFERENCES sollicitatie (id) ON DELETE CASCADE,
    tekst            TEXT NOT NULL,
    aangemaakt_op    TEXT NOT NULL,
    gewijzigd_op     TEXT NOT NULL
) STRICT;
