package nl.spoorzoeker.rapportage;

import java.util.List;
import nl.spoorzoeker.tijdlijn.Regime;

/**
 * Which parts each report type has, in which order (domain.md §3.2 A–D). One rule for the PDF, the
 * editor (which of the coach's sections it offers) and the tests that read a rendered report back:
 * a part missing here is missing everywhere, and no layout decides it on its own.
 */
public final class Rapportopbouw {

    /** A part of a report: generated from the dossier, or one of the coach's sections ({@link #tekst}). */
    public enum Onderdeel {
        GEGEVENS,
        SAMENVATTING(Sectie.SAMENVATTING),
        KENNISMAKING,
        PRAKTISCHE_SITUATIE,
        DOCUMENTEN,
        AANLEIDING(Sectie.AANLEIDING),
        BELASTBAARHEID,
        PERSOONSPROFIEL,
        ANALYSE(Sectie.ANALYSE_PROFIELEN),
        ZOEKPROFIEL,
        DOELEN,
        AFSPRAKEN(Sectie.AFSPRAKEN),
        TRAJECTOVERZICHT,
        CHRONOLOGIE,
        PROFIELONTWIKKELING,
        ACTIVITEITEN,
        SOLLICITATIES,
        NETWERK,
        WERKERVARING,
        KNELPUNTEN(Sectie.KNELPUNTEN),
        SPOOR1,
        /** How the traject ended, as recorded when it was closed (issue 18). */
        AFSLUITING,
        BIJSTELLINGEN(Sectie.BIJSTELLINGEN),
        VERKLARING_NORM(Sectie.VERKLARING_NORM),
        VERKLARING_GEEN_SOLLICITATIES(Sectie.VERKLARING_GEEN_SOLLICITATIES),
        RESULTAAT(Sectie.RESULTAAT),
        VERKLARING_GEEN_RESULTAAT(Sectie.VERKLARING_GEEN_RESULTAAT),
        ADVIES(Sectie.ADVIES),
        PLANNING(Sectie.PLANNING),
        UREN,
        TERMIJNEN,
        VISIE,
        DISTRIBUTIE,
        ONDERTEKENING;

        private final Sectie tekst;

        Onderdeel() {
            this(null);
        }

        Onderdeel(Sectie tekst) {
            this.tekst = tekst;
        }

        /** The coach's section this part prints, or null for a part generated from the dossier. */
        public Sectie tekst() {
            return tekst;
        }
    }

    private Rapportopbouw() {
    }

    /**
     * The parts of this report, in order: those of its type, less what does not apply to its traject.
     * Under the Ziektewet vangnet there is no own employer to return to, so there is no spoor 1 to
     * report on (docs/ziektewet-vangnet.md, C12): printing its heading with "not filled in" would ask
     * the coach for a fact that cannot exist.
     */
    public static List<Onderdeel> onderdelen(RapportModel m) {
        List<Onderdeel> alle = onderdelen(m.soort());
        if (m.traject().regime() != Regime.ZIEKTEWET_VANGNET) {
            return alle;
        }
        return alle.stream().filter(o -> o != Onderdeel.SPOOR1).toList();
    }

