package nl.spoorzoeker.cv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.instrument.Holland;
import nl.spoorzoeker.instrument.Waardenkaarten;
import nl.spoorzoeker.pdf.PdfSchrijver;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.taal.Teksten;

/**
 * Lays the werkboek out as PDF/A (tagged: PDF/A-2a and PDF/UA-1, like the reports): per exercise a
 * short explanation in plain language (taalniveau B1), the werknemer's answers so far, and ruled
 * lines to write on at home. Large type (12 pt) for reading at the kitchen table. It carries no
 * practice name and no "confidential" footer for the employer: it is the werknemer's own. Its
 * language is the caller's, kept by each render, never the screen's (ADR 0008).
 */
final class Werkboekpdf {

    private static final float TEKST = Werkboekblad.TEKST;
    private static final float SCHRIJFREGEL = Werkboekblad.SCHRIJFREGEL;

    private final PdfSchrijver pdf;
    /** The layout all werkboeken share: headings, questions, ruled lines. */
    private final Werkboekblad blad;
    private final Teksten taal;

    private Werkboekpdf(Werkboekblad blad, Teksten taal) {
        this.blad = blad;
        this.pdf = blad.pdf;
        this.taal = taal;
    }

    static byte[] pdf(Privacypoort.EigenKopie<Werkboek> kopie, Instant gemaakt, Teksten taal) {
        Werkboek w = kopie.model();
        return boek("werkboek.titel", w.naam(), w.datum(), gemaakt, taal, boek -> {
            boek.tekst(taal.t("werkboek.intro"));
            boek.tekst(taal.t("werkboek.prive"), true);
            boek.interesse(w.interesse());
            boek.waarden(w.waarden());
            boek.drijfveren(w.drijfveren());
            boek.kernkwadranten(w.kernkwadranten());
            boek.verhalen(w.verhalen());
            boek.pdf.omlaag(12);
            boek.pdf.alinea(taal.t("riasec.bron"), boek.pdf.gewoon, 9, PdfSchrijver.GRIJS);
            boek.pdf.alinea(taal.t("waarden.bron"), boek.pdf.gewoon, 9, PdfSchrijver.GRIJS);
        });
    }

    /** The werkboek of the acceptatie phase: saying goodbye to the old work; exercises only. */
    static byte[] acceptatie(Privacypoort.EigenKopie<WerkboekAcceptatie> kopie, Instant gemaakt, Teksten taal) {
        WerkboekAcceptatie w = kopie.model();
        return boek("werkboek.acc.titel", w.naam(), w.datum(), gemaakt, taal, boek -> {
            boek.tekst(taal.t("werkboek.acc.intro"));
            boek.tekst(taal.t("werkboek.prive"), true);
            boek.tekst(taal.t("werkboek.acc.hulp"));
            boek.levenslijn();
            boek.kop("werkboek.acc.waardevol.kop");
            boek.vraag(taal.t("werkboek.acc.vraag.mooi"), null, 3);
            boek.vraag(taal.t("werkboek.acc.vraag.trots"), null, 3);
            boek.vraag(taal.t("werkboek.acc.vraag.geleerd"), null, 3);
            boek.kop("werkboek.acc.missen.kop");
            boek.vraag(taal.t("werkboek.acc.vraag.mist"), null, 3);
            boek.vraag(taal.t("werkboek.acc.vraag.mistNiet"), null, 3);
            boek.kop("werkboek.acc.steun.kop");
            boek.tekst(taal.t("werkboek.acc.steun.uitleg"));
            boek.vraag(taal.t("werkboek.acc.vraag.bellen"), null, 2);
            boek.vraag(taal.t("werkboek.acc.vraag.praktisch"), null, 2);
            boek.kop("werkboek.acc.brief.kop");
            boek.tekst(taal.t("werkboek.acc.brief.uitleg"));
            boek.schrijfregels(12);
            boek.kop("werkboek.acc.mee.kop");
            boek.tekst(taal.t("werkboek.acc.mee.uitleg"));
            boek.genummerd(3);
        });
    }

