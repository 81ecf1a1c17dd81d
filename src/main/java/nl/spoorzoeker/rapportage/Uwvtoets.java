package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.rapportage.Bevinding.Ernst.BLOKKADE;
import static nl.spoorzoeker.rapportage.Bevinding.Ernst.WAARSCHUWING;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.spoorzoeker.rapportage.Bevinding.Ernst;
import nl.spoorzoeker.rapportage.Bevinding.Herstel;
import nl.spoorzoeker.rapportage.RapportModel.Activiteit;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.rapportage.privacy.Treffer;
import nl.spoorzoeker.tijdlijn.Regime;
import nl.spoorzoeker.rapportage.privacy.Categorie;

/**
 * The UWV checklist C01–C20 (domain.md §2.2) evaluated on a report model: blockers refuse
 * finalising, warnings need an acknowledgement with a reason. Pure; thresholds are settings.
 */
public final class Uwvtoets {

    /** The thresholds the checklist marks as proposals; all configurable. */
    public record Drempels(int startNaEjeDagen, int adviesOpvolgingDagen, int belastbaarheidMaanden,
                           int contactGatDagen, int activiteitGatDagen, int periodeMaxWeken, int wepMaanden) {

        public static final Drempels STANDAARD = new Drempels(42, 42, 6, 21, 28, 6, 3);
    }

    private final java.util.function.Supplier<Privacytoets> guard;
    private final Drempels drempels;

    public Uwvtoets(Privacytoets privacy, Drempels drempels) {
        this(() -> privacy, drempels);
    }

    /** With a guard that can change between checks (the coach's own words). */
    /** The privacy guard as it stands now (with the coach's own words), for the gate that prints. */
    public Privacytoets privacy() {
        return guard.get();
    }

    public Uwvtoets(java.util.function.Supplier<Privacytoets> guard, Drempels drempels) {
        this.guard = guard;
        this.drempels = drempels;
    }

    /**
     * The checklist on a report that will be written in {@code taal}: the privacy guard allows that
     * language's ordinary words (the caller says which; nothing here reads the screen's choice).
     */
    public List<Bevinding> controleer(RapportModel m, java.util.Locale taal) {
        // One guard for the whole check: words the coach adds meanwhile apply from the next check.
        Privacytoets privacy = guard.get();
        return controleer(m, taal, privacy, new Privacypoort(privacy, taal).vondsten(m));
    }

    /**
     * As {@link #controleer(RapportModel, java.util.Locale)}, on what the gate that will print the report
     * read ({@link Privacypoort#toets}), so the printed fields are read once for the checklist, the
     * report's own checks and the PDF. Its hits of other participants' names are the report's own check.
     */
    public List<Bevinding> controleer(Privacypoort.Getoetst getoetst, java.util.Locale taal) {
        return controleer(getoetst.model(), taal, guard.get(), getoetst.vondsten().stream()
                .filter(v -> v.treffer().categorie() != Categorie.ANDERE_DEELNEMER).toList());
    }

    private List<Bevinding> controleer(RapportModel m, java.util.Locale taal, Privacytoets privacy,
                                       List<Privacypoort.Vondst> vondsten) {
        List<Bevinding> b = new ArrayList<>();
        boolean intake = m.soort() == RapportSoort.INTAKEVERSLAG;
        // Under the Ziektewet vangnet no werkgever carries the Poortwachter duties: the checks that
        // prepare the werkgever's RIV-toets do not apply (docs/ziektewet-vangnet.md, "Checklist").
        boolean vangnet = m.traject().regime() == Regime.ZIEKTEWET_VANGNET;
        c01LateStart(m, b, vangnet);
        if (!intake) {
            c02AdviesOpgevolgd(m, b);
            c03Belastbaarheid(m, b);
            c04Profielen(m, b);
            c05Zoekprofiel(m, b);
            c06ZoekActiviteit(m, b);
            c07Norm(m, b);
            c08Sollicitaties(m, b);
            c10Periode(m, b);
            c11NieuweBelastbaarheid(m, b);
            if (!vangnet) {
                c12Spoor1(m, b);
            }
            c13Werkervaring(m, b);
            if (!vangnet) {
                c14Knelpunten(m, b);
            }
            c16Distributie(m, b, vangnet);
            if (!vangnet) {
                c17Riv(m, b);
            }
        }
        c09Log(m, b);
        c15Akkoord(m, b);
        c18Privacy(m, b, privacy, vondsten);
        openPlekken(m, b);
        if (m.soort() == RapportSoort.EIND) {
            c19Resultaat(m, b);
            c20OpTijd(m, b);
        }
        legeSecties(m, b);
        b.sort(Comparator.comparing((Bevinding x) -> x.ernst() == BLOKKADE ? 0 : 1).thenComparing(Bevinding::controle));
        return b;
    }

