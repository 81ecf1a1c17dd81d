package nl.spoorzoeker.rapportage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.taal.Teksten;

/**
 * A first draft of the narrative sections, written from the report's data so the coach starts from
 * the facts instead of a blank page. Where only the coach can write the substance, the draft ends
 * in a marked gap ({@link #AANVULLEN}); the checklist blocks finalising while a gap is left, so a
 * draft can never go to the employer unread. Pure.
 */
public final class Voorinvulling {

    /** Starts every gap the coach must fill in; {@link Uwvtoets} blocks while one is left. */
    /** The Dutch marker; the English one is "[TO COMPLETE:" (both from the bundles: {@code voorinvulling.marker}). */
    public static final String AANVULLEN = "[AANVULLEN:";

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private Voorinvulling() {
    }

    /** The drafts, only for sections that the report type uses and that the data says something about. */
    public static Map<Sectie, String> voor(RapportModel m, Teksten tk) {
        Map<Sectie, String> teksten = new EnumMap<>(Sectie.class);
        teksten.put(Sectie.SAMENVATTING, samenvatting(m, tk));
        if (m.soort() == RapportSoort.INTAKEVERSLAG) {
            return teksten;
        }
        if (!m.profielen().zoekrichtingen().isEmpty()) {
            teksten.put(Sectie.ANALYSE_PROFIELEN, analyse(m, tk));
        }
        String wijziging = wijziging(m.profielen().wijziging(), tk);
        teksten.put(Sectie.BIJSTELLINGEN, wijziging != null
                ? wijziging + " " + marker(tk) + " " + tk.t("voorinvulling.bijstelling.waarom") + "]"
                : tk.t(m.profielen().zoekprofielHerzien() ? "voorinvulling.bijstelling.ja" : "voorinvulling.bijstelling.nee"));
        if (m.soort() == RapportSoort.EIND && m.afsluiting() != null) {
            // The recorded outcome is printed as its own part (employer, job, hours, from when): a
            // draft asking for those facts again would contradict it and block finalising for nothing.
        } else if (m.soort() == RapportSoort.EIND) {
            teksten.put(Sectie.RESULTAAT, tk.t(m.werkGevonden() ? "voorinvulling.resultaat.werk"
                    : "voorinvulling.resultaat.geenWerk"));
        } else {
            teksten.put(Sectie.PLANNING, planning(m, tk));
        }
        Integer norm = m.sollicitaties().normInPeriode();
        if (norm != null && m.sollicitaties().verstuurd() < norm) {
            teksten.put(Sectie.VERKLARING_NORM, tk.t("voorinvulling.norm", m.sollicitaties().verstuurd(), norm));
        }
        return teksten;
    }

    /** The zoekprofiel's change in the period in one sentence, or null when it did not change. */
    public static String wijziging(RapportModel.Wijziging w, Teksten tk) {
        if (w == null || !w.iets()) {
            return null;
        }
        if (w.opgesteld()) {
            return tk.t("rapport.zoekprofiel.opgesteld");
        }
        List<String> delen = new ArrayList<>();
        if (!w.toegevoegd().isEmpty()) {
            delen.add(tk.t("rapport.zoekprofiel.toegevoegd", String.join(", ", w.toegevoegd())));
        }
        if (!w.vervallen().isEmpty()) {
            delen.add(tk.t("rapport.zoekprofiel.vervallen", String.join(", ", w.vervallen())));
        }
        return tk.t("rapport.zoekprofiel.bijgesteld", String.join("; ", delen));
    }

    /**
     * Whether a text still holds a gap the coach must fill in, marked in either language: a draft
     * prefilled in Dutch stays blocked after the coach switched to English, and the other way round.
     */
    public static boolean heeftOpenPlek(String tekst) {
        return tekst != null && Teksten.inElkeTaal("voorinvulling.marker").stream().anyMatch(tekst::contains);
    }

    private static String marker(Teksten tk) {
        return tk.t("voorinvulling.marker");
    }

