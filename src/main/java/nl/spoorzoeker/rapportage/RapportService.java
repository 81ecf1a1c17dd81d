package nl.spoorzoeker.rapportage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatienorm;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.fase.Zoekrichting;
import nl.spoorzoeker.tijdlijn.Gebeurtenissen;
import nl.spoorzoeker.tijdlijn.GebeurtenisSoort;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.Tijdlijn;
import nl.spoorzoeker.logboek.Urenboek;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsbewaking;
import nl.spoorzoeker.fase.AdRapport;
import nl.spoorzoeker.fase.Belastbaarheid;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.Fase;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.Stap;
import nl.spoorzoeker.fase.StapAntwoord;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.tijdlijn.LateStartUitzondering;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.UitkomstService;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import nl.spoorzoeker.instrument.Afname;
import nl.spoorzoeker.instrument.Instrumentresultaten;
import nl.spoorzoeker.instrument.Instrumentsoort;
import nl.spoorzoeker.instrument.Waardensortering;

/**
 * Builds a report's model from the dossier for its period, so the checks and the PDF read one
 * plain set of data: what happened in the period (contacts, sollicitaties, network, placements),
 * what stands (belastbaarheid, profiles, the Poortwachter events) and what the coach wrote.
 */
public final class RapportService {

    private static final ZoneId AMSTERDAM = Tijdzone.PRAKTIJK;

    private final DossierService dossiers;
    private final TijdlijnService tijdlijnen;
    private final ContactService contacten;
    private final ArbeidsmarktService arbeidsmarkt;
    private final WerkervaringService werkervaring;
    private final ProfielService profielen;
    private final FaseService fasen;
    /** How trajecten ended; null where a caller has no outcomes (the eindrapportage then has none recorded). */
    private final UitkomstService uitkomsten;
    /** What the instruments recorded; null where a caller has none (the reports then print no results). */
    private final Instrumentresultaten instrumentresultaten;

    public RapportService(DossierService dossiers, TijdlijnService tijdlijnen, ContactService contacten,
                          ArbeidsmarktService arbeidsmarkt, WerkervaringService werkervaring, ProfielService profielen,
                          FaseService fasen) {
        this(dossiers, tijdlijnen, contacten, arbeidsmarkt, werkervaring, profielen, fasen, null);
    }

    public RapportService(DossierService dossiers, TijdlijnService tijdlijnen, ContactService contacten,
                          ArbeidsmarktService arbeidsmarkt, WerkervaringService werkervaring, ProfielService profielen,
                          FaseService fasen, UitkomstService uitkomsten) {
        this(dossiers, tijdlijnen, contacten, arbeidsmarkt, werkervaring, profielen, fasen, uitkomsten, null);
    }

    public RapportService(DossierService dossiers, TijdlijnService tijdlijnen, ContactService contacten,
                          ArbeidsmarktService arbeidsmarkt, WerkervaringService werkervaring, ProfielService profielen,
                          FaseService fasen, UitkomstService uitkomsten,
                          Instrumentresultaten instrumentresultaten) {
        this.instrumentresultaten = instrumentresultaten;
        this.uitkomsten = uitkomsten;
        this.dossiers = dossiers;
        this.tijdlijnen = tijdlijnen;
        this.contacten = contacten;
        this.arbeidsmarkt = arbeidsmarkt;
        this.werkervaring = werkervaring;
        this.profielen = profielen;
        this.fasen = fasen;
    }

    public RapportModel model(int dossierId, RapportSoort soort, LocalDate van, LocalDate tot, Rapportinvoer invoer) {
        return model(dossierId, soort, van, tot, invoer, null);
    }

