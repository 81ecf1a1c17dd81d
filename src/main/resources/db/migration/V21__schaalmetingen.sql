-- Soft results as scales (issue 18 item 2): the coach scores a few 1-10 scales together with the
-- werknemer at the intake (BEGIN) and at the end (EIND), each measurement with its date. One row
-- per measurement, a column per scale: the set of scales is fixed (Schaal in the code), and a
-- scale left open in a measurement is NULL. The ticked softer results of V16 stay as they are:
-- they record what was reached (vrijwilligerswerk is a fact, not a score) and the scales how far.
-- Deleted with the traject.

CREATE TABLE traject_schaalmeting (
    traject_id      INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    moment          TEXT NOT NULL CHECK (moment IN ('BEGIN', 'EIND')),
    datum           TEXT NOT NULL,
    energie         INTEGER CHECK (energie IS NULL OR energie BETWEEN 1 AND 10),
    eigen_regie     INTEGER CHECK (eigen_regie IS NULL OR eigen_regie BETWEEN 1 AND 10),
    zelfvertrouwen  INTEGER CHECK (zelfvertrouwen IS NULL OR zelfvertrouwen BETWEEN 1 AND 10),
    acceptatie      INTEGER CHECK (acceptatie IS NULL OR acceptatie BETWEEN 1 AND 10),
    dagstructuur    INTEGER CHECK (dagstructuur IS NULL OR dagstructuur BETWEEN 1 AND 10),
    vastgelegd_op   TEXT NOT NULL,
    gewijzigd_op    TEXT NOT NULL,
    -- A measurement scores at least one scale.
    CHECK (coalesce(energie, eigen_regie, zelfvertrouwen, acceptatie, dagstructuur) IS NOT NULL),
    PRIMARY KEY (traject_id, moment)
) STRICT;
