-- Spoorzoeker schema v15: one search over names, organisations and every text (issue 21 item 5).
-- The index of V6 held notes only, and its rowid had room for 8 kinds of source. It is made anew:
--   rowid = bucket * 2^32 + source id * 32 + source code
-- where the bucket is the row's date in days since 1970-01-01, or for names a day far beyond any
-- real date: 2^20 + 1 for a werknemer's dossier, 2^20 for a werkgever. ORDER BY rowid DESC LIMIT n
-- then hands back werknemers, then werkgevers, then everything else newest first, still without
-- ranking every match, and a trigger still finds a row's entry by rowid from the OLD values.
-- Codes (search.Bron):
--   1 contactmoment, 2 sollicitatie, 3 netwerkcontact, 4 groepssessie, 5 werkervaring_evaluatie,
--   6 afspraak, 7 stap_antwoord, 8 dossier (traject: werknemer's name, function, place, the late-
--   start exception), 9 werkgever (name, place, contact person, casemanager), 10 werkervaringsplek,
--   11 doel, 12 belastbaarheid, 13 persoonsprofiel, 14 zoekprofiel (its zoekrichtingen),
--   15 ad_rapport, 16 rapport (its section texts, visie, reasons).
-- traject_id is null for a group session (it belongs to several) and for a werkgever. datum is
-- null for names. Of the versioned profiles only the newest version of a traject is indexed: an
-- older version's words would only repeat. A report's texts are stored in java.util.Properties
-- form: the date comment, the section keys and the escapes of line breaks are left out here.
-- Prefix indexes for 2 and 3 letters: the search runs as the coach types, and a short prefix
-- otherwise merges the lists of every word it starts (measured: docs/benchmarks.md).
-- remove_diacritics 2 lets "cigdem" find "Çiğdem", as the dossier filter does. The letters it does
-- not fold but the dossier filter does (dossier.ui.SearchKey: ł ı ø ß æ œ đ) are folded here: a
-- text holding one is indexed once more with them replaced, so "lukasz yilmaz" finds "Łukasz Yılmaz".

DROP TRIGGER contactmoment_zoek_ai;
DROP TRIGGER contactmoment_zoek_au;
DROP TRIGGER contactmoment_zoek_ad;
DROP TRIGGER sollicitatie_zoek_ai;
DROP TRIGGER sollicitatie_zoek_au;
DROP TRIGGER sollicitatie_zoek_ad;
DROP TRIGGER netwerkcontact_zoek_ai;
DROP TRIGGER netwerkcontact_zoek_au;
DROP TRIGGER netwerkcontact_zoek_ad;
DROP TRIGGER groepssessie_zoek_ai;
DROP TRIGGER groepssessie_zoek_au;
DROP TRIGGER groepssessie_zoek_ad;
DROP TRIGGER werkervaring_evaluatie_zoek_ai;
DROP TRIGGER werkervaring_evaluatie_zoek_au;
DROP TRIGGER werkervaring_evaluatie_zoek_ad;
DROP TRIGGER afspraak_zoek_ai;
DROP TRIGGER afspraak_zoek_au;
DROP TRIGGER afspraak_zoek_ad;
DROP TRIGGER stap_antwoord_zoek_ai;
DROP TRIGGER stap_antwoord_zoek_au;
DROP TRIGGER stap_antwoord_zoek_ad;
DROP TABLE zoek_fts;

CREATE VIRTUAL TABLE zoek_fts USING fts5 (
    tekst,
    bron UNINDEXED,
    bron_id UNINDEXED,
    traject_id UNINDEXED,
    datum UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER contactmoment_zoek_ai AFTER INSERT ON contactmoment BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 1 AS r, concat_ws(char(10), new.doel, new.deelnemers, new.samenvatting, new.afspraken, new.vervolgactie) AS t, 1 AS b, new.id AS i, new.traject_id AS tr, substr(new.moment, 1, 10) AS d));
END;
CREATE TRIGGER contactmoment_zoek_au AFTER UPDATE ON contactmoment BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 1;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 1 AS r, concat_ws(char(10), new.doel, new.deelnemers, new.samenvatting, new.afspraken, new.vervolgactie) AS t, 1 AS b, new.id AS i, new.traject_id AS tr, substr(new.moment, 1, 10) AS d));
END;
CREATE TRIGGER contactmoment_zoek_ad AFTER DELETE ON contactmoment BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 1;
END;

