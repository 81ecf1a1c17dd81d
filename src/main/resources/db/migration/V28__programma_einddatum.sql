-- Spoorzoeker schema v28: a group programme's own end date (issue 18, reviewer). A programme had a
-- start date only; where it ended was read from its last meeting, and nothing said so on screen or
-- in the figures. The coach may now set it (a programme that ends with an evaluation weeks after
-- its last workshop, or one cut short).
--
-- Nullable, on purpose: null means "the date of the last planned meeting", so a programme keeps
-- following its schedule when meetings are added or moved, and an archive written before this
-- version (which has no such column) loads as it did. An end before the start is refused here as
-- in the service.
ALTER TABLE groepsprogramma ADD COLUMN einddatum TEXT
    CHECK (einddatum IS NULL OR (einddatum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND einddatum >= startdatum));