    /** The parts of a report of this type, in order. */
    public static List<Onderdeel> onderdelen(RapportSoort soort) {
        return switch (soort) {
            // A: date, attendees, expectations, practical situation, documents, agreements, consent.
            case INTAKEVERSLAG -> List.of(Onderdeel.GEGEVENS, Onderdeel.SAMENVATTING, Onderdeel.KENNISMAKING,
                    Onderdeel.PRAKTISCHE_SITUATIE, Onderdeel.DOCUMENTEN, Onderdeel.AFSPRAKEN, Onderdeel.PLANNING,
                    Onderdeel.VISIE, Onderdeel.DISTRIBUTIE, Onderdeel.ONDERTEKENING);
            // B §1–§10.
            case TRAJECTPLAN -> List.of(Onderdeel.GEGEVENS, Onderdeel.AANLEIDING, Onderdeel.BELASTBAARHEID,
                    Onderdeel.PERSOONSPROFIEL, Onderdeel.ANALYSE, Onderdeel.ZOEKPROFIEL, Onderdeel.DOELEN,
                    Onderdeel.AFSPRAKEN, Onderdeel.SPOOR1, Onderdeel.TERMIJNEN, Onderdeel.VISIE, Onderdeel.DISTRIBUTIE,
                    Onderdeel.ONDERTEKENING);
            // C: Kop (the data block) to Visie + akkoord.
            case VOORTGANG -> List.of(Onderdeel.GEGEVENS, Onderdeel.SAMENVATTING, Onderdeel.ACTIVITEITEN,
                    Onderdeel.SOLLICITATIES, Onderdeel.VERKLARING_NORM, Onderdeel.VERKLARING_GEEN_SOLLICITATIES,
                    Onderdeel.NETWERK, Onderdeel.WERKERVARING, Onderdeel.DOELEN, Onderdeel.BELASTBAARHEID,
                    Onderdeel.ZOEKPROFIEL, Onderdeel.ANALYSE, Onderdeel.KNELPUNTEN, Onderdeel.SPOOR1,
                    Onderdeel.BIJSTELLINGEN,
                    Onderdeel.PLANNING, Onderdeel.UREN, Onderdeel.TERMIJNEN, Onderdeel.VISIE, Onderdeel.DISTRIBUTIE,
                    Onderdeel.ONDERTEKENING);
            // D: summary, chronology, profiles and how they changed, sollicitaties, WEP, result, advice.
            case EIND -> List.of(Onderdeel.GEGEVENS, Onderdeel.TRAJECTOVERZICHT, Onderdeel.SAMENVATTING,
                    Onderdeel.CHRONOLOGIE, Onderdeel.PROFIELONTWIKKELING, Onderdeel.ZOEKPROFIEL, Onderdeel.ANALYSE,
                    Onderdeel.SOLLICITATIES, Onderdeel.VERKLARING_NORM, Onderdeel.VERKLARING_GEEN_SOLLICITATIES,
                    Onderdeel.WERKERVARING, Onderdeel.DOELEN,
                    Onderdeel.BELASTBAARHEID, Onderdeel.KNELPUNTEN, Onderdeel.AFSLUITING, Onderdeel.RESULTAAT,
                    Onderdeel.VERKLARING_GEEN_RESULTAAT, Onderdeel.ADVIES, Onderdeel.UREN, Onderdeel.TERMIJNEN,
                    Onderdeel.VISIE, Onderdeel.DISTRIBUTIE, Onderdeel.ONDERTEKENING);
        };
    }

    /**
     * Whether a section must be in the report even when the coach wrote nothing (the report then says
     * so, and the checklist warns): an explanation is only called for when its reason is there.
     */
    public static boolean nodig(RapportModel m, Sectie sectie) {
        RapportModel.Sollicitaties s = m.sollicitaties();
        return switch (sectie) {
            // The norm of the period counts from the job-market phase's start (normInPeriode is null
            // before it); it does not yet stop at the phase's end (see the issue 16 note).
            case VERKLARING_NORM -> s.normInPeriode() != null && s.verstuurd() < s.normInPeriode();
            case VERKLARING_GEEN_SOLLICITATIES -> m.arbeidsmarktfase() && s.lijst().isEmpty();
            case VERKLARING_GEEN_RESULTAAT -> !m.werkGevonden();
            // A recorded outcome is printed as its own part; the coach's words on it are optional.
            case RESULTAAT -> m.afsluiting() == null;
            case KNELPUNTEN -> false; // printed with the recorded bottlenecks
            default -> true;
        };
    }

    /** The sections the coach writes in a report of this type, in the report's order. */
    public static List<Sectie> teksten(RapportSoort soort) {
        return onderdelen(soort).stream().map(Onderdeel::tekst).filter(java.util.Objects::nonNull).toList();
    }
}
