-- Issue 19 items 2 and 7: the values card sort, the drives worksheet, and which instrument results
-- the coach puts into the reports.
--
-- A waardensortering is one sitting of the card sort (docs/instrumenten.md: the cards are our own,
-- no licensed set): each card the werknemer sorted lies on one of three piles, and up to five cards
-- of the "heel belangrijk" pile are ranked as the top five. A card not sorted (yet) has no row. Its
-- date is the day of the conversation, so a later sitting shows how the values moved.
CREATE TABLE waardensortering (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    traject_id     INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    datum          TEXT NOT NULL,
    aangemaakt_op  TEXT NOT NULL,
    gewijzigd_op   TEXT NOT NULL
) STRICT;

CREATE INDEX waardensortering_traject_idx ON waardensortering (traject_id, id);

CREATE TABLE waardenkaart (
    sortering_id  INTEGER NOT NULL REFERENCES waardensortering (id) ON DELETE CASCADE,
    -- The card's code (instrument.Waardenkaarten), not its text: the text follows the screen's language.
    kaart         TEXT NOT NULL CHECK (kaart GLOB '[A-Z_]*' AND length(kaart) BETWEEN 1 AND 40),
    stapel        TEXT NOT NULL CHECK (stapel IN ('HEEL_BELANGRIJK', 'BELANGRIJK', 'MINDER_BELANGRIJK')),
    top           INTEGER CHECK (top IS NULL OR top BETWEEN 1 AND 5),
    -- Only a card the werknemer called very important can be in the top five.
    CHECK (top IS NULL OR stapel = 'HEEL_BELANGRIJK'),
    PRIMARY KEY (sortering_id, kaart)
) STRICT;

CREATE UNIQUE INDEX waardenkaart_top_idx ON waardenkaart (sortering_id, top) WHERE top IS NOT NULL;

-- The drives worksheet: a few open questions in the werknemer's own words, one sheet per traject,
-- dated the day it was last talked through. Every answer may stay empty, but not all of them.
CREATE TABLE drijfveren (
    traject_id     INTEGER PRIMARY KEY REFERENCES traject (id) ON DELETE CASCADE,
    datum          TEXT NOT NULL,
    energie        TEXT,
    moe            TEXT,
    trots          TEXT,
    belangrijk     TEXT,
    niet_meer      TEXT,
    aangemaakt_op  TEXT NOT NULL,
    gewijzigd_op   TEXT NOT NULL,
    CHECK (coalesce(energie, moe, trots, belangrijk, niet_meer) IS NOT NULL)
) STRICT;

-- Which kinds of instrument result the coach leaves out of the reports (issue 19 item 7: "as the
-- coach chooses"). A row only for a kind left out: by default every recorded result is reported.
CREATE TABLE instrument_rapportkeuze (
    traject_id  INTEGER NOT NULL REFERENCES traject (id) ON DELETE CASCADE,
    onderdeel   TEXT NOT NULL CHECK (onderdeel IN ('INTERESSE', 'WAARDEN', 'DRIJFVEREN', 'KERNKWADRANTEN', 'SCHALEN',
                                                     'STARR')),
    PRIMARY KEY (traject_id, onderdeel)
) STRICT;
