package nl.spoorzoeker.uitwisseling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.spoorzoeker.pdf.PdfSchrijver;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * The readable part of an inzage (AVG art. 15): everything stored about one werknemer, laid out
 * per part with Dutch headings (personalia, each traject with its timeline, phases and goals,
 * belastbaarheid, profiles, every contactmoment with its full text, group sessions, sollicitaties,
 * network, werkervaring, appointments, the reports, then the audit entries naming the trajecten).
 * It is made from exactly the rows written to the JSON beside it; a table this layout does not know
 * yet is still printed, column by column, under "Overige gegevens", so nothing is left out.
 * It is written in the language its caller names, never the screen's of the moment (ADR 0008).
 */
final class InzagePdf {

    static final String BESTAND = "inzage.pdf";
    static final String LEESMIJ = "LEESMIJ.txt";

    private static final ZoneId AMSTERDAM = Tijdzone.PRAKTIJK;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm");
    private static final float TITEL = 18;
    private static final float KOP = 13;
    private static final float SUBKOP = 11;
    private static final float TEKST = 9.5f;

    private final PdfSchrijver pdf;
    private final Map<String, List<Map<String, Object>>> rijen;
    private final Teksten taal;
    private final Set<String> getoond = new LinkedHashSet<>();

    private InzagePdf(PdfSchrijver pdf, Map<String, List<Map<String, Object>>> rijen, Teksten taal) {
        this.pdf = pdf;
        this.rijen = rijen;
        this.taal = taal;
    }

    static String leesmij(Teksten taal) {
        return taal.t("inzage.leesmij");
    }

    static byte[] render(Map<String, List<Map<String, Object>>> rijen, String praktijk, Instant gemaakt, Teksten taal) {
        PdfSchrijver[] houder = new PdfSchrijver[1];
        try (PdfSchrijver pdf = new PdfSchrijver(() -> paginakop(houder[0], praktijk, taal), taal.taal())) {
            houder[0] = pdf;
            new InzagePdf(pdf, rijen, taal).schrijf(praktijk, gemaakt);
            Calendar wanneer = GregorianCalendar.from(gemaakt.atZone(AMSTERDAM));
            return pdf.klaar(taal.t("inzage.titel"), taal.t("rapport.voet", praktijk), taal.t("rapport.pagina"), wanneer);
        }
    }

    private static void paginakop(PdfSchrijver pdf, String praktijk, Teksten taal) {
        pdf.omlaag(4);
        pdf.tekst(praktijk, pdf.vet, 11, PdfSchrijver.MARGE, PdfSchrijver.ACCENT);
        String vertrouwelijk = taal.t("inzage.vertrouwelijk");
        pdf.tekst(vertrouwelijk, pdf.vet, 9, PdfSchrijver.MARGE + PdfSchrijver.BREEDTE
                - pdf.breedte(pdf.vet, 9, vertrouwelijk), PdfSchrijver.GRIJS);
        pdf.omlaag(8);
        pdf.lijn(PdfSchrijver.MARGE, PdfSchrijver.MARGE + PdfSchrijver.BREEDTE, PdfSchrijver.LIJN, 0.7f);
        pdf.omlaag(10);
    }

    private void schrijf(String praktijk, Instant gemaakt) {
        pdf.begin();
        pdf.omlaag(8);
        pdf.titel(taal.t("inzage.titel"), TITEL);
        Map<String, Object> werknemer = eerste("werknemer");
        if (werknemer != null) {
            pdf.alinea(tekst(werknemer, "naam"), pdf.gewoon, 12, PdfSchrijver.TEKST);
        }
        pdf.alinea(taal.t("inzage.gemaakt", MOMENT.format(gemaakt.atZone(AMSTERDAM)), praktijk), pdf.gewoon, TEKST,
                PdfSchrijver.GRIJS);
        pdf.omlaag(6);
        pdf.alinea(taal.t("inzage.uitleg"), pdf.gewoon, TEKST, PdfSchrijver.TEKST);

        personalia(werknemer);
        for (Map<String, Object> traject : alle("traject")) {
            traject(traject);
        }
        logboek();
        overige();
    }

