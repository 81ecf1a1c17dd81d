package nl.spoorzoeker.report.pdf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import nl.spoorzoeker.report.RapportModel;
import nl.spoorzoeker.report.Sectie;
import nl.spoorzoeker.ui.I18n;

/**
 * Lays a report model out as an A4 PDF/A-2b: letterhead, title, werknemer and period, then the
 * sections in the order of domain.md §3.2, the generated ones as tables. It only lays out; every
 * figure comes from the model.
 */
public final class RapportPdf {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private RapportPdf() {
    }

    public static byte[] render(RapportModel m, Rapportkop kop, java.time.Instant gemaakt) {
        String titel = I18n.t("rapport.soort." + m.soort().name());
        PdfSchrijver[] houder = new PdfSchrijver[1];
        try (PdfSchrijver pdf = new PdfSchrijver(() -> paginakop(houder[0], kop))) {
            houder[0] = pdf;
            pdf.begin();
            pdf.omlaag(8);
            pdf.alinea(titel, pdf.vet, 18, PdfSchrijver.TEKST);
            pdf.alinea(kop.werknemer() + (kop.werkgever() == null ? "" : " — " + kop.werkgever()), pdf.gewoon, 11,
                    PdfSchrijver.TEKST);
            pdf.alinea(I18n.t("rapport.periode", datum(m.van()), datum(m.tot())), pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
            pdf.omlaag(6);

            tekstsectie(pdf, m, Sectie.SAMENVATTING);
            activiteiten(pdf, m);
            uren(pdf, m);
            sollicitaties(pdf, m);
            werkervaring(pdf, m);
            belastbaarheid(pdf, m);
            zoekprofiel(pdf, m);
            doelen(pdf, m);
            tekstsectie(pdf, m, Sectie.ANALYSE_PROFIELEN);
            knelpunten(pdf, m);
            tekstsectie(pdf, m, Sectie.BIJSTELLINGEN);
            tekstsectie(pdf, m, Sectie.VERKLARING_NORM);
            tekstsectie(pdf, m, Sectie.VERKLARING_GEEN_SOLLICITATIES);
            tekstsectie(pdf, m, Sectie.RESULTAAT);
            tekstsectie(pdf, m, Sectie.VERKLARING_GEEN_RESULTAAT);
            tekstsectie(pdf, m, Sectie.PLANNING);
            termijnen(pdf, m);
            if (m.statusSpoor1() != null && !m.statusSpoor1().isBlank()) {
                pdf.kop(I18n.t("rapport.sectie.spoor1"), 12);
                pdf.alinea(m.statusSpoor1(), pdf.gewoon, 10, PdfSchrijver.TEKST);
            }
            visie(pdf, m);
            ondertekening(pdf, m, kop, gemaakt);
            Calendar wanneer = GregorianCalendar.from(gemaakt.atZone(ZoneId.of("Europe/Amsterdam")));
            return pdf.klaar(titel, I18n.t("rapport.voet", kop.praktijk()), I18n.t("rapport.pagina"), wanneer);
        }
    }

    private static void paginakop(PdfSchrijver pdf, Rapportkop kop) {
        float x = PdfSchrijver.MARGE;
        if (kop.logo() != null && kop.logo().length > 0) {
            float breedte = pdf.afbeelding(kop.logo(), x, 30, 120);
            if (breedte > 0) {
                x += breedte + 10;
            }
        }
        pdf.omlaag(4);
        pdf.tekst(kop.praktijk(), pdf.vet, 11, x, PdfSchrijver.ACCENT);
        String vertrouwelijk = I18n.t(kop.concept() ? "rapport.vertrouwelijkConcept" : "rapport.vertrouwelijk");
        pdf.tekst(vertrouwelijk, pdf.vet, 9, PdfSchrijver.MARGE + PdfSchrijver.BREEDTE
                - pdf.breedte(pdf.vet, 9, vertrouwelijk), PdfSchrijver.GRIJS);
        if (kop.praktijkRegel() != null && !kop.praktijkRegel().isBlank()) {
            pdf.omlaag(12);
            pdf.tekst(kop.praktijkRegel(), pdf.gewoon, 8, x, PdfSchrijver.GRIJS);
        }
        pdf.omlaag(x > PdfSchrijver.MARGE ? 14 : 8);
        pdf.lijn(PdfSchrijver.MARGE, PdfSchrijver.MARGE + PdfSchrijver.BREEDTE, PdfSchrijver.LIJN, 0.7f);
        pdf.omlaag(10);
    }

    private static void tekstsectie(PdfSchrijver pdf, RapportModel m, Sectie sectie) {
        String tekst = m.tekst(sectie);
        if (tekst == null) {
            return;
        }
        pdf.kop(I18n.t("rapport.sectie." + sectie.name()), 12);
        pdf.alinea(tekst, pdf.gewoon, 10, PdfSchrijver.TEKST);
    }

    private static void activiteiten(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(I18n.t("rapport.sectie.activiteiten"), 12);
        int minuten = m.activiteiten().stream().mapToInt(RapportModel.Activiteit::minuten).sum();
        pdf.alinea(I18n.t("rapport.activiteiten.totaal", m.activiteiten().size(),
                nl.spoorzoeker.input.NumberInput.formatHours(minuten)), pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
        if (m.activiteiten().isEmpty()) {
            return;
        }
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Activiteit a : m.activiteiten()) {
            rijen.add(new String[] {datum(a.datum()), soort(a.soort()), a.doel(), a.samenvatting(), a.afspraken()});
        }
        pdf.tabel(new String[] {I18n.t("rapport.kol.datum"), I18n.t("rapport.kol.soort"), I18n.t("rapport.kol.doel"),
                        I18n.t("rapport.kol.samenvatting"), I18n.t("rapport.kol.afspraken")},
                new float[] {0.12f, 0.2f, 0.17f, 0.29f, 0.22f}, rijen);
    }

    private static String soort(String soort) {
        return "GROEPSSESSIE".equals(soort) ? I18n.t("bron.GROEPSSESSIE") : I18n.t("contactsoort." + soort);
    }

    private static void sollicitaties(PdfSchrijver pdf, RapportModel m) {
        RapportModel.Sollicitaties s = m.sollicitaties();
        if (s.lijst().isEmpty() && !m.arbeidsmarktfase()) {
            return;
        }
        pdf.kop(I18n.t("rapport.sectie.sollicitaties"), 12);
        pdf.alinea(s.normInPeriode() == null ? I18n.t("rapport.sollicitaties.zonderNorm", s.verstuurd())
                : I18n.t("rapport.sollicitaties.norm", s.verstuurd(), s.normInPeriode(), s.normPerWeek()),
                pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
        if (s.lijst().isEmpty()) {
            return;
        }
        trechter(pdf, s.trechter());
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Sollicitatie r : s.lijst()) {
            rijen.add(new String[] {datum(r.datum()), r.organisatie(), r.functie(), I18n.t("kanaal." + r.kanaal()),
                    I18n.t("sollicitatiestatus." + r.status()), I18n.t(r.bewijs() ? "yes" : "no")});
        }
        pdf.tabel(new String[] {I18n.t("rapport.kol.datum"), I18n.t("rapport.kol.organisatie"),
                        I18n.t("rapport.kol.functie"), I18n.t("rapport.kol.kanaal"), I18n.t("rapport.kol.stand"),
                        I18n.t("rapport.kol.bewijs")},
                new float[] {0.12f, 0.24f, 0.24f, 0.15f, 0.15f, 0.10f}, rijen);
    }

    private static void werkervaring(PdfSchrijver pdf, RapportModel m) {
        if (m.werkervaring().isEmpty()) {
            return;
        }
        pdf.kop(I18n.t("rapport.sectie.werkervaring"), 12);
        for (RapportModel.Werkervaring w : m.werkervaring()) {
            pdf.alinea(I18n.t("rapport.werkervaring.regel", w.organisatie(), datum(w.start()),
                    w.eind() == null ? "—" : datum(w.eind()),
                    w.beoogdeUitkomst() == null ? "—" : I18n.t("uitkomst." + w.beoogdeUitkomst()),
                    w.laatsteEvaluatie() == null ? "—" : datum(w.laatsteEvaluatie())), pdf.gewoon, 10, PdfSchrijver.TEKST);
            opbouw(pdf, w.weken());
        }
    }

    private static void belastbaarheid(PdfSchrijver pdf, RapportModel m) {
        if (m.belastbaarheid() == null) {
            return;
        }
        RapportModel.Belastbaarheid b = m.belastbaarheid();
        pdf.kop(I18n.t("rapport.sectie.belastbaarheid"), 12);
        pdf.alinea(I18n.t("rapport.belastbaarheid.regel", datum(b.datum()),
                I18n.t("bron." + b.bron()).toLowerCase(I18n.locale()), I18n.t("documenttype." + b.documenttype()),
                b.urenPerWeekMinuten() == null ? "—"
                        : nl.spoorzoeker.input.NumberInput.formatHours(b.urenPerWeekMinuten())),
                pdf.gewoon, 10, PdfSchrijver.TEKST);
    }

    private static void zoekprofiel(PdfSchrijver pdf, RapportModel m) {
        if (m.profielen().zoekrichtingen().isEmpty()) {
            return;
        }
        pdf.kop(I18n.t("rapport.sectie.zoekprofiel"), 12);
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Zoekrichting z : m.profielen().zoekrichtingen()) {
            rijen.add(new String[] {z.functie(), z.niveau(), z.urenPerWeekMinuten() == null ? ""
                    : nl.spoorzoeker.input.NumberInput.formatHours(z.urenPerWeekMinuten()), z.regio(), z.onderbouwing()});
        }
        pdf.tabel(new String[] {I18n.t("rapport.kol.functie"), I18n.t("rapport.kol.niveau"), I18n.t("rapport.kol.uren"),
                        I18n.t("rapport.kol.regio"), I18n.t("rapport.kol.onderbouwing")},
                new float[] {0.25f, 0.12f, 0.1f, 0.2f, 0.33f}, rijen);
        String wijziging = nl.spoorzoeker.report.Voorinvulling.wijziging(m.profielen().wijziging());
        if (wijziging != null) {
            pdf.omlaag(4);
            pdf.alinea(wijziging, pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
        }
    }


    /** Hours in the period and in all, and a bar of the budget used. */
    private static void uren(PdfSchrijver pdf, RapportModel m) {
        RapportModel.Uren u = m.uren();
        if (u == null) {
            return;
        }
        pdf.kop(I18n.t("rapport.sectie.uren"), 12);
        String uur = nl.spoorzoeker.input.NumberInput.formatHours(u.periodeMinuten());
        String totaal = nl.spoorzoeker.input.NumberInput.formatHours(u.totaalMinuten());
        if (u.budgetMinuten() == null || u.budgetMinuten() == 0) {
            pdf.alinea(I18n.t("rapport.uren.zonderBudget", uur, totaal), pdf.gewoon, 10, PdfSchrijver.TEKST);
            return;
        }
        int rest = u.budgetMinuten() - u.totaalMinuten();
        pdf.alinea(I18n.t(rest < 0 ? "rapport.uren.over" : "rapport.uren.budget", uur, totaal,
                nl.spoorzoeker.input.NumberInput.formatHours(u.budgetMinuten()),
                nl.spoorzoeker.input.NumberInput.formatHours(Math.abs(rest))), pdf.gewoon, 10, PdfSchrijver.TEKST);
        float hoogte = 10;
        pdf.ruimte(hoogte + 10);
        pdf.omlaag(6 + hoogte);
        float breedte = PdfSchrijver.BREEDTE * 0.6f;
        float deel = (float) Math.min(1.0, u.totaalMinuten() / (double) u.budgetMinuten());
        pdf.vlak(PdfSchrijver.MARGE, pdf.y(), breedte, hoogte, PdfSchrijver.KOPVLAK);
        pdf.vlak(PdfSchrijver.MARGE, pdf.y(), breedte * deel, hoogte, deel >= 0.8f ? ORANJE : PdfSchrijver.ACCENT);
        pdf.omlaag(4);
    }

    static final float[] ORANJE = {0.85f, 0.5f, 0.1f};
    static final float[] LICHT = {0.72f, 0.82f, 0.95f};

    /** The funnel as centred bars: sent, interview, second interview, offer, hired. */
    private static void trechter(PdfSchrijver pdf, List<Integer> niveaus) {
        if (niveaus.isEmpty() || niveaus.getFirst() == 0) {
            return;
        }
        String[] namen = {"VERSTUURD", "GESPREK", "TWEEDE_GESPREK", "AANBOD", "AANGENOMEN"};
        float regel = 13;
        pdf.ruimte(regel * (niveaus.size() + 1) + 8);
        pdf.alinea(I18n.t("rapport.trechter"), pdf.vet, 8.5f, PdfSchrijver.TEKST);
        float labelBreedte = 110;
        float baan = 220;
        float x0 = PdfSchrijver.MARGE + labelBreedte;
        int top = niveaus.getFirst();
        for (int i = 0; i < niveaus.size() && i < namen.length; i++) {
            pdf.omlaag(regel);
            pdf.tekst(I18n.t("sollicitatiestatus." + namen[i]), pdf.gewoon, 8.5f, PdfSchrijver.MARGE, PdfSchrijver.TEKST);
            float b = baan * niveaus.get(i) / top;
            pdf.vlak(x0 + (baan - b) / 2, pdf.y() - 2, Math.max(b, niveaus.get(i) > 0 ? 2 : 0), 9,
                    i >= 3 ? GROEN : PdfSchrijver.ACCENT);
            pdf.tekst(Integer.toString(niveaus.get(i)), pdf.gewoon, 8.5f, x0 + baan + 8, PdfSchrijver.TEKST);
        }
        pdf.omlaag(10);
    }

    static final float[] GROEN = {0.15f, 0.6f, 0.3f};

    /** Planned (light) against realised (dark) hours per week, with a scale. */
    private static void opbouw(PdfSchrijver pdf, List<RapportModel.Week> weken) {
        if (weken.isEmpty()) {
            return;
        }
        float hoogte = 90;
        pdf.ruimte(hoogte + 44);
        pdf.omlaag(16);
        float boven = pdf.y();
        float onder = boven - hoogte;
        float x0 = PdfSchrijver.MARGE + 28;
        float breedte = PdfSchrijver.BREEDTE - 28;
        int max = weken.stream().mapToInt(w -> Math.max(w.gepland() == null ? 0 : w.gepland(),
                w.gerealiseerd() == null ? 0 : w.gerealiseerd())).max().orElse(0);
        int maxUren = Math.max(1, (int) Math.ceil(max / 60.0 / 4) * 4);
        for (int t = 0; t <= 4; t++) {
            float y = onder + hoogte * t / 4;
            float oud = pdf.y();
            pdf.omlaag(oud - y);
            pdf.lijn(x0, x0 + breedte, PdfSchrijver.LIJN, 0.4f);
            pdf.omlaag(-3);
            pdf.tekst(Integer.toString(maxUren * t / 4), pdf.gewoon, 7, PdfSchrijver.MARGE, PdfSchrijver.GRIJS);
            pdf.omlaag(3);
            pdf.omlaag(pdf.y() - oud);
        }
        float stap = breedte / weken.size();
        float balk = Math.max(1, stap * 0.38f);
        for (int i = 0; i < weken.size(); i++) {
            RapportModel.Week w = weken.get(i);
            float x = x0 + i * stap + stap * 0.1f;
            if (w.gepland() != null) {
                pdf.vlak(x, onder, balk, hoogte * (w.gepland() / 60f) / maxUren, LICHT);
            }
            if (w.gerealiseerd() != null) {
                pdf.vlak(x + balk, onder, balk, hoogte * (w.gerealiseerd() / 60f) / maxUren, PdfSchrijver.ACCENT);
            }
        }
        pdf.omlaag(pdf.y() - onder);
        pdf.omlaag(12);
        pdf.vlak(x0, pdf.y(), 8, 8, LICHT);
        pdf.tekst(I18n.t("werkervaring.uren.gepland"), pdf.gewoon, 8, x0 + 12, PdfSchrijver.TEKST);
        pdf.vlak(x0 + 110, pdf.y(), 8, 8, PdfSchrijver.ACCENT);
        pdf.tekst(I18n.t("werkervaring.uren.gerealiseerd"), pdf.gewoon, 8, x0 + 122, PdfSchrijver.TEKST);
        pdf.tekst(I18n.t("rapport.werkervaring.weken", datum(weken.getFirst().maandag()), datum(weken.getLast().maandag())),
                pdf.gewoon, 8, x0 + 260, PdfSchrijver.GRIJS);
        pdf.omlaag(8);
    }

    private static void visie(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(I18n.t("rapport.sectie.visie"), 12);
        RapportModel.Akkoord a = m.akkoord();
        if (a == null) {
            pdf.alinea(I18n.t("rapport.visie.geen"), pdf.gewoon, 10, PdfSchrijver.GRIJS);
            return;
        }
        if (a.visie() != null) {
            pdf.alinea(a.visie(), pdf.gewoon, 10, PdfSchrijver.TEKST);
        }
        if (a.soort() != null) {
            pdf.omlaag(4);
            pdf.alinea(I18n.t("rapport.akkoord." + a.soort().name(), a.datum() == null ? "—" : datum(a.datum()),
                    a.reden() == null ? "" : a.reden()), pdf.vet, 10, PdfSchrijver.TEKST);
        }
    }

    private static void doelen(PdfSchrijver pdf, RapportModel m) {
        if (m.doelen().isEmpty()) {
            return;
        }
        pdf.kop(I18n.t("rapport.sectie.doelen"), 12);
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Doel d : m.doelen()) {
            rijen.add(new String[] {d.fase() == null ? "" : I18n.t("fase." + d.fase()), d.omschrijving(),
                    d.indicator() == null ? "" : d.indicator(), datum(d.streefdatum()), I18n.t("doelstatus." + d.status())});
        }
        pdf.tabel(new String[] {I18n.t("rapport.kol.fase"), I18n.t("rapport.kol.doel"), I18n.t("rapport.kol.indicator"),
                I18n.t("rapport.kol.streefdatum"), I18n.t("rapport.kol.status")},
                new float[] {0.2f, 0.33f, 0.21f, 0.14f, 0.12f}, rijen);
    }