    /** Whether the report may be finalised: no blocker left (warnings are acknowledged separately). */
    public static boolean magDefinitief(List<Bevinding> bevindingen) {
        return bevindingen.stream().noneMatch(x -> x.ernst() == BLOKKADE);
    }

    private static void voeg(List<Bevinding> b, String c, Ernst e, String key, Herstel h, Object... args) {
        b.add(new Bevinding(c, e, key, List.of(args), h, null));
    }

    private static void sectie(List<Bevinding> b, String c, Ernst e, String key, Sectie s, Object... args) {
        b.add(new Bevinding(c, e, key, List.of(args), Herstel.RAPPORT, s));
    }

    private void c01LateStart(RapportModel m, List<Bevinding> b, boolean vangnet) {
        RapportModel.Traject t = m.traject();
        if (t.startdatum() == null) {
            voeg(b, "C01", BLOKKADE, "uwv.c01.geenStart", Herstel.DOSSIER);
            return;
        }
        if (vangnet) {
            return; // no eerstejaarsevaluatie fixes a latest start when there is no werkgever's spoor 1
        }
        LocalDate uiterlijk = t.ejeDatum() != null ? t.ejeDatum().plusDays(drempels.startNaEjeDagen())
                : t.eersteZiektedag().plusWeeks(58).minusDays(1);
        if (t.startdatum().isAfter(uiterlijk)
                && (blank(t.uitzonderingLateStart()) || blank(t.uitzonderingDocument()))) {
            voeg(b, "C01", BLOKKADE, "uwv.c01.laat", Herstel.TIJDLIJN, t.startdatum(), uiterlijk);
        }
    }

    private void c02AdviesOpgevolgd(RapportModel m, List<Bevinding> b) {
        RapportModel.Traject t = m.traject();
        if (t.adRapportDatum() != null && t.startdatum() != null
                && ChronoUnit.DAYS.between(t.adRapportDatum(), t.startdatum()) > drempels.adviesOpvolgingDagen()) {
            voeg(b, "C02", WAARSCHUWING, "uwv.c02.laatNaAdvies", Herstel.PROFIELEN, t.adRapportDatum(), t.startdatum());
        }
    }

    private void c03Belastbaarheid(RapportModel m, List<Bevinding> b) {
        if (m.belastbaarheid() == null) {
            voeg(b, "C03", BLOKKADE, "uwv.c03.geenBelastbaarheid", Herstel.BELASTBAARHEID);
        } else if (m.belastbaarheid().datum().plusMonths(drempels.belastbaarheidMaanden()).isBefore(m.tot())) {
            voeg(b, "C03", WAARSCHUWING, "uwv.c03.oud", Herstel.BELASTBAARHEID, m.belastbaarheid().datum());
        }
        if (m.traject().adRapportDatum() == null) {
            voeg(b, "C03", BLOKKADE, "uwv.c03.geenAdRapport", Herstel.PROFIELEN);
        }
    }

    private static void c04Profielen(RapportModel m, List<Bevinding> b) {
        if (!m.profielen().persoonsprofiel()) {
            voeg(b, "C04", BLOKKADE, "uwv.c04.geenPersoonsprofiel", Herstel.PROFIELEN);
        }
        if (m.profielen().zoekrichtingen().isEmpty()) {
            voeg(b, "C04", BLOKKADE, "uwv.c04.geenZoekprofiel", Herstel.PROFIELEN);
        }
        if (m.tekst(Sectie.ANALYSE_PROFIELEN) == null) {
            sectie(b, "C04", BLOKKADE, "uwv.c04.geenAnalyse", Sectie.ANALYSE_PROFIELEN);
        }
    }

