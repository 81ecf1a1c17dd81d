package nl.spoorzoeker.rapportage;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report prints beyond the period's activity: the data block every report opens with
 * (domain.md §3.2 B.1, C Kop), and what the coach recorded elsewhere in the dossier — the intake
 * answers, the AD-rapport, the belastbaarheid per rubriek, the persoonsprofiel, the versions of
 * both profiles, the phases. Plain data, as it stood at the end of the report's period; null or
 * empty where nothing was recorded (the report then says so).
 */
public record Rapportinhoud(
        Gegevens gegevens,
        List<Antwoord> kennismaking,
        Praktisch praktisch,
        List<Document> documenten,
        AdRapport adRapport,
        Belastbaarheid belastbaarheid,
        Profiel persoonsprofiel,
        List<Versie> persoonsprofielVersies,
        List<Versie> zoekprofielVersies,
        List<Fase> fasen,
        Totalen totalen,
        Instrumenten instrumenten) {

    public static final Rapportinhoud LEEG = new Rapportinhoud(null, List.of(), null, List.of(), null, null, null,
            List.of(), List.of(), List.of(), null, Instrumenten.GEEN);

    public Rapportinhoud {
        kennismaking = List.copyOf(kennismaking);
        documenten = List.copyOf(documenten);
        persoonsprofielVersies = List.copyOf(persoonsprofielVersies);
        zoekprofielVersies = List.copyOf(zoekprofielVersies);
        fasen = List.copyOf(fasen);
        instrumenten = instrumenten == null ? Instrumenten.GEEN : instrumenten;
    }

    /**
     * The data block. {@code verzuimweek} is the week of absence at the period's end;
     * {@code volgendeMijlpaal} the next statutory milestone after it (an enum name, null when none)
     * with its deadline; {@code rapportnummer} counts the reports of this type of the dossier (null
     * where a type has no numbering).
     */
    public record Gegevens(String werknemer, String functie, Integer contracturenMinuten, String werkgever,
                           String contactpersoon, String casemanager, String arbeidsdeskundige, String coach,
                           String praktijk, String kvk, LocalDate eersteZiektedag, Integer verzuimweek,
                           LocalDate opdrachtdatum, LocalDate startdatum, LocalDate geplandeEinddatum,
                           Integer rapportnummer, String volgendeMijlpaal, LocalDate volgendeMijlpaalDatum,
                           String trajectstatus, String bedrijfsarts, String opdrachtgever, String regime) {

        /** Addressed to the werkgever: neither opdrachtgever nor regime is printed. */
        public Gegevens(String werknemer, String functie, Integer contracturenMinuten, String werkgever,
                        String contactpersoon, String casemanager, String arbeidsdeskundige, String coach,
                        String praktijk, String kvk, LocalDate eersteZiektedag, Integer verzuimweek,
                        LocalDate opdrachtdatum, LocalDate startdatum, LocalDate geplandeEinddatum,
                        Integer rapportnummer, String volgendeMijlpaal, LocalDate volgendeMijlpaalDatum,
                        String trajectstatus, String bedrijfsarts) {
            this(werknemer, functie, contracturenMinuten, werkgever, contactpersoon, casemanager, arbeidsdeskundige,
                    coach, praktijk, kvk, eersteZiektedag, verzuimweek, opdrachtdatum, startdatum, geplandeEinddatum,
                    rapportnummer, volgendeMijlpaal, volgendeMijlpaalDatum, trajectstatus, bedrijfsarts, null, null);
        }
    }

    /** One answer the coach noted for a guided step of the intake: the step's title, the date, the answer. */
    public record Antwoord(String stap, LocalDate datum, String antwoord) {
    }

    /** Mobility as recorded on the werknemer ({@code vervoer} an enum name or null). */
    public record Praktisch(boolean rijbewijs, String vervoer, String woonplaats) {
    }

    /** A document of the re-integratiedossier the coach has (an event of the timeline or a recorded document), with its date. */
    public record Document(Documentsoort soort, LocalDate datum) {
    }

    public enum Documentsoort {
        PROBLEEMANALYSE, PLAN_VAN_AANPAK, EERSTEJAARSEVALUATIE, AD_RAPPORT, BELASTBAARHEID_FML, BELASTBAARHEID_IZP,
        BELASTBAARHEID_LAB, BELASTBAARHEID_ANDERS
    }

    /** The latest AD-rapport on or before the period's end ({@code conclusie} an enum name). */
    public record AdRapport(LocalDate datum, String arbeidsdeskundige, String conclusie, String zoekrichtingen) {
    }

    /**
     * The latest belastbaarheid on or before the period's end, in functional terms per rubriek
     * (label key → text, only the rubrieken filled in), with its source and document type.
     */
    public record Belastbaarheid(LocalDate datum, String bron, String documenttype, Integer urenPerDagMinuten,
                                 Integer urenPerWeekMinuten, String opbouwschema, List<Rubriek> rubrieken,
                                 boolean geenBenutbareMogelijkheden, boolean urenbeperking,
                                 LocalDate herbeoordelingsdatum, boolean nieuwInPeriode) {
        public Belastbaarheid {
            rubrieken = List.copyOf(rubrieken);
        }
    }

    public record Rubriek(String labelKey, String tekst) {
    }

    /** The persoonsprofiel as it stood at the period's end: its version and date, the fields filled in (label key → text). */
    public record Profiel(int versie, LocalDate datum, List<Rubriek> velden) {
        public Profiel {
            velden = List.copyOf(velden);
        }
    }

    /**
     * One version of a profile: number, date, in a few words what it held, and for a later persoonsprofiel
     * version the fields it changed against the version before (label key and new text, blank when
     * cleared). Two rows saying the same "what it held" read as if nothing changed, so the change is shown.
     */
    public record Versie(int versie, LocalDate datum, String inhoud, List<Rubriek> wijzigingen) {
        public Versie {
            wijzigingen = List.copyOf(wijzigingen);
        }

        public Versie(int versie, LocalDate datum, String inhoud) {
            this(versie, datum, inhoud, List.of());
        }
    }

    /** A phase of the traject with its dates (the end null while it runs) and the contacts logged in it. */
    public record Fase(String soort, LocalDate start, LocalDate eind, int contacten, int sollicitaties) {
    }

    /** The traject as a whole up to the period's end: its dates, contacts, hours, sollicitaties. */
    public record Totalen(LocalDate start, LocalDate eind, int contacten, int minuten, int sollicitaties,
                          int gesprekken, int aanbiedingen) {
    }

    /**
     * The results of the instruments the werknemer did in the roeping phase (issue 19 item 7), as far
     * as the coach put them into the reports and they were recorded by the period's end; null or
     * empty where there is none. Codes (the Holland letters, the value cards, the scales) are
     * printed through their labels; the werknemer's own words (drives, kernkwadranten, stories) are
     * free text and pass the privacy gate like every other.
     */
    public record Instrumenten(Interesse interesse, Waarden waarden, Drijfveren drijfveren,
                               List<Kwadrant> kernkwadranten, Schalen schalen, List<Verhaal> verhalen) {

        public static final Instrumenten GEEN = new Instrumenten(null, null, null, List.of(), null, List.of());

        public Instrumenten {
            kernkwadranten = List.copyOf(kernkwadranten);
            verhalen = List.copyOf(verhalen);
        }

        public boolean leeg() {
            return interesse == null && waarden == null && drijfveren == null && kernkwadranten.isEmpty()
                    && schalen == null && verhalen.isEmpty();
        }
    }

    /** The latest completed interest test: its date and three-letter code (letters of R, I, A, S, E, C). */
    public record Interesse(LocalDate datum, String hollandcode) {
    }

    /** The latest values card sort with a top: its date and the top's card codes, most important first. */
    public record Waarden(LocalDate datum, List<String> topwaarden) {
        public Waarden {
            topwaarden = List.copyOf(topwaarden);
        }
    }

    /**
     * The drives worksheet: what gives energy, what the werknemer is proud of, wants to reach, no longer
     * wants. What drains energy is not carried: in a report for the employer it invites health talk.
     */
    public record Drijfveren(LocalDate datum, String energie, String trots, String belangrijk, String nietMeer) {
    }

    /** A kernkwadrant: the quality, its pitfall and its challenge (the allergy concerns others, not the werknemer). */
    public record Kwadrant(String kwaliteit, String valkuil, String uitdaging) {
    }

    /** The scales as scored at the intake (1-10). */
    public record Schalen(LocalDate datum, List<Schaal> scores) {
        public Schalen {
            scores = List.copyOf(scores);
        }
    }

    /** One scale's score ({@code soort} the {@code Schaalmeting.Schaal} name). */
    public record Schaal(String soort, int score) {
    }

    /** A STARR story as evidence of competencies: its title, its result, the competencies it shows. */
    public record Verhaal(String titel, String resultaat, List<String> competenties) {
        public Verhaal {
            competenties = List.copyOf(competenties);
        }
    }
}
