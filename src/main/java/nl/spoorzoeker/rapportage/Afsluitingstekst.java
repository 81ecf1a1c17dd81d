package nl.spoorzoeker.rapportage;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.taal.Teksten;

/**
 * How the traject ended, in the few sentences the eindrapportage prints under its own heading
 * (issue 18): the outcome and the day it ended, the new work when there is one, who stopped it and
 * why, and the softer results as one sentence listing them. Plain text from the guarded model, in
 * the report's language; the PDF only lays it out.
 */
public final class Afsluitingstekst {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private Afsluitingstekst() {
    }

    /** The sentences, in order; empty when no outcome was recorded. */
    public static List<String> zinnen(RapportModel.Afsluiting a, Teksten tk) {
        List<String> zinnen = new ArrayList<>();
        if (a == null) {
            return zinnen;
        }
        zinnen.add(tk.t("afsluiting.tekst.uitkomst", tk.t("afsluiting.soort." + a.soort()),
                DATUM.format(a.einddatum())));
        if (a.werkgever() != null) {
            zinnen.add(tk.t("afsluiting.tekst.werkgever", a.werkgever()));
        }
        if (a.functie() != null) {
            zinnen.add(tk.t("afsluiting.tekst.functie", a.functie()));
        }
        if (a.contractvorm() != null) {
            zinnen.add(tk.t("afsluiting.tekst.vorm", tk.t("afsluiting.vorm." + a.contractvorm())));
        }
        if (a.startdatum() != null) {
            zinnen.add(tk.t("afsluiting.tekst.start", DATUM.format(a.startdatum())));
        }
        if (a.urenPerWeekMinuten() != null) {
            zinnen.add(tk.t(a.gedeeltelijk() ? "afsluiting.tekst.urenGedeeltelijk" : "afsluiting.tekst.uren",
                    tk.duur(a.urenPerWeekMinuten())));
        }
        if (a.route() != null) {
            zinnen.add(tk.t("afsluiting.tekst.route", tk.t("afsluiting.route." + a.route())));
        }
        if (a.gestoptDoor() != null) {
            zinnen.add(tk.t("afsluiting.tekst.gestopt", tk.t("afsluiting.gestoptDoor." + a.gestoptDoor())));
        }
        if (a.toelichting() != null) {
            // The same text is the reason when it stopped, and what it was when it ended otherwise.
            String key = switch (a.soort()) {
                case "GESTOPT" -> "afsluiting.tekst.reden";
                case "ANDERS" -> "afsluiting.tekst.namelijk";
                default -> "afsluiting.tekst.toelichting";
            };
            zinnen.add(tk.t(key, a.toelichting()));
        }
        if (!a.zachteResultaten().isEmpty()) {
            zinnen.add(tk.t("afsluiting.tekst.zacht", opsomming(a.zachteResultaten().stream()
                    .map(z -> tk.t("afsluiting.zacht." + z)).toList(), tk)));
        }
        if (a.zachtOpmerking() != null) {
            zinnen.add(a.zachtOpmerking());
        }
        return zinnen;
    }

    /**
     * The sentence above the scales' table: that they were scored with the werknemer, 1–10, and on
     * which days; null when no scale was scored.
     */
    public static String schaalzin(RapportModel.Afsluiting a, Teksten tk) {
        if (a == null || a.schalen().isEmpty()) {
            return null;
        }
        if (a.schaalBegin() != null && a.schaalEind() != null) {
            return tk.t("afsluiting.schalen.beide", DATUM.format(a.schaalBegin()), DATUM.format(a.schaalEind()));
        }
        return a.schaalBegin() != null ? tk.t("afsluiting.schalen.begin", DATUM.format(a.schaalBegin()))
                : tk.t("afsluiting.schalen.eind", DATUM.format(a.schaalEind()));
    }

    /** The scales' table: name, score at the intake, at the end, and the change ("+3", "0", "−1"; "—" when not both). */
    public static List<String[]> schaalrijen(RapportModel.Afsluiting a, Teksten tk) {
        List<String[]> rijen = new ArrayList<>();
        if (a == null) {
            return rijen;
        }
        for (RapportModel.Schaalscore s : a.schalen()) {
            rijen.add(new String[] {tk.t("schaal." + s.soort()), score(s.begin()), score(s.eind()),
                    s.begin() == null || s.eind() == null ? "—" : verandering(s.eind() - s.begin())});
        }
        return rijen;
    }

    private static String score(Integer score) {
        return score == null ? "—" : Integer.toString(score);
    }

    /** A change with its sign: a typographic minus, which no reader takes for a dash. */
    public static String verandering(int verschil) {
        return verschil > 0 ? "+" + verschil : verschil < 0 ? "\u2212" + -verschil : "0";
    }

    /** "a", "a en b", "a, b en c" (with the language's word for "and"). */
    static String opsomming(List<String> delen, Teksten tk) {
        if (delen.size() <= 1) {
            return String.join("", delen);
        }
        return String.join(", ", delen.subList(0, delen.size() - 1)) + " " + tk.t("afsluiting.en") + " "
                + delen.getLast();
    }
}
