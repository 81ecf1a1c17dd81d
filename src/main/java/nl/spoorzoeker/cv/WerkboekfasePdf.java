package nl.spoorzoeker.cv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.pdf.PdfSchrijver;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.taal.Teksten;

/**
 * The werkboeken of the intake, arbeidsmarkt, werkervaring and afsluiting phases, on the layout every werkboek shares
 * ({@link Werkboekblad}): per exercise a short explanation in plain language (taalniveau B1), the
 * werknemer's own answers so far in blue, and ruled lines to write on. The language is the caller's
 * ({@code tk}, ADR 0008), not the screen's.
 */
final class WerkboekfasePdf {

    private WerkboekfasePdf() {
    }

    /** Intake: where the werknemer stands, the intake's scores to look at again, goals and a first step. */
    static byte[] intake(Privacypoort.EigenKopie<Werkboekfase.Intake> kopie, Instant gemaakt, Teksten tk) {
        Werkboekfase.Intake w = kopie.model();
        return Werkboekblad.boek(tk, "werkboek.in.titel", w.naam(), w.datum(), gemaakt, b -> {
            b.tekst(tk.t("werkboek.in.intro"));
            b.tekst(tk.t("werkboek.prive"), true);
            b.kop("werkboek.in.schalen.kop");
            if (w.gemeten() == null) {
                b.tekst(tk.t("werkboek.in.schalen.nog"));
            } else {
                b.tekst(tk.t("werkboek.in.schalen.uitleg", DateInput.format(w.gemeten())));
            }
            for (Werkboekfase.Score s : w.schalen()) {
                b.vraag(tk.t("werkboek.schaal.vraag." + s.schaal()), s.begin() == null ? null
                        : tk.t("werkboek.in.schalen.cijfer", s.begin()), 1);
            }
            b.tekst(tk.t("werkboek.in.schalen.vandaag"));
            b.kop("werkboek.in.verhaal.kop");
            b.tekst(tk.t("werkboek.in.verhaal.uitleg"));
            b.vraag(tk.t("werkboek.in.vraag.veranderd"), null, 4);
            b.vraag(tk.t("werkboek.in.vraag.nu"), null, 3);
            b.kop("werkboek.in.verwacht.kop");
            b.vraag(tk.t("werkboek.in.vraag.hoop"), null, 3);
            b.vraag(tk.t("werkboek.in.vraag.tegenop"), null, 3);
            b.vraag(tk.t("werkboek.in.vraag.coach"), null, 3);
            b.kop("werkboek.in.doel.kop");
            b.tekst(tk.t("werkboek.in.doel.uitleg"));
            b.genummerd(3);
            b.vraag(tk.t("werkboek.in.vraag.stap"), null, 2);
            b.kop("werkboek.in.dag.kop");
            b.tekst(tk.t("werkboek.in.dag.uitleg"));
            b.vraag(tk.t("werkboek.in.dag.ochtend"), null, 2);
            b.vraag(tk.t("werkboek.in.dag.middag"), null, 2);
            b.vraag(tk.t("werkboek.in.dag.avond"), null, 2);
            b.kop("werkboek.in.vragen.kop");
            b.tekst(tk.t("werkboek.in.vragen.uitleg"));
            b.genummerd(3);
        });
    }

