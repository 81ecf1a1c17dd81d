package nl.spoorzoeker.report;

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
        Totalen totalen) {

    public static final Rapportinhoud LEEG = new Rapportinhoud(null, List.of(), null, List.of(), null, null, null,
            List.of(), List.of(), List.of(), null);

    public Rapportinhoud {
        kennismaking = List.copyOf(kennismaking);
        documenten = List.copyOf(documenten);
        persoonsprofielVersies = List.copyOf(persoonsprofielVersies);
        zoekprofielVersies = List.copyOf(zoekprofielVersies);
        fasen = List.copyOf(fasen);
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
}