CREATE TRIGGER sollicitatie_zoek_ai AFTER INSERT ON sollicitatie BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 2 AS r, concat_ws(char(10), new.organisatie, new.functie, new.zoekrichting, new.feedback, new.bewijs_referentie) AS t, 2 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER sollicitatie_zoek_au AFTER UPDATE ON sollicitatie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 2;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 2 AS r, concat_ws(char(10), new.organisatie, new.functie, new.zoekrichting, new.feedback, new.bewijs_referentie) AS t, 2 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER sollicitatie_zoek_ad AFTER DELETE ON sollicitatie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 2;
END;

CREATE TRIGGER netwerkcontact_zoek_ai AFTER INSERT ON netwerkcontact BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 3 AS r, concat_ws(char(10), new.persoon, new.organisatie, new.doel, new.uitkomst, new.vervolg) AS t, 3 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER netwerkcontact_zoek_au AFTER UPDATE ON netwerkcontact BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 3;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 3 AS r, concat_ws(char(10), new.persoon, new.organisatie, new.doel, new.uitkomst, new.vervolg) AS t, 3 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER netwerkcontact_zoek_ad AFTER DELETE ON netwerkcontact BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 3;
END;

CREATE TRIGGER groepssessie_zoek_ai AFTER INSERT ON groepssessie BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 4 AS r, concat_ws(char(10), new.titel, new.locatie, new.samenvatting) AS t, 4 AS b, new.id AS i, NULL AS tr, substr(new.moment, 1, 10) AS d));
END;
CREATE TRIGGER groepssessie_zoek_au AFTER UPDATE ON groepssessie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 4;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 4 AS r, concat_ws(char(10), new.titel, new.locatie, new.samenvatting) AS t, 4 AS b, new.id AS i, NULL AS tr, substr(new.moment, 1, 10) AS d));
END;
CREATE TRIGGER groepssessie_zoek_ad AFTER DELETE ON groepssessie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 4;
END;

CREATE TRIGGER werkervaring_evaluatie_zoek_ai AFTER INSERT ON werkervaring_evaluatie BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 5 AS r, new.bevindingen AS t, 5 AS b, new.id AS i, (SELECT traject_id FROM werkervaringsplek WHERE id = new.werkervaringsplek_id) AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER werkervaring_evaluatie_zoek_au AFTER UPDATE ON werkervaring_evaluatie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 5;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 5 AS r, new.bevindingen AS t, 5 AS b, new.id AS i, (SELECT traject_id FROM werkervaringsplek WHERE id = new.werkervaringsplek_id) AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER werkervaring_evaluatie_zoek_ad AFTER DELETE ON werkervaring_evaluatie BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 5;
END;

CREATE TRIGGER afspraak_zoek_ai AFTER INSERT ON afspraak BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.begin_moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 6 AS r, concat_ws(char(10), new.onderwerp, new.locatie, new.toelichting) AS t, 6 AS b, new.id AS i, new.traject_id AS tr, substr(new.begin_moment, 1, 10) AS d));
END;
CREATE TRIGGER afspraak_zoek_au AFTER UPDATE ON afspraak BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.begin_moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 6;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.begin_moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 6 AS r, concat_ws(char(10), new.onderwerp, new.locatie, new.toelichting) AS t, 6 AS b, new.id AS i, new.traject_id AS tr, substr(new.begin_moment, 1, 10) AS d));
END;
CREATE TRIGGER afspraak_zoek_ad AFTER DELETE ON afspraak BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.begin_moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 6;
END;

CREATE TRIGGER stap_antwoord_zoek_ai AFTER INSERT ON stap_antwoord BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 7 AS r, new.antwoord AS t, 7 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER stap_antwoord_zoek_au AFTER UPDATE ON stap_antwoord BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 7;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 7 AS r, new.antwoord AS t, 7 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER stap_antwoord_zoek_ad AFTER DELETE ON stap_antwoord BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 7;
END;

