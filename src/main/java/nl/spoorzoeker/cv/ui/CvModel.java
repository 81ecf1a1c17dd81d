package nl.spoorzoeker.cv.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.cv.CvService;
import nl.spoorzoeker.cv.CvVariant;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.ui.I18n;

/**
 * What the "CV and letters" tab decides, without its controls (issue 20 item 4): what is read for it
 * and how it is combined (what the privacy gate leaves out of each CV and letter, which letters are
 * written, the health words the werkboeken print), the texts of its cards and rows, which export a
 * letter allows, the competences a CV offers, when a fresh letter from the template must be confirmed,
 * and the proposed file names. Plain Java: {@link CvPane} builds the nodes and runs the {@code lees…}
 * methods on the background thread.
 */
public final class CvModel {

    private final StarrService starr;
    private final CvService cv;
    private final ArbeidsmarktService arbeidsmarkt;
    private int dossierId;

    public CvModel(StarrService starr, CvService cv, ArbeidsmarktService arbeidsmarkt) {
        this.starr = starr;
        this.cv = cv;
        this.arbeidsmarkt = arbeidsmarkt;
    }

    /** The dossier shown from now on. */
    public void kies(int dossierId) {
        this.dossierId = dossierId;
    }

    public int dossierId() {
        return dossierId;
    }

    /** Whether data read for dossier {@code id} may still be shown: the coach has not moved to another since. */
    public boolean actueel(int id) {
        return id == dossierId;
    }

    /** A sollicitatie, whether it has a letter, and what the gate leaves out of that letter. */
    public record Brief(Sollicitatie sollicitatie, boolean klaar, List<Privacypoort.Weglating> weggelaten) {
    }

    /** What the tab shows, read in one background step. */
    public record Data(List<StarrVerhaal> verhalen, List<CvVariant> varianten,
                       Map<Integer, List<Privacypoort.Weglating>> weggelaten, List<Brief> brieven,
                       List<Privacypoort.Weglating> werkboek) {
    }

    /** Reads the tab's data of dossier {@code id}, with {@code metTaal} in the language read on the FX thread. */
    public Data laad(int id, CvService metTaal) {
        List<CvVariant> varianten = metTaal.varianten(id);
        Map<Integer, List<Privacypoort.Weglating>> weg = new LinkedHashMap<>();
        varianten.forEach(v -> weg.put(v.id(), metTaal.cv(id, v.id()).weggelaten()));
        List<Brief> brieven = new ArrayList<>();
        for (Sollicitatie s : arbeidsmarkt.overzicht(id).sollicitaties()) {
            boolean klaar = metTaal.brief(id, s.id()).isPresent();
            brieven.add(new Brief(s, klaar, klaar ? metTaal.briefDocument(id, s.id()).weggelaten() : List.of()));
        }
        // What the werkboeken print of the werknemer's own words: the roeping answers, the zoekprofiel's directions,
        // the jobs applied for and the werkervaringsplek's job and tasks.
        List<Privacypoort.Weglating> gevonden = new ArrayList<>(metTaal.werkboek(id).gevonden());
        for (FaseSoort f : List.of(FaseSoort.ZOEKPROFIEL, FaseSoort.ARBEIDSMARKT, FaseSoort.WERKERVARING)) {
            metTaal.werkboek(id, f).gevonden().stream()
                    .filter(w -> gevonden.stream().noneMatch(g -> g.tekst().equals(w.tekst()))).forEach(gevonden::add);
        }
        return new Data(starr.lijst(id), varianten, weg, brieven, gevonden);
    }

    // --- STARR stories -----------------------------------------------------------------------------

    /** The competences under a story's title. */
    public static String competenties(StarrVerhaal s) {
        return s.competenties().isEmpty() ? I18n.t("starr.geenCompetenties") : String.join(" · ", s.competenties());
    }

    /** A story's parts on its card, each with its name; a part left empty is not shown. */
    public static List<String> regels(StarrVerhaal s) {
        String[][] delen = {{"starr.veld.situatie", s.situatie()}, {"starr.veld.taak", s.taak()},
            {"starr.veld.actie", s.actie()}, {"starr.veld.resultaat", s.resultaat()},
            {"starr.veld.reflectie", s.reflectie()}};
        List<String> regels = new ArrayList<>();
        for (String[] deel : delen) {
            if (deel[1] != null) {
                regels.add(I18n.t(deel[0]).replace("_", "") + ": " + deel[1]);
            }
        }
        return regels;
    }