    /** @param rapportnummer the number of this report among the dossier's reports of its type, or null */
    public RapportModel model(int dossierId, RapportSoort soort, LocalDate van, LocalDate tot, Rapportinvoer invoer,
                              Integer rapportnummer) {
        Dossier dossier = dossiers.find(dossierId).orElseThrow(() -> new NoSuchElementException("dossier " + dossierId));
        Tijdlijn tijdlijn = tijdlijnen.tijdlijn(dossierId);
        Gebeurtenissen gedaan = tijdlijn.gedaan();
        ProfielService.Profielen profiel = profielen.profielen(dossierId);
        FaseService.Overzicht fase = fasen.overzicht(dossierId);
        ArbeidsmarktService.Overzicht markt = arbeidsmarkt.overzicht(dossierId);

        LocalDate vorigeRapportage = gedaan.voortgangsrapportages().stream().filter(d -> d.isBefore(van))
                .max(LocalDate::compareTo).orElse(null);
        LocalDate adRapport = profiel.adRapporten().stream().map(a -> a.datum()).filter(d -> !d.isAfter(tot))
                .max(LocalDate::compareTo).orElse(gedaan.adRapport());
        LocalDate eindrapportageUiterlijk = tijdlijnen.mijlpalen(tijdlijn).stream()
                .filter(m -> m.soort() == MijlpaalSoort.EINDRAPPORTAGE).map(Mijlpaal::deadline).findFirst().orElse(null);
        // The exception for a late start is the traject's (recorded on the timeline); reports saved
        // before it moved there may still carry their own.
        LateStartUitzondering uitzondering = tijdlijn.uitzondering();
        RapportModel.Traject traject = new RapportModel.Traject(dossier.traject().eersteZiektedag(),
                dossier.traject().startdatum(), gedaan.eerstejaarsevaluatie(), adRapport,
                uitzondering != null ? uitzondering.reden() : invoer.uitzonderingLateStart(),
                uitzondering != null ? documentTekst(uitzondering) : invoer.uitzonderingDocument(),
                eindrapportageUiterlijk, vorigeRapportage, dossier.traject().regime());

        var belastbaarheid = fase.belastbaarheid().stream().filter(b -> !b.datum().isAfter(tot))
                .max(Comparator.comparing(Belastbaarheid::datum)).map(b ->
                        new RapportModel.Belastbaarheid(b.datum(), b.bron().name(), b.documenttype().name(),
                                b.urenPerWeekMinuten(), vorigeRapportage != null && b.datum().isAfter(vorigeRapportage)))
                .orElse(null);

        // The zoekprofiel as it stood at the end of the period (a later version is not this report's).
        // One saved only after the period was agreed earlier and entered late: then the first version counts.
        Zoekprofiel gevonden = versieOp(profiel.zoekprofielen(), tot);
        Zoekprofiel opTot = gevonden != null ? gevonden
                : profiel.zoekprofielen().isEmpty() ? null : profiel.zoekprofielen().getLast();
        List<Zoekrichting> richtingen = opTot == null ? List.of()
                : opTot.richtingen().stream().filter(Zoekrichting::actief).toList();
        boolean herzien = profiel.zoekprofielen().stream().map(z -> LocalDate.ofInstant(z.opgeslagenOp(), AMSTERDAM))
                .anyMatch(d -> !d.isBefore(van) && !d.isAfter(tot));
        RapportModel.Profielen profielen = new RapportModel.Profielen(!profiel.persoonsprofielen().isEmpty(),
                richtingen.stream().map(r -> new RapportModel.Zoekrichting(r.functie(), r.niveau(), r.urenPerWeekMinuten(),
                        r.regio(), r.onderbouwing())).toList(), herzien,
                gevonden == null ? RapportModel.Wijziging.GEEN
                        : wijziging(versieOp(profiel.zoekprofielen(), van.minusDays(1)), gevonden));

        boolean arbeidsmarktfase = fase.fasen().stream().anyMatch(f -> f.soort() == FaseSoort.ARBEIDSMARKT
                && !f.start().isAfter(tot) && (f.eind() == null || !f.eind().isBefore(van)));

        // The norm applies from the day the arbeidsmarktbenadering starts, not to the weeks before it.
        LocalDate normVanaf = fase.fasen().stream().filter(f -> f.soort() == FaseSoort.ARBEIDSMARKT)
                .map(Fase::start).filter(d -> !d.isAfter(tot)).min(LocalDate::compareTo)
                .map(d -> d.isAfter(van) ? d : van).orElse(null);
        // ... and up to the day the phase ended, when that lies in the period: a period after the
        // job search closed (placement, the closing phase) carries no norm to fall short of.
        LocalDate normTot = fase.fasen().stream().filter(f -> f.soort() == FaseSoort.ARBEIDSMARKT
                        && !f.start().isAfter(tot)).map(f -> f.eind() == null || f.eind().isAfter(tot) ? tot : f.eind())
                .max(LocalDate::compareTo).orElse(tot);
        if (normVanaf != null && normTot.isBefore(normVanaf)) {
            normVanaf = null;
        }
        ContactService.Logboek logboek = contacten.logboek(dossierId);
        boolean gesloten = soort == RapportSoort.EIND
                || dossier.traject().status() != TrajectStatus.ACTIEF;
        List<RapportModel.Termijn> termijnen = termijnen(Rapportadres.zichtbaar(dossier, tijdlijnen.mijlpalen(tijdlijn, tot)),
                van, tot, soort, gesloten);
        // Numbered after the reports made in the app and those recorded on the timeline (made elsewhere, before).
        Integer nummer = rapportnummer;
        if (rapportnummer != null && soort == RapportSoort.VOORTGANG) {
            nummer = Math.max(rapportnummer,
                    (int) gedaan.voortgangsrapportages().stream().filter(d -> d.isBefore(van)).count() + 1);
        }
        Rapportinhoud inhoud = inhoud(dossier, tijdlijn, fase, profiel, markt, logboek, van, tot, nummer, termijnen,
                adRapport, instrumentresultaten == null ? Rapportinhoud.Instrumenten.GEEN
                        : instrumenten(instrumentresultaten.stand(dossierId), soort, tot));
        // The eindrapportage states how the traject ended when the coach recorded it; that outcome,
        // not the sollicitaties alone, says whether work was found (a job via a werkervaringsplek or
        // a detachering never passes "aangenomen").
        RapportModel.Afsluiting afsluiting = soort == RapportSoort.EIND && uitkomsten != null
                ? uitkomsten.van(dossierId).map(u -> afsluiting(u, uitkomsten.metingen(dossierId))).orElse(null) : null;
        boolean werkGevonden = afsluiting != null ? afsluiting.werk()
                : markt.sollicitaties().stream().anyMatch(s -> s.bereikt(SollicitatieStatus.AANGENOMEN));
        return new RapportModel(soort, van, tot, traject, activiteiten(logboek, van, tot),
                sollicitaties(markt, van, tot, normVanaf, normTot), (int) markt.netwerk().stream().filter(n -> binnen(n.datum(), van, tot)).count(),
                werkervaring(dossierId, van, tot), belastbaarheid, profielen, arbeidsmarktfase, invoer.statusSpoor1(),
                invoer.teksten(), invoer.akkoord(), invoer.distributie(), invoer.knelpunten(),
                ontbrekend(gedaan, soort, dossier, tot, adRapport), werkGevonden, uren(logboek, van, tot),
                doelen(fase, van, tot),
                termijnen, inhoud, afsluiting);
    }

