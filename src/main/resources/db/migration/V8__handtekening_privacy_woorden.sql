-- Spoorzoeker schema v8: the coach's own signature (printed in every final report) and the coach's
-- additions to the privacy guard: extra medical words to catch, and ordinary words it must let through.

ALTER TABLE praktijk ADD COLUMN handtekening BLOB;

CREATE TABLE privacy_woord (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    woord        TEXT NOT NULL CHECK (length(trim(woord)) BETWEEN 2 AND 80),
    soort        TEXT NOT NULL CHECK (soort IN ('MEDISCH', 'TOEGESTAAN')),
    categorie    TEXT CHECK (categorie IS NULL OR soort = 'MEDISCH'),
    toegevoegd_op TEXT NOT NULL,
    UNIQUE (woord, soort)
) STRICT;
