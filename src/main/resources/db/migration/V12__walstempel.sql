-- The session that wrote the WAL: every write transaction updates this one row, so the frames of
-- a WAL left by a crash show which session of which database wrote them (store.Walwacht).
CREATE TABLE walstempel (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    sessie      TEXT    NOT NULL,
    volgnummer  INTEGER NOT NULL
) STRICT;

INSERT INTO walstempel (id, sessie, volgnummer) VALUES (1, '', 0);
