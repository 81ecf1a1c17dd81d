package nl.spoorzoeker.rapportage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.rapportage.privacy.Treffer;

/**
 * The read-through of a report's free text before it is final (issue 17, eleventh round, docs/privacy-toets.md): the
 * guard finds about four in five medical sentences of a writer it never met; the coach, not the guard, is the last line
 * — where the AP places the responsibility anyway. Every passage of running text the report prints, in the report's
 * order, with the sentences the sentence model scores high but not high enough to doubt marked for attention. The
 * coach's confirmation is an acknowledged warning ({@link #CONTROLE}) whose arguments carry a fingerprint of all the
 * text: a word changed afterwards makes it a new warning, to be read again.
 *
 * @param bevinding the warning the coach acknowledges, or null when the report prints no free text
 * @param bevestigd whether the coach confirmed this very text
 */
public record Doorlezing(Bevinding bevinding, boolean bevestigd, List<Passage> passages) {

    /** The check's code in the checklist: C18 (privacy), read-through. */
    public static final String CONTROLE = "C18L";
    /** Its message: {0} the number of passages, {1} the fingerprint (not shown; it identifies the text read). */
    public static final String BERICHT = "uwv.c18.doorlezen";

    public Doorlezing {
        passages = List.copyOf(passages);
    }

    /**
     * One passage: where it stands, as a message key and its arguments ("Logboek, contact van 3-9-2026"), its text as
     * it will be printed, and the marked sentences.
     */
    public record Passage(String labelKey, List<Object> labelArgs, String tekst, List<Treffer> aandacht) {

        public Passage {
            labelArgs = List.copyOf(labelArgs);
            aandacht = List.copyOf(aandacht);
        }
    }

    /** The warning for these passages: one per report, identified by the count and a fingerprint of their text. */
    static Bevinding bevinding(List<Privacypoort.Passage> vrij) {
        return new Bevinding(CONTROLE, Bevinding.Ernst.WAARSCHUWING, BERICHT, List.of(vrij.size(), vingerafdruk(vrij)),
                Bevinding.Herstel.RAPPORT, null);
    }

    /** SHA-256 (first 16 hex digits) over every passage's path and text: the same text read, the same fingerprint. */
    static String vingerafdruk(List<Privacypoort.Passage> vrij) {
        StringBuilder alles = new StringBuilder();
        vrij.forEach(p -> alles.append(p.pad()).append('\u0000').append(p.tekst()).append('\u0000'));
        return RapportOpslag.sha256(alles.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Where a passage stands, in the coach's words: a report section by its name, a contact by its date, else its field. */
    static Passage passage(Privacypoort.Passage p, RapportModel model, List<Treffer> aandacht) {
        String pad = p.pad();
        if (pad.startsWith(TEKSTEN + ".")) {
            String sectie = pad.substring(TEKSTEN.length() + 1);
            return new Passage("rapport.sectie." + sectie, List.of(), p.tekst(), aandacht);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("activiteiten\\[(\\d+)]\\..*").matcher(pad);
        if (m.matches() && model.activiteiten() != null && Integer.parseInt(m.group(1)) < model.activiteiten().size()) {
            LocalDate datum = model.activiteiten().get(Integer.parseInt(m.group(1))).datum();
            return new Passage("doorlezen.veld.activiteit", List.of(datum), p.tekst(), aandacht);
        }
        String veld = pad.split("[.\\[]", 2)[0];
        return new Passage(VELDEN.contains(veld) ? "doorlezen.veld." + veld : "doorlezen.veld.overig", List.of(), p.tekst(),
                aandacht);
    }

    /** The report model's component holding the sections' texts. */
    private static final String TEKSTEN = "teksten";

    /** The report model's fields with free text that have a name of their own in the read-through ("doorlezen.veld." + it). */
    public static final List<String> VELDEN = List.of("sollicitaties", "werkervaring", "belastbaarheid", "profielen", "statusSpoor1",
            "akkoord", "knelpunten", "doelen", "inhoud", "afsluiting", "traject");
}