    private static void c05Zoekprofiel(RapportModel m, List<Bevinding> b) {
        Integer belastbaar = m.belastbaarheid() == null ? null : m.belastbaarheid().urenPerWeekMinuten();
        for (RapportModel.Zoekrichting z : m.profielen().zoekrichtingen()) {
            if (blank(z.niveau()) || z.urenPerWeekMinuten() == null || blank(z.regio()) || blank(z.onderbouwing())) {
                voeg(b, "C05", BLOKKADE, "uwv.c05.onvolledig", Herstel.PROFIELEN, z.functie());
            } else if (belastbaar != null && z.urenPerWeekMinuten() > belastbaar) {
                voeg(b, "C05", BLOKKADE, "uwv.c05.teVeelUren", Herstel.PROFIELEN, z.functie());
            }
        }
        if (m.profielen().zoekrichtingen().size() == 1) {
            voeg(b, "C05", WAARSCHUWING, "uwv.c05.eenRichting", Herstel.PROFIELEN);
        }
    }

    private static void c06ZoekActiviteit(RapportModel m, List<Bevinding> b) {
        if (!m.arbeidsmarktfase()) {
            return;
        }
        boolean markt = m.sollicitaties().verstuurd() > 0 || m.netwerkcontacten() > 0
                || m.activiteiten().stream().anyMatch(Activiteit::marktcontact);
        if (!markt && m.tekst(Sectie.VERKLARING_GEEN_SOLLICITATIES) == null) {
            sectie(b, "C06", BLOKKADE, "uwv.c06.geenZoekactiviteit", Sectie.VERKLARING_GEEN_SOLLICITATIES);
        }
    }

    private static void c07Norm(RapportModel m, List<Bevinding> b) {
        RapportModel.Sollicitaties s = m.sollicitaties();
        if (m.arbeidsmarktfase() && s.normInPeriode() != null && s.verstuurd() < s.normInPeriode()
                && m.tekst(Sectie.VERKLARING_NORM) == null) {
            sectie(b, "C07", WAARSCHUWING, "uwv.c07.onderNorm", Sectie.VERKLARING_NORM, s.verstuurd(), s.normInPeriode());
        }
        if (m.arbeidsmarktfase() && s.normPerWeek() == null) {
            voeg(b, "C07", WAARSCHUWING, "uwv.c07.geenNorm", Herstel.ARBEIDSMARKT);
        }
    }

    private static void c08Sollicitaties(RapportModel m, List<Bevinding> b) {
        long onvolledig = m.sollicitaties().lijst().stream().filter(s -> s.datum() == null || blank(s.organisatie())
                || blank(s.functie()) || blank(s.kanaal()) || blank(s.status())).count();
        if (onvolledig > 0) {
            voeg(b, "C08", BLOKKADE, "uwv.c08.onvolledig", Herstel.ARBEIDSMARKT, onvolledig);
        }
        long zonderBewijs = m.sollicitaties().lijst().stream().filter(s -> !s.bewijs()).count();
        if (zonderBewijs > 0) {
            voeg(b, "C08", WAARSCHUWING, "uwv.c08.zonderBewijs", Herstel.ARBEIDSMARKT, zonderBewijs);
        }
    }

    private void c09Log(RapportModel m, List<Bevinding> b) {
        long onvolledig = m.activiteiten().stream().filter(a -> blank(a.doel()) || blank(a.samenvatting())).count();
        if (onvolledig > 0) {
            voeg(b, "C09", BLOKKADE, "uwv.c09.onvolledig", Herstel.LOGBOEK, onvolledig);
        }
        List<LocalDate> data = m.activiteiten().stream().map(Activiteit::datum).sorted().toList();
        LocalDate vorige = m.van();
        long grootsteGat = 0;
        LocalDate gatVan = null;
        for (LocalDate d : data) {
            long gat = ChronoUnit.DAYS.between(vorige, d);
            if (gat > grootsteGat) {
                grootsteGat = gat;
                gatVan = vorige;
            }
            vorige = d.isAfter(vorige) ? d : vorige;
        }
        long slot = ChronoUnit.DAYS.between(vorige, m.tot());
        if (slot > grootsteGat) {
            grootsteGat = slot;
            gatVan = vorige;
        }
        if (m.soort() != RapportSoort.INTAKEVERSLAG && grootsteGat > drempels.contactGatDagen()
                && m.tekst(Sectie.KNELPUNTEN) == null) {
            voeg(b, "C09", BLOKKADE, "uwv.c09.gat", Herstel.LOGBOEK, gatVan, grootsteGat);
        }
    }

