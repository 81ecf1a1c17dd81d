package nl.spoorzoeker.rapportage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.tijdlijn.Regime;

/**
 * What a report says, as plain data built from the dossier for its period; the checks read it and
 * the PDF renderer only lays it out. Dates that are not known are null; lists are never null.
 *
 * @param teksten      the narrative sections as the coach wrote them (missing or blank: not written)
 * @param werkGevonden whether the traject led to work (an eindrapportage without it must explain why)
 * @param afsluiting   how the traject ended, as recorded when it was closed (eindrapportage only; null: not recorded)
 */
public record RapportModel(
        RapportSoort soort,
        LocalDate van,
        LocalDate tot,
        Traject traject,
        List<Activiteit> activiteiten,
        Sollicitaties sollicitaties,
        int netwerkcontacten,
        List<Werkervaring> werkervaring,
        Belastbaarheid belastbaarheid,
        Profielen profielen,
        boolean arbeidsmarktfase,
        String statusSpoor1,
        Map<Sectie, String> teksten,
        Akkoord akkoord,
        List<Ontvanger> distributie,
        List<Knelpunt> knelpunten,
        List<String> ontbrekendeRivDelen,
        boolean werkGevonden,
        Uren uren,
        List<Doel> doelen,
        List<Termijn> termijnen,
        Rapportinhoud inhoud,
        Afsluiting afsluiting) {

    /** Without a recorded outcome (every report but an eindrapportage of a closed traject). */
    public RapportModel(RapportSoort soort, LocalDate van, LocalDate tot, Traject traject, List<Activiteit> activiteiten,
                        Sollicitaties sollicitaties, int netwerkcontacten, List<Werkervaring> werkervaring,
                        Belastbaarheid belastbaarheid, Profielen profielen, boolean arbeidsmarktfase, String statusSpoor1,
                        Map<Sectie, String> teksten, Akkoord akkoord, List<Ontvanger> distributie,
                        List<Knelpunt> knelpunten, List<String> ontbrekendeRivDelen, boolean werkGevonden, Uren uren,
                        List<Doel> doelen, List<Termijn> termijnen, Rapportinhoud inhoud) {
        this(soort, van, tot, traject, activiteiten, sollicitaties, netwerkcontacten, werkervaring, belastbaarheid,
                profielen, arbeidsmarktfase, statusSpoor1, teksten, akkoord, distributie, knelpunten, ontbrekendeRivDelen,
                werkGevonden, uren, doelen, termijnen, inhoud, null);
    }

    /**
     * How the traject ended (issue 18), as the report prints it: codes are enum names (label keys),
     * texts as the coach typed them; null where not recorded or not applicable.
     *
     * @param soort            the outcome's kind ({@code Uitkomst.Soort} name)
     * @param werk             whether the outcome is work (a placement, or recovery to the own work)
     * @param zachteResultaten the softer results ticked, in their fixed order
     * @param schaalBegin      the day the scales were scored at the intake, or null when not
     * @param schaalEind       the day they were scored at the end, or null when not
     * @param schalen          the scales scored at either moment, in their fixed order
     */
    public record Afsluiting(String soort, boolean werk, LocalDate einddatum, String werkgever, String functie,
                             String contractvorm, String route, LocalDate startdatum, boolean gedeeltelijk,
                             Integer urenPerWeekMinuten, String gestoptDoor, String toelichting,
                             List<String> zachteResultaten, String zachtOpmerking, LocalDate schaalBegin,
                             LocalDate schaalEind, List<Schaalscore> schalen) {
        public Afsluiting {
            zachteResultaten = List.copyOf(zachteResultaten);
            schalen = schalen == null ? List.of() : List.copyOf(schalen);
        }
    }

    /**
     * One soft-result scale as scored with the werknemer, 1–10 (issue 18).
     *
     * @param soort the scale ({@code Schaalmeting.Schaal} name)
     * @param begin the score at the intake, or null when not scored then
     * @param eind  the score at the end, or null when not scored then
     */
    public record Schaalscore(String soort, Integer begin, Integer eind) {
    }

    /** Without the recorded content beyond the period's activity (checks do not need it). */
    public RapportModel(RapportSoort soort, LocalDate van, LocalDate tot, Traject traject, List<Activiteit> activiteiten,
                        Sollicitaties sollicitaties, int netwerkcontacten, List<Werkervaring> werkervaring,
                        Belastbaarheid belastbaarheid, Profielen profielen, boolean arbeidsmarktfase, String statusSpoor1,
                        Map<Sectie, String> teksten, Akkoord akkoord, List<Ontvanger> distributie,
                        List<Knelpunt> knelpunten, List<String> ontbrekendeRivDelen, boolean werkGevonden, Uren uren,
                        List<Doel> doelen, List<Termijn> termijnen) {
        this(soort, van, tot, traject, activiteiten, sollicitaties, netwerkcontacten, werkervaring, belastbaarheid,
                profielen, arbeidsmarktfase, statusSpoor1, teksten, akkoord, distributie, knelpunten, ontbrekendeRivDelen,
                werkGevonden, uren, doelen, termijnen, Rapportinhoud.LEEG);
    }

    /** Without goals and Poortwachter dates (checks and older callers do not need them). */
    public RapportModel(RapportSoort soort, LocalDate van, LocalDate tot, Traject traject, List<Activiteit> activiteiten,
                        Sollicitaties sollicitaties, int netwerkcontacten, List<Werkervaring> werkervaring,
                        Belastbaarheid belastbaarheid, Profielen profielen, boolean arbeidsmarktfase, String statusSpoor1,
                        Map<Sectie, String> teksten, Akkoord akkoord, List<Ontvanger> distributie,
                        List<Knelpunt> knelpunten, List<String> ontbrekendeRivDelen, boolean werkGevonden, Uren uren) {
        this(soort, van, tot, traject, activiteiten, sollicitaties, netwerkcontacten, werkervaring, belastbaarheid,
                profielen, arbeidsmarktfase, statusSpoor1, teksten, akkoord, distributie, knelpunten, ontbrekendeRivDelen,
                werkGevonden, uren, List.of(), List.of());
    }

    /** Without hours (checks do not need them). */
    public RapportModel(RapportSoort soort, LocalDate van, LocalDate tot, Traject traject, List<Activiteit> activiteiten,
                        Sollicitaties sollicitaties, int netwerkcontacten, List<Werkervaring> werkervaring,
                        Belastbaarheid belastbaarheid, Profielen profielen, boolean arbeidsmarktfase, String statusSpoor1,
                        Map<Sectie, String> teksten, Akkoord akkoord, List<Ontvanger> distributie,
                        List<Knelpunt> knelpunten, List<String> ontbrekendeRivDelen, boolean werkGevonden) {
        this(soort, van, tot, traject, activiteiten, sollicitaties, netwerkcontacten, werkervaring, belastbaarheid,
                profielen, arbeidsmarktfase, statusSpoor1, teksten, akkoord, distributie, knelpunten, ontbrekendeRivDelen,
                werkGevonden, null);
    }

    /** Hours in the period, since the start, and the budget (null: none agreed). */
    public record Uren(int periodeMinuten, int totaalMinuten, Integer budgetMinuten) {
    }

    public RapportModel {
        activiteiten = List.copyOf(activiteiten);
        werkervaring = List.copyOf(werkervaring);
        teksten = Map.copyOf(teksten);
        distributie = List.copyOf(distributie);
        knelpunten = List.copyOf(knelpunten);
        ontbrekendeRivDelen = List.copyOf(ontbrekendeRivDelen);
        doelen = List.copyOf(doelen);
        termijnen = List.copyOf(termijnen);
        inhoud = inhoud == null ? Rapportinhoud.LEEG : inhoud;
    }

    /**
     * A goal of the traject with its state at the end of the period ({@code fase} and {@code status}
     * are enum names; {@code statusSinds} the day it took that status, null when not known).
     */
    public record Doel(String fase, String omschrijving, String indicator, LocalDate streefdatum, String status,
                       LocalDate statusSinds) {

        public Doel(String fase, String omschrijving, String indicator, LocalDate streefdatum, String status) {
            this(fase, omschrijving, indicator, streefdatum, status, null);
        }
    }

    /**
     * A Poortwachter milestone as it stood at the end of the period ({@code soort} and {@code status}
     * are enum names; {@code gedaanOp} null while open).
     */
    public record Termijn(String soort, int volgnummer, LocalDate deadline, LocalDate gedaanOp, String status) {

        /** Still to come after the report: open, and not the report itself (an eindrapportage is not its own next deadline). */
        public boolean nogTeGaan() {
            return gedaanOp == null && !TermijnStatus.DEZE_RAPPORTAGE.name().equals(status)
                    && !TermijnStatus.NIET_VASTGELEGD.name().equals(status) && !TermijnStatus.VERSTREKEN.name().equals(status)
                    && !TermijnStatus.VOOR_OPDRACHT.name().equals(status);
        }
    }

    /** A statutory milestone's status from the report's point of view (never "late" for what the app merely lacks). */
    public enum TermijnStatus {
        GEDAAN, GEDAAN_NA_TERMIJN, NIET_VASTGELEGD, VOOR_OPDRACHT, GEPLAND, VERSTREKEN, DEZE_RAPPORTAGE
    }

    /** The first milestone still open after the period, or null. */
    public Termijn volgendeTermijn() {
        return termijnen.stream().filter(Termijn::nogTeGaan)
                .min(java.util.Comparator.comparing(Termijn::deadline)).orElse(null);
    }

    /**
     * @param ejeDatum                eerstejaarsevaluatie, or null
     * @param adRapportDatum          latest arbeidsdeskundig rapport, or null
     * @param uitzonderingLateStart   why spoor 2 may start later than EJE + 6 weeks, or null
     * @param uitzonderingDocument    the document that supports the exception, or null
     * @param eindevaluatieUiterlijk  the date the eindrapportage must be ready (about week 89)
     * @param vorigeRapportageTot     end of the previous report's period, or null for the first
     */
    public record Traject(LocalDate eersteZiektedag, LocalDate startdatum, LocalDate ejeDatum, LocalDate adRapportDatum,
                          String uitzonderingLateStart, String uitzonderingDocument, LocalDate eindevaluatieUiterlijk,
                          LocalDate vorigeRapportageTot, Regime regime) {

        public Traject {
            regime = regime == null ? Regime.LOONDOORBETALING : regime;
        }

        /** Under loondoorbetaling (every traject before issue 18). */
        public Traject(LocalDate eersteZiektedag, LocalDate startdatum, LocalDate ejeDatum, LocalDate adRapportDatum,
                       String uitzonderingLateStart, String uitzonderingDocument, LocalDate eindevaluatieUiterlijk,
                       LocalDate vorigeRapportageTot) {
            this(eersteZiektedag, startdatum, ejeDatum, adRapportDatum, uitzonderingLateStart, uitzonderingDocument,
                    eindevaluatieUiterlijk, vorigeRapportageTot, Regime.LOONDOORBETALING);
        }
    }

    /** One logged contact in the period, with what C09 asks of it. */
    public record Activiteit(LocalDate datum, int minuten, String soort, String doel, String samenvatting,
                             String afspraken, String vervolg, boolean marktcontact, String deelnemers,
                             int groepsgrootte) {

        /**
         * {@code groepsgrootte}: for a group session, how many werknemers took part (the werknemer
         * included); 0 for a contact. A report names no other participant, so the size is all it says.
         */
        public Activiteit(LocalDate datum, int minuten, String soort, String doel, String samenvatting,
                          String afspraken, String vervolg, boolean marktcontact, String deelnemers) {
            this(datum, minuten, soort, doel, samenvatting, afspraken, vervolg, marktcontact, deelnemers, 0);
        }

        public Activiteit(LocalDate datum, int minuten, String soort, String doel, String samenvatting,
                          String afspraken, String vervolg, boolean marktcontact) {
            this(datum, minuten, soort, doel, samenvatting, afspraken, vervolg, marktcontact, null);
        }
    }

    /**
     * One sollicitatie that ran in the period, with its status on the period's last day and the
     * date that status was reached ({@code eerderVerstuurd}: sent before the period, still running in it).
     */
    public record Sollicitatie(LocalDate datum, String organisatie, String functie, String kanaal, String status,
                               boolean bewijs, String zoekrichting, LocalDate statusDatum, boolean eerderVerstuurd) {

        public Sollicitatie(LocalDate datum, String organisatie, String functie, String kanaal, String status,
                            boolean bewijs) {
            this(datum, organisatie, functie, kanaal, status, bewijs, null, null, false);
        }
    }

    /**
     * The sollicitaties of the period against the norm (null: no norm agreed), and the funnel:
     * how many were sent, got an interview, a second one, an offer, a job.
     */
    public record Sollicitaties(List<Sollicitatie> lijst, int verstuurd, Integer normPerWeek, Integer normInPeriode,
                                List<Integer> trechter) {
        public Sollicitaties {
            lijst = List.copyOf(lijst);
            trechter = List.copyOf(trechter);
        }

        public Sollicitaties(List<Sollicitatie> lijst, int verstuurd, Integer normPerWeek, Integer normInPeriode) {
            this(lijst, verstuurd, normPerWeek, normInPeriode, List.of());
        }
    }

    /** A werkervaringsplek running in the period, with its planned and realised hours per week. */
    public record Werkervaring(String organisatie, LocalDate start, LocalDate eind, boolean opbouwschema,
                               String beoogdeUitkomst, String waaromGeenUitkomst, LocalDate laatsteEvaluatie,
                               List<Week> weken) {
        public Werkervaring {
            weken = List.copyOf(weken);
        }

        public Werkervaring(String organisatie, LocalDate start, LocalDate eind, boolean opbouwschema,
                            String beoogdeUitkomst, String waaromGeenUitkomst, LocalDate laatsteEvaluatie) {
            this(organisatie, start, eind, opbouwschema, beoogdeUitkomst, waaromGeenUitkomst, laatsteEvaluatie, List.of());
        }
    }

    /** Minutes planned and realised in the week starting on {@code maandag} (either may be null). */
    public record Week(LocalDate maandag, Integer gepland, Integer gerealiseerd) {
    }

    /** The latest belastbaarheid snapshot, and whether a newer one came after the previous report. */
    public record Belastbaarheid(LocalDate datum, String bron, String documenttype, Integer urenPerWeekMinuten,
                                 boolean nieuwSindsVorigeRapportage) {
    }

    /**
     * @param zoekprofielHerzien whether the zoekprofiel got a new version in this period
     */
    public record Profielen(boolean persoonsprofiel, List<Zoekrichting> zoekrichtingen, boolean zoekprofielHerzien,
                            Wijziging wijziging) {
        public Profielen {
            zoekrichtingen = List.copyOf(zoekrichtingen);
        }

        public Profielen(boolean persoonsprofiel, List<Zoekrichting> zoekrichtingen, boolean zoekprofielHerzien) {
            this(persoonsprofiel, zoekrichtingen, zoekprofielHerzien, Wijziging.GEEN);
        }
    }

    /**
     * How the zoekprofiel changed in the period: drawn up in it, directions added, directions
     * dropped (each "functie" or "functie (reden)").
     */
    public record Wijziging(boolean opgesteld, List<String> toegevoegd, List<String> vervallen) {
        public static final Wijziging GEEN = new Wijziging(false, List.of(), List.of());

        public Wijziging {
            toegevoegd = List.copyOf(toegevoegd);
            vervallen = List.copyOf(vervallen);
        }

        public boolean iets() {
            return opgesteld || !toegevoegd.isEmpty() || !vervallen.isEmpty();
        }
    }

    public record Zoekrichting(String functie, String niveau, Integer urenPerWeekMinuten, String regio,
                               String onderbouwing) {
    }

    public enum AkkoordSoort {
        GETEKEND, MONDELING, WEIGERT
    }

    /**
     * The werknemer's visie and how they agreed (C15); null when nothing was recorded.
     *
     * @param handtekening the signature drawn on the laptop, as PNG bytes, or null
     */
    public record Akkoord(String visie, AkkoordSoort soort, LocalDate datum, String reden, byte[] handtekening) {

        public Akkoord(String visie, AkkoordSoort soort, LocalDate datum, String reden) {
            this(visie, soort, datum, reden, null);
        }

        // Records compare arrays by identity; two agreements with the same signature bytes are equal.
        @Override
        public boolean equals(Object o) {
            return o instanceof Akkoord a && java.util.Objects.equals(visie, a.visie) && soort == a.soort
                    && java.util.Objects.equals(datum, a.datum) && java.util.Objects.equals(reden, a.reden)
                    && java.util.Arrays.equals(handtekening, a.handtekening);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(visie, soort, datum, reden, java.util.Arrays.hashCode(handtekening));
        }
    }

    /** Who a report went to; OPDRACHTGEVER is UWV or another payer that commissioned a vangnet traject (issue 18). */
    public enum OntvangerSoort {
        WERKGEVER, WERKNEMER, BEDRIJFSARTS, CASEMANAGER, OPDRACHTGEVER, ANDERS
    }

    public record Ontvanger(OntvangerSoort soort, String naam, LocalDate datum) {
    }

    /** A problem in the traject; a difference of opinion asks whether a deskundigenoordeel was considered (C14). */
    public record Knelpunt(String omschrijving, boolean verschilVanInzicht, LocalDate deskundigenoordeelOverwogen) {
    }

    public String tekst(Sectie sectie) {
        String t = teksten.get(sectie);
        return t == null || t.isBlank() ? null : t;
    }
}