    private static String samenvatting(RapportModel m, Teksten tk) {
        List<String> zinnen = new ArrayList<>();
        // The hours as booked (a group session shared), the same figure the report prints under Uren.
        int minuten = m.uren() != null ? m.uren().periodeMinuten()
                : m.activiteiten().stream().mapToInt(RapportModel.Activiteit::minuten).sum();
        zinnen.add(tk.t("voorinvulling.contacten", datum(m.van()), datum(m.tot()), m.activiteiten().size(),
                tk.duur(minuten)));
        RapportModel.Sollicitaties s = m.sollicitaties();
        if (s.verstuurd() > 0 || m.arbeidsmarktfase()) {
            zinnen.add(s.normInPeriode() == null ? tk.t("voorinvulling.sollicitaties", s.verstuurd())
                    : tk.t("voorinvulling.sollicitatiesNorm", s.verstuurd(), s.normInPeriode()));
        }
        if (m.netwerkcontacten() > 0) {
            zinnen.add(tk.t("voorinvulling.netwerk", m.netwerkcontacten()));
        }
        for (RapportModel.Werkervaring w : m.werkervaring()) {
            zinnen.add(tk.t("voorinvulling.werkervaring", w.organisatie(), datum(w.start())));
        }
        zinnen.add(marker(tk) + " " + tk.t("voorinvulling.samenvatting.aanvullen") + "]");
        return String.join(" ", zinnen);
    }

    private static String analyse(RapportModel m, Teksten tk) {
        StringBuilder t = new StringBuilder(tk.t("voorinvulling.richtingen"));
        for (RapportModel.Zoekrichting z : m.profielen().zoekrichtingen()) {
            List<String> delen = new ArrayList<>();
            if (z.niveau() != null && !z.niveau().isBlank()) {
                delen.add(z.niveau());
            }
            if (z.urenPerWeekMinuten() != null) {
                delen.add(tk.t("voorinvulling.urenPerWeek", tk.duur(z.urenPerWeekMinuten())));
            }
            if (z.regio() != null && !z.regio().isBlank()) {
                delen.add(z.regio());
            }
            t.append("\n• ").append(z.functie()).append(delen.isEmpty() ? "" : " (" + String.join(", ", delen) + ")");
        }
        t.append("\n").append(marker(tk)).append(' ').append(tk.t("voorinvulling.analyse.aanvullen")).append(']');
        return t.toString();
    }

    private static String planning(RapportModel m, Teksten tk) {
        StringBuilder t = new StringBuilder(tk.t("voorinvulling.planning"));
        m.doelen().stream().filter(d -> d.status().equals("OPEN") || d.status().equals("BEZIG")).forEach(d ->
                t.append("\n• ").append(d.omschrijving()).append(d.streefdatum() == null ? ""
                        : " (" + tk.t("voorinvulling.streefdatum", datum(d.streefdatum())) + ")"));
        // The norm once: many coaches keep it as a goal too ("Twee sollicitaties per week"), and the draft
        // then listed it twice in a row.
        if (m.sollicitaties().normPerWeek() != null && m.doelen().stream()
                .filter(d -> d.status().equals("OPEN") || d.status().equals("BEZIG"))
                .noneMatch(d -> isNormdoel(d.omschrijving()))) {
            t.append("\n• ").append(tk.t("voorinvulling.normDoorgaan", m.sollicitaties().normPerWeek()));
        }
        RapportModel.Termijn volgende = m.volgendeTermijn();
        if (volgende != null) {
            t.append("\n").append(tk.t("rapport.termijnen.volgende", tk.t("mijlpaal." + volgende.soort()),
                    datum(volgende.deadline())));
        }
        return t.toString();
    }

    /** A goal that states a number of applications a week, in Dutch or English. */
    static boolean isNormdoel(String omschrijving) {
        String t = omschrijving == null ? "" : omschrijving.toLowerCase(java.util.Locale.ROOT);
        return (t.contains("sollicit") || t.contains("applica") || t.contains("apply"))
                && (t.contains("per week") || t.contains("a week") || t.contains("wekelijks") || t.contains("weekly"));
    }

    private static String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }
}