    /** Arbeidsmarktbenadering: the applications so far, a short pitch, an interview prepared, a setback. */
    static byte[] arbeidsmarkt(Privacypoort.EigenKopie<Werkboekfase.Arbeidsmarkt> kopie, Instant gemaakt,
                               Teksten tk) {
        Werkboekfase.Arbeidsmarkt w = kopie.model();
        return Werkboekblad.boek(tk, "werkboek.am.titel", w.naam(), w.datum(), gemaakt, b -> {
            b.tekst(tk.t("werkboek.am.intro"));
            b.tekst(tk.t("werkboek.prive"), true);
            b.kop("werkboek.am.lijst.kop");
            if (w.normPerWeek() != null) {
                b.tekst(tk.t("werkboek.am.norm", w.normPerWeek()));
            }
            if (w.sollicitaties().isEmpty()) {
                b.tekst(tk.t("werkboek.am.lijst.nog"), true);
            } else {
                b.tekst(tk.t("werkboek.am.lijst.uitleg", w.sollicitaties().size()), true);
                List<String> regels = new ArrayList<>();
                for (Werkboekfase.Poging p : w.sollicitaties()) {
                    List<String> delen = new ArrayList<>();
                    delen.add(DateInput.format(p.datum()));
                    if (p.organisatie() != null) {
                        delen.add(p.organisatie());
                    }
                    if (p.functie() != null) {
                        delen.add(p.functie());
                    }
                    delen.add(tk.t("sollicitatiestatus." + p.status()));
                    regels.add(String.join(" · ", delen));
                }
                b.pdf.lijst(regels, b.pdf.gewoon, Werkboekblad.TEKST, PdfSchrijver.ACCENT);
                b.pdf.omlaag(6);
            }
            b.tekst(tk.t("werkboek.am.lijst.nieuw"));
            b.genummerd(6);
            b.kop("werkboek.am.pitch.kop");
            b.tekst(tk.t("werkboek.am.pitch.uitleg"));
            b.vraag(tk.t("werkboek.am.pitch.wie"), null, 2);
            b.vraag(tk.t("werkboek.am.pitch.kan"), null, 2);
            b.vraag(tk.t("werkboek.am.pitch.zoek"), null, 2);
            b.kop("werkboek.am.gesprek.kop");
            b.tekst(tk.t("werkboek.am.gesprek.uitleg"));
            b.vraag(tk.t("werkboek.am.gesprek.bedrijf"), null, 3);
            b.vraag(tk.t("werkboek.am.gesprek.past"), null, 3);
            b.vraag(tk.t("werkboek.am.gesprek.verhaal"), null, 3);
            b.vraag(tk.t("werkboek.am.gesprek.zelf"), null, 3);
            b.kop("werkboek.am.ziek.kop");
            b.tekst(tk.t("werkboek.am.ziek.uitleg"));
            b.vraag(tk.t("werkboek.am.ziek.vraag"), null, 3);
            b.kop("werkboek.am.nee.kop");
            b.tekst(tk.t("werkboek.am.nee.uitleg"));
            b.vraag(tk.t("werkboek.am.nee.geleerd"), null, 3);
            b.vraag(tk.t("werkboek.am.nee.anders"), null, 2);
            b.kop("werkboek.am.week.kop");
            b.tekst(tk.t("werkboek.am.week.uitleg"));
            b.vraag(tk.t("werkboek.am.week.vraag"), null, 5);
        });
    }