    /** The werkboek of the zoekprofiel phase: the directions chosen so far, and the exercises to test them. */
    static byte[] zoekprofiel(Privacypoort.EigenKopie<WerkboekZoekprofiel> kopie, Instant gemaakt, Teksten taal) {
        WerkboekZoekprofiel w = kopie.model();
        return boek("werkboek.zp.titel", w.naam(), w.datum(), gemaakt, taal, boek -> {
            boek.tekst(taal.t("werkboek.zp.intro"));
            boek.tekst(taal.t("werkboek.prive"), true);
            boek.kop("werkboek.zp.basis.kop");
            if (w.hollandcode() == null && w.topwaarden().isEmpty()) {
                boek.tekst(taal.t("werkboek.zp.basis.nog"));
            } else {
                boek.tekst(taal.t("werkboek.zp.basis.uitleg"));
                List<String> regels = new ArrayList<>();
                if (w.hollandcode() != null) {
                    List<String> schalen = new ArrayList<>();
                    for (char c : w.hollandcode().toCharArray()) {
                        schalen.add(taal.t("riasec.schaal." + Holland.vanLetter(String.valueOf(c))));
                    }
                    regels.add(taal.t("werkboek.zp.basis.code", w.hollandcode(), String.join(", ", schalen)));
                }
                if (!w.topwaarden().isEmpty()) {
                    regels.add(taal.t("werkboek.zp.basis.waarden", String.join(", ", w.topwaarden().stream()
                            .map(k -> Waardenkaarten.naam(k, taal.taal())).toList())));
                }
                boek.pdf.lijst(regels, boek.pdf.gewoon, TEKST, PdfSchrijver.ACCENT);
                boek.pdf.omlaag(6);
            }
            boek.kop("werkboek.zp.richtingen.kop");
            boek.tekst(taal.t("werkboek.zp.richtingen.uitleg"));
            int n = 0;
            for (WerkboekZoekprofiel.Richting r : w.richtingen()) {
                n++;
                boek.pdf.kop(taal.t("werkboek.zp.richting", n, r.functie() == null ? "" : r.functie()), 13, 3);
                List<String> delen = new ArrayList<>();
                if (r.niveau() != null) {
                    delen.add(r.niveau());
                }
                if (r.urenPerWeekMinuten() != null) {
                    // "24 uur", not the app's short "24 u": plain words on the werknemer's paper.
                    delen.add(taal.t("werkboek.zp.uren", r.urenPerWeekMinuten() / 60.0));
                }
                if (r.regio() != null) {
                    delen.add(r.regio());
                }
                if (!delen.isEmpty()) {
                    boek.pdf.alinea(String.join(" · ", delen), boek.pdf.gewoon, TEKST, PdfSchrijver.ACCENT);
                }
                if (r.onderbouwing() != null) {
                    boek.pdf.alinea(taal.t("werkboek.zp.waarom", r.onderbouwing()), boek.pdf.gewoon, TEKST,
                            PdfSchrijver.ACCENT);
                }
                boek.pdf.omlaag(4);
                boek.richtingvragen();
            }
            boek.pdf.kop(taal.t(w.richtingen().isEmpty() ? "werkboek.zp.eerste" : "werkboek.zp.nieuw"), 13, 3);
            boek.vraag(taal.t("werkboek.zp.vraag.welk"), null, 1);
            boek.richtingvragen();
            boek.kop("werkboek.zp.gesprek.kop");
            boek.tekst(taal.t("werkboek.zp.gesprek.uitleg"));
            boek.pdf.lijst(List.of(taal.t("werkboek.zp.gesprek.vraag1"), taal.t("werkboek.zp.gesprek.vraag2"),
                    taal.t("werkboek.zp.gesprek.vraag3"), taal.t("werkboek.zp.gesprek.vraag4"),
                    taal.t("werkboek.zp.gesprek.vraag5")), boek.pdf.gewoon, TEKST, PdfSchrijver.TEKST);
            boek.pdf.omlaag(6);
            boek.vraag(taal.t("werkboek.zp.gesprek.wie"), null, 2);
            boek.vraag(taal.t("werkboek.zp.gesprek.geleerd"), null, 4);
            boek.kop("werkboek.zp.netwerk.kop");
            boek.tekst(taal.t("werkboek.zp.netwerk.uitleg"));
            boek.vraag(taal.t("werkboek.zp.netwerk.vraag"), null, 6);
        });
    }

