-- Spoorzoeker schema v11: the audit log also records imports of archives and inzage exports
-- (AVG art. 15). SQLite cannot change a CHECK constraint in place: the table is made anew with the
-- wider check, every entry is copied with its id, the old table is dropped (DROP TABLE does not fire
-- row triggers, so the refusal to delete entries does not stand in the way) and the triggers that
-- keep entries unchangeable and unremovable are made again. The AUTOINCREMENT counter is carried
-- over, so an id once used is never given to another entry.
-- (V10 is reserved for the retention work.)

CREATE TABLE audit_nieuw (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    gedaan_op    TEXT NOT NULL,
    wie          TEXT NOT NULL,
    handeling    TEXT NOT NULL CHECK (handeling IN ('RAPPORT_DEFINITIEF', 'EXPORT', 'BACKUP', 'HERSTEL',
                     'VERWIJDERING', 'IMPORT', 'INZAGE')),
    traject_id   INTEGER,
    omschrijving TEXT NOT NULL CHECK (length(omschrijving) <= 500)
) STRICT;

INSERT INTO audit_nieuw (id, gedaan_op, wie, handeling, traject_id, omschrijving)
    SELECT id, gedaan_op, wie, handeling, traject_id, omschrijving FROM audit ORDER BY id;

-- Entries are never deleted, so the copied ids already set the new counter to the old maximum;
-- this keeps it so even if the old counter stood higher.
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'audit'))
    WHERE name = 'audit_nieuw' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'audit');

DROP TABLE audit;
ALTER TABLE audit_nieuw RENAME TO audit;

CREATE TRIGGER audit_onveranderlijk BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;

CREATE TRIGGER audit_onverwijderbaar BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be removed');
END;