CREATE TRIGGER werkgever_zoek_ai AFTER INSERT ON werkgever BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT 1048576 * 4294967296 + new.id * 32 + 9 AS r, concat_ws(char(10), new.naam, new.plaats, new.contactpersoon_naam, new.casemanager_naam) AS t, 9 AS b, new.id AS i, NULL AS tr, NULL AS d));
END;
CREATE TRIGGER werkgever_zoek_au AFTER UPDATE OF naam, plaats, contactpersoon_naam, casemanager_naam ON werkgever BEGIN
    DELETE FROM zoek_fts WHERE rowid = 1048576 * 4294967296 + old.id * 32 + 9;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT 1048576 * 4294967296 + new.id * 32 + 9 AS r, concat_ws(char(10), new.naam, new.plaats, new.contactpersoon_naam, new.casemanager_naam) AS t, 9 AS b, new.id AS i, NULL AS tr, NULL AS d));
END;
CREATE TRIGGER werkgever_zoek_ad AFTER DELETE ON werkgever BEGIN
    DELETE FROM zoek_fts WHERE rowid = 1048576 * 4294967296 + old.id * 32 + 9;
END;

CREATE TRIGGER werkervaringsplek_zoek_ai AFTER INSERT ON werkervaringsplek BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.startdatum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 10 AS r, concat_ws(char(10), new.organisatie, new.contactpersoon, new.functie, new.taken, new.uitkomst_toelichting) AS t, 10 AS b, new.id AS i, new.traject_id AS tr, substr(new.startdatum, 1, 10) AS d));
END;
CREATE TRIGGER werkervaringsplek_zoek_au AFTER UPDATE OF organisatie, contactpersoon, functie, taken, uitkomst_toelichting, startdatum ON werkervaringsplek BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.startdatum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 10;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.startdatum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 10 AS r, concat_ws(char(10), new.organisatie, new.contactpersoon, new.functie, new.taken, new.uitkomst_toelichting) AS t, 10 AS b, new.id AS i, new.traject_id AS tr, substr(new.startdatum, 1, 10) AS d));
END;
CREATE TRIGGER werkervaringsplek_zoek_ad AFTER DELETE ON werkervaringsplek BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.startdatum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 10;
END;

CREATE TRIGGER doel_zoek_ai AFTER INSERT ON doel BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 11 AS r, concat_ws(char(10), new.omschrijving, new.indicator) AS t, 11 AS b, new.id AS i, new.traject_id AS tr, substr(new.aangemaakt_op, 1, 10) AS d));
END;
CREATE TRIGGER doel_zoek_au AFTER UPDATE OF omschrijving, indicator ON doel BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 11;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 11 AS r, concat_ws(char(10), new.omschrijving, new.indicator) AS t, 11 AS b, new.id AS i, new.traject_id AS tr, substr(new.aangemaakt_op, 1, 10) AS d));
END;
CREATE TRIGGER doel_zoek_ad AFTER DELETE ON doel BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 11;
END;

CREATE TRIGGER belastbaarheid_zoek_ai AFTER INSERT ON belastbaarheid BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 12 AS r, concat_ws(char(10), new.opbouwschema, new.persoonlijk_functioneren, new.sociaal_functioneren, new.fysieke_omgevingseisen, new.dynamische_handelingen, new.statische_houdingen, new.werktijd) AS t, 12 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER belastbaarheid_zoek_au AFTER UPDATE ON belastbaarheid BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 12;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 12 AS r, concat_ws(char(10), new.opbouwschema, new.persoonlijk_functioneren, new.sociaal_functioneren, new.fysieke_omgevingseisen, new.dynamische_handelingen, new.statische_houdingen, new.werktijd) AS t, 12 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER belastbaarheid_zoek_ad AFTER DELETE ON belastbaarheid BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 12;
END;

CREATE TRIGGER ad_rapport_zoek_ai AFTER INSERT ON ad_rapport BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 15 AS r, concat_ws(char(10), new.arbeidsdeskundige, new.zoekrichtingen) AS t, 15 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER ad_rapport_zoek_au AFTER UPDATE ON ad_rapport BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 15;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 15 AS r, concat_ws(char(10), new.arbeidsdeskundige, new.zoekrichtingen) AS t, 15 AS b, new.id AS i, new.traject_id AS tr, substr(new.datum, 1, 10) AS d));
END;
CREATE TRIGGER ad_rapport_zoek_ad AFTER DELETE ON ad_rapport BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 15;
END;

