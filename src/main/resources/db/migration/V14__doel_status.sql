-- Each change of a goal's status with the day it took effect, so a report states a goal as it
-- stood on the report's last day (issue 16: a trajectplan ending 21-08 showed a goal reached on
-- 25-09 as "Behaald"). Goals that exist get their history as far as it is known: OPEN from the day
-- they were made, their present status from the day they were last changed.

CREATE TABLE doel_status (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    doel_id        INTEGER NOT NULL REFERENCES doel (id) ON DELETE CASCADE,
    status         TEXT NOT NULL CHECK (status IN ('OPEN', 'BEZIG', 'BEHAALD', 'VERVALLEN')),
    vanaf_datum    TEXT NOT NULL,
    vastgelegd_op  TEXT NOT NULL
) STRICT;

CREATE INDEX doel_status_doel_idx ON doel_status (doel_id, vanaf_datum);

INSERT INTO doel_status (doel_id, status, vanaf_datum, vastgelegd_op)
    SELECT id, 'OPEN', substr(aangemaakt_op, 1, 10), aangemaakt_op FROM doel;
INSERT INTO doel_status (doel_id, status, vanaf_datum, vastgelegd_op)
    SELECT id, status, substr(gewijzigd_op, 1, 10), gewijzigd_op FROM doel WHERE status <> 'OPEN';