    private void personalia(Map<String, Object> w) {
        pdf.kop(taal.t("inzage.personalia"), KOP);
        if (w == null) {
            return;
        }
        getoond.add("werknemer");
        veld("inzage.naam", tekst(w, "naam"));
        veld("inzage.geboortedatum", datum(w.get("geboortedatum")));
        veld("inzage.telefoon", tekst(w, "telefoon"));
        veld("inzage.email", tekst(w, "email"));
        veld("inzage.adres", samen(", ", tekst(w, "straat"), samen(" ", tekst(w, "postcode"), tekst(w, "woonplaats"))));
        veld("inzage.functie", tekst(w, "functie"));
        veld("inzage.contracturen", uren(w.get("contracturen_minuten")));
        veld("inzage.rijbewijs", janee(w.get("heeft_rijbewijs")));
        veld("inzage.vervoer", w.get("vervoer") == null ? null : taal.t("vervoer." + w.get("vervoer")));
        veld("inzage.vastgelegd", samen(" / ", instant(w.get("aangemaakt_op")), instant(w.get("gewijzigd_op"))));
    }

    private void traject(Map<String, Object> t) {
        Object id = t.get("id");
        Map<String, Object> werkgever = metId("werkgever", t.get("werkgever_id"));
        pdf.kop(taal.t("inzage.traject", String.valueOf(id), werkgever == null ? "" : tekst(werkgever, "naam")), KOP);
        getoond.add("traject");
        if (werkgever != null) {
            getoond.add("werkgever");
            veld("inzage.werkgever", samen(" · ", tekst(werkgever, "naam"), tekst(werkgever, "kvk_nummer") == null ? null
                    : taal.t("inzage.kvk", tekst(werkgever, "kvk_nummer"))));
            veld("inzage.contactpersoon", tekst(werkgever, "contactpersoon_naam"));
            veld("inzage.casemanager", tekst(werkgever, "casemanager_naam"));
            veld("inzage.bedrijfsarts", tekst(werkgever, "bedrijfsarts"));
        }
        // Who the coach works for and under which regime: the werknemer's own data (AVG art. 15).
        Object soort = t.get("opdrachtgever_soort");
        if (soort != null && !"WERKGEVER".equals(soort)) {
            veld("inzage.opdrachtgever", samen(" · ", taal.t("opdrachtgever." + soort), tekst(t, "opdrachtgever_naam")));
        }
        if (t.get("regime") != null) {
            veld("inzage.regime", taal.t("regime.kort." + t.get("regime")));
        }
        veld("inzage.eersteZiektedag", datum(t.get("eerste_ziektedag")));
        veld("inzage.opdrachtdatum", datum(t.get("opdrachtdatum")));
        veld("inzage.startdatum", datum(t.get("startdatum")));
        veld("inzage.einddatum", datum(t.get("geplande_einddatum")));
        veld("inzage.status", taal.t("status." + t.get("status")));
        veld("inzage.budget", uren(t.get("budget_minuten")));
        veld("inzage.norm", tekst(t, "sollicitatie_norm_per_week"));
        veld("inzage.vastgelegd", samen(" / ", instant(t.get("aangemaakt_op")), instant(t.get("gewijzigd_op"))));

        tabel("verzuimperiode", "van_datum", id, "inzage.verzuim", new String[] {"inzage.kol.soort", "inzage.kol.van", "inzage.kol.tot"},
                new float[] {0.3f, 0.35f, 0.35f}, r -> new String[] {taal.t(wazo(r) ? "inzage.periode.wazo" : "inzage.periode.ziek"),
                        datum(r.get("van_datum")), datum(r.get("tot_datum"))});
        tabel("gebeurtenis", "datum", id, "inzage.gebeurtenissen", new String[] {"inzage.kol.datum", "inzage.kol.gebeurtenis"},
                new float[] {0.25f, 0.75f}, r -> new String[] {datum(r.get("datum")), taal.t("gebeurtenis." + r.get("soort"))});
        tabel("fase", "start_datum", id, "inzage.fasen", new String[] {"inzage.kol.fase", "inzage.kol.van", "inzage.kol.tot"},
                new float[] {0.4f, 0.3f, 0.3f}, r -> new String[] {taal.t("fase." + r.get("soort")), datum(r.get("start_datum")),
                        datum(r.get("eind_datum"))});
        tabel("doel", "streefdatum", id, "inzage.doelen", new String[] {"inzage.kol.fase", "inzage.kol.doel", "inzage.kol.indicator",
                        "inzage.kol.streefdatum", "inzage.kol.status"}, new float[] {0.2f, 0.31f, 0.23f, 0.13f, 0.13f},
                r -> new String[] {taal.t("fase." + r.get("fase")), tekst(r, "omschrijving"), tekst(r, "indicator"),
                        datum(r.get("streefdatum")), taal.t("doelstatus." + r.get("status"))});
        stapAntwoorden(id);
        belastbaarheid(id);
        adRapporten(id);
        profielen(id);
        contactmomenten(id);
        groepssessies(id);
        sollicitaties(id);
        tabel("netwerkcontact", "datum", id, "inzage.netwerk", new String[] {"inzage.kol.datum", "inzage.kol.persoon",
                        "inzage.kol.organisatie", "inzage.kol.doel", "inzage.kol.uitkomst", "inzage.kol.vervolg"},
                new float[] {0.12f, 0.15f, 0.15f, 0.2f, 0.2f, 0.18f}, r -> new String[] {datum(r.get("datum")), tekst(r, "persoon"),
                        tekst(r, "organisatie"), tekst(r, "doel"), tekst(r, "uitkomst"),
                        samen(" ", tekst(r, "vervolg"), datum(r.get("vervolg_datum")))});
        werkervaring(id);
        tabel("afspraak", "begin_moment", id, "inzage.afspraken.titel", new String[] {"inzage.kol.moment", "inzage.kol.duur",
                        "inzage.kol.onderwerp", "inzage.kol.locatie", "inzage.kol.toelichting"},
                new float[] {0.17f, 0.08f, 0.25f, 0.2f, 0.3f}, r -> new String[] {moment(r.get("begin_moment")),
                        uren(r.get("duur_minuten")), tekst(r, "onderwerp"), tekst(r, "locatie"), tekst(r, "toelichting")});
        rapporten(id);
    }

