package nl.spoorzoeker.uitkomst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a traject ended (issue 18): the outcome from a fixed list, the day the traject ended, the
 * placement when there is one, who stopped it and why when it was stopped, and the softer results
 * coaches value and report. Pure data with its rules ({@link #fouten}); texts are stored as typed
 * (stripped, empty as null).
 *
 * @param einddatum       the day the traject ended (the coach's last day on it)
 * @param plaatsing       the new work, only for {@link Soort#GEPLAATST_EXTERN} and {@link Soort#GEPLAATST_INTERN}
 * @param gestoptDoor     who ended the traject early, only for {@link Soort#GESTOPT}
 * @param toelichting     why it stopped ({@link Soort#GESTOPT}), what it was ({@link Soort#ANDERS}), or a remark
 * @param zachteResultaten the softer results reached, as ticked with the werknemer
 * @param zachtOpmerking  the coach's words on those results, or null
 */
public record Uitkomst(Soort soort, LocalDate einddatum, Plaatsing plaatsing, GestoptDoor gestoptDoor,
                       String toelichting, Set<ZachtResultaat> zachteResultaten, String zachtOpmerking) {

    /** Longest free text, as for the other notes of a dossier. */
    public static final int MAX_TEKST = 4000;
    /** Hours per week above this are a typing error, not a job. */
    public static final int MAX_UREN_PER_WEEK = 60;

    public Uitkomst {
        zachteResultaten = zachteResultaten == null || zachteResultaten.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(zachteResultaten));
        toelichting = leeg(toelichting);
        zachtOpmerking = leeg(zachtOpmerking);
    }

    /** The fixed list of ways a traject ends (domain.md §3.2 D "Result", §7 UWV figures). */
    public enum Soort {
        /** Work with another employer: the aim of spoor 2. */
        GEPLAATST_EXTERN,
        /** Suitable work at the own employer after all (spoor 1). */
        GEPLAATST_INTERN,
        /** Recovered: back in the own work. */
        HERSTELD,
        /** WIA decided: IVA (fully and lastingly unable). */
        WIA_IVA,
        /** WIA decided: WGA (partly able, or fully but not lastingly). */
        WIA_WGA,
        /** WIA applied for, under 35% arbeidsongeschikt: no benefit. */
        WIA_GEEN_UITKERING,
        /** Stopped early, by someone, for a reason. */
        GESTOPT,
        /** Retirement (AOW or early pension). */
        PENSIOEN,
        /** Anders, namelijk: the coach says what. */
        ANDERS;

        public boolean plaatsing() {
            return this == GEPLAATST_EXTERN || this == GEPLAATST_INTERN;
        }

        /**
         * Whether the werknemer ended in work, so the eindrapportage need not explain why no work
         * was found (C19): a placement with a new employer or the own one, or the return to the own
         * work on recovery. However the work was found — a sollicitatie, a werkervaringsplek or a
         * detachering — it is the recorded outcome that says so.
         */
        public boolean werk() {
            return plaatsing() || this == HERSTELD;
        }
    }

    /** The kind of contract the new work has. */
    public enum Contractvorm {
        VAST,
        TIJDELIJK,
        /** Detachering first (the own employer lends, the new one hires later): common during spoor 2. */
        DETACHERING_EERST,
        UITZEND
    }

    /** How the work was found. */
    public enum Route {
        SOLLICITATIE, WERKERVARINGSPLEK, DETACHERING, NETWERK, ANDERS
    }

    public enum GestoptDoor {
        WERKNEMER, WERKGEVER, COACH, UWV
    }

    /** The softer results coaches value and report, also when no job came of the traject. */
    public enum ZachtResultaat {
        VRIJWILLIGERSWERK, MEER_ENERGIE, MEER_STRUCTUUR, ACCEPTATIE, ZELFVERTROUWEN, EIGEN_REGIE
    }

    /**
     * The new work.
     *
     * @param werkgever          the employer's name (for internal placement optional: it is the own employer)
     * @param gedeeltelijk       partial hours: fewer than the contract, with {@code urenPerWeekMinuten} required
     * @param urenPerWeekMinuten hours per week, in minutes; null when not known (and not partial)
     */
    public record Plaatsing(String werkgever, String functie, Contractvorm vorm, Route route, LocalDate startdatum,
                            boolean gedeeltelijk, Integer urenPerWeekMinuten) {
        public Plaatsing {
            werkgever = leeg(werkgever);
            functie = leeg(functie);
        }
    }

    /** Whether the outcome is work, so C19 asks no explanation for its absence. */
    public boolean werkGevonden() {
        return soort != null && soort.werk();
    }

    /**
     * What is wrong with this outcome, as message keys (empty when it may be saved).
     *
     * @param trajectStart the traject's start date, or null when not known
     * @param vandaag      today: a traject cannot have ended in the future
     */
    public List<String> fouten(LocalDate trajectStart, LocalDate vandaag) {
        List<String> fouten = new ArrayList<>();
        if (soort == null) {
            fouten.add("afsluiting.fout.soort");
            return fouten;
        }
        if (einddatum == null) {
            fouten.add("afsluiting.fout.einddatum");
        } else if (einddatum.isAfter(vandaag)) {
            fouten.add("afsluiting.fout.einddatumToekomst");
        } else if (trajectStart != null && einddatum.isBefore(trajectStart)) {
            fouten.add("afsluiting.fout.einddatumVoorStart");
        }
        if (soort.plaatsing()) {
            plaatsingFouten(fouten);
        } else if (plaatsing != null) {
            fouten.add("afsluiting.fout.plaatsingBijSoort");
        }
        if (soort == Soort.GESTOPT) {
            if (gestoptDoor == null) {
                fouten.add("afsluiting.fout.gestoptDoor");
            }
            if (toelichting == null) {
                fouten.add("afsluiting.fout.reden");
            }
        } else if (gestoptDoor != null) {
            fouten.add("afsluiting.fout.gestoptBijSoort");
        }
        if (soort == Soort.ANDERS && toelichting == null) {
            fouten.add("afsluiting.fout.namelijk");
        }
        if (teLang(toelichting) || teLang(zachtOpmerking)
                || plaatsing != null && (teLang(plaatsing.werkgever()) || teLang(plaatsing.functie()))) {
            fouten.add("input.tooLong");
        }
        return fouten;
    }

    private void plaatsingFouten(List<String> fouten) {
        if (plaatsing == null) {
            fouten.add("afsluiting.fout.plaatsing");
            return;
        }
        if (soort == Soort.GEPLAATST_EXTERN && plaatsing.werkgever() == null) {
            fouten.add("afsluiting.fout.werkgever");
        }
        if (plaatsing.startdatum() == null) {
            fouten.add("afsluiting.fout.startdatum");
        }
        Integer uren = plaatsing.urenPerWeekMinuten();
        if (uren != null && (uren <= 0 || uren > MAX_UREN_PER_WEEK * 60)) {
            fouten.add("afsluiting.fout.uren");
        } else if (plaatsing.gedeeltelijk() && uren == null) {
            fouten.add("afsluiting.fout.urenGedeeltelijk");
        }
    }

    private static boolean teLang(String tekst) {
        return tekst != null && tekst.codePointCount(0, tekst.length()) > MAX_TEKST;
    }

    static String leeg(String tekst) {
        if (tekst == null) {
            return null;
        }
        String t = tekst.strip();
        return t.isEmpty() ? null : t;
    }
}