    private void c10Periode(RapportModel m, List<Bevinding> b) {
        if (m.soort() == RapportSoort.VOORTGANG && ChronoUnit.DAYS.between(m.van(), m.tot()) + 1
                > drempels.periodeMaxWeken() * 7L) {
            voeg(b, "C10", WAARSCHUWING, "uwv.c10.periodeTeLang", Herstel.RAPPORT, drempels.periodeMaxWeken());
        }
        if (m.soort() == RapportSoort.VOORTGANG && m.tekst(Sectie.BIJSTELLINGEN) == null) {
            sectie(b, "C10", WAARSCHUWING, "uwv.c10.geenBijstelling", Sectie.BIJSTELLINGEN);
        }
    }

    private static void c11NieuweBelastbaarheid(RapportModel m, List<Bevinding> b) {
        if (m.belastbaarheid() != null && m.belastbaarheid().nieuwSindsVorigeRapportage()
                && !m.profielen().zoekprofielHerzien()) {
            voeg(b, "C11", WAARSCHUWING, "uwv.c11.zoekprofielHerzien", Herstel.PROFIELEN, m.belastbaarheid().datum());
        }
    }

    private static void c12Spoor1(RapportModel m, List<Bevinding> b) {
        if (blank(m.statusSpoor1())) {
            voeg(b, "C12", WAARSCHUWING, "uwv.c12.spoor1", Herstel.RAPPORT);
        }
    }

    private void c13Werkervaring(RapportModel m, List<Bevinding> b) {
        for (RapportModel.Werkervaring w : m.werkervaring()) {
            if (w.eind() == null || !w.opbouwschema() || blank(w.beoogdeUitkomst())
                    || ("GEEN".equals(w.beoogdeUitkomst()) && blank(w.waaromGeenUitkomst()))) {
                voeg(b, "C13", WAARSCHUWING, "uwv.c13.onvolledig", Herstel.WERKERVARING, w.organisatie());
            }
            LocalDate sinds = w.laatsteEvaluatie() != null ? w.laatsteEvaluatie() : w.start();
            boolean loopt = w.eind() == null || !w.eind().isBefore(m.tot());
            if (loopt && sinds.plusMonths(drempels.wepMaanden()).isBefore(m.tot())) {
                voeg(b, "C13", WAARSCHUWING, "uwv.c13.geenEvaluatie", Herstel.WERKERVARING, w.organisatie(), sinds);
            }
        }
    }

    private static void c14Knelpunten(RapportModel m, List<Bevinding> b) {
        m.knelpunten().stream().filter(k -> k.verschilVanInzicht() && k.deskundigenoordeelOverwogen() == null)
                .forEach(k -> voeg(b, "C14", WAARSCHUWING, "uwv.c14.deskundigenoordeel", Herstel.RAPPORT,
                        k.omschrijving()));
    }

    private static void c15Akkoord(RapportModel m, List<Bevinding> b) {
        RapportModel.Akkoord a = m.akkoord();
        if (a == null || blank(a.visie())) {
            voeg(b, "C15", BLOKKADE, "uwv.c15.geenVisie", Herstel.AKKOORD);
        }
        if (a == null || a.soort() == null || a.datum() == null) {
            voeg(b, "C15", BLOKKADE, "uwv.c15.geenAkkoord", Herstel.AKKOORD);
        } else if (a.soort() == RapportModel.AkkoordSoort.WEIGERT && blank(a.reden())) {
            voeg(b, "C15", BLOKKADE, "uwv.c15.weigertZonderReden", Herstel.AKKOORD);
        }
    }

    private static void c16Distributie(RapportModel m, List<Bevinding> b, boolean vangnet) {
        if (m.distributie().stream().noneMatch(o -> o.soort() == RapportModel.OntvangerSoort.WERKNEMER)) {
            voeg(b, "C16", WAARSCHUWING, "uwv.c16.werknemerKopie", Herstel.DISTRIBUTIE);
        }
        // Under the vangnet the report goes to the opdrachtgever (UWV or another payer) and says which regime applies;
        // a (former) werkgever may not learn that without consent (domain.md 5.2, docs/ziektewet-vangnet.md "Reports").
        if (vangnet) {
            m.distributie().stream().filter(o -> o.soort() == RapportModel.OntvangerSoort.WERKGEVER)
                    .forEach(o -> voeg(b, "C16", WAARSCHUWING, "uwv.c16.vangnetWerkgever", Herstel.DISTRIBUTIE, o.naam()));
        }
        m.distributie().stream().filter(o -> o.soort() == RapportModel.OntvangerSoort.ANDERS)
                .forEach(o -> voeg(b, "C16", WAARSCHUWING, "uwv.c16.andereOntvanger", Herstel.DISTRIBUTIE, o.naam()));
    }

