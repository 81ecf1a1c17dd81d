-- Spoorzoeker schema v9: the audit log. Who did what and when with the practice's data as a whole:
-- exports, final reports, backups, restores, deletions. Ids, counts and file names only, never note
-- text. No foreign key to traject: an entry must outlive the traject it names (a deletion is logged).
-- Entries cannot be changed or removed.

CREATE TABLE audit (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    gedaan_op    TEXT NOT NULL,
    wie          TEXT NOT NULL,
    handeling    TEXT NOT NULL CHECK (handeling IN ('RAPPORT_DEFINITIEF', 'EXPORT', 'BACKUP', 'HERSTEL',
                     'VERWIJDERING')),
    traject_id   INTEGER,
    omschrijving TEXT NOT NULL CHECK (length(omschrijving) <= 500)
) STRICT;

CREATE TRIGGER audit_onveranderlijk BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;

CREATE TRIGGER audit_onverwijderbaar BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be removed');
END;