    /**
     * The instrument results a report prints (issue 19 item 7): of each kind the coach did not leave
     * out, what was recorded by the period's end — the latest completed interest test with a code,
     * the latest values sort with its top chosen, the drives worksheet, every kernkwadrant and every
     * STARR story that names a competency made by then, in the words saved by the period's end (issue
     * 19: a later change does not rewrite an earlier period's report; the versions of migration V27). The
     * scales scored at the intake go into the trajectplan only; the eindrapportage prints them
     * beside the end's scores with the outcome.
     */
    static Rapportinhoud.Instrumenten instrumenten(Instrumentresultaten.Stand stand,
                                                   RapportSoort soort, LocalDate tot) {
        var uit = stand.weggelaten();
        Rapportinhoud.Interesse interesse = uit.contains(Instrumentsoort.INTERESSE) ? null
                : stand.afnames().stream().filter(a -> a.voltooidDatum() != null && a.uitkomst() != null
                        && !a.voltooidDatum().isAfter(tot))
                .max(Comparator.comparing(Afname::voltooidDatum)
                        .thenComparing(Afname::id))
                .map(a -> new Rapportinhoud.Interesse(a.voltooidDatum(), a.uitkomst())).orElse(null);
        Rapportinhoud.Waarden waarden = uit.contains(Instrumentsoort.WAARDEN) ? null
                : stand.sorteringen().stream().filter(w -> w.topKompleet() && !w.datum().isAfter(tot))
                .max(Comparator.comparing(Waardensortering::datum)
                        .thenComparing(Waardensortering::id))
                .map(w -> new Rapportinhoud.Waarden(w.datum(), w.top())).orElse(null);
        var d = stand.drijfveren();
        Rapportinhoud.Drijfveren drijfveren = uit.contains(Instrumentsoort.DRIJFVEREN)
                || d == null || d.datum().isAfter(tot)
                || (d.energie() == null && d.trots() == null && d.belangrijk() == null && d.nietMeer() == null) ? null
                : new Rapportinhoud.Drijfveren(d.datum(), d.energie(), d.trots(), d.belangrijk(), d.nietMeer());
        List<Rapportinhoud.Kwadrant> kwadranten = uit.contains(Instrumentsoort.KERNKWADRANTEN)
                ? List.of() : stand.kernkwadranten().stream().filter(k -> bestondOp(k.datum(), tot))
                .map(k -> Instrumentresultaten.zoalsOp(k, stand.kwadrantversies().get(k.id()), tot))
                .map(k -> new Rapportinhoud.Kwadrant(k.kwaliteit(), k.valkuil(), k.uitdaging())).toList();
        var intake = stand.intake();
        Rapportinhoud.Schalen schalen = null;
        if (soort == RapportSoort.TRAJECTPLAN && intake != null && !intake.datum().isAfter(tot)
                && !uit.contains(Instrumentsoort.SCHALEN)) {
            List<Rapportinhoud.Schaal> scores = new ArrayList<>();
            for (var s : Schaalmeting.Schaal.values()) {
                if (intake.score(s) != null) {
                    scores.add(new Rapportinhoud.Schaal(s.name(), intake.score(s)));
                }
            }
            schalen = scores.isEmpty() ? null : new Rapportinhoud.Schalen(intake.datum(), scores);
        }
        List<Rapportinhoud.Verhaal> verhalen = uit.contains(Instrumentsoort.STARR) ? List.of()
                : stand.verhalen().stream().filter(v -> bestondOp(v.datum(), tot))
                .map(v -> Instrumentresultaten.zoalsOp(v, stand.verhaalversies().get(v.id()), tot))
                .filter(v -> !v.competenties().isEmpty())
                .map(v -> new Rapportinhoud.Verhaal(v.titel(), v.resultaat(), v.competenties())).toList();
        return new Rapportinhoud.Instrumenten(interesse, waarden, drijfveren, kwadranten, schalen, verhalen);
    }

    /** Made on or before {@code tot}; one without a day (never stored so) counts as made. */
    private static boolean bestondOp(LocalDate gemaakt, LocalDate tot) {
        return gemaakt == null || !gemaakt.isAfter(tot);
    }

    /** The recorded outcome as the report carries it: codes as enum names, texts as typed. */
    static RapportModel.Afsluiting afsluiting(Uitkomst u,
                                              UitkomstService.Metingen metingen) {
        var p = u.plaatsing();
        var begin = metingen.begin();
        var eind = metingen.eind();
        List<RapportModel.Schaalscore> schalen = new ArrayList<>();
        for (var s : Schaalmeting.Schaal.values()) {
            Integer b = begin == null ? null : begin.score(s);
            Integer e = eind == null ? null : eind.score(s);
            if (b != null || e != null) {
                schalen.add(new RapportModel.Schaalscore(s.name(), b, e));
            }
        }
        return new RapportModel.Afsluiting(u.soort().name(), u.werkGevonden(), u.einddatum(),
                p == null ? null : p.werkgever(), p == null ? null : p.functie(),
                p == null || p.vorm() == null ? null : p.vorm().name(), p == null || p.route() == null ? null : p.route().name(),
                p == null ? null : p.startdatum(), p != null && p.gedeeltelijk(), p == null ? null : p.urenPerWeekMinuten(),
                u.gestoptDoor() == null ? null : u.gestoptDoor().name(), u.toelichting(),
                u.zachteResultaten().stream().map(Enum::name).toList(), u.zachtOpmerking(),
                begin == null ? null : begin.datum(), eind == null ? null : eind.datum(), schalen);
    }