    private static void c17Riv(RapportModel m, List<Bevinding> b) {
        if (!m.ontbrekendeRivDelen().isEmpty()) {
            voeg(b, "C17", WAARSCHUWING, "uwv.c17.onvolledig", Herstel.TIJDLIJN,
                    new Bevinding.Namen("gebeurtenis.", m.ontbrekendeRivDelen()));
        }
    }

    private static void c18Privacy(RapportModel m, List<Bevinding> b, Privacytoets privacy, List<Privacypoort.Vondst> vondsten) {
        for (Sectie s : Sectie.values()) {
            for (Treffer t : privacy.toets(m.tekst(s))) {
                b.add(new Bevinding("C18", BLOKKADE, "uwv.c18.medisch", List.of(t.gevonden(), categorie(t), t.categorie().name()),
                        Herstel.RAPPORT, s));
            }
        }
        if (m.akkoord() != null) {
            for (Treffer t : privacy.toets(m.akkoord().visie())) {
                b.add(new Bevinding("C18", BLOKKADE, "uwv.c18.medisch", List.of(t.gevonden(), categorie(t), t.categorie().name()),
                        Herstel.AKKOORD, null));
            }
        }
        for (Activiteit a : m.activiteiten()) {
            for (String tekst : new String[] {a.doel(), a.samenvatting(), a.afspraken(), a.vervolg()}) {
                for (Treffer t : privacy.toets(tekst)) {
                    b.add(new Bevinding("C18", BLOKKADE, "uwv.c18.medischInLog",
                            List.of(t.gevonden(), categorie(t), a.datum(), t.categorie().name()), Herstel.LOGBOEK, null));
                }
            }
        }
        if (!blank(m.statusSpoor1())) {
            privacy.toets(m.statusSpoor1()).forEach(t -> voeg(b, "C18", BLOKKADE, "uwv.c18.medisch", Herstel.RAPPORT,
                    t.gevonden(), categorie(t), t.categorie().name()));
        }
        // Everything else the coach typed that the PDF prints: the guard must see all of it, not just the sections.
        if (m.akkoord() != null) {
            medisch(privacy, b, Herstel.AKKOORD, m.akkoord().reden());
        }
        for (RapportModel.Knelpunt k : m.knelpunten()) {
            medisch(privacy, b, Herstel.RAPPORT, k.omschrijving());
        }
        for (RapportModel.Werkervaring w : m.werkervaring()) {
            medisch(privacy, b, Herstel.WERKERVARING, w.beoogdeUitkomst(), w.waaromGeenUitkomst());
        }
        for (RapportModel.Zoekrichting z : m.profielen().zoekrichtingen()) {
            medisch(privacy, b, Herstel.PROFIELEN, z.onderbouwing());
        }
        for (RapportModel.Doel d : m.doelen()) {
            medisch(privacy, b, Herstel.FASEN, d.omschrijving(), d.indicator());
        }
        // Every other printed field, as the gate that prints finds them: what the gate would redact in
        // a concept, the checklist names here with where to rephrase it (a sollicitatie's function, a
        // dropped direction's reason, a belastbaarheid rubriek, an intake answer, a group summary …).
        for (Privacypoort.Vondst v : vondsten) {
            // A doubt is no blocker: RapportOpslag asks the coach to confirm it (C18T).
            if (!v.twijfel() && !AL_GETOETST.matcher(v.pad()).matches()) {
                voeg(b, "C18", BLOKKADE, "uwv.c18.medischInVeld", herstelVoor(v.pad()), v.treffer().gevonden(),
                        categorie(v.treffer()), v.treffer().categorie().name());
            }
        }
    }

    /**
     * A hit's category as the coach reads it (in the checklist's language, at display); the enum name goes last in a
     * finding's arguments so the checklist can look up the neutral wording for it.
     */
    private static Bevinding.Namen categorie(Treffer t) {
        return new Bevinding.Namen("privacy.categorie.", List.of(t.categorie().name()));
    }

