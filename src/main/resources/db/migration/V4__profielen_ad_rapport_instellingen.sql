-- Practice-wide settings (key/value), the arbeidsdeskundig rapport, and the versioned
-- persoonsprofiel and zoekprofiel: every save is a new version; old versions are kept.

CREATE TABLE instelling (
    sleutel  TEXT PRIMARY KEY,
    waarde   TEXT NOT NULL
) STRICT;

CREATE TABLE ad_rapport (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id         INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    datum              TEXT NOT NULL,
    arbeidsdeskundige  TEXT,
    conclusie_spoor1   TEXT NOT NULL CHECK (conclusie_spoor1 IN ('PASSEND', 'AANPASBAAR', 'NIET_MOGELIJK')),
    zoekrichtingen     TEXT,
    aangemaakt_op      TEXT NOT NULL
) STRICT;

CREATE INDEX ad_rapport_traject_idx ON ad_rapport (traject_id, datum);

CREATE TABLE persoonsprofiel (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    versie         INTEGER NOT NULL CHECK (versie >= 1),
    opleiding      TEXT,
    werkervaring   TEXT,
    competenties   TEXT,
    interesses     TEXT,
    riasec         TEXT CHECK (riasec IS NULL OR length(riasec) <= 3),
    drijfveren     TEXT,
    waarden        TEXT,
    belemmeringen  TEXT,
    wensen         TEXT,
    aangemaakt_op  TEXT NOT NULL,
    UNIQUE (traject_id, versie)
) STRICT;

CREATE TABLE zoekprofiel (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    versie         INTEGER NOT NULL CHECK (versie >= 1),
    aangemaakt_op  TEXT NOT NULL,
    UNIQUE (traject_id, versie)
) STRICT;

CREATE TABLE zoekrichting (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    zoekprofiel_id         INTEGER NOT NULL REFERENCES zoekprofiel (id) ON DELETE CASCADE,
    volgorde               INTEGER NOT NULL,
    functie                TEXT NOT NULL CHECK (length(trim(functie)) > 0),
    niveau                 TEXT,
    sector                 TEXT,
    uren_per_week_minuten  INTEGER CHECK (uren_per_week_minuten IS NULL OR uren_per_week_minuten BETWEEN 0 AND 6000),
    regio                  TEXT,
    onderbouwing           TEXT,
    status                 TEXT NOT NULL DEFAULT 'ACTIEF' CHECK (status IN ('ACTIEF', 'VERLATEN')),
    reden_verlaten         TEXT
) STRICT;

CREATE INDEX zoekrichting_profiel_idx ON zoekrichting (zoekprofiel_id);