    private static boolean wazo(Map<String, Object> verzuimperiode) {
        return "WAZO".equals(verzuimperiode.get("soort"));
    }

    private void stapAntwoorden(Object traject) {
        List<Map<String, Object>> antwoorden = van("stap_antwoord", traject);
        if (antwoorden.isEmpty()) {
            return;
        }
        getoond.add("stap");
        pdf.kop(taal.t("inzage.stappen"), SUBKOP, 3);
        for (Map<String, Object> a : antwoorden) {
            Map<String, Object> stap = metId("stap", a.get("stap_id"));
            blok(samen(" · ", datum(a.get("datum")), stap == null ? null : tekst(stap, "titel")));
            lang(null, tekst(a, "antwoord"));
        }
    }

    private void belastbaarheid(Object traject) {
        List<Map<String, Object>> lijst = van("belastbaarheid", traject);
        if (lijst.isEmpty()) {
            return;
        }
        pdf.kop(taal.t("inzage.belastbaarheid"), SUBKOP, 3);
        for (Map<String, Object> b : lijst) {
            blok(samen(" · ", datum(b.get("datum")), taal.t("bron." + b.get("bron")),
                    taal.t("documenttype." + b.get("documenttype"))));
            veld("inzage.urenPerDag", uren(b.get("uren_per_dag_minuten")));
            veld("inzage.urenPerWeek", uren(b.get("uren_per_week_minuten")));
            lang("inzage.opbouwschema", tekst(b, "opbouwschema"));
            lang("inzage.persoonlijk", tekst(b, "persoonlijk_functioneren"));
            lang("inzage.sociaal", tekst(b, "sociaal_functioneren"));
            lang("inzage.omgeving", tekst(b, "fysieke_omgevingseisen"));
            lang("inzage.dynamisch", tekst(b, "dynamische_handelingen"));
            lang("inzage.statisch", tekst(b, "statische_houdingen"));
            lang("inzage.werktijd", tekst(b, "werktijd"));
            veld("inzage.geenMogelijkheden", janee(b.get("is_geen_benutbare_mogelijkheden")));
            veld("inzage.urenbeperking", janee(b.get("is_urenbeperking")));
            veld("inzage.herbeoordeling", datum(b.get("herbeoordelingsdatum")));
        }
    }

