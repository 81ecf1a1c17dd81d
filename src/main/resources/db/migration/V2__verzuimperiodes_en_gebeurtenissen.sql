-- The Poortwachter clock of a traject: its periods of sickness and WAZO leave, and the dated
-- events of the re-integration (probleemanalyse, plan van aanpak, evaluations, reports, …).
-- Without any ZIEK period the clock runs from traject.eerste_ziektedag without interruption.

CREATE TABLE verzuimperiode (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id  INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    soort       TEXT NOT NULL CHECK (soort IN ('ZIEK', 'WAZO')),
    van_datum   TEXT NOT NULL,
    tot_datum   TEXT,
    CHECK (tot_datum IS NULL OR tot_datum >= van_datum)
) STRICT;

CREATE INDEX verzuimperiode_traject_idx ON verzuimperiode (traject_id);

CREATE TABLE gebeurtenis (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    soort          TEXT NOT NULL CHECK (soort IN ('PROBLEEMANALYSE', 'PLAN_VAN_AANPAK', 'EVALUATIE_PLAN_VAN_AANPAK',
                       'WEEKMELDING_42', 'AD_RAPPORT', 'EERSTEJAARSEVALUATIE', 'ACTUEEL_OORDEEL', 'EINDEVALUATIE',
                       'WIA_AANVRAAG', 'EINDRAPPORTAGE', 'VOORTGANGSRAPPORTAGE')),
    datum          TEXT NOT NULL,
    aangemaakt_op  TEXT NOT NULL
) STRICT;

CREATE INDEX gebeurtenis_traject_idx ON gebeurtenis (traject_id, soort);

ALTER TABLE traject ADD COLUMN voortgang_interval_weken INTEGER NOT NULL DEFAULT 6
    CHECK (voortgang_interval_weken BETWEEN 1 AND 26);