    /** A version's fields as the text history shows them (message key, text). */
    public static List<String[]> velden(StarrVerhaal v) {
        return List.of(new String[] {"starr.veld.titel", v.titel()},
                new String[] {"starr.veld.situatie", v.situatie()}, new String[] {"starr.veld.taak", v.taak()},
                new String[] {"starr.veld.actie", v.actie()}, new String[] {"starr.veld.resultaat", v.resultaat()},
                new String[] {"starr.veld.reflectie", v.reflectie()},
                new String[] {"starr.veld.competenties", String.join(", ", v.competenties())});
    }

    public List<String> leesCompetentieKeuze(int id) {
        return starr.competentieKeuze(id);
    }

    // --- CV variants -------------------------------------------------------------------------------

    /** What a CV dialog offers to pick from. */
    public record Keuze(List<String> richtingen, List<String> competenties) {
    }

    public Keuze leesKeuze(int id) {
        return new Keuze(cv.zoekrichtingen(id), starr.competentieKeuze(id));
    }

    /**
     * The competences a CV's dialog offers: the dossier's own, then those the CV has that are not among
     * them (compared regardless of case), so a competence once chosen is never lost from the list.
     */
    public static List<String> competentieKeuze(List<String> keuze, CvVariant v) {
        List<String> alle = new ArrayList<>(keuze);
        v.competenties().stream().filter(c -> alle.stream().noneMatch(c::equalsIgnoreCase)).forEach(alle::add);
        return alle;
    }

    /** Whether the competence is ticked when the dialog opens: the CV has it (regardless of case). */
    public static boolean gekozen(CvVariant v, String competentie) {
        return v.competenties().stream().anyMatch(competentie::equalsIgnoreCase);
    }

    public static String cvBestandsnaam(CvVariant v, CvService.Formaat formaat) {
        return CvService.bestandsnaam(I18n.t("cv.titel", v.zoekrichting()), formaat);
    }

    /** A passage the gate leaves out, with what it found in it. */
    public static String weggelatenRegel(Privacypoort.Weglating w) {
        String wat = w.treffers().stream().map(t -> I18n.t(t.categorie().naamSleutel())).distinct()
                .reduce((a, b) -> a + ", " + b).orElse("");
        return "• " + I18n.t("cv.weggelaten.regel", w.tekst(), wat);
    }

    // --- Letters -----------------------------------------------------------------------------------

    public static String briefRegel(Sollicitatie s) {
        return I18n.t("brief.regel", s.organisatie(), s.functie(), DateInput.format(s.datum()));
    }

    /** The write button edits a letter there is and writes one where there is none. */
    public static String schrijfKnop(Brief b) {
        return I18n.t(b.klaar() ? "brief.bewerk" : "brief.schrijf");
    }

    /** A letter is saved as PDF or DOCX only once it is written. */
    public static boolean exporteerbaar(Brief b) {
        return b.klaar();
    }

    public static String briefBestandsnaam(Sollicitatie s, CvService.Formaat formaat) {
        return CvService.bestandsnaam(I18n.t("brief.bestand", s.organisatie()), formaat);
    }

    /** The letter as stored, or a first one from the template when there is none yet. */
    public String leesBrief(int id, int sollicitatieId, CvService metTaal) {
        return cv.brief(id, sollicitatieId).orElseGet(() -> metTaal.briefUitSjabloon(id, sollicitatieId, List.of()));
    }

    /**
     * Whether a fresh letter from the template must be confirmed first: only when it would replace text
     * the coach typed (not empty, and not the template's own last text).
     */
    public static boolean sjabloonVraagtEerst(String nu, String laatsteSjabloon) {
        return nu != null && !nu.isBlank() && !nu.equals(laatsteSjabloon);
    }

    // --- Werkboek ----------------------------------------------------------------------------------

    /** The werkboek's proposed file name; the roeping one, the first made, carries no phase. */
    public static String werkboekBestandsnaam(FaseSoort fase) {
        String naam = fase == FaseSoort.ROEPING ? I18n.t("werkboek.bestandsnaam")
                : I18n.t("werkboek.bestandsnaam") + " " + I18n.t("fase." + fase.name());
        return CvService.bestandsnaam(naam, CvService.Formaat.PDF);
    }
}