    private void adRapporten(Object traject) {
        List<Map<String, Object>> lijst = van("ad_rapport", traject);
        if (lijst.isEmpty()) {
            return;
        }
        pdf.kop(taal.t("inzage.adRapport"), SUBKOP, 3);
        for (Map<String, Object> a : lijst) {
            blok(samen(" · ", datum(a.get("datum")), tekst(a, "arbeidsdeskundige")));
            veld("inzage.conclusie", taal.t("conclusie." + a.get("conclusie_spoor1")));
            lang("inzage.zoekrichtingen", tekst(a, "zoekrichtingen"));
        }
    }

    private void profielen(Object traject) {
        List<Map<String, Object>> personen = van("persoonsprofiel", traject);
        List<Map<String, Object>> zoek = van("zoekprofiel", traject);
        if (personen.isEmpty() && zoek.isEmpty()) {
            return;
        }
        pdf.kop(taal.t("inzage.profielen"), SUBKOP, 3);
        for (Map<String, Object> p : personen) {
            blok(taal.t("inzage.persoonsprofiel", String.valueOf(p.get("versie")), instant(p.get("aangemaakt_op"))));
            lang("inzage.opleiding", tekst(p, "opleiding"));
            lang("inzage.werkervaring", tekst(p, "werkervaring"));
            lang("inzage.competenties", tekst(p, "competenties"));
            lang("inzage.interesses", tekst(p, "interesses"));
            veld("inzage.riasec", tekst(p, "riasec"));
            lang("inzage.drijfveren", tekst(p, "drijfveren"));
            lang("inzage.waarden", tekst(p, "waarden"));
            lang("inzage.belemmeringen", tekst(p, "belemmeringen"));
            lang("inzage.wensen", tekst(p, "wensen"));
        }
        for (Map<String, Object> z : zoek) {
            blok(taal.t("inzage.zoekprofiel", String.valueOf(z.get("versie")), instant(z.get("aangemaakt_op"))));
            List<String[]> richtingen = new ArrayList<>();
            for (Map<String, Object> r : kinderen("zoekrichting", "zoekprofiel_id", z.get("id"))) {
                richtingen.add(new String[] {tekst(r, "functie"), samen(" · ", tekst(r, "niveau"), tekst(r, "sector"),
                        tekst(r, "regio"), uren(r.get("uren_per_week_minuten"))), tekst(r, "onderbouwing"),
                        samen(" ", "VERLATEN".equals(r.get("status")) ? taal.t("inzage.verlaten") : null,
                                tekst(r, "reden_verlaten"))});
            }
            if (!richtingen.isEmpty()) {
                pdf.tabel(koppen("inzage.kol.functie", "inzage.kol.wat", "inzage.kol.onderbouwing", "inzage.kol.status"),
                        new float[] {0.22f, 0.26f, 0.32f, 0.2f}, richtingen);
            }
        }
    }

    /** Every contactmoment in full: the coach's notes are what a person most wants to read. */
    private void contactmomenten(Object traject) {
        List<Map<String, Object>> lijst = van("contactmoment", traject);
        if (lijst.isEmpty()) {
            return;
        }
        pdf.kop(taal.t("inzage.contactmomenten", String.valueOf(lijst.size())), SUBKOP, 3);
        lijst.sort(Comparator.comparing(r -> String.valueOf(r.get("moment"))));
        for (Map<String, Object> c : lijst) {
            blok(samen(" · ", moment(c.get("moment")), taal.t("contactsoort." + c.get("soort")),
                    uren(c.get("duur_minuten"))));
            veld("inzage.deelnemers", tekst(c, "deelnemers"));
            lang("inzage.doel", tekst(c, "doel"));
            lang("inzage.samenvatting", tekst(c, "samenvatting"));
            lang("inzage.afspraken", tekst(c, "afspraken"));
            lang("inzage.vervolg", samen(" ", tekst(c, "vervolgactie"), datum(c.get("vervolg_datum"))));
        }
    }