    /** The cover, the exercises {@code inhoud} lays out, and the footer: the same for every phase. */
    private static byte[] boek(String titelKey, String naam, java.time.LocalDate datum, Instant gemaakt, Teksten taal,
                               java.util.function.Consumer<Werkboekpdf> inhoud) {
        return Werkboekblad.boek(taal, titelKey, naam, datum, gemaakt, blad -> inhoud.accept(new Werkboekpdf(blad, taal)));
    }

    /** The questions that test one direction, with room to answer. */
    private void richtingvragen() {
        vraag(taal.t("werkboek.zp.vraag.aantrekken"), null, 2);
        vraag(taal.t("werkboek.zp.vraag.kunnen"), null, 2);
        vraag(taal.t("werkboek.zp.vraag.leren"), null, 2);
        vraag(taal.t("werkboek.zp.vraag.vacatures"), null, 3);
    }

    /**
     * The life line: a line across the page with room above it for the good moments and below it for
     * the hard ones, kept on one page.
     */
    private void levenslijn() {
        kop("werkboek.acc.lijn.kop");
        tekst(taal.t("werkboek.acc.lijn.uitleg"));
        float hoogte = 220;
        pdf.ruimte(hoogte + 10);
        pdf.omlaag(12);
        pdf.tekst(taal.t("werkboek.acc.lijn.boven"), pdf.gewoon, 10, PdfSchrijver.MARGE, PdfSchrijver.GRIJS);
        pdf.omlaag(hoogte / 2 - 12);
        pdf.lijn(PdfSchrijver.MARGE, PdfSchrijver.MARGE + PdfSchrijver.BREEDTE, PdfSchrijver.TEKST, 1.5f);
        pdf.omlaag(hoogte / 2);
        pdf.tekst(taal.t("werkboek.acc.lijn.onder"), pdf.gewoon, 10, PdfSchrijver.MARGE, PdfSchrijver.GRIJS);
        pdf.omlaag(10);
    }

    private void genummerd(int aantal) {
        blad.genummerd(aantal);
    }

    private void interesse(Werkboek.Interesse i) {
        kop("werkboek.interesse.kop");
        tekst(taal.t("werkboek.interesse.uitleg"));
        if (i == null) {
            tekst(taal.t("werkboek.interesse.nog"), true);
        } else {
            tekst(i.hollandcode() == null ? taal.t("werkboek.interesse.geenCode", DateInput.format(i.datum()))
                    : taal.t("werkboek.interesse.uitslag", DateInput.format(i.datum()), i.hollandcode()), true);
            if (i.hollandcode() != null) {
                List<String> regels = new ArrayList<>();
                for (char c : i.hollandcode().toCharArray()) {
                    Holland h = Holland.vanLetter(String.valueOf(c));
                    regels.add(taal.t("riasec.uitleg.regel", taal.t("riasec.schaal." + h), h,
                            taal.t("riasec.uitleg." + h)));
                }
                pdf.lijst(regels, pdf.gewoon, TEKST, PdfSchrijver.TEKST);
                pdf.omlaag(4);
            }
            List<String> scores = new ArrayList<>();
            Holland[] schalen = Holland.values();
            for (int n = 0; n < schalen.length && n < i.sommen().size(); n++) {
                scores.add(taal.t("werkboek.interesse.score", taal.t("riasec.schaal." + schalen[n]), i.sommen().get(n)));
            }
            tekst(taal.t("werkboek.interesse.scores", String.join(", ", scores)));
            tekst(taal.t("riasec.uitslag.betekenis"));
        }
        vraag(taal.t("werkboek.interesse.vraag"), null, 4);
    }

    private void waarden(Werkboek.Waarden w) {
        kop("werkboek.waarden.kop");
        tekst(taal.t("werkboek.waarden.uitleg"));
        if (w == null) {
            tekst(taal.t("werkboek.waarden.nog"), true);
            genummerd(5);
        } else {
            // The top stays on one page with its heading line.
            pdf.ruimte((w.topwaarden().size() + 1) * TEKST * 1.45f + 8);
            tekst(taal.t("werkboek.waarden.top", DateInput.format(w.datum())), true);
            List<String> top = new ArrayList<>();
            for (int n = 0; n < w.topwaarden().size(); n++) {
                top.add((n + 1) + ". " + Waardenkaarten.naam(w.topwaarden().get(n), taal.taal()));
            }
            for (String regel : top) {
                pdf.alinea(regel, pdf.gewoon, TEKST, PdfSchrijver.TEKST);
            }
            pdf.omlaag(6);
        }
        vraag(taal.t("werkboek.waarden.vraag"), null, 3);
    }