    /**
     * Werkervaring: where the werknemer works and what they do there, the hours planned and worked week by week
     * (blank for the werknemer to fill in), what they want to learn, how a week went, the evaluation prepared, and
     * what they take with them to the search.
     */
    static byte[] werkervaring(Privacypoort.EigenKopie<Werkboekfase.Werkervaring> kopie, Instant gemaakt, Teksten tk) {
        Werkboekfase.Werkervaring w = kopie.model();
        return Werkboekblad.boek(tk, "werkboek.we.titel", w.naam(), w.datum(), gemaakt, b -> {
            b.tekst(tk.t("werkboek.we.intro"));
            b.tekst(tk.t("werkboek.prive"), true);
            b.kop("werkboek.we.plek.kop");
            if (w.plekken().isEmpty()) {
                b.tekst(tk.t("werkboek.we.plek.nog"));
                b.vraag(tk.t("werkboek.we.plek.wens"), null, 3);
            }
            for (Werkboekfase.Plek p : w.plekken()) {
                List<String> wat = new ArrayList<>();
                wat.add(p.organisatie() == null ? tk.t("werkboek.we.plek.onbekend") : p.organisatie());
                if (p.functie() != null) {
                    wat.add(p.functie());
                }
                b.tekst(String.join(" · ", wat), true);
                b.tekst(tk.t(p.detachering() ? "werkboek.we.plek.detachering" : "werkboek.we.plek.werkervaring",
                        DateInput.format(p.start()), p.eind() == null ? "" : DateInput.format(p.eind()), p.eind() == null ? 0 : 1));
                if (p.taken() != null) {
                    b.tekst(tk.t("werkboek.we.plek.taken", p.taken()));
                }
            }
            b.kop("werkboek.we.uren.kop");
            b.tekst(tk.t("werkboek.we.uren.uitleg"));
            boolean weken = false;
            for (Werkboekfase.Plek p : w.plekken()) {
                if (p.weken().isEmpty()) {
                    continue;
                }
                weken = true;
                if (w.plekken().size() > 1) {
                    b.tekst(p.organisatie() == null ? tk.t("werkboek.we.plek.onbekend") : p.organisatie(), true);
                }
                List<String> regels = new ArrayList<>();
                for (Werkboekfase.Week week : p.weken()) {
                    regels.add(tk.t("werkboek.we.uren.week", DateInput.format(week.maandag()),
                            week.gepland() == null ? "–" : tk.duur(week.gepland()),
                            week.gewerkt() == null ? "______" : tk.duur(week.gewerkt())));
                }
                b.pdf.lijst(regels, b.pdf.gewoon, Werkboekblad.TEKST, PdfSchrijver.ACCENT);
                b.pdf.omlaag(6);
            }
            if (!weken) {
                b.tekst(tk.t("werkboek.we.uren.nog"));
            }
            b.schrijfregels(3);
            b.kop("werkboek.we.leren.kop");
            b.tekst(tk.t("werkboek.we.leren.uitleg"));
            b.genummerd(3);
            b.kop("werkboek.we.week.kop");
            b.tekst(tk.t("werkboek.we.week.uitleg"));
            b.vraag(tk.t("werkboek.we.week.goed"), null, 3);
            b.vraag(tk.t("werkboek.we.week.moeilijk"), null, 3);
            b.vraag(tk.t("werkboek.we.week.uren"), null, 2);
            b.kop("werkboek.we.gesprek.kop");
            b.tekst(tk.t("werkboek.we.gesprek.uitleg"));
            b.vraag(tk.t("werkboek.we.gesprek.vertellen"), null, 3);
            b.vraag(tk.t("werkboek.we.gesprek.vragen"), null, 3);
            b.kop("werkboek.we.mee.kop");
            b.vraag(tk.t("werkboek.we.mee.werk"), null, 3);
            b.vraag(tk.t("werkboek.we.mee.vertellen"), null, 3);
        });
    }

    /** Afsluiting: the scores at the start and the end side by side, looking back and moving on. */
    static byte[] afsluiting(Privacypoort.EigenKopie<Werkboekfase.Afsluiting> kopie, Instant gemaakt, Teksten tk) {
        Werkboekfase.Afsluiting w = kopie.model();
        return Werkboekblad.boek(tk, "werkboek.af.titel", w.naam(), w.datum(), gemaakt, b -> {
            b.tekst(tk.t("werkboek.af.intro"));
            b.tekst(tk.t("werkboek.prive"), true);
            b.kop("werkboek.af.schalen.kop");
            if (w.begin() == null && w.eind() == null) {
                b.tekst(tk.t("werkboek.af.schalen.nog"));
            } else {
                b.tekst(tk.t("werkboek.af.schalen.uitleg"));
            }
            for (Werkboekfase.Score s : w.schalen()) {
                String antwoord = s.begin() == null && s.eind() == null ? null : tk.t("werkboek.af.schalen.cijfers",
                        s.begin() == null ? "–" : s.begin(), s.eind() == null ? "–" : s.eind());
                b.vraag(tk.t("werkboek.schaal.vraag." + s.schaal()), antwoord, antwoord == null ? 1 : 0);
            }
            b.vraag(tk.t("werkboek.af.schalen.vraag"), null, 3);
            b.kop("werkboek.af.terug.kop");
            b.vraag(tk.t("werkboek.af.terug.trots"), null, 3);
            b.vraag(tk.t("werkboek.af.terug.geleerd"), null, 3);
            b.vraag(tk.t("werkboek.af.terug.geholpen"), null, 3);
            b.vraag(tk.t("werkboek.af.terug.moeilijk"), null, 3);
            b.kop("werkboek.af.vooruit.kop");
            b.tekst(tk.t("werkboek.af.vooruit.uitleg"));
            b.genummerd(3);
            b.vraag(tk.t("werkboek.af.vooruit.tegenzit"), null, 3);
            b.vraag(tk.t("werkboek.af.vooruit.wie"), null, 2);
            b.kop("werkboek.af.brief.kop");
            b.tekst(tk.t("werkboek.af.brief.uitleg"));
            b.schrijfregels(10);
        });
    }
}