    private void groepssessies(Object traject) {
        List<Map<String, Object>> deelnames = van("groepsdeelname", traject);
        if (deelnames.isEmpty()) {
            return;
        }
        getoond.add("groepssessie");
        pdf.kop(taal.t("inzage.groepssessies"), SUBKOP, 3);
        for (Map<String, Object> d : deelnames) {
            Map<String, Object> g = metId("groepssessie", d.get("groepssessie_id"));
            if (g == null) {
                continue;
            }
            blok(samen(" · ", moment(g.get("moment")), taal.t("groepsoort." + g.get("soort")), tekst(g, "titel")));
            veld("inzage.aanwezig", uren(d.get("aanwezig_minuten")));
            veld("inzage.locatie", tekst(g, "locatie"));
            lang("inzage.samenvatting", tekst(g, "samenvatting"));
        }
    }

    private void sollicitaties(Object traject) {
        List<Map<String, Object>> lijst = van("sollicitatie", traject);
        if (lijst.isEmpty()) {
            return;
        }
        pdf.kop(taal.t("inzage.sollicitaties", String.valueOf(lijst.size())), SUBKOP, 3);
        lijst.sort(Comparator.comparing(r -> String.valueOf(r.get("datum"))));
        List<String[]> regels = new ArrayList<>();
        for (Map<String, Object> s : lijst) {
            List<String> stappen = new ArrayList<>();
            List<Map<String, Object>> verloop = kinderen("sollicitatie_stap", "sollicitatie_id", s.get("id"));
            verloop.sort(Comparator.comparing(r -> String.valueOf(r.get("datum"))));
            for (Map<String, Object> st : verloop) {
                stappen.add(datum(st.get("datum")) + " " + taal.t("sollicitatiestatus." + st.get("status")));
            }
            Map<String, Object> bewijs = kinderen("sollicitatie_bewijs", "sollicitatie_id", s.get("id")).stream().findFirst()
                    .orElse(null);
            regels.add(new String[] {datum(s.get("datum")), samen(" · ", tekst(s, "organisatie"), tekst(s, "functie")),
                    taal.t("kanaal." + s.get("kanaal")), String.join("\n", stappen),
                    samen("\n", tekst(s, "feedback"), tekst(s, "zoekrichting"), tekst(s, "bewijs_referentie"),
                            bewijs == null ? null : taal.t("inzage.bewijs", tekst(bewijs, "bestandsnaam"), tekst(bewijs, "inhoud")))});
        }
        pdf.tabel(koppen("inzage.kol.datum", "inzage.kol.sollicitatie", "inzage.kol.kanaal", "inzage.kol.verloop",
                "inzage.kol.toelichting"), new float[] {0.12f, 0.24f, 0.13f, 0.24f, 0.27f}, regels);
    }

    private void werkervaring(Object traject) {
        List<Map<String, Object>> plekken = van("werkervaringsplek", traject);
        if (plekken.isEmpty()) {
            return;
        }
        pdf.kop(taal.t("inzage.werkervaring"), SUBKOP, 3);
        for (Map<String, Object> p : plekken) {
            blok(samen(" · ", taal.t("werkervaringsoort." + p.get("soort")), tekst(p, "organisatie"), tekst(p, "functie")));
            veld("inzage.periode", samen(" – ", datum(p.get("startdatum")), datum(p.get("einddatum"))));
            veld("inzage.contactpersoon", samen(" · ", tekst(p, "contactpersoon"), tekst(p, "contact_telefoon"),
                    tekst(p, "contact_email")));
            lang("inzage.taken", tekst(p, "taken"));
            veld("inzage.uitkomst", p.get("beoogde_uitkomst") == null ? null : taal.t("uitkomst." + p.get("beoogde_uitkomst")));
            lang("inzage.toelichting", tekst(p, "uitkomst_toelichting"));
            List<String[]> weken = new ArrayList<>();
            for (Map<String, Object> w : kinderen("werkervaring_week", "werkervaringsplek_id", p.get("id"))) {
                weken.add(new String[] {datum(w.get("week_datum")), uren(w.get("gepland_minuten")),
                        uren(w.get("gerealiseerd_minuten"))});
            }
            if (!weken.isEmpty()) {
                pdf.tabel(koppen("inzage.kol.week", "inzage.kol.gepland", "inzage.kol.gerealiseerd"),
                        new float[] {0.34f, 0.33f, 0.33f}, weken);
            }
            for (Map<String, Object> e : kinderen("werkervaring_evaluatie", "werkervaringsplek_id", p.get("id"))) {
                lang(null, samen(": ", taal.t("inzage.evaluatie", datum(e.get("datum"))), tekst(e, "bevindingen")));
            }
        }
    }

