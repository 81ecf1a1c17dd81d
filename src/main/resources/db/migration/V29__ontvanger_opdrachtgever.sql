-- Spoorzoeker schema v29: a report's recipient can be the opdrachtgever (issue 18, reviewer). For a
-- Ziektewet-vangnet client the report goes to UWV (or another payer), not to an employer; until now the
-- coach could only record UWV as "Anders", which the checklist flags on every report as an unusual
-- recipient. SQLite cannot widen a CHECK in place, so the table is rebuilt with the same rows and ids
-- (nothing references a recipient row and no trigger names the table; the index is made again).
CREATE TABLE rapport_ontvanger_nieuw (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    rapport_id  INTEGER NOT NULL REFERENCES rapport (id) ON DELETE CASCADE,
    soort       TEXT NOT NULL CHECK (soort IN ('WERKGEVER', 'WERKNEMER', 'BEDRIJFSARTS', 'CASEMANAGER', 'OPDRACHTGEVER', 'ANDERS')),
    naam        TEXT NOT NULL,
    datum       TEXT NOT NULL,
    kanaal      TEXT NOT NULL CHECK (kanaal IN ('EMAIL', 'POST', 'PERSOONLIJK', 'PORTAAL'))
) STRICT;

INSERT INTO rapport_ontvanger_nieuw (id, rapport_id, soort, naam, datum, kanaal)
    SELECT id, rapport_id, soort, naam, datum, kanaal FROM rapport_ontvanger ORDER BY id;
-- The AUTOINCREMENT counter is carried over: an id once used never names another recipient.
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'rapport_ontvanger'))
    WHERE name = 'rapport_ontvanger_nieuw' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'rapport_ontvanger');
DROP TABLE rapport_ontvanger;
ALTER TABLE rapport_ontvanger_nieuw RENAME TO rapport_ontvanger;
CREATE INDEX rapport_ontvanger_rapport_idx ON rapport_ontvanger (rapport_id);