CREATE TRIGGER rapport_zoek_ai AFTER INSERT ON rapport BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.tot_datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 16 AS r, concat_ws(char(10), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace((CASE WHEN substr(new.teksten, 1, 1) = '#' THEN substr(new.teksten, instr(new.teksten, char(10))) ELSE char(10) || new.teksten END), char(10) || 'SAMENVATTING=', char(10)), char(10) || 'AANLEIDING=', char(10)), char(10) || 'ANALYSE_PROFIELEN=', char(10)), char(10) || 'AFSPRAKEN=', char(10)), char(10) || 'KNELPUNTEN=', char(10)), char(10) || 'BIJSTELLINGEN=', char(10)), char(10) || 'PLANNING=', char(10)), char(10) || 'VERKLARING_GEEN_SOLLICITATIES=', char(10)), char(10) || 'VERKLARING_NORM=', char(10)), char(10) || 'RESULTAAT=', char(10)), char(10) || 'VERKLARING_GEEN_RESULTAAT=', char(10)), char(10) || 'ADVIES=', char(10)), '\n', char(10)), '\t', ' '), '\r', ' '), new.status_spoor1, new.visie, new.akkoord_reden, new.uitzondering_late_start, new.uitzondering_document) AS t, 16 AS b, new.id AS i, new.traject_id AS tr, substr(new.tot_datum, 1, 10) AS d));
END;
CREATE TRIGGER rapport_zoek_au AFTER UPDATE OF teksten, status_spoor1, visie, akkoord_reden, uitzondering_late_start, uitzondering_document, tot_datum ON rapport BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.tot_datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 16;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.tot_datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 16 AS r, concat_ws(char(10), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace((CASE WHEN substr(new.teksten, 1, 1) = '#' THEN substr(new.teksten, instr(new.teksten, char(10))) ELSE char(10) || new.teksten END), char(10) || 'SAMENVATTING=', char(10)), char(10) || 'AANLEIDING=', char(10)), char(10) || 'ANALYSE_PROFIELEN=', char(10)), char(10) || 'AFSPRAKEN=', char(10)), char(10) || 'KNELPUNTEN=', char(10)), char(10) || 'BIJSTELLINGEN=', char(10)), char(10) || 'PLANNING=', char(10)), char(10) || 'VERKLARING_GEEN_SOLLICITATIES=', char(10)), char(10) || 'VERKLARING_NORM=', char(10)), char(10) || 'RESULTAAT=', char(10)), char(10) || 'VERKLARING_GEEN_RESULTAAT=', char(10)), char(10) || 'ADVIES=', char(10)), '\n', char(10)), '\t', ' '), '\r', ' '), new.status_spoor1, new.visie, new.akkoord_reden, new.uitzondering_late_start, new.uitzondering_document) AS t, 16 AS b, new.id AS i, new.traject_id AS tr, substr(new.tot_datum, 1, 10) AS d));
END;
CREATE TRIGGER rapport_zoek_ad AFTER DELETE ON rapport BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.tot_datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 16;
END;

-- A dossier is found by its werknemer's name; the row belongs to the traject.
CREATE TRIGGER traject_zoek_ai AFTER INSERT ON traject BEGIN
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT 1048577 * 4294967296 + new.id * 32 + 8 AS r, concat_ws(char(10), w.naam, w.functie, w.woonplaats, new.uitzondering_late_start, new.uitzondering_document) AS t, 8 AS b, new.id AS i, new.id AS tr, NULL AS d FROM werknemer AS w WHERE w.id = new.werknemer_id));
END;
CREATE TRIGGER traject_zoek_au AFTER UPDATE OF werknemer_id, uitzondering_late_start, uitzondering_document ON traject BEGIN
    DELETE FROM zoek_fts WHERE rowid = 1048577 * 4294967296 + old.id * 32 + 8;
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT 1048577 * 4294967296 + new.id * 32 + 8 AS r, concat_ws(char(10), w.naam, w.functie, w.woonplaats, new.uitzondering_late_start, new.uitzondering_document) AS t, 8 AS b, new.id AS i, new.id AS tr, NULL AS d FROM werknemer AS w WHERE w.id = new.werknemer_id));
END;
CREATE TRIGGER traject_zoek_ad AFTER DELETE ON traject BEGIN
    DELETE FROM zoek_fts WHERE rowid = 1048577 * 4294967296 + old.id * 32 + 8;
