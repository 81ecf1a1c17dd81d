-- Spoorzoeker schema v27: the text history of kernkwadranten and STARR stories (issue 19).
--
-- Editing a kernkwadrant or a STARR story overwrote it: a coach could not see what it said before,
-- and a report printed later showed the new words only. Like the persoonsprofiel (a row per
-- version, numbered per subject), every save now also writes a version row: the whole text as
-- saved and the moment. The current text stays in kernkwadrant / starr_verhaal, so everything that
-- reads the current text is unchanged; the versions are only appended to, never changed. A restore
-- writes the old text as a new version, so the history itself never loses a step.
--
-- The versions hang off their quadrant or story (ON DELETE CASCADE): removing one, or the retention
-- deletion of the traject, takes its history along; the archive carries them by that foreign key.
CREATE TABLE kernkwadrant_versie (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kernkwadrant_id  INTEGER NOT NULL REFERENCES kernkwadrant (id) ON DELETE CASCADE,
    versie           INTEGER NOT NULL CHECK (versie >= 1),
    kwaliteit        TEXT NOT NULL CHECK (length(trim(kwaliteit)) > 0),
    valkuil          TEXT,
    uitdaging        TEXT,
    allergie         TEXT,
    opgeslagen_op    TEXT NOT NULL,
    UNIQUE (kernkwadrant_id, versie)
) STRICT;

-- competenties: the story's competency tags as saved, one per line, in order.
CREATE TABLE starr_versie (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    starr_id       INTEGER NOT NULL REFERENCES starr_verhaal (id) ON DELETE CASCADE,
    versie         INTEGER NOT NULL CHECK (versie >= 1),
    titel          TEXT NOT NULL CHECK (length(trim(titel)) > 0),
    situatie       TEXT,
    taak           TEXT,
    actie          TEXT,
    resultaat      TEXT,
    reflectie      TEXT,
    competenties   TEXT,
    opgeslagen_op  TEXT NOT NULL,
    UNIQUE (starr_id, versie)
) STRICT;

-- What exists now is its own first version, as of its last change (the earlier texts are gone).
INSERT INTO kernkwadrant_versie (kernkwadrant_id, versie, kwaliteit, valkuil, uitdaging, allergie, opgeslagen_op)
SELECT id, 1, kwaliteit, valkuil, uitdaging, allergie, gewijzigd_op FROM kernkwadrant ORDER BY id;

INSERT INTO starr_versie (starr_id, versie, titel, situatie, taak, actie, resultaat, reflectie, competenties,
                          opgeslagen_op)
SELECT s.id, 1, s.titel, s.situatie, s.taak, s.actie, s.resultaat, s.reflectie,
       (SELECT group_concat(competentie, char(10)) FROM
           (SELECT competentie FROM starr_competentie c WHERE c.starr_id = s.id ORDER BY c.volgorde)),
       s.gewijzigd_op
FROM starr_verhaal s ORDER BY s.id;
