-- Spoorzoeker schema v27: a group programme's own identity (issue 18). A dossier archive brings the
-- programme its participant took part in; the receiving practice joined it to a programme of the
-- same name and start date, so two groups both called "Werkfit" starting on 1 November (two
-- locations, two trainers) became one, and a programme renamed after an earlier import became two.
-- A uid, made once and never changed, says which programme it is, as the uid of a meeting does.
--
-- Nullable, on purpose: an archive written before this version has no uid for its programme, and
-- its rows are loaded into a database of this schema. Such a programme is matched on name and start
-- date as before and keeps no uid until an archive that has one joins it (ArchiefService). Every
-- programme made in this practice gets one (GroepsprogrammaRepository), and so does every
-- programme already here.
ALTER TABLE groepsprogramma ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(trim(uid)) > 0);

UPDATE groepsprogramma SET uid = lower(hex(randomblob(16))) || '@spoorzoeker';

CREATE UNIQUE INDEX groepsprogramma_uid_idx ON groepsprogramma (uid);