    private void rapporten(Object traject) {
        List<Map<String, Object>> lijst = van("rapport", traject);
        if (lijst.isEmpty()) {
            return;
        }
        pdf.kop(taal.t("inzage.rapportages"), SUBKOP, 3);
        pdf.alinea(taal.t("inzage.rapportagesUitleg"), pdf.gewoon, TEKST, PdfSchrijver.GRIJS);
        List<String[]> regels = new ArrayList<>();
        for (Map<String, Object> r : lijst) {
            List<String> naar = new ArrayList<>();
            for (Map<String, Object> o : kinderen("rapport_ontvanger", "rapport_id", r.get("id"))) {
                naar.add(samen(" · ", tekst(o, "naam"), taal.t("rapport.ontvanger." + o.get("soort")), datum(o.get("datum")),
                        taal.t("rapport.kanaal." + o.get("kanaal"))));
            }
            regels.add(new String[] {taal.t("rapport.soort." + r.get("soort")) + " " + taal.t("inzage.versie", String.valueOf(r.get("versie"))),
                    samen(" – ", datum(r.get("van_datum")), datum(r.get("tot_datum"))),
                    samen("\n", taal.t("rapport.status." + r.get("status")), instant(r.get("definitief_op"))),
                    String.join("\n", naar), samen("\n", tekst(r, "pdf"), tekst(r, "sha256"))});
            getoond.add("rapport_knelpunt");
            getoond.add("rapport_erkenning");
        }
        pdf.tabel(koppen("inzage.kol.rapport", "inzage.kol.periode", "inzage.kol.status", "inzage.kol.ontvangers",
                "inzage.kol.bestand"), new float[] {0.24f, 0.16f, 0.15f, 0.21f, 0.24f}, regels);
    }

    private void logboek() {
        List<Map<String, Object>> lijst = alle("audit");
        getoond.add("audit");
        pdf.kop(taal.t("inzage.logboek"), KOP);
        pdf.alinea(taal.t("inzage.logboekUitleg"), pdf.gewoon, TEKST, PdfSchrijver.GRIJS);
        if (lijst.isEmpty()) {
            return;
        }
        List<String[]> regels = new ArrayList<>();
        for (Map<String, Object> a : lijst) {
            regels.add(new String[] {instant(a.get("gedaan_op")), taal.t("audit.handeling." + a.get("handeling")),
                    tekst(a, "traject_id"), tekst(a, "omschrijving"), tekst(a, "wie")});
        }
        pdf.tabel(koppen("inzage.kol.moment", "inzage.kol.handeling", "inzage.kol.traject", "inzage.kol.omschrijving",
                "inzage.kol.wie"), new float[] {0.16f, 0.18f, 0.09f, 0.43f, 0.14f}, regels);
    }