    /** The Poortwachter dates as they stood at the end of the period, and the next one to meet. */
    private static void termijnen(PdfSchrijver pdf, RapportModel m) {
        if (m.termijnen().isEmpty()) {
            return;
        }
        pdf.kop(I18n.t("rapport.sectie.termijnen"), 12);
        RapportModel.Termijn volgende = m.volgendeTermijn();
        if (volgende != null) {
            pdf.alinea(I18n.t("rapport.termijnen.volgende", I18n.t("mijlpaal." + volgende.soort()),
                    datum(volgende.deadline())), pdf.vet, 10, PdfSchrijver.TEKST);
        }
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Termijn t : m.termijnen()) {
            rijen.add(new String[] {I18n.t("mijlpaal." + t.soort()) + (t.volgnummer() > 1 ? " " + t.volgnummer() : ""),
                    datum(t.deadline()), datum(t.gedaanOp()), I18n.t("mijlpaalstatus." + t.status())});
        }
        pdf.tabel(new String[] {I18n.t("mijlpaal.col.mijlpaal"), I18n.t("mijlpaal.col.deadline"),
                I18n.t("mijlpaal.col.gedaan"), I18n.t("mijlpaal.col.status")},
                new float[] {0.46f, 0.18f, 0.18f, 0.18f}, rijen);
    }

    /** The coach's narrative on bottlenecks, then each recorded one with how a difference of opinion was handled (C14). */
    private static void knelpunten(PdfSchrijver pdf, RapportModel m) {
        tekstsectie(pdf, m, Sectie.KNELPUNTEN);
        if (m.knelpunten().isEmpty()) {
            return;
        }
        if (m.tekst(Sectie.KNELPUNTEN) == null) {
            pdf.kop(I18n.t("rapport.sectie." + Sectie.KNELPUNTEN.name()), 12);
        } else {
            pdf.omlaag(4);
        }
        for (RapportModel.Knelpunt k : m.knelpunten()) {
            String regel = "• " + k.omschrijving();
            if (k.verschilVanInzicht()) {
                regel += " — " + I18n.t("rapport.knelpunt.verschilPdf") + "; " + (k.deskundigenoordeelOverwogen() == null
                        ? I18n.t("rapport.knelpunt.geenOordeel")
                        : I18n.t("rapport.knelpunt.oordeel", datum(k.deskundigenoordeelOverwogen())));
            }
            pdf.alinea(regel, pdf.gewoon, 10, PdfSchrijver.TEKST);
        }
    }

    /**
     * The signatures side by side: the werknemer's (when signed on the laptop) on the left, the
     * coach's on the right once the report is final; a concept says it is not signed yet.
     */
    private static void ondertekening(PdfSchrijver pdf, RapportModel m, Rapportkop kop, java.time.Instant gemaakt) {
        byte[] werknemer = m.akkoord() == null ? null : m.akkoord().handtekening();
        boolean metWerknemer = werknemer != null && werknemer.length > 0;
        if (!kop.concept() || metWerknemer) {
            pdf.ruimte(140); // the heading stays with the signatures
        }
        pdf.kop(I18n.t("rapport.sectie.ondertekening"), 12);
        float links = PdfSchrijver.MARGE;
        float rechts = PdfSchrijver.MARGE + PdfSchrijver.BREEDTE / 2 + 10;
        float kolom = PdfSchrijver.BREEDTE / 2 - 20;
        if (metWerknemer || !kop.concept()) {
            pdf.omlaag(6);
            if (metWerknemer) {
                pdf.afbeelding(werknemer, links, 50, 200);
            }
            if (!kop.concept() && kop.coachHandtekening() != null && kop.coachHandtekening().length > 0) {
                pdf.afbeelding(kop.coachHandtekening(), rechts, 50, 200);
            }
            pdf.omlaag(54);
            if (metWerknemer) {
                pdf.lijn(links, links + kolom, PdfSchrijver.LIJN, 0.5f);
            }
            if (!kop.concept()) {
                pdf.lijn(rechts, rechts + kolom, PdfSchrijver.LIJN, 0.5f);
            }
            pdf.omlaag(10);
            if (metWerknemer) {
                pdf.tekst(I18n.t("rapport.handtekening.werknemerNaam", kop.werknemer(),
                        datum(m.akkoord().datum())), pdf.gewoon, 8, links, PdfSchrijver.GRIJS);
            }
            if (!kop.concept()) {
                String wie = kop.coach() == null || kop.coach().isBlank() ? kop.praktijk() : kop.coach();
                pdf.tekst(I18n.t("rapport.ondertekening.coach", wie,
                        datum(gemaakt.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate())), pdf.gewoon, 8, rechts,
                        PdfSchrijver.GRIJS);
            }
            pdf.omlaag(4);
        }
        if (kop.concept()) {
            pdf.omlaag(metWerknemer ? 8 : 0);
            pdf.alinea(I18n.t("rapport.ondertekening.concept"), pdf.gewoon, 10, PdfSchrijver.GRIJS);
        }
    }
    private static String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }
}