    /**
     * The goals as they stood on the period's last day, each with the status it had then and the day
     * it took it: a goal made later is not there, one reached later is not "reached". A goal dropped
     * by then is left out unless its target date fell in the period.
     */
    private static List<RapportModel.Doel> doelen(FaseService.Overzicht fase, LocalDate van, LocalDate tot) {
        List<RapportModel.Doel> lijst = new ArrayList<>();
        for (Doel d : fase.doelen()) {
            var op = fase.statusOp(d, tot);
            if (op.isEmpty()) {
                continue;
            }
            var status = op.get().status();
            if (status == DoelStatus.VERVALLEN
                    && (d.streefdatum() == null || !binnen(d.streefdatum(), van, tot))) {
                continue;
            }
            lijst.add(new RapportModel.Doel(d.fase() == null ? null : d.fase().name(), d.omschrijving(), d.indicator(),
                    d.streefdatum(), status.name(), op.get().vanaf()));
        }
        return lijst;
    }

    /** Everything recorded elsewhere in the dossier that the report prints, as it stood on {@code tot}. */
    private Rapportinhoud inhoud(Dossier d, Tijdlijn tijdlijn, FaseService.Overzicht fase, ProfielService.Profielen profiel,
                                 ArbeidsmarktService.Overzicht markt, ContactService.Logboek logboek, LocalDate van,
                                 LocalDate tot, Integer rapportnummer, List<RapportModel.Termijn> termijnen, LocalDate adRapportDatum,
                                 Rapportinhoud.Instrumenten instrumenten) {
        RapportModel.Termijn volgende = termijnen.stream().filter(RapportModel.Termijn::nogTeGaan)
                .min(Comparator.comparing(RapportModel.Termijn::deadline)).orElse(null);
        var ad = profiel.adRapporten().stream().filter(a -> !a.datum().isAfter(tot))
                .max(Comparator.comparing(AdRapport::datum)).orElse(null);
        Werkgever wg = d.werkgever();
        boolean aanWerkgever = Rapportadres.aanWerkgever(d);
        Rapportinhoud.Gegevens gegevens = new Rapportinhoud.Gegevens(d.werknemer().naam(), d.werknemer().functie(),
                d.werknemer().contracturenMinuten(), wg == null ? null : wg.naam(),
                wg == null || wg.contactpersoon() == null ? null : wg.contactpersoon().naam(),
                wg == null || wg.casemanager() == null ? null : wg.casemanager().naam(),
                ad == null ? null : ad.arbeidsdeskundige(), null, null, null,
                d.traject().eersteZiektedag(), tijdlijn.week(tot).isPresent() ? tijdlijn.week(tot).getAsInt() : null,
                d.traject().opdrachtdatum(), d.traject().startdatum(), d.traject().geplandeEinddatum(), rapportnummer,
                volgende == null ? null : volgende.soort(), volgende == null ? null : volgende.deadline(),
                d.traject().status().name(), wg == null ? null : wg.bedrijfsarts(),
                aanWerkgever ? null : d.opdrachtgeverNaam(), aanWerkgever ? null : d.traject().regime().name());

        java.util.Map<Integer, Stap> stappen = new java.util.HashMap<>();
        fase.stappen().forEach(st -> stappen.put(st.id(), st));
        List<Rapportinhoud.Antwoord> kennismaking = fase.antwoorden().stream()
                .filter(a -> !a.datum().isAfter(tot) && stappen.containsKey(a.stapId())
                        && stappen.get(a.stapId()).fase() == FaseSoort.INTAKE && !a.antwoord().isBlank())
                .sorted(Comparator.comparing(StapAntwoord::datum))
                .map(a -> new Rapportinhoud.Antwoord(stappen.get(a.stapId()).titel(), a.datum(), a.antwoord())).toList();

        Gebeurtenissen g = tijdlijn.gedaan();
        List<Rapportinhoud.Document> documenten = new ArrayList<>();
        document(documenten, Rapportinhoud.Documentsoort.PROBLEEMANALYSE, g.probleemanalyse(), tot);
        document(documenten, Rapportinhoud.Documentsoort.PLAN_VAN_AANPAK, g.planVanAanpak(), tot);
        document(documenten, Rapportinhoud.Documentsoort.EERSTEJAARSEVALUATIE, g.eerstejaarsevaluatie(), tot);
        document(documenten, Rapportinhoud.Documentsoort.AD_RAPPORT, adRapportDatum, tot);
        fase.belastbaarheid().stream().filter(b -> !b.datum().isAfter(tot))
                .max(Comparator.comparing(Belastbaarheid::datum))
                .ifPresent(b -> documenten.add(new Rapportinhoud.Document(
                        Rapportinhoud.Documentsoort.valueOf("BELASTBAARHEID_" + b.documenttype().name()),
                        b.datum())));

        LocalDate vorige = g.voortgangsrapportages().stream().filter(x -> x.isBefore(tot)).max(LocalDate::compareTo)
                .orElse(null);
        Rapportinhoud.Belastbaarheid belast = fase.belastbaarheid().stream().filter(b -> !b.datum().isAfter(tot))
                .max(Comparator.comparing(Belastbaarheid::datum)).map(b -> {
                    List<Rapportinhoud.Rubriek> rubrieken = new ArrayList<>();
                    rubriek(rubrieken, "bb.persoonlijk", b.persoonlijkFunctioneren());
                    rubriek(rubrieken, "bb.sociaal", b.sociaalFunctioneren());
                    rubriek(rubrieken, "bb.omgeving", b.fysiekeOmgevingseisen());
                    rubriek(rubrieken, "bb.dynamisch", b.dynamischeHandelingen());
                    rubriek(rubrieken, "bb.statisch", b.statischeHoudingen());
                    rubriek(rubrieken, "bb.werktijd", b.werktijd());
                    return new Rapportinhoud.Belastbaarheid(b.datum(), b.bron().name(), b.documenttype().name(),
                            b.urenPerDagMinuten(), b.urenPerWeekMinuten(), b.opbouwschema(), rubrieken,
                            b.geenBenutbareMogelijkheden(), b.urenbeperking(), b.herbeoordelingsdatum(),
                            vorige != null && b.datum().isAfter(vorige));
                }).orElse(null);

        // The first version of each profile: it counts when it was entered only after the period.
        // Versions saved in the same instant (entered in one go) are ordered by their number.
        var eerstePp = profiel.persoonsprofielen().stream()
                .min(Comparator.comparing(Persoonsprofiel::opgeslagenOp)
                        .thenComparing(Persoonsprofiel::versie)).orElse(null);
        var eersteZp = profiel.zoekprofielen().stream()
                .min(Comparator.comparing(Zoekprofiel::opgeslagenOp)
                        .thenComparing(Zoekprofiel::versie)).orElse(null);
        // As for the zoekprofiel: one entered only after the period was agreed earlier, so the first version counts.
        var pp = profiel.persoonsprofielen().stream()
                .filter(p -> !LocalDate.ofInstant(p.opgeslagenOp(), AMSTERDAM).isAfter(tot))
                .max(Comparator.comparing(Persoonsprofiel::opgeslagenOp)
                        .thenComparing(Persoonsprofiel::versie)).orElse(eerstePp);
        Rapportinhoud.Profiel persoonsprofiel = pp == null ? null : new Rapportinhoud.Profiel(pp.versie(),
                LocalDate.ofInstant(pp.opgeslagenOp(), AMSTERDAM), pp.velden().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new Rapportinhoud.Rubriek(e.getKey(), e.getValue())).toList());
        // Versions saved by the period's end; when the first came later (entered afterwards), that first one.
        List<Persoonsprofiel> ppGetoond = profiel.persoonsprofielen().stream()
                .filter(p -> !LocalDate.ofInstant(p.opgeslagenOp(), AMSTERDAM).isAfter(tot) || p == eerstePp)
                .sorted(Comparator.comparing(Persoonsprofiel::opgeslagenOp)
                        .thenComparing(Persoonsprofiel::versie)).toList();
        List<Rapportinhoud.Versie> ppVersies = new ArrayList<>();
        for (int i = 0; i < ppGetoond.size(); i++) {
            var p = ppGetoond.get(i);
            List<Rapportinhoud.Rubriek> wijzigingen = new ArrayList<>();
            if (i > 0) {
                var vorig = ppGetoond.get(i - 1).velden();
                p.velden().forEach((key, tekst) -> {
                    if (!schoon(tekst).equals(schoon(vorig.get(key)))) {
                        wijzigingen.add(new Rapportinhoud.Rubriek(key, kort(tekst)));
                    }
                });
            }
            ppVersies.add(new Rapportinhoud.Versie(p.versie(), LocalDate.ofInstant(p.opgeslagenOp(), AMSTERDAM),
                    kort(p.wensen() != null ? p.wensen() : p.competenties()), wijzigingen));
        }
        List<Rapportinhoud.Versie> zpVersies = profiel.zoekprofielen().stream()
                .filter(z -> !LocalDate.ofInstant(z.opgeslagenOp(), AMSTERDAM).isAfter(tot) || z == eersteZp)
                .sorted(Comparator.comparing(Zoekprofiel::opgeslagenOp))
                .map(z -> new Rapportinhoud.Versie(z.versie(), LocalDate.ofInstant(z.opgeslagenOp(), AMSTERDAM),
                        String.join(", ", z.richtingen().stream().filter(Zoekrichting::actief).map(Zoekrichting::functie)
                                .toList()))).toList();

