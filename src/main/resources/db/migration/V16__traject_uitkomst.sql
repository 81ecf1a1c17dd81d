-- How a traject ended (issue 18): the outcome from a fixed list with the day it ended, the new
-- work when there is one, who stopped it and why, and the softer results the coach ticked with the
-- werknemer. One outcome per traject, deleted with it; existing trajecten have none (the coach
-- records it when closing, or later from the dossier).

CREATE TABLE traject_uitkomst (
    traject_id             INTEGER PRIMARY KEY REFERENCES traject (id) ON DELETE CASCADE,
    soort                  TEXT NOT NULL CHECK (soort IN ('GEPLAATST_EXTERN', 'GEPLAATST_INTERN', 'HERSTELD',
                               'WIA_IVA', 'WIA_WGA', 'WIA_GEEN_UITKERING', 'GESTOPT', 'PENSIOEN', 'ANDERS')),
    einddatum              TEXT NOT NULL,
    werkgever              TEXT,
    functie                TEXT,
    contractvorm           TEXT CHECK (contractvorm IS NULL
                               OR contractvorm IN ('VAST', 'TIJDELIJK', 'DETACHERING_EERST', 'UITZEND')),
    route                  TEXT CHECK (route IS NULL
                               OR route IN ('SOLLICITATIE', 'WERKERVARINGSPLEK', 'DETACHERING', 'NETWERK', 'ANDERS')),
    startdatum             TEXT,
    is_gedeeltelijk        INTEGER NOT NULL DEFAULT 0 CHECK (is_gedeeltelijk IN (0, 1)),
    uren_per_week_minuten  INTEGER CHECK (uren_per_week_minuten IS NULL OR uren_per_week_minuten > 0),
    gestopt_door           TEXT CHECK (gestopt_door IS NULL
                               OR gestopt_door IN ('WERKNEMER', 'WERKGEVER', 'COACH', 'UWV')),
    toelichting            TEXT,
    zacht_opmerking        TEXT,
    vastgelegd_op          TEXT NOT NULL,
    gewijzigd_op           TEXT NOT NULL,
    -- A placement has a start date; only a placement has one.
    CHECK ((soort IN ('GEPLAATST_EXTERN', 'GEPLAATST_INTERN')) = (startdatum IS NOT NULL))
) STRICT;

CREATE TABLE traject_uitkomst_zacht (
    traject_id  INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    resultaat   TEXT NOT NULL CHECK (resultaat IN ('VRIJWILLIGERSWERK', 'MEER_ENERGIE', 'MEER_STRUCTUUR',
                    'ACCEPTATIE', 'ZELFVERTROUWEN', 'EIGEN_REGIE')),
    PRIMARY KEY (traject_id, resultaat)
) STRICT;
