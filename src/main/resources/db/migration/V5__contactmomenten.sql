-- Contactmomenten: the coach's dated record of every contact, with its duration and whether it is
-- declarable. Times are local date-times (yyyy-mm-ddThh:mm) as the coach entered them.

CREATE TABLE contactmoment (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id       INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    moment           TEXT NOT NULL,
    duur_minuten     INTEGER NOT NULL CHECK (duur_minuten BETWEEN 0 AND 1440),
    soort            TEXT NOT NULL CHECK (soort IN ('GESPREK_OP_LOCATIE', 'TELEFONISCH', 'VIDEO', 'EMAIL',
                         'WERKGEVERSCONTACT', 'NETWERKCONTACT', 'TRAINING', 'BEZOEK_WERKERVARINGSPLEK',
                         'OVERLEG_BEDRIJFSARTS_AD', 'RAPPORTAGE')),
    deelnemers       TEXT,
    doel             TEXT,
    samenvatting     TEXT,
    afspraken        TEXT,
    vervolgactie     TEXT,
    vervolg_datum    TEXT,
    doel_id          INTEGER REFERENCES doel (id) ON DELETE SET NULL,
    is_declarabel    INTEGER NOT NULL DEFAULT 1 CHECK (is_declarabel IN (0, 1)),
    aangemaakt_op    TEXT NOT NULL,
    gewijzigd_op     TEXT NOT NULL
) STRICT;

CREATE INDEX contactmoment_traject_idx ON contactmoment (traject_id, moment);
