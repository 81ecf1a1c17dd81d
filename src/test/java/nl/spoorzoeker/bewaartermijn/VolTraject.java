package nl.spoorzoeker.bewaartermijn;

import java.nio.charset.StandardCharsets;
import nl.spoorzoeker.store.Database;
import org.jooq.DSLContext;

/**
 * A traject with a row in every table that can hold something of it, and {@code merk} in every
 * free-text column (and in the BLOBs): werkgever, werknemer, traject, the whole record, reports
 * (a final one, its final correction and a concept, with their children), a proof file, drafts,
 * and group sessions (one of its own, one shared with {@code gedeeldMet}). Plain SQL, so the test
 * does not depend on the services it checks.
 */
final class VolTraject {

    static final String T0 = "2026-01-05T10:00:00Z";

    final int trajectId;
    final int werknemerId;
    final int werkgeverId;
    final int eigenSessie;
    final int gedeeldeSessie;
    final String naam;

    private VolTraject(int trajectId, int werknemerId, int werkgeverId, int eigenSessie, int gedeeldeSessie, String naam) {
        this.trajectId = trajectId;
        this.werknemerId = werknemerId;
        this.werkgeverId = werkgeverId;
        this.eigenSessie = eigenSessie;
        this.gedeeldeSessie = gedeeldeSessie;
        this.naam = naam;
    }

    /**
     * @param status     ACTIEF, AFGEROND or GEARCHIVEERD
     * @param einddatum  ISO date or null
     * @param gedeeldeSessie a group session to join (null: none)
     */
    static VolTraject maak(Database db, String merk, String status, String einddatum, boolean eigenrisicodrager,
                           Integer gedeeldeSessie) {
        return db.write(cfg -> vul(cfg.dsl(), merk, status, einddatum, eigenrisicodrager, gedeeldeSessie));
    }