    private void drijfveren(Werkboek.Drijfveren d) {
        kop("werkboek.drijfveren.kop");
        tekst(taal.t("werkboek.drijfveren.uitleg"));
        if (d != null) {
            tekst(taal.t("werkboek.drijfveren.datum", DateInput.format(d.datum())));
        }
        vraag(taal.t("drijfveren.vraag.energie"), d == null ? null : d.energie(), 3);
        vraag(taal.t("drijfveren.vraag.moe"), d == null ? null : d.moe(), 3);
        vraag(taal.t("drijfveren.vraag.trots"), d == null ? null : d.trots(), 3);
        vraag(taal.t("drijfveren.vraag.belangrijk"), d == null ? null : d.belangrijk(), 3);
        vraag(taal.t("drijfveren.vraag.nietMeer"), d == null ? null : d.nietMeer(), 3);
    }

    private void kernkwadranten(List<Werkboek.Kwadrant> kwadranten) {
        kop("werkboek.kk.kop");
        tekst(taal.t("werkboek.kk.uitleg"));
        int n = 0;
        for (Werkboek.Kwadrant k : kwadranten) {
            n++;
            pdf.kop(taal.t("werkboek.kk.nummer", n), 13, 3);
            vraag(taal.t("kk.kwaliteit"), k.kwaliteit(), 0);
            vraag(taal.t("kk.valkuil"), k.valkuil(), k.valkuil() == null ? 2 : 0);
            vraag(taal.t("kk.uitdaging"), k.uitdaging(), k.uitdaging() == null ? 2 : 0);
            vraag(taal.t("kk.allergie"), k.allergie(), k.allergie() == null ? 2 : 0);
        }
        // An empty quadrant to fill in stays on one page: its four corners belong together.
        pdf.ruimte(4 * (2 * TEKST * 1.45f + 2 * SCHRIJFREGEL + 6) + 30);
        pdf.kop(taal.t(kwadranten.isEmpty() ? "werkboek.kk.eerste" : "werkboek.kk.nieuw"), 13, 3);
        for (String deel : List.of("kk.kwaliteit", "kk.valkuil", "kk.uitdaging", "kk.allergie")) {
            vraag(taal.t(deel), null, 2);
        }
    }

    private void verhalen(List<Werkboek.Verhaal> verhalen) {
        kop("werkboek.starr.kop");
        tekst(taal.t("werkboek.starr.uitleg"));
        for (Werkboek.Verhaal v : verhalen) {
            pdf.kop(v.titel() == null ? taal.t("werkboek.starr.zonderTitel") : v.titel(), 13, 3);
            if (!v.competenties().isEmpty()) {
                tekst(taal.t("werkboek.starr.competenties", String.join(", ", v.competenties())));
            }
            vraag(taal.t("werkboek.starr.situatie"), v.situatie(), v.situatie() == null ? 2 : 0);
            vraag(taal.t("werkboek.starr.taak"), v.taak(), v.taak() == null ? 2 : 0);
            vraag(taal.t("werkboek.starr.actie"), v.actie(), v.actie() == null ? 2 : 0);
            vraag(taal.t("werkboek.starr.resultaat"), v.resultaat(), v.resultaat() == null ? 2 : 0);
            vraag(taal.t("werkboek.starr.reflectie"), v.reflectie(), v.reflectie() == null ? 2 : 0);
        }
        pdf.kop(taal.t(verhalen.isEmpty() ? "werkboek.starr.eerste" : "werkboek.starr.nieuw"), 13, 3);
        for (String deel : List.of("werkboek.starr.situatie", "werkboek.starr.taak", "werkboek.starr.actie",
                "werkboek.starr.resultaat", "werkboek.starr.reflectie")) {
            vraag(taal.t(deel), null, 3);
        }
    }

    private void kop(String sleutel) {
        blad.kop(sleutel);
    }

    private void tekst(String tekst) {
        blad.tekst(tekst);
    }

    private void tekst(String tekst, boolean vet) {
        blad.tekst(tekst, vet);
    }

    private void vraag(String vraag, String antwoord, int regels) {
        blad.vraag(vraag, antwoord, regels);
    }

    private void schrijfregels(int aantal) {
        blad.schrijfregels(aantal);
    }
}
