package nl.spoorzoeker.rapportage.pdf;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.Consumer;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Rapportinhoud;
import nl.spoorzoeker.rapportage.Rapportopbouw;
import nl.spoorzoeker.rapportage.Sectie;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.pdf.Kleur;
import nl.spoorzoeker.pdf.PdfSchrijver;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.rapportage.Afsluitingstekst;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.rapportage.Voorinvulling;
import nl.spoorzoeker.tijdlijn.Regime;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import nl.spoorzoeker.instrument.Waardenkaarten;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays a report model out as an A4 PDF/A-2b: letterhead, title, werknemer and period, then the
 * parts its type has ({@link Rapportopbouw}, domain.md §3.2), the generated ones as tables. A part
 * with nothing recorded says so in plain words, never an empty heading. It only lays out; every
 * figure comes from the model, computed there once.
 */
public final class RapportPdf {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /** The report's language: every word the PDF prints, its hyphenation and its catalog language. */
    private final Teksten tk;

    private RapportPdf(Teksten tk) {
        this.tk = tk;
    }

    /**
     * Renders a model that passed the privacy gate: the type proves it, so no string reaches the
     * PDF unguarded (issue 17). A concept's hits arrive already replaced by their markers.
     *
     * @param taal the report's language, given by the caller (the screen's choice, the command line's
     *             option): never read from the screen's global, so two reports in two languages can
     *             be made at once while the window shows either (ADR 0008)
     */
    public static byte[] render(Privacypoort.Bewaakt bewaakt, Rapportkop kop, java.time.Instant gemaakt,
                                Teksten taal) {
        return new RapportPdf(taal).maak(bewaakt, kop, gemaakt, false, null,
                (pdf, titel, voet, pagina, wanneer) -> pdf.klaar(titel, voet, pagina, wanneer));
    }

    /**
     * The same report laid out for the screen (the preview), unsaved: the same layout and fonts as
     * {@link #render}'s, the fonts embedded whole instead of subset, so page 1 can be drawn the moment
     * page 2 begins and is handed to {@code eerstePagina} (on this thread) while the rest is laid out
     * (issue 21 item 10). That early image lacks only its footer, whose "page 1 of N" needs N. A
     * one-page report gives no early image. The caller closes the document returned.
     */
    public static PDDocument voorHetScherm(Privacypoort.Bewaakt bewaakt, Rapportkop kop, java.time.Instant gemaakt,
                                           Teksten taal, float dpi, Consumer<BufferedImage> eerstePagina) {
        return new RapportPdf(taal).maak(bewaakt, kop, gemaakt, true, pdf -> pdf.naPagina(index -> {
            if (index == 0) {
                eerstePagina.accept(pdf.teken(0, dpi));
            }
        }), (pdf, titel, voet, pagina, wanneer) -> pdf.voorHetScherm(voet, pagina));
    }

    /** How a laid-out document ends: saved as a PDF, or handed to the screen. */
    private interface Einde<T> {
        T van(PdfSchrijver pdf, String titel, String voet, String paginaTekst, Calendar wanneer);
    }