    /** Tables this layout does not know (yet), column by column: the PDF leaves nothing of the JSON out. */
    private void overige() {
        List<String> rest = rijen.keySet().stream().filter(t -> !getoond.contains(t)).toList();
        if (rest.isEmpty()) {
            return;
        }
        pdf.kop(taal.t("inzage.overige"), KOP);
        for (String t : rest) {
            pdf.kop(t, SUBKOP, 3);
            for (Map<String, Object> r : rijen.get(t)) {
                StringBuilder regel = new StringBuilder();
                r.forEach((k, v) -> {
                    if (v != null) {
                        regel.append(k).append(": ").append(v).append('\n');
                    }
                });
                pdf.alinea(regel.toString().strip(), pdf.gewoon, TEKST, PdfSchrijver.TEKST);
                pdf.omlaag(4);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** A table of one kind of row of a traject, in the order of {@code sorteer} (a date column: ISO text sorts by date). */
    private void tabel(String tabel, String sorteer, Object traject, String kop, String[] kolomSleutels, float[] fracties,
                       Function<Map<String, Object>, String[]> regel) {
        List<Map<String, Object>> lijst = van(tabel, traject);
        lijst.sort(Comparator.comparing(r -> String.valueOf(r.get(sorteer))));
        if (lijst.isEmpty()) {
            return;
        }
        pdf.kop(taal.t(kop), SUBKOP, 3);
        pdf.tabel(koppen(kolomSleutels), fracties, lijst.stream().map(regel).toList());
    }

    private String[] koppen(String... sleutels) {
        String[] uit = new String[sleutels.length];
        for (int i = 0; i < sleutels.length; i++) {
            uit[i] = taal.t(sleutels[i]);
        }
        return uit;
    }

    /** A short "label: value" line; nothing when there is no value. */
    private void veld(String sleutel, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            pdf.alinea(taal.t(sleutel) + ": " + waarde, pdf.gewoon, TEKST, PdfSchrijver.TEKST);
        }
    }

    /** A text of any length under its label, wrapped within the margins over as many pages as it needs. */
    private void lang(String sleutel, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return;
        }
        if (sleutel != null) {
            pdf.alinea(taal.t(sleutel), pdf.vet, 8.5f, PdfSchrijver.GRIJS);
        }
        pdf.alinea(waarde, pdf.gewoon, TEKST, PdfSchrijver.TEKST);
    }

    private void blok(String titel) {
        pdf.omlaag(5);
        pdf.ruimte(40);
        pdf.alinea(titel, pdf.vet, 10, PdfSchrijver.TEKST);
    }

    private List<Map<String, Object>> alle(String tabel) {
        getoond.add(tabel);
        return new ArrayList<>(rijen.getOrDefault(tabel, List.of()));
    }

    private Map<String, Object> eerste(String tabel) {
        List<Map<String, Object>> lijst = alle(tabel);
        return lijst.isEmpty() ? null : lijst.getFirst();
    }

    private List<Map<String, Object>> van(String tabel, Object traject) {
        return kinderen(tabel, "traject_id", traject);
    }

    private List<Map<String, Object>> kinderen(String tabel, String kolom, Object ouder) {
        getoond.add(tabel);
        List<Map<String, Object>> uit = new ArrayList<>();
        for (Map<String, Object> r : rijen.getOrDefault(tabel, List.of())) {
            if (Objects.equals(r.get(kolom), ouder)) {
                uit.add(r);
            }
        }
        return uit;
    }

    private Map<String, Object> metId(String tabel, Object id) {
        return rijen.getOrDefault(tabel, List.of()).stream().filter(r -> Objects.equals(r.get("id"), id)).findFirst()
                .orElse(null);
    }

    private static String tekst(Map<String, Object> r, String kolom) {
        Object w = r.get(kolom);
        return w == null ? null : w.toString();
    }

    private static String samen(String tussen, String... delen) {
        List<String> er = new ArrayList<>();
        for (String d : delen) {
            if (d != null && !d.isBlank()) {
                er.add(d);
            }
        }
        return er.isEmpty() ? null : String.join(tussen, er);
    }

    private static String datum(Object iso) {
        if (iso == null) {
            return null;
        }
        try {
            return DATUM.format(LocalDate.parse(iso.toString()));
        } catch (java.time.format.DateTimeParseException e) {
            return iso.toString();
        }
    }

    private static String moment(Object iso) {
        if (iso == null) {
            return null;
        }
        try {
            return MOMENT.format(LocalDateTime.parse(iso.toString()));
        } catch (java.time.format.DateTimeParseException e) {
            return iso.toString();
        }
    }

    private static String instant(Object iso) {
        if (iso == null) {
            return null;
        }
        try {
            return MOMENT.format(Instant.parse(iso.toString()).atZone(AMSTERDAM));
        } catch (java.time.format.DateTimeParseException e) {
            return iso.toString();
        }
    }

    private String uren(Object minuten) {
        return minuten instanceof Number n ? taal.duur(n.intValue()) : null;
    }

    private String janee(Object vlag) {
        return vlag instanceof Number n ? taal.t(n.intValue() == 1 ? "yes" : "no") : null;
    }
}