        List<Fase> gestart = fase.fasen().stream().filter(f -> !f.start().isAfter(tot))
                .sorted(Comparator.comparing(Fase::start)).toList();
        int[] contactenPerFase = new int[gestart.size()];
        int[] sollicitatiesPerFase = new int[gestart.size()];
        for (LocalDate c : contactdagen(logboek)) {
            int i = Fasetelling.fase(gestart, c, tot);
            if (i >= 0) {
                contactenPerFase[i]++;
            }
        }
        for (Sollicitatie x : markt.sollicitaties()) {
            int i = Fasetelling.fase(gestart, x.datum(), tot);
            if (i >= 0) {
                sollicitatiesPerFase[i]++;
            }
        }
        List<Rapportinhoud.Fase> fasen = new ArrayList<>();
        for (int i = 0; i < gestart.size(); i++) {
            Fase f = gestart.get(i);
            LocalDate eind = f.eind() == null || f.eind().isAfter(tot) ? null : f.eind();
            fasen.add(new Rapportinhoud.Fase(f.soort().name(), f.start(), eind, contactenPerFase[i],
                    sollicitatiesPerFase[i]));
        }

        List<Sollicitatie> totNu = markt.sollicitaties().stream().filter(x -> !x.datum().isAfter(tot)).toList();
        // The totals count everything up to the period's end, so they say so from the first day anything
        // counted could lie: the report's own start, the start of spoor 2, or an earlier contact, booking or
        // sollicitatie (an intake before the start). Was: from the start of spoor 2 always, while the
        // Samenvatting gave the same count "in de periode" from the report's start (issue 21).
        LocalDate spoor2 = d.traject().startdatum() != null ? d.traject().startdatum() : d.traject().opdrachtdatum();
        LocalDate begin = java.util.stream.Stream.of(java.util.stream.Stream.of(van, spoor2),
                        contactdagen(logboek).stream(), logboek.boekingen().stream().map(Urenboek.Boeking::datum),
                        totNu.stream().map(Sollicitatie::datum))
                .flatMap(x -> x).filter(x -> x != null && !x.isAfter(tot)).min(LocalDate::compareTo).orElse(spoor2);
        Rapportinhoud.Totalen totalen = new Rapportinhoud.Totalen(begin, tot,
                (int) contactdagen(logboek).stream().filter(c -> !c.isAfter(tot)).count(),
                logboek.boekingen().stream().filter(b -> !b.datum().isAfter(tot))
                        .mapToInt(Urenboek.Boeking::minuten).sum(),
                totNu.size(), (int) totNu.stream().filter(x -> bereiktOp(x, SollicitatieStatus.GESPREK, tot)).count(),
                (int) totNu.stream().filter(x -> bereiktOp(x, SollicitatieStatus.AANBOD, tot)).count());
        var w = d.werknemer();
        return new Rapportinhoud(gegevens, kennismaking, new Rapportinhoud.Praktisch(w.rijbewijs(),
                w.vervoer() == null ? null : w.vervoer().name(), w.adres() == null ? null : w.adres().plaats()),
                documenten, ad == null ? null : new Rapportinhoud.AdRapport(ad.datum(), ad.arbeidsdeskundige(),
                ad.conclusie().name(), ad.zoekrichtingen()), belast, persoonsprofiel, ppVersies, zpVersies, fasen, totalen,
                instrumenten);
    }

    private static void document(List<Rapportinhoud.Document> lijst, Rapportinhoud.Documentsoort soort, LocalDate datum,
                                 LocalDate tot) {
        if (datum != null && !datum.isAfter(tot)) {
            lijst.add(new Rapportinhoud.Document(soort, datum));
        }
    }

    private static void rubriek(List<Rapportinhoud.Rubriek> lijst, String key, String tekst) {
        if (tekst != null && !tekst.isBlank()) {
            lijst.add(new Rapportinhoud.Rubriek(key, tekst.strip()));
        }
    }

    private static String schoon(String tekst) {
        return tekst == null ? "" : tekst.strip().replaceAll("\\s+", " ");
    }

    private static String kort(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return "";
        }
        String t = tekst.strip().replaceAll("\\s+", " ");
        return t.length() <= 90 ? t : t.substring(0, 87).strip() + "…";
    }

    /** The day it went to the employer (the first step past "voorbereid", withdrawal aside), if by {@code dag}; else null. */
    static LocalDate verstuurdOp(Sollicitatie s, LocalDate dag) {
        return s.stappen().stream().filter(st -> st.status().isVerstuurd() && !st.datum().isAfter(dag))
                .map(Sollicitatie.Stap::datum).findFirst().orElse(null);
    }

    /** Whether a sollicitatie reached a status on or before {@code dag}. */
    static boolean bereiktOp(Sollicitatie s, SollicitatieStatus status, LocalDate dag) {
        return s.stappen().stream().anyMatch(st -> st.status() == status && !st.datum().isAfter(dag));
    }

    /** The status on {@code dag}: the last step reached by then (the first step when all came later). */
    static Sollicitatie.Stap stapOp(Sollicitatie s, LocalDate dag) {
        Sollicitatie.Stap op = null;
        for (Sollicitatie.Stap st : s.stappen()) {
            if (!st.datum().isAfter(dag)) {
                op = st;
            }
        }
        return op != null ? op : s.stappen().isEmpty() ? new Sollicitatie.Stap(SollicitatieStatus.VOORBEREID, s.datum())
                : s.stappen().getFirst();
    }

    /** The newest version saved on or before {@code dag} ({@code versies} newest first), or null. */
    static Zoekprofiel versieOp(List<Zoekprofiel> versies, LocalDate dag) {
        return versies.stream().filter(z -> !LocalDate.ofInstant(z.opgeslagenOp(), AMSTERDAM).isAfter(dag))
                .max(Comparator.comparing(Zoekprofiel::opgeslagenOp)).orElse(null);
    }

    /** What changed between the version in force before the period and the one at its end. */
    static RapportModel.Wijziging wijziging(Zoekprofiel voor, Zoekprofiel na) {
        if (na == null || voor == na) {
            return RapportModel.Wijziging.GEEN;
        }
        if (voor == null) {
            return new RapportModel.Wijziging(true, List.of(), List.of());
        }
        java.util.function.Function<Zoekprofiel, java.util.Set<String>> actief = z ->
                z.richtingen().stream().filter(Zoekrichting::actief)
                        .map(r -> r.functie().strip().toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> eerst = actief.apply(voor);
        java.util.Set<String> nu = actief.apply(na);
        List<String> toegevoegd = na.richtingen().stream().filter(Zoekrichting::actief)
                .filter(r -> !eerst.contains(r.functie().strip().toLowerCase(java.util.Locale.ROOT)))
                .map(Zoekrichting::functie).toList();
        List<String> vervallen = voor.richtingen().stream().filter(Zoekrichting::actief)
                .filter(r -> !nu.contains(r.functie().strip().toLowerCase(java.util.Locale.ROOT)))
                .map(r -> na.richtingen().stream().filter(x -> !x.actief() && x.functie().equalsIgnoreCase(r.functie())
                                && x.redenVerlaten() != null && !x.redenVerlaten().isBlank())
                        .findFirst().map(x -> r.functie() + " (" + x.redenVerlaten().strip() + ")").orElse(r.functie()))
                .toList();
        return new RapportModel.Wijziging(false, toegevoegd, vervallen);
    }

    /** The supporting document as the report names it: its description, and its date when known. */
    private static String documentTekst(LateStartUitzondering u) {
        return u.documentdatum() == null ? u.document()
                : u.document() + ", " + java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu").format(u.documentdatum());
    }

    /** The coach's own cadence and options that are no one's duty: they belong in the app, not in the employer's evidence. */
    private static final java.util.Set<MijlpaalSoort> NIET_IN_RAPPORT = java.util.EnumSet.of(
            MijlpaalSoort.VOORTGANGSRAPPORTAGE, MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK, MijlpaalSoort.VERVROEGDE_IVA);

    /**
     * The statutory milestones as the report states them on {@code tot}, each with its status from
     * the report's point of view: done (on time, or after its deadline); not recorded, where the app
     * merely has no record of another party's task (never "late": the coach cannot know); before the
     * coach's assignment, where the coach declared so on taking the case over; planned;
     * and, in the eindrapportage, its own milestone as this report. A closed traject lists no
     * future deadline.
     */
    static List<RapportModel.Termijn> termijnen(List<Mijlpaal> mijlpalen, LocalDate van, LocalDate tot,
                                                RapportSoort soort, boolean gesloten) {
        List<RapportModel.Termijn> lijst = new ArrayList<>();
        for (Mijlpaal m : mijlpalen.stream().sorted(Comparator.comparing(Mijlpaal::deadline)).toList()) {
            if (NIET_IN_RAPPORT.contains(m.soort())) {
                continue;
            }
            LocalDate gedaan = m.gedaanOp() != null && !m.gedaanOp().isAfter(tot) ? m.gedaanOp() : null;
            String status;
            if (soort == RapportSoort.EIND && m.soort() == MijlpaalSoort.EINDRAPPORTAGE) {
                status = RapportModel.TermijnStatus.DEZE_RAPPORTAGE.name();
                gedaan = null;
            } else if (gedaan == null && m.status() == MijlpaalStatus.VOOR_OPDRACHT) {
                status = RapportModel.TermijnStatus.VOOR_OPDRACHT.name();
            } else if (gedaan != null) {
                status = (gedaan.isAfter(m.deadline()) ? RapportModel.TermijnStatus.GEDAAN_NA_TERMIJN
                        : RapportModel.TermijnStatus.GEDAAN).name();
            } else if (!m.soort().taak()) {
                status = (m.deadline().isAfter(tot) ? RapportModel.TermijnStatus.GEPLAND
                        : RapportModel.TermijnStatus.VERSTREKEN).name();
            } else if (m.deadline().isAfter(tot)) {
                status = RapportModel.TermijnStatus.GEPLAND.name();
            } else {
                status = RapportModel.TermijnStatus.NIET_VASTGELEGD.name();
            }
            if (gesloten && RapportModel.TermijnStatus.GEPLAND.name().equals(status)) {
                continue;
            }
            lijst.add(new RapportModel.Termijn(m.soort().name(), m.volgnummer(), m.deadline(), gedaan, status));
        }
        return lijst;
    }

    /**
     * The day of every contactmoment in the log: each contact and each group session attended. One
     * rule for every count a report prints (the period's activities, the traject overview, the
     * phases), so a workshop is not a contactmoment in one place and missing in another.
     */
    private static List<LocalDate> contactdagen(ContactService.Logboek log) {
        List<LocalDate> dagen = new ArrayList<>();
        log.contacten().forEach(c -> dagen.add(c.moment().toLocalDate()));
        log.groepssessies().forEach(g -> dagen.add(g.sessie().moment().toLocalDate()));
        return dagen;
    }

    private static List<RapportModel.Activiteit> activiteiten(ContactService.Logboek log, LocalDate van, LocalDate tot) {
        List<RapportModel.Activiteit> lijst = new ArrayList<>();
        log.contacten().stream().filter(c -> binnen(c.moment().toLocalDate(), van, tot)).forEach(c -> lijst.add(
                new RapportModel.Activiteit(c.moment().toLocalDate(), c.duurMinuten(), c.soort().name(), c.doel(),
                        c.samenvatting(), c.afspraken(), c.vervolgactie(),
                        c.soort() == ContactSoort.WERKGEVERSCONTACT || c.soort() == ContactSoort.NETWERKCONTACT,
                        c.deelnemers())));
        log.groepssessies().stream().filter(g -> binnen(g.sessie().moment().toLocalDate(), van, tot)).forEach(g ->
                lijst.add(new RapportModel.Activiteit(g.sessie().moment().toLocalDate(), g.aanwezigMinuten(),
                        "GROEPSSESSIE", g.sessie().titel(), g.sessie().samenvatting(), null, null, false, null,
                        g.sessie().deelnames().size())));
        lijst.sort(Comparator.comparing(RapportModel.Activiteit::datum));
        return lijst;
    }

    /**
     * The sollicitaties that ran in the period: sent in it, or sent before it with a step in it. Each
     * with its status on the period's last day and the date it was reached; the funnel counts the
     * same list as of that day, so the summary, the funnel and the table agree.
     * {@code normVanaf}: the first day the norm applies in the period, or null when it does not apply at
     * all; {@code normTot}: its last day (the period's end, or the job-market phase's end within it).
     */
    private static RapportModel.Sollicitaties sollicitaties(ArbeidsmarktService.Overzicht markt, LocalDate van,
                                                            LocalDate tot, LocalDate normVanaf, LocalDate normTot) {
        List<Sollicitatie> inPeriode = markt.sollicitaties().stream().filter(s -> binnen(s.datum(), van, tot)
                || s.stappen().stream().anyMatch(st -> binnen(st.datum(), van, tot)))
                .filter(s -> !s.datum().isAfter(tot)).sorted(Comparator.comparing(Sollicitatie::datum)).toList();
        // Sent in the period: exactly the rows below marked as such (not the norm's whole weeks).
        int verstuurd = (int) inPeriode.stream().map(s -> verstuurdOp(s, tot)).filter(d -> binnen(d, van, tot)).count();
        Integer normTotaal = normVanaf == null || markt.normPerWeek() == null ? null
                : Sollicitatienorm.overzicht(markt.sollicitaties(), markt.normPerWeek(), normVanaf, normTot).normTotaal();
        List<RapportModel.Sollicitatie> lijst = inPeriode.stream().map(s -> {
            Sollicitatie.Stap op = stapOp(s, tot);
            LocalDate verzonden = verstuurdOp(s, tot);
            return new RapportModel.Sollicitatie(s.datum(), s.organisatie(), s.functie(), s.kanaal().name(),
                    op.status().name(), s.bewijs() != null || (s.bewijsReferentie() != null
                    && !s.bewijsReferentie().isBlank()), s.zoekrichting(), op.datum(),
                    verzonden != null && verzonden.isBefore(van));
        }).toList();
        SollicitatieStatus[] trede = {SollicitatieStatus.VERSTUURD, SollicitatieStatus.GESPREK,
                SollicitatieStatus.TWEEDE_GESPREK, SollicitatieStatus.AANBOD, SollicitatieStatus.AANGENOMEN};
        List<Integer> trechter = new ArrayList<>();
        for (SollicitatieStatus t : trede) {
            trechter.add((int) inPeriode.stream().filter(s -> t == SollicitatieStatus.VERSTUURD
                    ? verstuurdOp(s, tot) != null : bereiktOp(s, t, tot)).count());
        }
        return new RapportModel.Sollicitaties(lijst, verstuurd, markt.normPerWeek(), normTotaal, trechter);
    }

    private List<RapportModel.Werkervaring> werkervaring(int dossierId, LocalDate van, LocalDate tot) {
        return werkervaring.plekken(dossierId).stream()
                .filter(p -> !p.startdatum().isAfter(tot) && (p.einddatum() == null || !p.einddatum().isBefore(van)))
                .map(p -> new RapportModel.Werkervaring(p.organisatie(), p.startdatum(), p.einddatum(),
                        p.weken().stream().anyMatch(w -> w.geplandMinuten() != null),
                        p.beoogdeUitkomst() == null ? null : p.beoogdeUitkomst().name(), p.uitkomstToelichting(),
                        p.evaluaties().stream().map(Werkervaringsplek.Evaluatie::datum).filter(d -> !d.isAfter(tot))
                                .max(LocalDate::compareTo).orElse(null),
                        // The period's weeks only: a report on an earlier period made today must not show
                        // hours worked (or planned) after its last day.
                        Werkervaringsbewaking.weken(p, tot).stream().filter(w -> !w.maandag().isAfter(tot))
                                .map(w -> new RapportModel.Week(w.maandag(), w.geplandMinuten(), w.gerealiseerdMinuten()))
                                .toList()))
                .toList();
    }

    /** Declarable hours in the period and since the start, against the budget. */
    private static RapportModel.Uren uren(ContactService.Logboek log, LocalDate van, LocalDate tot) {
        int periode = log.boekingen().stream().filter(b -> binnen(b.datum(), van, tot))
                .mapToInt(Urenboek.Boeking::minuten).sum();
        int totaal = log.boekingen().stream().filter(b -> !b.datum().isAfter(tot))
                .mapToInt(Urenboek.Boeking::minuten).sum();
        return new RapportModel.Uren(periode, totaal, log.uren().budgetMinuten());
    }

    /**
     * The parts of the re-integratieverslag that should exist by {@code tot} and are not recorded (C17).
     * The AD-rapport counts when recorded either way: on the timeline or under Profielen
     * ({@code adRapport} is the newer of the two, as the report's own Termijnen use it).
     */
    private static List<String> ontbrekend(Gebeurtenissen g, RapportSoort soort, Dossier dossier, LocalDate tot,
                                           LocalDate adRapport) {
        List<String> mist = new ArrayList<>();
        LocalDate e = dossier.traject().eersteZiektedag();
        voeg(mist, g.probleemanalyse(), e.plusWeeks(6), tot, GebeurtenisSoort.PROBLEEMANALYSE);
        voeg(mist, g.planVanAanpak(), e.plusWeeks(8), tot, GebeurtenisSoort.PLAN_VAN_AANPAK);
        voeg(mist, g.eerstejaarsevaluatie(), e.plusWeeks(52), tot, GebeurtenisSoort.EERSTEJAARSEVALUATIE);
        voeg(mist, adRapport, e.plusWeeks(52), tot, GebeurtenisSoort.AD_RAPPORT);
        if (soort == RapportSoort.EIND) {
            voeg(mist, g.actueelOordeel(), e.plusWeeks(89), tot, GebeurtenisSoort.ACTUEEL_OORDEEL);
        }
        return mist;
    }

    private static void voeg(List<String> mist, LocalDate gedaan, LocalDate verwacht, LocalDate tot,
                             GebeurtenisSoort soort) {
        if (gedaan == null && !verwacht.isAfter(tot)) {
            mist.add(soort.name());
        }
    }

    private static boolean binnen(LocalDate d, LocalDate van, LocalDate tot) {
        return d != null && !d.isBefore(van) && !d.isAfter(tot);
    }
}