    private <T> T maak(Privacypoort.Bewaakt bewaakt, Rapportkop kop, java.time.Instant gemaakt, boolean scherm,
                       Consumer<PdfSchrijver> voorbereiden, Einde<T> einde) {
        RapportModel m = bewaakt.model();
        Integer nummer = m.inhoud().gegevens() == null ? null : m.inhoud().gegevens().rapportnummer();
        String soortNaam = tk.t("rapport.soort." + m.soort().name());
        String titel = m.soort() == RapportSoort.VOORTGANG && nummer != null
                ? tk.t("rapport.titel.genummerd", soortNaam, nummer) : soortNaam;
        PdfSchrijver[] houder = new PdfSchrijver[1];
        Runnable paginakop = () -> paginakop(houder[0], kop);
        try (PdfSchrijver pdf = scherm ? PdfSchrijver.voorHetScherm(paginakop, tk.taal())
                : new PdfSchrijver(paginakop, tk.taal())) {
            if (voorbereiden != null) {
                voorbereiden.accept(pdf);
            }
            pdf.aanwijzingen = kop.concept();
            houder[0] = pdf;
            pdf.begin();
            pdf.omlaag(8);
            pdf.titel(titel, 18);
            pdf.alinea(kop.werknemer() + (kop.opdrachtgever() != null
                    ? " — " + tk.t("rapport.kop.opdrachtgever", kop.opdrachtgever())
                    : kop.werkgever() == null ? "" : " — " + kop.werkgever()), pdf.gewoon, 11, PdfSchrijver.TEKST);
            pdf.alinea(tk.t("rapport.periode", datum(m.van()), datum(m.tot())), pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
            pdf.omlaag(6);
            for (Rapportopbouw.Onderdeel o : Rapportopbouw.onderdelen(m)) {
                onderdeel(pdf, m, kop, gemaakt, o);
            }
            Calendar wanneer = GregorianCalendar.from(gemaakt.atZone(Tijdzone.PRAKTIJK));
            return einde.van(pdf, titel, tk.t("rapport.voet", kop.praktijk()), tk.t("rapport.pagina"), wanneer);
        }
    }

    /** One part of the report: its heading and what the dossier holds for it, or in plain words that it holds nothing. */
    private void onderdeel(PdfSchrijver pdf, RapportModel m, Rapportkop kop, java.time.Instant gemaakt,
                                  Rapportopbouw.Onderdeel o) {
        switch (o) {
            case GEGEVENS -> gegevens(pdf, m, kop);
            case KENNISMAKING -> kennismaking(pdf, m);
            case PRAKTISCHE_SITUATIE -> praktisch(pdf, m);
            case DOCUMENTEN -> documenten(pdf, m);
            case BELASTBAARHEID -> belastbaarheid(pdf, m);
            case PERSOONSPROFIEL -> persoonsprofiel(pdf, m);
            case ZOEKPROFIEL -> zoekprofiel(pdf, m);
            case DOELEN -> doelen(pdf, m);
            case TRAJECTOVERZICHT -> trajectoverzicht(pdf, m);
            case CHRONOLOGIE -> chronologie(pdf, m);
            case PROFIELONTWIKKELING -> profielontwikkeling(pdf, m);
            case ACTIVITEITEN -> activiteiten(pdf, m);
            case SOLLICITATIES -> sollicitaties(pdf, m);
            case NETWERK -> netwerk(pdf, m);
            case WERKERVARING -> werkervaring(pdf, m);
            case KNELPUNTEN -> knelpunten(pdf, m);
            case SPOOR1 -> spoor1(pdf, m);
            case AFSLUITING -> afsluiting(pdf, m);
            case UREN -> uren(pdf, m);
            case TERMIJNEN -> termijnen(pdf, m);
            case VISIE -> visie(pdf, m);
            case DISTRIBUTIE -> distributie(pdf, m);
            case ONDERTEKENING -> ondertekening(pdf, m, kop, gemaakt);
            default -> tekstsectie(pdf, m, o.tekst());
        }
    }

    /** Under a heading with nothing recorded: what is missing and where the coach records it. */
    private void leeg(PdfSchrijver pdf, String key) {
        pdf.alinea(tk.t(key), pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
    }

    /**
     * As {@link #leeg(PdfSchrijver, String)}, and in a concept where in the app the coach records it;
     * a final report, read by the employer and UWV, carries no directions to the app's screens.
     */
    private void leeg(PdfSchrijver pdf, String key, String waarKey) {
        pdf.alinea(pdf.aanwijzingen ? tk.t(key) + " (" + tk.t(waarKey) + ")" : tk.t(key), pdf.gewoon, 9.5f,
                PdfSchrijver.GRIJS);
    }

    private String of(String waarde) {
        return waarde == null || waarde.isBlank() ? tk.t("rapport.gegevens.geen") : waarde;
    }

    /** The data block a coach's template opens with (domain.md §3.2 B.1, C Kop). */
    private void gegevens(PdfSchrijver pdf, RapportModel m, Rapportkop kop) {
        Rapportinhoud.Gegevens g = m.inhoud().gegevens();
        pdf.kop(tk.t("rapport.onderdeel.GEGEVENS"), 12);
        List<String[]> rijen = new ArrayList<>();
        if (g == null) {
            rijen.add(new String[] {tk.t("rapport.gegevens.werknemer"), kop.werknemer()});
        } else {
            rijen.add(new String[] {tk.t("rapport.gegevens.werknemer"), of(g.werknemer())});
            rijen.add(new String[] {tk.t("rapport.gegevens.functie"), of(g.functie()) + (g.contracturenMinuten() == null
                    ? "" : " — " + tk.t("rapport.gegevens.uurPerWeek",
                    tk.duur(g.contracturenMinuten())))});
            if (g.opdrachtgever() != null) {
                // Addressed to UWV or another payer: say so, and under which regime (never in a werkgever's report).
                rijen.add(new String[] {tk.t("rapport.gegevens.opdrachtgever"), g.opdrachtgever()});
                if (g.regime() != null) {
                    rijen.add(new String[] {tk.t("rapport.gegevens.regime"), tk.t("regime." + g.regime())});
                }
            }
            rijen.add(new String[] {tk.t(g.opdrachtgever() != null
                    && Regime.ZIEKTEWET_VANGNET.name().equals(g.regime())
                    ? "rapport.gegevens.werkgeverVoormalig" : "rapport.gegevens.werkgever"), of(g.werkgever())});
            rijen.add(new String[] {tk.t("rapport.gegevens.contactpersoon"), of(g.contactpersoon())});
            rijen.add(new String[] {tk.t("rapport.gegevens.casemanager"), of(g.casemanager())});
            rijen.add(new String[] {tk.t("rapport.gegevens.bedrijfsarts"), of(g.bedrijfsarts())});
            rijen.add(new String[] {tk.t("rapport.gegevens.arbeidsdeskundige"), of(g.arbeidsdeskundige())});
        }
        // Without the coach's name (a concept before Instellingen is filled in) the row says so, instead of
        // printing the program's name as if it were the coach; a final report is refused until it is set.
        rijen.add(new String[] {tk.t("rapport.gegevens.coach"), kop.coach() == null || kop.coach().isBlank()
                ? tk.t("rapport.gegevens.coachOntbreekt") : String.join(", ", java.util.stream.Stream.of(
                kop.coach(), kop.praktijk()).filter(x -> x != null && !x.isBlank()).distinct().toList())});
        if (g != null) {
            rijen.add(new String[] {tk.t("rapport.gegevens.eersteZiektedag"), of(datum(g.eersteZiektedag()))});
            rijen.add(new String[] {tk.t("rapport.gegevens.verzuimweek", datum(m.tot())), g.verzuimweek() == null
                    ? tk.t("rapport.gegevens.geen") : tk.t("rapport.gegevens.week", g.verzuimweek())});
            rijen.add(new String[] {tk.t("rapport.gegevens.opdrachtdatum"), of(datum(g.opdrachtdatum()))});
            rijen.add(new String[] {tk.t("rapport.gegevens.startdatum"), of(datum(g.startdatum()))});
            rijen.add(new String[] {tk.t("rapport.gegevens.einddatum"), of(datum(g.geplandeEinddatum()))});
            if (g.volgendeMijlpaal() != null) {
                long dagen = java.time.temporal.ChronoUnit.DAYS.between(m.tot(), g.volgendeMijlpaalDatum());
                rijen.add(new String[] {tk.t("rapport.gegevens.volgende"), tk.t("rapport.gegevens.volgendeWaarde",
                        tk.t("mijlpaal." + g.volgendeMijlpaal()), datum(g.volgendeMijlpaalDatum()), dagen)});
            }
        }
        pdf.gegevenstabel(new float[] {0.34f, 0.66f}, rijen);
    }

    private void kennismaking(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.KENNISMAKING"), 12);
        if (m.inhoud().kennismaking().isEmpty()) {
            leeg(pdf, "rapport.leeg.KENNISMAKING", "rapport.waar.KENNISMAKING");
            return;
        }
        for (Rapportinhoud.Antwoord a : m.inhoud().kennismaking()) {
            pdf.alinea(a.stap() + " (" + datum(a.datum()) + ")", pdf.vet, 10, PdfSchrijver.TEKST);
            pdf.alinea(a.antwoord(), pdf.gewoon, 10, PdfSchrijver.TEKST);
            pdf.omlaag(3);
        }
    }

    private void praktisch(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.PRAKTISCHE_SITUATIE"), 12);
        Rapportinhoud.Praktisch p = m.inhoud().praktisch();
        if (p == null) {
            leeg(pdf, "rapport.leeg.PRAKTISCHE_SITUATIE", "rapport.waar.PRAKTISCHE_SITUATIE");
            return;
        }
        pdf.alinea(tk.t("rapport.praktisch.regel", tk.t(p.rijbewijs() ? "yes" : "no"),
                p.vervoer() == null ? tk.t("rapport.gegevens.geen") : tk.t("vervoer." + p.vervoer()),
                of(p.woonplaats())), pdf.gewoon, 10, PdfSchrijver.TEKST);
    }

    private void documenten(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.DOCUMENTEN"), 12);
        if (m.inhoud().documenten().isEmpty()) {
            leeg(pdf, "rapport.leeg.DOCUMENTEN", "rapport.waar.DOCUMENTEN");
            return;
        }
        List<String[]> rijen = new ArrayList<>();
        for (Rapportinhoud.Document d : m.inhoud().documenten()) {
            rijen.add(new String[] {tk.t("rapport.document." + d.soort().name()), datum(d.datum())});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.document"), tk.t("rapport.kol.datum")}, new float[] {0.7f, 0.3f},
                rijen);
    }

    private void spoor1(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.sectie.spoor1"), 12);
        Rapportinhoud.AdRapport ad = m.inhoud().adRapport();
        if (ad != null) {
            pdf.alinea(tk.t("rapport.adrapport.regel", datum(ad.datum()), of(ad.arbeidsdeskundige()),
                    tk.t("rapport.adrapport.conclusie." + ad.conclusie())), pdf.gewoon, 10, PdfSchrijver.TEKST);
            if (ad.zoekrichtingen() != null && !ad.zoekrichtingen().isBlank()) {
                pdf.alinea(tk.t("rapport.adrapport.richtingen", ad.zoekrichtingen().strip()), pdf.gewoon, 10,
                        PdfSchrijver.TEKST);
            }
            pdf.omlaag(3);
        }
        if (m.statusSpoor1() != null && !m.statusSpoor1().isBlank()) {
            pdf.alinea(tk.t("rapport.spoor1.volgensWerkgever", m.statusSpoor1().strip()), pdf.gewoon, 10,
                    PdfSchrijver.TEKST);
        } else {
            leeg(pdf, "rapport.leeg.SPOOR1", "rapport.waar.SPOOR1");
        }
    }

    private void persoonsprofiel(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.PERSOONSPROFIEL"), 12);
        Rapportinhoud.Profiel p = m.inhoud().persoonsprofiel();
        if (p == null || p.velden().isEmpty()) {
            leeg(pdf, "rapport.leeg.PERSOONSPROFIEL", "rapport.waar.PERSOONSPROFIEL");
        } else {
            pdf.alinea(tk.t("rapport.profiel.versie", p.versie(), datum(p.datum())), pdf.gewoon, 9.5f,
                    PdfSchrijver.GRIJS);
            veldentabel(pdf, p);
        }
        instrumenten(pdf, m.inhoud().instrumenten());
    }

    /**
     * The results of the instruments (issue 19 item 7, C04): per instrument its name, date and the
     * outcome in a sentence, worded for the employer and UWV. Nothing at all, not even the heading,
     * when no result was recorded or the coach left them all out.
     */
    private void instrumenten(PdfSchrijver pdf, Rapportinhoud.Instrumenten i) {
        if (i == null || i.leeg()) {
            return;
        }
        List<String[]> rijen = new ArrayList<>();
        if (i.interesse() != null) {
            rijen.add(new String[] {tk.t("instrumentnaam.ONET_IP_SF"), datum(i.interesse().datum()),
                    tk.t("rapport.instr.interesse", hollandnamen(i.interesse().hollandcode()),
                            i.interesse().hollandcode())});
        }
        if (i.waarden() != null) {
            rijen.add(new String[] {tk.t("instrumentnaam.WAARDENKAART"), datum(i.waarden().datum()),
                    tk.t("rapport.instr.waarden", waardennamen(i.waarden().topwaarden()))});
        }
        if (i.drijfveren() != null) {
            var d = i.drijfveren();
            List<String> delen = new ArrayList<>();
            deel(delen, "rapport.instr.drijfveren.energie", d.energie());
            deel(delen, "rapport.instr.drijfveren.trots", d.trots());
            deel(delen, "rapport.instr.drijfveren.belangrijk", d.belangrijk());
            deel(delen, "rapport.instr.drijfveren.nietMeer", d.nietMeer());
            rijen.add(new String[] {tk.t("instrumentnaam.DRIJFVEREN"), datum(d.datum()), String.join(" ", delen)});
        }
        if (i.schalen() != null) {
            List<String> scores = new ArrayList<>();
            for (Rapportinhoud.Schaal s : i.schalen().scores()) {
                scores.add(tk.t("rapport.instr.schaal", tk.t("schaal." + s.soort()), s.score()));
            }
            rijen.add(new String[] {tk.t("rapport.instr.schalen.naam"), datum(i.schalen().datum()),
                    tk.t("rapport.instr.schalen", String.join(", ", scores))});
        }
        for (Rapportinhoud.Kwadrant k : i.kernkwadranten()) {
            List<String> delen = new ArrayList<>();
            deel(delen, "rapport.instr.kk.kwaliteit", k.kwaliteit());
            deel(delen, "rapport.instr.kk.valkuil", k.valkuil());
            deel(delen, "rapport.instr.kk.uitdaging", k.uitdaging());
            rijen.add(new String[] {tk.t("rapport.instr.kk.naam"), "", String.join(" ", delen)});
        }
        for (Rapportinhoud.Verhaal v : i.verhalen()) {
            String zin = tk.t("rapport.instr.starr", v.titel(), opsomming(v.competenties()));
            if (v.resultaat() != null && !v.resultaat().isBlank()) {
                zin += " " + tk.t("rapport.instr.starr.resultaat", zin(v.resultaat().strip()));
            }
            rijen.add(new String[] {tk.t("rapport.instr.starr.naam"), "", zin});
        }
        pdf.omlaag(4);
        pdf.alinea(tk.t("rapport.instr.kop"), pdf.vet, 10, PdfSchrijver.TEKST);
        pdf.tabel(new String[] {tk.t("rapport.kol.instrument"), tk.t("rapport.kol.datum"),
                tk.t("rapport.kol.uitkomst")}, new float[] {0.24f, 0.12f, 0.64f}, rijen);
    }

    /** "Labelled: text." for an answer that was given; nothing for one left open. */
    private void deel(List<String> delen, String key, String tekst) {
        if (tekst != null && !tekst.isBlank()) {
            delen.add(tk.t(key, zin(tekst.strip())));
        }
    }

    /** A werknemer's answer as the end of a sentence: without its own closing full stop (the pattern adds one). */
    private String zin(String tekst) {
        return tekst.endsWith(".") ? tekst.substring(0, tekst.length() - 1) : tekst;
    }

    /** The Holland letters of a code as the names of the interest areas, lower case: "sociaal, ondernemend en ordenend". */
    private String hollandnamen(String code) {
        List<String> namen = new ArrayList<>();
        for (char c : code.toCharArray()) {
            if ("RIASEC".indexOf(c) < 0) {
                continue; // the gate printed something else than a code: no area to name
            }
            namen.add(tk.t("riasec.schaal." + c).toLowerCase(tk.taal()));
        }
        return opsomming(namen);
    }

    private String waardennamen(List<String> codes) {
        List<String> namen = new ArrayList<>();
        for (String c : codes) {
            namen.add(Waardenkaarten.naam(c, tk.taal()).toLowerCase(tk.taal()));
        }
        return opsomming(namen);
    }

    /** "a, b en c" (Dutch) or "a, b and c" (English). */
    private String opsomming(List<String> delen) {
        if (delen.size() <= 1) {
            return String.join("", delen);
        }
        return String.join(", ", delen.subList(0, delen.size() - 1)) + " " + tk.t("rapport.instr.en") + " "
                + delen.getLast();
    }

    /** What a later profile version changed: "Competenties: …; Belemmeringen: (leeggemaakt)". */
    private String wijzigingen(Rapportinhoud.Versie v) {
        List<String> delen = new ArrayList<>();
        for (Rapportinhoud.Rubriek r : v.wijzigingen()) {
            delen.add(tk.t(r.labelKey()).replace("_", "") + ": "
                    + (r.tekst().isBlank() ? tk.t("rapport.profiel.leeggemaakt") : r.tekst()));
        }
        return tk.t("rapport.profiel.gewijzigd") + " " + String.join("; ", delen);
    }

    /** The persoonsprofiel's filled-in fields as a two-column table. */
    private void veldentabel(PdfSchrijver pdf, Rapportinhoud.Profiel p) {
        List<String[]> rijen = new ArrayList<>();
        for (Rapportinhoud.Rubriek r : p.velden()) {
            rijen.add(new String[] {tk.t(r.labelKey()).replace("_", ""), r.tekst()});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.onderdeel"), tk.t("rapport.kol.inhoud")}, new float[] {0.26f, 0.74f},
                rijen);
    }

    private void trajectoverzicht(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.TRAJECTOVERZICHT"), 12);
        Rapportinhoud.Totalen t = m.inhoud().totalen();
        if (t == null) {
            leeg(pdf, "rapport.leeg.TRAJECTOVERZICHT");
            return;
        }
        pdf.alinea(tk.t("rapport.traject.regel", t.start() == null ? tk.t("rapport.gegevens.geen") : datum(t.start()),
                datum(t.eind()), t.contacten(), tk.duur(t.minuten()),
                t.sollicitaties(), t.gesprekken(), t.aanbiedingen()), pdf.gewoon, 10, PdfSchrijver.TEKST);
    }

    private void chronologie(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.CHRONOLOGIE"), 12);
        if (m.inhoud().fasen().isEmpty()) {
            leeg(pdf, "rapport.leeg.CHRONOLOGIE", "rapport.waar.CHRONOLOGIE");
            return;
        }
        List<String[]> rijen = new ArrayList<>();
        for (Rapportinhoud.Fase f : m.inhoud().fasen()) {
            rijen.add(new String[] {tk.t("fase." + f.soort()), datum(f.start()),
                    f.eind() == null ? tk.t("rapport.fase.lopend") : datum(f.eind()), Integer.toString(f.contacten()),
                    Integer.toString(f.sollicitaties())});
        }
        // Each contact counts in one phase (Fasetelling), so the column adds up to the traject's total; what
        // fell outside every phase gets its own row rather than vanishing from the sum.
        Rapportinhoud.Totalen t = m.inhoud().totalen();
        if (t != null) {
            int contacten = m.inhoud().fasen().stream().mapToInt(Rapportinhoud.Fase::contacten).sum();
            int sollicitaties = m.inhoud().fasen().stream().mapToInt(Rapportinhoud.Fase::sollicitaties).sum();
            if (contacten != t.contacten() || sollicitaties != t.sollicitaties()) {
                rijen.add(new String[] {tk.t("rapport.fase.buiten"), "", "",
                        Integer.toString(t.contacten() - contacten), Integer.toString(t.sollicitaties() - sollicitaties)});
            }
            rijen.add(new String[] {tk.t("rapport.fase.totaal"), "", "", Integer.toString(t.contacten()),
                    Integer.toString(t.sollicitaties())});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.fase"), tk.t("rapport.kol.van"), tk.t("rapport.kol.tot"),
                tk.t("rapport.kol.contacten"), tk.t("rapport.kol.sollicitaties")},
                new float[] {0.34f, 0.16f, 0.16f, 0.16f, 0.18f}, rijen);
        pdf.alinea(tk.t("rapport.fase.telling"), pdf.gewoon, 9f, PdfSchrijver.GRIJS);
    }

    private void profielontwikkeling(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.PROFIELONTWIKKELING"), 12);
        Rapportinhoud i = m.inhoud();
        if (i.persoonsprofielVersies().isEmpty() && i.zoekprofielVersies().isEmpty()) {
            leeg(pdf, "rapport.leeg.PROFIELONTWIKKELING", "rapport.waar.PROFIELONTWIKKELING");
            return;
        }
        List<String[]> rijen = new ArrayList<>();
        for (Rapportinhoud.Versie v : i.persoonsprofielVersies()) {
            rijen.add(new String[] {tk.t("rapport.onderdeel.PERSOONSPROFIEL"), Integer.toString(v.versie()),
                    datum(v.datum()), v.wijzigingen().isEmpty() ? v.inhoud() : wijzigingen(v)});
        }
        for (Rapportinhoud.Versie v : i.zoekprofielVersies()) {
            rijen.add(new String[] {tk.t("rapport.sectie.zoekprofiel"), Integer.toString(v.versie()), datum(v.datum()),
                    v.inhoud()});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.profiel"), tk.t("rapport.kol.versie"), tk.t("rapport.kol.datum"),
                tk.t("rapport.kol.inhoud")}, new float[] {0.2f, 0.1f, 0.14f, 0.56f}, rijen);
        if (i.persoonsprofiel() != null && !i.persoonsprofiel().velden().isEmpty()) {
            pdf.omlaag(4);
            persoonsprofielVelden(pdf, i.persoonsprofiel());
        }
        instrumenten(pdf, i.instrumenten());
    }

