-- Spoorzoeker schema v25: the day a kernkwadrant or a STARR story was made (issue 19 items 3, 4, 7).
--
-- The other instrument results carry the day of the conversation (an interest test its completion,
-- a values sort and the drives sheet their date), so a report prints only what existed by the end
-- of its period. Kernkwadranten and STARR stories had only their UTC timestamps, and every report
-- printed them as they stand now: a trajectplan printed again later showed a quadrant made months
-- after it. `datum` is the day in the practice's calendar (Europe/Amsterdam) it was written down;
-- the service sets it, and keeps it when the text is changed later (gewijzigd_op stays the moment
-- of the last change).
--
-- Existing rows: the day of aangemaakt_op in Amsterdam time. SQLite knows no time zones, so the
-- offset is worked out here: +2 hours from the last Sunday of March 01:00 UTC up to the last Sunday
-- of October 01:00 UTC (EU summer time), +1 hour otherwise.
ALTER TABLE kernkwadrant ADD COLUMN datum TEXT
    CHECK (datum IS NULL OR datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE starr_verhaal ADD COLUMN datum TEXT
    CHECK (datum IS NULL OR datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

UPDATE kernkwadrant SET datum = date(aangemaakt_op, CASE
    WHEN substr(aangemaakt_op, 1, 16) >= date(substr(aangemaakt_op, 1, 4) || '-03-25', 'weekday 0') || 'T01:00'
     AND substr(aangemaakt_op, 1, 16) < date(substr(aangemaakt_op, 1, 4) || '-10-25', 'weekday 0') || 'T01:00'
    THEN '+2 hours' ELSE '+1 hours' END);
UPDATE starr_verhaal SET datum = date(aangemaakt_op, CASE
    WHEN substr(aangemaakt_op, 1, 16) >= date(substr(aangemaakt_op, 1, 4) || '-03-25', 'weekday 0') || 'T01:00'
     AND substr(aangemaakt_op, 1, 16) < date(substr(aangemaakt_op, 1, 4) || '-10-25', 'weekday 0') || 'T01:00'
    THEN '+2 hours' ELSE '+1 hours' END);
