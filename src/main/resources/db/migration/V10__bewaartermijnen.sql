-- Spoorzoeker schema v10: retention (bewaartermijnen, domain.md §5.4). Per traject the day it ended,
-- an optional date of the coach's own instead of the default term, and a legal hold (bewaarplicht)
-- that blocks deletion; an anonymous count of deleted trajecten; and the narrow path by which a
-- traject and its final reports can be removed at all.

-- The schema had no end date: status AFGEROND or GEARCHIVEERD said that a traject ended, not when.
-- Trajecten that already ended get the local day of their last change: the status was set on or
-- before that day, so their term never starts too early. The coach corrects it where it is later
-- than the real end (Bewaartermijnen screen).
ALTER TABLE traject ADD COLUMN einddatum TEXT
    CHECK (einddatum IS NULL OR einddatum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

UPDATE traject SET einddatum = date(gewijzigd_op, 'localtime') WHERE status <> 'ACTIEF';

-- Every way the status changes (dossier form, status action, import) sets or clears the end date,
-- so no code path can end a traject without starting its term. The day is the computer's local one,
-- as the coach sees it.
CREATE TRIGGER traject_einddatum_bij_einde AFTER UPDATE OF status ON traject
    WHEN old.status = 'ACTIEF' AND new.status <> 'ACTIEF' AND new.einddatum IS NULL
BEGIN
    UPDATE traject SET einddatum = date('now', 'localtime') WHERE id = new.id;
END;

-- A traject entered as already ended (an older case, demo data, an import) starts its term today
-- unless it came with its own end date.
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

-- The coach's choices per traject; a traject without a row follows the defaults and has no hold.
-- bewaren_tot_datum replaces the default term (end + 2 or 5 years). A bewaarplicht (legal hold: a
-- WIA decision, loonsanctie or bezwaar/beroep still pending) blocks deletion whatever the term says.
CREATE TABLE bewaring (
    traject_id                INTEGER PRIMARY KEY REFERENCES traject (id) ON DELETE CASCADE,
    bewaren_tot_datum         TEXT,
    bewaarplicht_reden        TEXT CHECK (bewaarplicht_reden IS NULL OR bewaarplicht_reden IN
                                  ('WIA_BESLISSING', 'LOONSANCTIE', 'BEZWAAR_BEROEP', 'ANDERS')),
    bewaarplicht_toelichting  TEXT CHECK (bewaarplicht_toelichting IS NULL OR length(bewaarplicht_toelichting) <= 500),
    bewaarplicht_datum        TEXT,
    gewijzigd_op              TEXT NOT NULL,
    CHECK ((bewaarplicht_reden IS NULL) = (bewaarplicht_datum IS NULL)),
    CHECK (bewaarplicht_reden IS NOT 'ANDERS' OR length(trim(coalesce(bewaarplicht_toelichting, ''))) > 0)
) STRICT;

-- What remains of deleted trajecten: counts only, so the coach's figures per year still add up.
-- No ids, names or dates finer than a year.
CREATE TABLE verwijderd_aantal (
    verwijderd_jaar  INTEGER NOT NULL CHECK (verwijderd_jaar BETWEEN 2000 AND 2200),
    eind_jaar        INTEGER NOT NULL CHECK (eind_jaar BETWEEN 1900 AND 2200),
    reden            TEXT NOT NULL CHECK (reden IN ('TERMIJN_VERSTREKEN', 'VOORTIJDIG')),
    aantal           INTEGER NOT NULL CHECK (aantal >= 1),
    PRIMARY KEY (verwijderd_jaar, eind_jaar, reden)
) STRICT;

-- The narrow path: a traject, and a final report, can only be removed while a row here names the
-- traject. The retention deletion writes that row and removes it again in the same transaction, so
-- it is never seen outside it; any other DELETE is refused by the triggers below.
CREATE TABLE verwijdering_bezig (
    traject_id  INTEGER PRIMARY KEY
) STRICT;

CREATE TRIGGER traject_alleen_via_bewaartermijn BEFORE DELETE ON traject
    WHEN NOT EXISTS (SELECT 1 FROM verwijdering_bezig WHERE traject_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'a traject is removed only by a retention deletion');
END;

-- The same rules as the service, once more where no code can skip them.
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

-- V7 made a final report unchangeable but not undeletable.
CREATE TRIGGER rapport_definitief_onverwijderbaar BEFORE DELETE ON rapport
    WHEN old.status = 'DEFINITIEF'
         AND NOT EXISTS (SELECT 1 FROM verwijdering_bezig WHERE traject_id = old.traject_id)
BEGIN
    SELECT RAISE(ABORT, 'a final report cannot be removed');
END;