    private void persoonsprofielVelden(PdfSchrijver pdf, Rapportinhoud.Profiel p) {
        pdf.alinea(tk.t("rapport.profiel.eind", p.versie(), datum(p.datum())), pdf.vet, 10, PdfSchrijver.TEKST);
        veldentabel(pdf, p);
    }

    private void netwerk(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.NETWERK"), 12);
        List<RapportModel.Activiteit> markt = m.activiteiten().stream().filter(RapportModel.Activiteit::marktcontact).toList();
        if (markt.isEmpty() && m.netwerkcontacten() == 0) {
            leeg(pdf, "rapport.leeg.NETWERK");
            return;
        }
        pdf.alinea(tk.t("rapport.netwerk.regel", m.netwerkcontacten(), markt.size()), pdf.gewoon, 9.5f,
                PdfSchrijver.GRIJS);
        if (markt.isEmpty()) {
            return;
        }
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Activiteit a : markt) {
            rijen.add(new String[] {datum(a.datum()), soort(a.soort()), nz(a.doel()), nz(a.samenvatting())});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.datum"), tk.t("rapport.kol.soort"), tk.t("rapport.kol.doel"),
                tk.t("rapport.kol.samenvatting")}, new float[] {0.12f, 0.2f, 0.25f, 0.43f}, rijen);
    }

    private String nz(String s) {
        return s == null ? "" : s;
    }

    private void distributie(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.DISTRIBUTIE"), 12);
        if (m.distributie().isEmpty()) {
            leeg(pdf, "rapport.leeg.DISTRIBUTIE", "rapport.waar.DISTRIBUTIE");
            return;
        }
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Ontvanger o : m.distributie()) {
            rijen.add(new String[] {tk.t("rapport.ontvanger." + o.soort().name()), nz(o.naam()), datum(o.datum())});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.ontvanger"), tk.t("rapport.kol.naam"), tk.t("rapport.kol.verzonden")},
                new float[] {0.3f, 0.45f, 0.25f}, rijen);
    }

    private void paginakop(PdfSchrijver pdf, Rapportkop kop) {
        float x = PdfSchrijver.MARGE;
        if (kop.logo() != null && kop.logo().length > 0) {
            float breedte = pdf.afbeelding(kop.logo(), x, 30, 120, tk.t("rapport.alt.logo", kop.praktijk()));
            if (breedte > 0) {
                x += breedte + 10;
            }
        }
        pdf.omlaag(4);
        pdf.tekst(kop.praktijk(), pdf.vet, 11, x, PdfSchrijver.ACCENT);
        String vertrouwelijk = tk.t(kop.concept() ? "rapport.vertrouwelijkConcept" : "rapport.vertrouwelijk");
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

    private void tekstsectie(PdfSchrijver pdf, RapportModel m, Sectie sectie) {
        String tekst = m.tekst(sectie);
        if (tekst == null && !Rapportopbouw.nodig(m, sectie)) {
            return; // an explanation that nothing calls for
        }
        pdf.kop(tk.t("rapport.sectie." + sectie.name()), 12);
        if (tekst == null) {
            leeg(pdf, "rapport.leeg.tekst");
            return;
        }
        pdf.alinea(tekst, pdf.gewoon, 10, PdfSchrijver.TEKST);
    }

    private void activiteiten(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.sectie.activiteiten"), 12);
        if (m.activiteiten().isEmpty()) {
            leeg(pdf, "rapport.leeg.ACTIVITEITEN");
            return;
        }
        // The count only: hours are stated once, under Uren, as booked (a group session shared).
        pdf.alinea(tk.t("rapport.activiteiten.aantal", m.activiteiten().size()), pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Activiteit a : m.activiteiten()) {
            rijen.add(new String[] {datum(a.datum()), soort(a.soort()) + "\n" + tk.duur(a.minuten()),
                    a.groepsgrootte() > 0 && (a.deelnemers() == null || a.deelnemers().isBlank())
                            ? tk.t("rapport.activiteiten.groep", a.groepsgrootte()) : nz(a.deelnemers()), nz(a.doel()), nz(a.samenvatting()),
                    java.util.stream.Stream.of(a.afspraken(), a.vervolg()).filter(x -> x != null && !x.isBlank())
                            .collect(java.util.stream.Collectors.joining("\n"))});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.datum"), tk.t("rapport.kol.soort"), tk.t("rapport.kol.deelnemers"),
                        tk.t("rapport.kol.doel"), tk.t("rapport.kol.samenvatting"), tk.t("rapport.kol.afspraken")},
                new float[] {0.125f, 0.165f, 0.12f, 0.16f, 0.23f, 0.20f}, rijen);
    }

    private String soort(String soort) {
        return "GROEPSSESSIE".equals(soort) ? tk.t("bron.GROEPSSESSIE") : tk.t("contactsoort." + soort);
    }

    private void sollicitaties(PdfSchrijver pdf, RapportModel m) {
        RapportModel.Sollicitaties s = m.sollicitaties();
        pdf.kop(tk.t("rapport.sectie.sollicitaties"), 12);
        if (s.lijst().isEmpty()) {
            leeg(pdf, "rapport.leeg.SOLLICITATIES");
            if (s.normInPeriode() != null) {
                pdf.alinea(tk.t("rapport.sollicitaties.norm", 0, s.normInPeriode(), s.normPerWeek()), pdf.gewoon, 9.5f,
                        PdfSchrijver.GRIJS);
            }
            return;
        }
        int eerder = (int) s.lijst().stream().filter(RapportModel.Sollicitatie::eerderVerstuurd).count();
        int open = s.lijst().size() - eerder - s.verstuurd();
        pdf.alinea(tk.t("rapport.sollicitaties.samen", s.lijst().size(), s.verstuurd(), eerder, open),
                pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
        if (s.normInPeriode() != null) {
            pdf.alinea(tk.t("rapport.sollicitaties.norm", s.verstuurd(), s.normInPeriode(), s.normPerWeek()),
                    pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
        }
        trechter(pdf, s.trechter(), m.tot());
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Sollicitatie r : s.lijst()) {
            rijen.add(new String[] {datum(r.datum()) + (r.eerderVerstuurd() ? " *" : ""), r.organisatie(), r.functie(),
                    nz(r.zoekrichting()), tk.t("kanaal." + r.kanaal()),
                    tk.t("sollicitatiestatus." + r.status()) + (r.statusDatum() == null ? "" : "\n" + datum(r.statusDatum())),
                    tk.t(r.bewijs() ? "yes" : "no")});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.datum"), tk.t("rapport.kol.organisatie"),
                        tk.t("rapport.kol.functie"), tk.t("rapport.kol.zoekrichting"), tk.t("rapport.kol.kanaal"),
                        tk.t("rapport.kol.stand"), tk.t("rapport.kol.bewijs")},
                new float[] {0.125f, 0.18f, 0.18f, 0.15f, 0.12f, 0.155f, 0.09f}, rijen);
        if (eerder > 0) {
            pdf.alinea(tk.t("rapport.sollicitaties.eerderVoetnoot"), pdf.gewoon, 8, PdfSchrijver.GRIJS);
        }
    }

    /** How the traject ended: a few short sentences, the softer results as one sentence listing them. */
    private void afsluiting(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.onderdeel.AFSLUITING"), 12);
        List<String> zinnen = Afsluitingstekst.zinnen(m.afsluiting(), tk);
        if (zinnen.isEmpty()) {
            leeg(pdf, "afsluiting.leeg", "afsluiting.leeg.waar");
            return;
        }
        for (String zin : zinnen) {
            pdf.alinea(zin, pdf.gewoon, 10, PdfSchrijver.TEKST);
        }
        // The scales scored with the werknemer: start and end side by side, so the change reads at a glance.
        String schaalzin = Afsluitingstekst.schaalzin(m.afsluiting(), tk);
        if (schaalzin != null) {
            pdf.ruimte(4);
            pdf.alinea(schaalzin, pdf.gewoon, 10, PdfSchrijver.TEKST);
            pdf.tabel(new String[] {tk.t("afsluiting.schalen.kol.schaal"), tk.t("afsluiting.schalen.kol.begin"),
                            tk.t("afsluiting.schalen.kol.eind"), tk.t("afsluiting.schalen.kol.verschil")},
                    new float[] {0.4f, 0.2f, 0.2f, 0.2f}, Afsluitingstekst.schaalrijen(m.afsluiting(), tk));
        }
    }

    private void werkervaring(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.sectie.werkervaring"), 12);
        if (m.werkervaring().isEmpty()) {
            leeg(pdf, "rapport.leeg.WERKERVARING");
            return;
        }
        for (RapportModel.Werkervaring w : m.werkervaring()) {
            pdf.alinea(tk.t("rapport.werkervaring.regel", w.organisatie(), datum(w.start()),
                    w.eind() == null ? "—" : datum(w.eind()),
                    w.beoogdeUitkomst() == null ? "—" : tk.t("uitkomst." + w.beoogdeUitkomst()),
                    w.laatsteEvaluatie() == null ? "—" : datum(w.laatsteEvaluatie())), pdf.gewoon, 10, PdfSchrijver.TEKST);
            opbouw(pdf, w.organisatie(), w.weken());
        }
    }

    /** The belastbaarheid per rubriek, in functional terms, with its source, date and next review (C03). */
    private void belastbaarheid(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.sectie.belastbaarheid"), 12);
        Rapportinhoud.Belastbaarheid b = m.inhoud().belastbaarheid();
        if (b == null) {
            leeg(pdf, "rapport.leeg.BELASTBAARHEID", "rapport.waar.BELASTBAARHEID");
            return;
        }
        pdf.alinea(tk.t("rapport.belastbaarheid.bron", datum(b.datum()),
                tk.t("bron." + b.bron()).toLowerCase(tk.taal()), tk.t("documenttype." + b.documenttype())),
                pdf.gewoon, 10, PdfSchrijver.TEKST);
        if (m.soort() == RapportSoort.VOORTGANG) {
            pdf.alinea(tk.t(b.nieuwInPeriode() ? "rapport.belastbaarheid.gewijzigd" : "rapport.belastbaarheid.ongewijzigd"),
                    pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
        }
        List<String[]> rijen = new ArrayList<>();
        rijen.add(new String[] {tk.t("rapport.belastbaarheid.uren"), tk.t("rapport.belastbaarheid.urenWaarde",
                b.urenPerDagMinuten() == null ? "—" : tk.duur(b.urenPerDagMinuten()),
                b.urenPerWeekMinuten() == null ? "—" : tk.duur(b.urenPerWeekMinuten()))});
        if (b.opbouwschema() != null && !b.opbouwschema().isBlank()) {
            rijen.add(new String[] {tk.t("rapport.belastbaarheid.opbouw"), b.opbouwschema().strip()});
        }
        for (Rapportinhoud.Rubriek r : b.rubrieken()) {
            rijen.add(new String[] {tk.t(r.labelKey()).replace("_", ""), r.tekst()});
        }
        if (b.geenBenutbareMogelijkheden()) {
            rijen.add(new String[] {tk.t("rapport.belastbaarheid.gbm"), tk.t("yes")});
        }
        if (b.herbeoordelingsdatum() != null) {
            rijen.add(new String[] {tk.t("rapport.belastbaarheid.herbeoordeling"), datum(b.herbeoordelingsdatum())});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.rubriek"), tk.t("rapport.kol.functioneel")},
                new float[] {0.3f, 0.7f}, rijen);
    }

    private void zoekprofiel(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.sectie.zoekprofiel"), 12);
        if (m.profielen().zoekrichtingen().isEmpty()) {
            leeg(pdf, "rapport.leeg.ZOEKPROFIEL", "rapport.waar.ZOEKPROFIEL");
            return;
        }
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Zoekrichting z : m.profielen().zoekrichtingen()) {
            rijen.add(new String[] {z.functie(), z.niveau(), z.urenPerWeekMinuten() == null ? ""
                    : tk.duur(z.urenPerWeekMinuten()), z.regio(), z.onderbouwing()});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.functie"), tk.t("rapport.kol.niveau"), tk.t("rapport.kol.uren"),
                        tk.t("rapport.kol.regio"), tk.t("rapport.kol.onderbouwing")},
                new float[] {0.25f, 0.12f, 0.1f, 0.2f, 0.33f}, rijen);
        aansluiting(pdf, m.inhoud().instrumenten());
        String wijziging = Voorinvulling.wijziging(m.profielen().wijziging(), tk);
        if (wijziging != null) {
            pdf.omlaag(4);
            pdf.alinea(wijziging, pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
        }
    }


    /**
     * How the zoekprofiel rests on the persoonsprofiel: the interest code and the values on top, in
     * one sentence under the zoekrichtingen (C04 asks that the two profiles connect). Nothing when
     * neither was recorded.
     */
    private void aansluiting(PdfSchrijver pdf, Rapportinhoud.Instrumenten i) {
        if (i == null || (i.interesse() == null && i.waarden() == null)) {
            return;
        }
        List<String> delen = new ArrayList<>();
        if (i.interesse() != null) {
            delen.add(tk.t("rapport.instr.aansluiting.interesse", i.interesse().hollandcode(),
                    hollandnamen(i.interesse().hollandcode())));
        }
        if (i.waarden() != null) {
            delen.add(tk.t("rapport.instr.aansluiting.waarden", waardennamen(i.waarden().topwaarden())));
        }
        pdf.omlaag(4);
        pdf.alinea(tk.t("rapport.instr.aansluiting", String.join("; ", delen)), pdf.gewoon, 9.5f, PdfSchrijver.TEKST);
    }

    /** Hours in the period and in all, and a bar of the budget used. */
    private void uren(PdfSchrijver pdf, RapportModel m) {
        RapportModel.Uren u = m.uren();
        pdf.kop(tk.t("rapport.sectie.uren"), 12);
        if (u == null) {
            leeg(pdf, "rapport.leeg.UREN");
            return;
        }
        String uur = tk.duur(u.periodeMinuten());
        String totaal = tk.duur(u.totaalMinuten());
        if (u.budgetMinuten() == null || u.budgetMinuten() == 0) {
            pdf.alinea(tk.t("rapport.uren.zonderBudget", uur, totaal), pdf.gewoon, 10, PdfSchrijver.TEKST);
            return;
        }
        int rest = u.budgetMinuten() - u.totaalMinuten();
        pdf.alinea(tk.t(rest < 0 ? "rapport.uren.over" : "rapport.uren.budget", uur, totaal,
                tk.duur(u.budgetMinuten()),
                tk.duur(Math.abs(rest))), pdf.gewoon, 10, PdfSchrijver.TEKST);
        float hoogte = 10;
        pdf.ruimte(hoogte + 10);
        pdf.omlaag(6 + hoogte);
        float breedte = PdfSchrijver.BREEDTE * 0.6f;
        float deel = (float) Math.min(1.0, u.totaalMinuten() / (double) u.budgetMinuten());
        pdf.figuur(tk.t("rapport.alt.budget", totaal, NumberInput.formatHours(u.budgetMinuten())),
                () -> {
                    pdf.vlak(PdfSchrijver.MARGE, pdf.y(), breedte, hoogte, PdfSchrijver.KOPVLAK);
                    pdf.vlak(PdfSchrijver.MARGE, pdf.y(), breedte * deel, hoogte, deel >= 0.8f ? ORANJE : PdfSchrijver.ACCENT);
                });
        pdf.omlaag(4);
    }

    static final Kleur ORANJE = new Kleur(0.85f, 0.5f, 0.1f);
    static final Kleur LICHT = new Kleur(0.72f, 0.82f, 0.95f);

    /** The funnel as centred bars: sent, interview, second interview, offer, hired. */
    private void trechter(PdfSchrijver pdf, List<Integer> niveaus, LocalDate op) {
        if (niveaus.isEmpty() || niveaus.getFirst() == 0) {
            return;
        }
        String[] namen = {"VERSTUURD", "GESPREK", "TWEEDE_GESPREK", "AANBOD", "AANGENOMEN"};
        float regel = 13;
        pdf.ruimte(regel * (niveaus.size() + 1) + 8);
        pdf.alinea(tk.t("rapport.trechter", datum(op)), pdf.vet, 8.5f, PdfSchrijver.TEKST);
        float labelBreedte = 110;
        float baan = 220;
        float x0 = PdfSchrijver.MARGE + labelBreedte;
        int top = niveaus.getFirst();
        List<String> alt = new ArrayList<>();
        for (int i = 0; i < niveaus.size() && i < namen.length; i++) {
            alt.add(tk.t("sollicitatiestatus." + namen[i]) + " " + niveaus.get(i));
        }
        pdf.figuur(tk.t("rapport.alt.trechter", datum(op), String.join(", ", alt)), () -> {
            for (int i = 0; i < niveaus.size() && i < namen.length; i++) {
                pdf.omlaag(regel);
                pdf.tekst(tk.t("sollicitatiestatus." + namen[i]), pdf.gewoon, 8.5f, PdfSchrijver.MARGE,
                        PdfSchrijver.TEKST);
                float b = baan * niveaus.get(i) / top;
                pdf.vlak(x0 + (baan - b) / 2, pdf.y() - 2, Math.max(b, niveaus.get(i) > 0 ? 2 : 0), 9,
                        i >= 3 ? PdfSchrijver.GROEN : PdfSchrijver.ACCENT);
                pdf.tekst(Integer.toString(niveaus.get(i)), pdf.gewoon, 8.5f, x0 + baan + 8, PdfSchrijver.TEKST);
            }
        });
        pdf.omlaag(10);
    }

    /** Planned (light) against realised (dark) hours per week, with a scale. */
    private void opbouw(PdfSchrijver pdf, String organisatie, List<RapportModel.Week> weken) {
        if (weken.isEmpty()) {
            return;
        }
        List<String> perWeek = new ArrayList<>();
        for (RapportModel.Week w : weken) {
            perWeek.add(tk.t("rapport.alt.opbouwWeek", datum(w.maandag()),
                    w.gepland() == null ? "—" : NumberInput.formatHours(w.gepland()),
                    w.gerealiseerd() == null ? "—" : NumberInput.formatHours(w.gerealiseerd())));
        }
        pdf.ruimte(90 + 44);
        pdf.figuur(tk.t("rapport.alt.opbouw", organisatie, String.join("; ", perWeek)), () -> grafiek(pdf, weken));
    }

    private void grafiek(PdfSchrijver pdf, List<RapportModel.Week> weken) {
        float hoogte = 90;
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
        pdf.tekst(tk.t("werkervaring.uren.gepland"), pdf.gewoon, 8, x0 + 12, PdfSchrijver.TEKST);
        pdf.vlak(x0 + 110, pdf.y(), 8, 8, PdfSchrijver.ACCENT);
        pdf.tekst(tk.t("werkervaring.uren.gerealiseerd"), pdf.gewoon, 8, x0 + 122, PdfSchrijver.TEKST);
        pdf.tekst(tk.t("rapport.werkervaring.weken", datum(weken.getFirst().maandag()), datum(weken.getLast().maandag())),
                pdf.gewoon, 8, x0 + 260, PdfSchrijver.GRIJS);
        pdf.omlaag(8);
    }

    private void visie(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.sectie.visie"), 12);
        RapportModel.Akkoord a = m.akkoord();
        if (a == null) {
            pdf.alinea(tk.t("rapport.visie.geen"), pdf.gewoon, 10, PdfSchrijver.GRIJS);
            return;
        }
        if (a.visie() != null) {
            pdf.alinea(a.visie(), pdf.gewoon, 10, PdfSchrijver.TEKST);
        }
        if (a.soort() != null) {
            pdf.omlaag(4);
            pdf.alinea(tk.t("rapport.akkoord." + a.soort().name(), a.datum() == null ? "—" : datum(a.datum()),
                    a.reden() == null ? "" : a.reden()), pdf.vet, 10, PdfSchrijver.TEKST);
        }
    }

    private void doelen(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.sectie.doelen"), 12);
        if (m.doelen().isEmpty()) {
            leeg(pdf, "rapport.leeg.DOELEN", "rapport.waar.DOELEN");
            return;
        }
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Doel d : m.doelen()) {
            rijen.add(new String[] {d.fase() == null ? "" : tk.t("fase." + d.fase()), d.omschrijving(),
                    d.indicator() == null ? "" : d.indicator(), datum(d.streefdatum()),
                    tk.t("doelstatus." + d.status()) + (d.statusSinds() == null ? "" : "\n" + datum(d.statusSinds()))});
        }
        pdf.tabel(new String[] {tk.t("rapport.kol.fase"), tk.t("rapport.kol.doel"), tk.t("rapport.kol.indicator"),
                tk.t("rapport.kol.streefdatum"), tk.t("rapport.kol.status")},
                new float[] {0.2f, 0.33f, 0.21f, 0.14f, 0.12f}, rijen);
    }

    /** The statutory Poortwachter dates as the report states them on its last day, and the next one. */
    private void termijnen(PdfSchrijver pdf, RapportModel m) {
        pdf.kop(tk.t("rapport.sectie.termijnen"), 12);
        if (m.termijnen().isEmpty()) {
            leeg(pdf, "rapport.leeg.TERMIJNEN");
            return;
        }
        RapportModel.Termijn volgende = m.volgendeTermijn();
        if (volgende != null) {
            pdf.alinea(tk.t("rapport.termijnen.volgende", tk.t("mijlpaal." + volgende.soort()),
                    datum(volgende.deadline())), pdf.vet, 10, PdfSchrijver.TEKST);
        }
        List<String[]> rijen = new ArrayList<>();
        for (RapportModel.Termijn t : m.termijnen()) {
            rijen.add(new String[] {tk.t("mijlpaal." + t.soort()) + (t.volgnummer() > 1 ? " " + t.volgnummer() : ""),
                    datum(t.deadline()), datum(t.gedaanOp()), tk.t("rapport.termijnstatus." + t.status())});
        }
        pdf.tabel(new String[] {tk.t("mijlpaal.col.mijlpaal"), tk.t("mijlpaal.col.deadline"),
                tk.t("mijlpaal.col.gedaan"), tk.t("mijlpaal.col.status")},
                new float[] {0.42f, 0.16f, 0.16f, 0.26f}, rijen);
        RapportModel.Traject tr = m.traject();
        if (tr.uitzonderingLateStart() != null && !tr.uitzonderingLateStart().isBlank()) {
            pdf.omlaag(3);
            pdf.alinea(tk.t("rapport.termijnen.uitzondering", tr.uitzonderingLateStart().strip(),
                    of(tr.uitzonderingDocument())), pdf.gewoon, 9.5f, PdfSchrijver.TEKST);
        }
    }

    /** The coach's narrative on bottlenecks, then each recorded one with how a difference of opinion was handled (C14). */
    private void knelpunten(PdfSchrijver pdf, RapportModel m) {
        tekstsectie(pdf, m, Sectie.KNELPUNTEN);
        if (m.knelpunten().isEmpty()) {
            if (m.tekst(Sectie.KNELPUNTEN) == null) {
                pdf.kop(tk.t("rapport.sectie." + Sectie.KNELPUNTEN.name()), 12);
                leeg(pdf, "rapport.leeg.KNELPUNTEN");
            }
            return;
        }
        if (m.tekst(Sectie.KNELPUNTEN) == null) {
            pdf.kop(tk.t("rapport.sectie." + Sectie.KNELPUNTEN.name()), 12);
        } else {
            pdf.omlaag(4);
        }
        List<String> punten = new ArrayList<>();
        for (RapportModel.Knelpunt k : m.knelpunten()) {
            String regel = k.omschrijving();
            if (k.verschilVanInzicht()) {
                regel += " — " + tk.t("rapport.knelpunt.verschilPdf") + "; " + (k.deskundigenoordeelOverwogen() == null
                        ? tk.t("rapport.knelpunt.geenOordeel")
                        : tk.t("rapport.knelpunt.oordeel", datum(k.deskundigenoordeelOverwogen())));
            }
            punten.add(regel);
        }
        pdf.lijst(punten, pdf.gewoon, 10, PdfSchrijver.TEKST);
    }

    /**
     * The signatures side by side: the werknemer's (when signed on the laptop) on the left, the
     * coach's on the right once the report is final; a concept says it is not signed yet.
     */
    private void ondertekening(PdfSchrijver pdf, RapportModel m, Rapportkop kop, java.time.Instant gemaakt) {
        byte[] werknemer = m.akkoord() == null ? null : m.akkoord().handtekening();
        boolean metWerknemer = werknemer != null && werknemer.length > 0;
        if (!kop.concept() || metWerknemer) {
            pdf.ruimte(140); // the heading stays with the signatures
        }
        pdf.kop(tk.t("rapport.sectie.ondertekening"), 12);
        float links = PdfSchrijver.MARGE;
        float rechts = PdfSchrijver.MARGE + PdfSchrijver.BREEDTE / 2 + 10;
        float kolom = PdfSchrijver.BREEDTE / 2 - 20;
        if (metWerknemer || !kop.concept()) {
            pdf.omlaag(6);
            if (metWerknemer) {
                pdf.afbeelding(werknemer, links, 50, 200, tk.t("rapport.alt.handtekening", kop.werknemer()));
            }
            if (!kop.concept() && kop.coachHandtekening() != null && kop.coachHandtekening().length > 0) {
                pdf.afbeelding(kop.coachHandtekening(), rechts, 50, 200, tk.t("rapport.alt.handtekening",
                        kop.coach() == null || kop.coach().isBlank() ? kop.praktijk() : kop.coach()));
            }
            pdf.omlaag(54);
            // The werknemer signs here on paper when the agreement was not drawn on the laptop.
            pdf.lijn(links, links + kolom, PdfSchrijver.LIJN, 0.5f);
            if (!kop.concept()) {
                pdf.lijn(rechts, rechts + kolom, PdfSchrijver.LIJN, 0.5f);
            }
            pdf.omlaag(10);
            if (metWerknemer) {
                pdf.tekst(tk.t("rapport.handtekening.werknemerNaam", kop.werknemer(),
                        datum(m.akkoord().datum())), pdf.gewoon, 8, links, PdfSchrijver.GRIJS);
            } else if (m.akkoord() != null && m.akkoord().soort() == RapportModel.AkkoordSoort.MONDELING) {
                pdf.tekst(tk.t("rapport.handtekening.mondeling", kop.werknemer(), datum(m.akkoord().datum())),
                        pdf.gewoon, 8, links, PdfSchrijver.GRIJS);
            } else {
                pdf.tekst(tk.t("rapport.handtekening.werknemerLeeg", kop.werknemer()), pdf.gewoon, 8, links,
                        PdfSchrijver.GRIJS);
            }
            if (!kop.concept()) {
                String wie = kop.coach() == null || kop.coach().isBlank() ? kop.praktijk() : kop.coach();
                pdf.tekst(tk.t("rapport.ondertekening.coach", wie,
                        datum(gemaakt.atZone(Tijdzone.PRAKTIJK).toLocalDate())), pdf.gewoon, 8, rechts,
                        PdfSchrijver.GRIJS);
            }
            pdf.omlaag(4);
        }
        if (kop.concept()) {
            pdf.omlaag(metWerknemer ? 8 : 0);
            pdf.alinea(tk.t("rapport.ondertekening.concept"), pdf.gewoon, 10, PdfSchrijver.GRIJS);
        }
    }
    private String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }
}