    private static VolTraject vul(DSLContext c, String m, String status, String einddatum, boolean erd, Integer gedeeld) {
        String naam = "Werknemer " + m;
        int werkgever = id(c, "INSERT INTO werkgever (naam, straat, postcode, plaats, contactpersoon_naam, "
                + "contactpersoon_telefoon, contactpersoon_email, casemanager_naam, casemanager_telefoon, casemanager_email, "
                + "is_eigenrisicodrager, aangemaakt_op, gewijzigd_op, bedrijfsarts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)",
                "Werkgever " + m, m, m, m, m, m, m, m, m, m, erd ? 1 : 0, T0, T0, m);
        int werknemer = id(c, "INSERT INTO werknemer (naam, geboortedatum, telefoon, email, straat, postcode, woonplaats, "
                + "functie, aangemaakt_op, gewijzigd_op) VALUES (?, '1970-01-01', ?, ?, ?, ?, ?, ?, ?, ?)",
                naam, m, m, m, m, m, m, T0, T0);
        int t = id(c, "INSERT INTO traject (werknemer_id, werkgever_id, eerste_ziektedag, startdatum, status, einddatum, "
                + "uitzondering_late_start, uitzondering_document, aangemaakt_op, gewijzigd_op, opdrachtgever_soort, "
                + "opdrachtgever_naam) VALUES (?, ?, '2023-01-02', '2024-01-08', ?, ?, ?, ?, ?, ?, 'ANDERS', ?)",
                werknemer, werkgever, status, einddatum, m, m, T0, T0, m);
        c.execute("INSERT INTO voor_opdracht (traject_id, soort) VALUES (?, 'WEEKMELDING_42')", t);
        c.execute("INSERT INTO verzuimperiode (traject_id, soort, van_datum) VALUES (?, 'ZIEK', '2023-01-02')", t);
        c.execute("INSERT INTO gebeurtenis (traject_id, soort, datum, aangemaakt_op) VALUES (?, 'PROBLEEMANALYSE', "
                + "'2023-02-10', ?)", t, T0);
        c.execute("INSERT INTO fase (traject_id, soort, start_datum) VALUES (?, 'INTAKE', '2024-01-08')", t);
        int stap = id(c, "INSERT INTO stap (fase, volgorde, titel, vragen) VALUES ('INTAKE', 99, 'Stap', 'Vragen')");
        c.execute("INSERT INTO stap_antwoord (traject_id, stap_id, datum, antwoord, aangemaakt_op) VALUES (?, ?, "
                + "'2024-01-09', ?, ?)", t, stap, m, T0);
        int doel = id(c, "INSERT INTO doel (traject_id, fase, omschrijving, indicator, aangemaakt_op, gewijzigd_op) "
                + "VALUES (?, 'INTAKE', ?, ?, ?, ?)", t, m, m, T0, T0);
        c.execute("INSERT INTO doel_status (doel_id, status, vanaf_datum, vastgelegd_op) VALUES (?, 'OPEN', '2024-01-09', ?)",
                doel, T0);
        c.execute("INSERT INTO belastbaarheid (traject_id, datum, bron, documenttype, opbouwschema, persoonlijk_functioneren, "
                + "sociaal_functioneren, fysieke_omgevingseisen, dynamische_handelingen, statische_houdingen, werktijd, "
                + "aangemaakt_op) VALUES (?, '2024-01-10', 'BEDRIJFSARTS', 'FML', ?, ?, ?, ?, ?, ?, ?, ?)",
                t, m, m, m, m, m, m, m, T0);
        c.execute("INSERT INTO ad_rapport (traject_id, datum, arbeidsdeskundige, conclusie_spoor1, zoekrichtingen, "
                + "aangemaakt_op) VALUES (?, '2023-11-01', ?, 'NIET_MOGELIJK', ?, ?)", t, m, m, T0);
        c.execute("INSERT INTO persoonsprofiel (traject_id, versie, opleiding, werkervaring, competenties, interesses, "
                + "drijfveren, waarden, belemmeringen, wensen, aangemaakt_op) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t, m, m, m, m, m, m, m, m, T0);
        int afname = id(c, "INSERT INTO instrument_afname (traject_id, instrument, status, begin_datum, aangemaakt_op, "
                + "gewijzigd_op) VALUES (?, 'ONET_IP_SF', 'LOPEND', '2023-11-02', ?, ?)", t, T0, T0);
        c.execute("INSERT INTO instrument_antwoord (afname_id, item, waarde) VALUES (?, 1, 5)", afname);
        int kk = id(c, "INSERT INTO kernkwadrant (traject_id, kwaliteit, valkuil, uitdaging, allergie, aangemaakt_op, "
                + "gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?)", t, m, m, m, m, T0, T0);
        c.execute("INSERT INTO kernkwadrant_versie (kernkwadrant_id, versie, kwaliteit, valkuil, uitdaging, allergie, "
                + "opgeslagen_op) VALUES (?, 1, ?, ?, ?, ?, ?)", kk, m, m, m, m, T0);
        int sortering = id(c, "INSERT INTO waardensortering (traject_id, datum, aangemaakt_op, gewijzigd_op) VALUES (?, "
                + "'2023-11-03', ?, ?)", t, T0, T0);
        c.execute("INSERT INTO waardenkaart (sortering_id, kaart, stapel, top) VALUES (?, 'RUST', 'HEEL_BELANGRIJK', 1)",
                sortering);
        c.execute("INSERT INTO drijfveren (traject_id, datum, energie, moe, trots, belangrijk, niet_meer, aangemaakt_op, "
                + "gewijzigd_op) VALUES (?, '2023-11-03', ?, ?, ?, ?, ?, ?, ?)", t, m, m, m, m, m, T0, T0);
        c.execute("INSERT INTO instrument_rapportkeuze (traject_id, onderdeel) VALUES (?, 'SCHALEN')", t);
        int profiel = id(c, "INSERT INTO zoekprofiel (traject_id, versie, aangemaakt_op) VALUES (?, 1, ?)", t, T0);
        c.execute("INSERT INTO zoekrichting (zoekprofiel_id, volgorde, functie, niveau, sector, regio, onderbouwing, "
                + "status, reden_verlaten) VALUES (?, 1, ?, ?, ?, ?, ?, 'VERLATEN', ?)", profiel, m, m, m, m, m, m);
        int contact = id(c, "INSERT INTO contactmoment (traject_id, moment, duur_minuten, soort, deelnemers, doel, "
                + "samenvatting, afspraken, vervolgactie, doel_id, aangemaakt_op, gewijzigd_op) VALUES (?, "
                + "'2024-02-01T10:00', 60, 'VIDEO', ?, ?, ?, ?, ?, ?, ?, ?)", t, m, m, m, m, m, doel, T0, T0);
        int eigen = id(c, "INSERT INTO groepssessie (moment, duur_minuten, soort, titel, locatie, samenvatting, verdeling, "
                + "aangemaakt_op, gewijzigd_op) VALUES ('2024-03-01T13:00', 60, 'WORKSHOP', ?, ?, ?, 'VOLLEDIG', ?, ?)",
                m, m, m, T0, T0);
        c.execute("INSERT INTO groepsdeelname (groepssessie_id, traject_id, aanwezig_minuten) VALUES (?, ?, 60)", eigen, t);
        int gedeeldeSessie = gedeeld != null ? gedeeld : id(c, "INSERT INTO groepssessie (moment, duur_minuten, soort, "
                + "titel, verdeling, aangemaakt_op, gewijzigd_op) VALUES ('2024-03-08T13:00', 60, 'TRAINING', "
                + "'Gedeelde training', 'GEDEELD', ?, ?)", T0, T0);
        c.execute("INSERT INTO groepsdeelname (groepssessie_id, traject_id, aanwezig_minuten) VALUES (?, ?, 45)",
                gedeeldeSessie, t);
        // A group programme of which this traject is the only participant: a held meeting (its own session),
        // with this werknemer recorded absent once; all of it goes with the traject.
        int programma = id(c, "INSERT INTO groepsprogramma (naam, startdatum, locatie, trainers, uid, aangemaakt_op, "
                + "gewijzigd_op) VALUES (?, '2024-03-01', ?, ?, ?, ?, ?)", m, m, m, m + "-uid", T0, T0);
        c.execute("INSERT INTO programma_deelnemer (programma_id, traject_id, vanaf_datum) VALUES (?, ?, '2024-03-01')",
                programma, t);
        int bijeenkomst = id(c, "INSERT INTO bijeenkomst (programma_id, begin_moment, duur_minuten, soort, onderwerp, locatie, "
                + "trainer, groepssessie_id, uid, aangemaakt_op, gewijzigd_op) VALUES (?, '2024-03-01T13:00', 60, 'WORKSHOP', "
                + "?, ?, ?, ?, ?, ?, ?)", programma, m, m, m, eigen, m + "-uid", T0, T0);
        c.execute("INSERT INTO bijeenkomst_aanwezigheid (bijeenkomst_id, traject_id, is_aanwezig, reden) VALUES (?, ?, 0, ?)",
                bijeenkomst, t, m);
        int sollicitatie = id(c, "INSERT INTO sollicitatie (traject_id, datum, organisatie, functie, zoekrichting, kanaal, "
                + "status, feedback, bewijs_referentie, aangemaakt_op, gewijzigd_op) VALUES (?, '2024-04-01', ?, ?, ?, "
                + "'VACATURE', 'AFGEWEZEN', ?, ?, ?, ?)", t, m, m, m, m, m, T0, T0);
        c.execute("INSERT INTO sollicitatie_stap (sollicitatie_id, status, datum) VALUES (?, 'VERSTUURD', '2024-04-01')",
                sollicitatie);
        c.execute("INSERT INTO sollicitatie_bewijs (sollicitatie_id, bestandsnaam, mediatype, sha256, inhoud, aangemaakt_op) "
                + "VALUES (?, ?, ?, ?, ?, ?)", sollicitatie, m + ".pdf", m, m, blob(m), T0);
        c.execute("INSERT INTO sollicitatiebrief (sollicitatie_id, tekst, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?)",
                sollicitatie, m, T0, T0);
        int starr = id(c, "INSERT INTO starr_verhaal (traject_id, titel, situatie, taak, actie, resultaat, reflectie, "
                + "aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", t, m, m, m, m, m, m, T0, T0);
        c.execute("INSERT INTO starr_competentie (starr_id, volgorde, competentie) VALUES (?, 0, ?)", starr, m);
        c.execute("INSERT INTO starr_versie (starr_id, versie, titel, situatie, taak, actie, resultaat, reflectie, "
                + "competenties, opgeslagen_op) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", starr, m, m, m, m, m, m, m, T0);
        int cv = id(c, "INSERT INTO cv_variant (traject_id, zoekrichting, profielzin, competenties, aangemaakt_op, "
                + "gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?)", t, m, m, m, T0, T0);
        c.execute("INSERT INTO cv_highlight (cv_variant_id, starr_id, volgorde) VALUES (?, ?, 0)", cv, starr);
        c.execute("INSERT INTO netwerkcontact (traject_id, datum, persoon, organisatie, doel, uitkomst, vervolg, "
                + "aangemaakt_op, gewijzigd_op) VALUES (?, '2024-04-02', ?, ?, ?, ?, ?, ?, ?)", t, m, m, m, m, m, T0, T0);
        int plek = id(c, "INSERT INTO werkervaringsplek (traject_id, soort, organisatie, contactpersoon, contact_telefoon, "
                + "contact_email, functie, taken, startdatum, uitkomst_toelichting, aangemaakt_op, gewijzigd_op) VALUES (?, "
                + "'WERKERVARINGSPLEK', ?, ?, ?, ?, ?, ?, '2024-05-06', ?, ?, ?)", t, m, m, m, m, m, m, m, T0, T0);
        c.execute("INSERT INTO werkervaring_week (werkervaringsplek_id, week_datum, gepland_minuten) VALUES (?, "
                + "'2024-05-06', 600)", plek);
        int evaluatie = id(c, "INSERT INTO werkervaring_evaluatie (werkervaringsplek_id, datum, bevindingen, aangemaakt_op) "
                + "VALUES (?, '2024-06-01', ?, ?)", plek, m, T0);
        c.execute("INSERT INTO afspraak (traject_id, begin_moment, duur_minuten, onderwerp, locatie, toelichting, uid, "
                + "aangemaakt_op, gewijzigd_op) VALUES (?, '2024-07-01T10:00', 30, ?, ?, ?, ?, ?, ?)",
                t, m, m, m, m + "-" + t, T0, T0);
        c.execute("INSERT INTO traject_uitkomst (traject_id, soort, einddatum, werkgever, functie, contractvorm, route, "
                + "startdatum, toelichting, zacht_opmerking, vastgelegd_op, gewijzigd_op) VALUES (?, 'GEPLAATST_EXTERN', "
                + "'2024-09-30', ?, ?, 'VAST', 'NETWERK', '2024-10-01', ?, ?, ?, ?)", t, m, m, m, m, T0, T0);
        c.execute("INSERT INTO traject_uitkomst_zacht (traject_id, resultaat) VALUES (?, 'EIGEN_REGIE')", t);
        c.execute("INSERT INTO traject_schaalmeting (traject_id, moment, datum, energie, eigen_regie, vastgelegd_op, "
                + "gewijzigd_op) VALUES (?, 'BEGIN', '2024-03-01', 4, 3, ?, ?)", t, T0, T0);
        // A final report, its final correction (which names it) and a concept, each with children.
        int v1 = rapport(c, t, m, "DEFINITIEF", 1, null);
        int v2 = rapport(c, t, m, "DEFINITIEF", 2, v1);
        rapport(c, t, m, "CONCEPT", 3, v2);
        for (int r : new int[] {v1, v2}) {
            c.execute("INSERT INTO rapport_ontvanger (rapport_id, soort, naam, datum, kanaal) VALUES (?, 'WERKGEVER', ?, "
                    + "'2024-08-01', 'EMAIL')", r, m);
            c.execute("INSERT INTO rapport_knelpunt (rapport_id, omschrijving) VALUES (?, ?)", r, m);
            c.execute("INSERT INTO rapport_erkenning (rapport_id, controle, bericht, reden) VALUES (?, ?, ?, ?)", r, m, m, m);
        }
        // An explanation kept from a bewaarplicht that has been lifted.
        c.execute("INSERT INTO bewaring (traject_id, bewaarplicht_toelichting, gewijzigd_op) VALUES (?, ?, ?)", t, m, T0);
        for (String sleutel : new String[] {"contact:" + contact, "sollicitatie:nieuw:" + t, "stap:" + t + ":" + stap,
                "evaluatie:" + evaluatie, "groep:" + eigen}) {
            c.execute("INSERT INTO concept (sleutel, inhoud, gewijzigd_op) VALUES (?, ?, ?)", sleutel, "veld=" + m, T0);
        }
        return new VolTraject(t, werknemer, werkgever, eigen, gedeeldeSessie, naam);
    }

    private static int rapport(DSLContext c, int t, String m, String status, int versie, Integer vervangt) {
        boolean definitief = status.equals("DEFINITIEF");
        int id = id(c, "INSERT INTO rapport (traject_id, soort, van_datum, tot_datum, versie, vervangt_id, status, teksten, "
                + "status_spoor1, visie, akkoord_soort, akkoord_datum, akkoord_reden, handtekening, uitzondering_late_start, "
                + "uitzondering_document, pdf, sha256, definitief_op, aangemaakt_op, gewijzigd_op) VALUES (?, 'VOORTGANG', "
                + "'2024-01-01', '2024-06-30', ?, ?, 'CONCEPT', ?, ?, ?, 'WEIGERT', '2024-07-01', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t, versie, vervangt, m, m, m, m, blob(m), m, m, definitief ? blob(m) : null, definitief ? m : null,
                definitief ? T0 : null, T0, T0);
        if (definitief) {
            // Finalised the way the application does it: a concept that becomes final.
            c.execute("UPDATE rapport SET status = 'DEFINITIEF' WHERE id = ?", id);
        }
        return id;
    }

    private static byte[] blob(String m) {
        return ("%PDF-1.7 " + m + " " + m).getBytes(StandardCharsets.UTF_8);
    }

    private static int id(DSLContext c, String sql, Object... binds) {
        c.execute(sql, binds);
        return ((Number) c.fetchValue("SELECT last_insert_rowid()")).intValue();
    }
}