END;
CREATE TRIGGER werknemer_zoek_au AFTER UPDATE OF naam, functie, woonplaats ON werknemer BEGIN
    DELETE FROM zoek_fts WHERE rowid IN (SELECT 1048577 * 4294967296 + t.id * 32 + 8 FROM traject AS t WHERE t.werknemer_id = old.id);
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT 1048577 * 4294967296 + t.id * 32 + 8 AS r, concat_ws(char(10), w.naam, w.functie, w.woonplaats, t.uitzondering_late_start, t.uitzondering_document) AS t, 8 AS b, t.id AS i, t.id AS tr, NULL AS d FROM traject AS t JOIN werknemer AS w ON w.id = t.werknemer_id WHERE t.werknemer_id = new.id));
END;

-- A new version of a profile replaces the older ones in the index.
CREATE TRIGGER persoonsprofiel_zoek_ai AFTER INSERT ON persoonsprofiel BEGIN
    DELETE FROM zoek_fts WHERE rowid IN (SELECT coalesce(CAST(julianday(substr(p.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + p.id * 32 + 13 FROM persoonsprofiel AS p
        WHERE p.traject_id = new.traject_id AND p.id <> new.id);
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 13 AS r, concat_ws(char(10), new.opleiding, new.werkervaring, new.competenties, new.interesses, new.drijfveren, new.waarden, new.belemmeringen, new.wensen) AS t, 13 AS b, new.id AS i, new.traject_id AS tr, substr(new.aangemaakt_op, 1, 10) AS d));
END;
CREATE TRIGGER persoonsprofiel_zoek_ad AFTER DELETE ON persoonsprofiel BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 13;
END;

-- A zoekprofiel is one row holding all its zoekrichtingen; a change to one of them indexes the
-- profile again. Once the profile itself is gone (a cascade), the lookups find nothing to write.
CREATE TRIGGER zoekprofiel_zoek_ai AFTER INSERT ON zoekprofiel BEGIN
    DELETE FROM zoek_fts WHERE rowid IN (SELECT coalesce(CAST(julianday(substr(p.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + p.id * 32 + 14 FROM zoekprofiel AS p
        WHERE p.traject_id = new.traject_id AND p.id <> new.id);
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(new.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id * 32 + 14 AS r, coalesce((SELECT group_concat(concat_ws(char(10), r.functie, r.niveau, r.sector, r.regio, r.onderbouwing, r.reden_verlaten), char(10)) FROM zoekrichting AS r WHERE r.zoekprofiel_id = new.id), '') AS t, 14 AS b, new.id AS i, new.traject_id AS tr, substr(new.aangemaakt_op, 1, 10) AS d));
END;
CREATE TRIGGER zoekprofiel_zoek_ad AFTER DELETE ON zoekprofiel BEGIN
    DELETE FROM zoek_fts WHERE rowid = coalesce(CAST(julianday(substr(old.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + old.id * 32 + 14;
END;
CREATE TRIGGER zoekrichting_zoek_ai AFTER INSERT ON zoekrichting
    WHEN (SELECT max(p.id) FROM zoekprofiel AS p WHERE p.traject_id =
          (SELECT traject_id FROM zoekprofiel WHERE id = new.zoekprofiel_id)) = new.zoekprofiel_id
BEGIN
    DELETE FROM zoek_fts WHERE rowid = (SELECT coalesce(CAST(julianday(substr(p.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + p.id * 32 + 14 FROM zoekprofiel AS p WHERE p.id = new.zoekprofiel_id);
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(p.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + p.id * 32 + 14 AS r, coalesce((SELECT group_concat(concat_ws(char(10), r.functie, r.niveau, r.sector, r.regio, r.onderbouwing, r.reden_verlaten), char(10)) FROM zoekrichting AS r WHERE r.zoekprofiel_id = p.id), '') AS t, 14 AS b, p.id AS i, p.traject_id AS tr, substr(p.aangemaakt_op, 1, 10) AS d FROM zoekprofiel AS p WHERE p.id = new.zoekprofiel_id));
END;
CREATE TRIGGER zoekrichting_zoek_au AFTER UPDATE ON zoekrichting
    WHEN (SELECT max(p.id) FROM zoekprofiel AS p WHERE p.traject_id =
          (SELECT traject_id FROM zoekprofiel WHERE id = new.zoekprofiel_id)) = new.zoekprofiel_id
BEGIN
    DELETE FROM zoek_fts WHERE rowid = (SELECT coalesce(CAST(julianday(substr(p.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + p.id * 32 + 14 FROM zoekprofiel AS p WHERE p.id = new.zoekprofiel_id);
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(p.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + p.id * 32 + 14 AS r, coalesce((SELECT group_concat(concat_ws(char(10), r.functie, r.niveau, r.sector, r.regio, r.onderbouwing, r.reden_verlaten), char(10)) FROM zoekrichting AS r WHERE r.zoekprofiel_id = p.id), '') AS t, 14 AS b, p.id AS i, p.traject_id AS tr, substr(p.aangemaakt_op, 1, 10) AS d FROM zoekprofiel AS p WHERE p.id = new.zoekprofiel_id));
END;
CREATE TRIGGER zoekrichting_zoek_ad AFTER DELETE ON zoekrichting
    WHEN (SELECT max(p.id) FROM zoekprofiel AS p WHERE p.traject_id =
          (SELECT traject_id FROM zoekprofiel WHERE id = old.zoekprofiel_id)) = old.zoekprofiel_id
BEGIN
    DELETE FROM zoek_fts WHERE rowid = (SELECT coalesce(CAST(julianday(substr(p.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + p.id * 32 + 14 FROM zoekprofiel AS p WHERE p.id = old.zoekprofiel_id);
    INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
        SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
        FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
              FROM (SELECT coalesce(CAST(julianday(substr(p.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + p.id * 32 + 14 AS r, coalesce((SELECT group_concat(concat_ws(char(10), r.functie, r.niveau, r.sector, r.regio, r.onderbouwing, r.reden_verlaten), char(10)) FROM zoekrichting AS r WHERE r.zoekprofiel_id = p.id), '') AS t, 14 AS b, p.id AS i, p.traject_id AS tr, substr(p.aangemaakt_op, 1, 10) AS d FROM zoekprofiel AS p WHERE p.id = old.zoekprofiel_id));
END;

-- What was recorded before: every source once (the versioned profiles: the newest version).
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 1 AS r, concat_ws(char(10), x.doel, x.deelnemers, x.samenvatting, x.afspraken, x.vervolgactie) AS t, 1 AS b, x.id AS i, x.traject_id AS tr, substr(x.moment, 1, 10) AS d FROM contactmoment AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 2 AS r, concat_ws(char(10), x.organisatie, x.functie, x.zoekrichting, x.feedback, x.bewijs_referentie) AS t, 2 AS b, x.id AS i, x.traject_id AS tr, substr(x.datum, 1, 10) AS d FROM sollicitatie AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 3 AS r, concat_ws(char(10), x.persoon, x.organisatie, x.doel, x.uitkomst, x.vervolg) AS t, 3 AS b, x.id AS i, x.traject_id AS tr, substr(x.datum, 1, 10) AS d FROM netwerkcontact AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 4 AS r, concat_ws(char(10), x.titel, x.locatie, x.samenvatting) AS t, 4 AS b, x.id AS i, NULL AS tr, substr(x.moment, 1, 10) AS d FROM groepssessie AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 5 AS r, x.bevindingen AS t, 5 AS b, x.id AS i, (SELECT traject_id FROM werkervaringsplek WHERE id = x.werkervaringsplek_id) AS tr, substr(x.datum, 1, 10) AS d FROM werkervaring_evaluatie AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.begin_moment, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 6 AS r, concat_ws(char(10), x.onderwerp, x.locatie, x.toelichting) AS t, 6 AS b, x.id AS i, x.traject_id AS tr, substr(x.begin_moment, 1, 10) AS d FROM afspraak AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 7 AS r, x.antwoord AS t, 7 AS b, x.id AS i, x.traject_id AS tr, substr(x.datum, 1, 10) AS d FROM stap_antwoord AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT 1048576 * 4294967296 + x.id * 32 + 9 AS r, concat_ws(char(10), x.naam, x.plaats, x.contactpersoon_naam, x.casemanager_naam) AS t, 9 AS b, x.id AS i, NULL AS tr, NULL AS d FROM werkgever AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.startdatum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 10 AS r, concat_ws(char(10), x.organisatie, x.contactpersoon, x.functie, x.taken, x.uitkomst_toelichting) AS t, 10 AS b, x.id AS i, x.traject_id AS tr, substr(x.startdatum, 1, 10) AS d FROM werkervaringsplek AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 11 AS r, concat_ws(char(10), x.omschrijving, x.indicator) AS t, 11 AS b, x.id AS i, x.traject_id AS tr, substr(x.aangemaakt_op, 1, 10) AS d FROM doel AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 12 AS r, concat_ws(char(10), x.opbouwschema, x.persoonlijk_functioneren, x.sociaal_functioneren, x.fysieke_omgevingseisen, x.dynamische_handelingen, x.statische_houdingen, x.werktijd) AS t, 12 AS b, x.id AS i, x.traject_id AS tr, substr(x.datum, 1, 10) AS d FROM belastbaarheid AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 15 AS r, concat_ws(char(10), x.arbeidsdeskundige, x.zoekrichtingen) AS t, 15 AS b, x.id AS i, x.traject_id AS tr, substr(x.datum, 1, 10) AS d FROM ad_rapport AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.tot_datum, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 16 AS r, concat_ws(char(10), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace((CASE WHEN substr(x.teksten, 1, 1) = '#' THEN substr(x.teksten, instr(x.teksten, char(10))) ELSE char(10) || x.teksten END), char(10) || 'SAMENVATTING=', char(10)), char(10) || 'AANLEIDING=', char(10)), char(10) || 'ANALYSE_PROFIELEN=', char(10)), char(10) || 'AFSPRAKEN=', char(10)), char(10) || 'KNELPUNTEN=', char(10)), char(10) || 'BIJSTELLINGEN=', char(10)), char(10) || 'PLANNING=', char(10)), char(10) || 'VERKLARING_GEEN_SOLLICITATIES=', char(10)), char(10) || 'VERKLARING_NORM=', char(10)), char(10) || 'RESULTAAT=', char(10)), char(10) || 'VERKLARING_GEEN_RESULTAAT=', char(10)), char(10) || 'ADVIES=', char(10)), '\n', char(10)), '\t', ' '), '\r', ' '), x.status_spoor1, x.visie, x.akkoord_reden, x.uitzondering_late_start, x.uitzondering_document) AS t, 16 AS b, x.id AS i, x.traject_id AS tr, substr(x.tot_datum, 1, 10) AS d FROM rapport AS x));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT 1048577 * 4294967296 + t.id * 32 + 8 AS r, concat_ws(char(10), w.naam, w.functie, w.woonplaats, t.uitzondering_late_start, t.uitzondering_document) AS t, 8 AS b, t.id AS i, t.id AS tr, NULL AS d FROM traject AS t JOIN werknemer AS w ON w.id = t.werknemer_id));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 13 AS r, concat_ws(char(10), x.opleiding, x.werkervaring, x.competenties, x.interesses, x.drijfveren, x.waarden, x.belemmeringen, x.wensen) AS t, 13 AS b, x.id AS i, x.traject_id AS tr, substr(x.aangemaakt_op, 1, 10) AS d FROM persoonsprofiel AS x WHERE x.id = (SELECT max(id) FROM persoonsprofiel WHERE traject_id = x.traject_id)));
INSERT INTO zoek_fts (rowid, tekst, bron, bron_id, traject_id, datum)
    SELECT r, CASE WHEN f = t THEN t ELSE t || char(10) || f END, b, i, tr, d
    FROM (SELECT r, t, b, i, tr, d, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'ł', 'l'), 'Ł', 'L'), 'ı', 'i'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'đ', 'd'), 'Đ', 'D') AS f
          FROM (SELECT coalesce(CAST(julianday(substr(x.aangemaakt_op, 1, 10)) - 2440587.5 AS INTEGER), 0) * 4294967296 + x.id * 32 + 14 AS r, coalesce((SELECT group_concat(concat_ws(char(10), r.functie, r.niveau, r.sector, r.regio, r.onderbouwing, r.reden_verlaten), char(10)) FROM zoekrichting AS r WHERE r.zoekprofiel_id = x.id), '') AS t, 14 AS b, x.id AS i, x.traject_id AS tr, substr(x.aangemaakt_op, 1, 10) AS d FROM zoekprofiel AS x WHERE x.id = (SELECT max(id) FROM zoekprofiel WHERE traject_id = x.traject_id)));
INSERT INTO zoek_fts (zoek_fts) VALUES ('optimize');