    /** The fields the checks above already name with their own message. */
    private static final java.util.regex.Pattern AL_GETOETST = java.util.regex.Pattern.compile(
            "teksten\\..*|akkoord\\.(visie|reden)|activiteiten\\[\\d+]\\.(doel|samenvatting|afspraken|vervolg)|statusSpoor1"
                    + "|knelpunten\\[\\d+]\\.omschrijving|werkervaring\\[\\d+]\\.waaromGeenUitkomst"
                    + "|profielen\\.zoekrichtingen\\[\\d+]\\.onderbouwing|doelen\\[\\d+]\\.(omschrijving|indicator)");

    /** Where the coach rephrases a field the gate found something in, by the path's first part (the second under inhoud). */
    static Herstel herstelVoor(String pad) {
        String[] delen = pad.split("[.\\[]");
        String veld = delen[0].equals("inhoud") && delen.length > 1 ? delen[1] : delen[0];
        return switch (veld) {
            case "sollicitaties" -> Herstel.ARBEIDSMARKT;
            case "werkervaring" -> Herstel.WERKERVARING;
            case "profielen", "persoonsprofiel", "adRapport", "zoekprofielVersies", "persoonsprofielVersies" -> Herstel.PROFIELEN;
            case "belastbaarheid" -> Herstel.BELASTBAARHEID;
            case "activiteiten" -> Herstel.LOGBOEK;
            case "doelen", "kennismaking", "fasen" -> Herstel.FASEN;
            case "gegevens", "praktisch" -> Herstel.DOSSIER;
            case "distributie" -> Herstel.DISTRIBUTIE;
            default -> Herstel.RAPPORT;
        };
    }

    private static void medisch(Privacytoets privacy, List<Bevinding> b, Herstel herstel, String... teksten) {
        for (String tekst : teksten) {
            for (Treffer t : privacy.toets(tekst)) {
                voeg(b, "C18", BLOKKADE, "uwv.c18.medisch", herstel, t.gevonden(), categorie(t), t.categorie().name());
            }
        }
    }

    /** A draft's gap left unfilled: the text was not read and completed by the coach. */
    private static void openPlekken(RapportModel m, List<Bevinding> b) {
        for (Sectie s : Sectie.values()) {
            if (Voorinvulling.heeftOpenPlek(m.tekst(s))) {
                sectie(b, "TEKST", BLOKKADE, "uwv.tekst.aanvullen", s);
            }
        }
    }

    /**
     * A section this type of report has that is still empty, where no criterion above already says
     * so: a final would print "Niet ingevuld." under its heading. A warning rather than a blocker,
     * because a section can honestly have nothing to say (no planning after an intake that ends the
     * traject); the coach acknowledges it with a reason, or writes it.
     */
    private static void legeSecties(RapportModel m, List<Bevinding> b) {
        for (Sectie s : Rapportopbouw.teksten(m.soort())) {
            boolean alGemeld = b.stream().anyMatch(x -> x.sectie() == s);
            if (m.tekst(s) == null && Rapportopbouw.nodig(m, s) && !alGemeld) {
                sectie(b, "TEKST", WAARSCHUWING, "uwv.tekst.leeg", s);
            }
        }
    }

    /**
     * The outcome is stated, and explained when it is not work. A recorded outcome states it (the
     * report prints it as its own part), and one that is work — however found: a sollicitatie, a
     * werkervaringsplek, a detachering — needs no explanation of why work was not found.
     */
    private static void c19Resultaat(RapportModel m, List<Bevinding> b) {
        if (m.tekst(Sectie.RESULTAAT) == null && m.afsluiting() == null) {
            sectie(b, "C19", BLOKKADE, "uwv.c19.geenResultaat", Sectie.RESULTAAT);
        }
        if (!m.werkGevonden() && m.tekst(Sectie.VERKLARING_GEEN_RESULTAAT) == null) {
            sectie(b, "C19", BLOKKADE, "uwv.c19.geenVerklaring", Sectie.VERKLARING_GEEN_RESULTAAT);
        }
    }

    private static void c20OpTijd(RapportModel m, List<Bevinding> b) {
        LocalDate uiterlijk = m.traject().eindevaluatieUiterlijk();
        if (uiterlijk != null && m.tot().isAfter(uiterlijk)) {
            voeg(b, "C20", WAARSCHUWING, "uwv.c20.laat", Herstel.TIJDLIJN, uiterlijk);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
