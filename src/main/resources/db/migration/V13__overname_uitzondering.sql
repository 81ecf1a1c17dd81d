-- A case taken over part-way (issue 21): which statutory milestones lie before the coach's
-- assignment, done by others on a date the coach does not know; and the documented exception for
-- a late start of spoor 2 (C01), which belongs to the traject, not to one report.

CREATE TABLE voor_opdracht (
    traject_id  INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    soort       TEXT NOT NULL CHECK (soort IN ('PROBLEEMANALYSE', 'PLAN_VAN_AANPAK', 'EVALUATIE_PLAN_VAN_AANPAK',
                    'WEEKMELDING_42', 'EERSTEJAARSEVALUATIE', 'ACTUEEL_OORDEEL', 'EINDEVALUATIE', 'WIA_AANVRAAG')),
    PRIMARY KEY (traject_id, soort)
) STRICT;

ALTER TABLE traject ADD COLUMN uitzondering_late_start TEXT;
ALTER TABLE traject ADD COLUMN uitzondering_document TEXT;
ALTER TABLE traject ADD COLUMN uitzondering_documentdatum TEXT;

-- Until now the exception was typed per report; the latest one typed becomes the traject's.
UPDATE traject SET
    uitzondering_late_start = (SELECT r.uitzondering_late_start FROM rapport r
        WHERE r.traject_id = traject.id AND trim(coalesce(r.uitzondering_late_start, '')) <> ''
        ORDER BY r.id DESC LIMIT 1),
    uitzondering_document = (SELECT r.uitzondering_document FROM rapport r
        WHERE r.traject_id = traject.id AND trim(coalesce(r.uitzondering_late_start, '')) <> ''
        ORDER BY r.id DESC LIMIT 1);
