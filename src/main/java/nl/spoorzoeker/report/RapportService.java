package nl.spoorzoeker.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import nl.spoorzoeker.activity.ContactService;
import nl.spoorzoeker.activity.ContactSoort;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.jobsearch.ArbeidsmarktService;
import nl.spoorzoeker.jobsearch.Sollicitatie;
import nl.spoorzoeker.jobsearch.SollicitatieStatus;
import nl.spoorzoeker.jobsearch.Sollicitatienorm;
import nl.spoorzoeker.jobsearch.WerkervaringService;
import nl.spoorzoeker.jobsearch.Werkervaringsplek;
import nl.spoorzoeker.phase.FaseService;
import nl.spoorzoeker.phase.FaseSoort;
import nl.spoorzoeker.phase.ProfielService;
import nl.spoorzoeker.phase.Zoekrichting;
import nl.spoorzoeker.timeline.Gebeurtenissen;
import nl.spoorzoeker.timeline.GebeurtenisSoort;
import nl.spoorzoeker.timeline.Mijlpaal;
import nl.spoorzoeker.timeline.MijlpaalSoort;
import nl.spoorzoeker.timeline.Tijdlijn;

/**
 * Builds a report's model from the dossier for its period, so the checks and the PDF read one
 * plain set of data: what happened in the period (contacts, sollicitaties, network, placements),
 * what stands (belastbaarheid, profiles, the Poortwachter events) and what the coach wrote.
 */
public final class RapportService {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final DossierService dossiers;
    private final TijdlijnService tijdlijnen;
    private final ContactService contacten;
    private final ArbeidsmarktService arbeidsmarkt;
    private final WerkervaringService werkervaring;
    private final ProfielService profielen;
    private final FaseService fasen;

    public RapportService(DossierService dossiers, TijdlijnService tijdlijnen, ContactService contacten,
                          ArbeidsmarktService arbeidsmarkt, WerkervaringService werkervaring, ProfielService profielen,
                          FaseService fasen) {
        this.dossiers = dossiers;
        this.tijdlijnen = tijdlijnen;
        this.contacten = contacten;
        this.arbeidsmarkt = arbeidsmarkt;
        this.werkervaring = werkervaring;
        this.profielen = profielen;
        this.fasen = fasen;
    }

    public RapportModel model(int dossierId, RapportSoort soort, LocalDate van, LocalDate tot, Rapportinvoer invoer) {
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
        RapportModel.Traject traject = new RapportModel.Traject(dossier.traject().eersteZiektedag(),
                dossier.traject().startdatum(), gedaan.eerstejaarsevaluatie(), adRapport, invoer.uitzonderingLateStart(),
                invoer.uitzonderingDocument(), eindrapportageUiterlijk, vorigeRapportage);

        var belastbaarheid = fase.belastbaarheid().stream().filter(b -> !b.datum().isAfter(tot))
                .max(Comparator.comparing(nl.spoorzoeker.phase.Belastbaarheid::datum)).map(b ->
                        new RapportModel.Belastbaarheid(b.datum(), b.bron().name(), b.documenttype().name(),
                                b.urenPerWeekMinuten(), vorigeRapportage != null && b.datum().isAfter(vorigeRapportage)))
                .orElse(null);

        // The zoekprofiel as it stood at the end of the period (a later version is not this report's).
        // One saved only after the period was agreed earlier and entered late: then the first version counts.
        nl.spoorzoeker.phase.Zoekprofiel gevonden = versieOp(profiel.zoekprofielen(), tot);
        nl.spoorzoeker.phase.Zoekprofiel opTot = gevonden != null ? gevonden
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
                .map(nl.spoorzoeker.phase.Fase::start).filter(d -> !d.isAfter(tot)).min(LocalDate::compareTo)
                .map(d -> d.isAfter(van) ? d : van).orElse(null);
        ContactService.Logboek logboek = contacten.logboek(dossierId);
        return new RapportModel(soort, van, tot, traject, activiteiten(logboek, van, tot),
                sollicitaties(markt, van, tot, normVanaf), (int) markt.netwerk().stream().filter(n -> binnen(n.datum(), van, tot)).count(),
                werkervaring(dossierId, van, tot), belastbaarheid, profielen, arbeidsmarktfase, invoer.statusSpoor1(),
                invoer.teksten(), invoer.akkoord(), invoer.distributie(), invoer.knelpunten(),
                ontbrekend(gedaan, soort, dossier, tot), markt.sollicitaties().stream()
                        .anyMatch(s -> s.bereikt(SollicitatieStatus.AANGENOMEN)), uren(logboek, van, tot),
                fase.doelen().stream().filter(d -> d.status() != nl.spoorzoeker.phase.DoelStatus.VERVALLEN
                                || (d.streefdatum() != null && binnen(d.streefdatum(), van, tot)))
                        .map(d -> new RapportModel.Doel(d.fase() == null ? null : d.fase().name(), d.omschrijving(),
                                d.indicator(), d.streefdatum(), d.status().name())).toList(),
                termijnen(tijdlijnen.mijlpalen(tijdlijn, tot), van, tot));
    }

    /** The newest version saved on or before {@code dag} ({@code versies} newest first), or null. */
    static nl.spoorzoeker.phase.Zoekprofiel versieOp(List<nl.spoorzoeker.phase.Zoekprofiel> versies, LocalDate dag) {
        return versies.stream().filter(z -> !LocalDate.ofInstant(z.opgeslagenOp(), AMSTERDAM).isAfter(dag))
                .max(Comparator.comparing(nl.spoorzoeker.phase.Zoekprofiel::opgeslagenOp)).orElse(null);
    }

    /** What changed between the version in force before the period and the one at its end. */
    static RapportModel.Wijziging wijziging(nl.spoorzoeker.phase.Zoekprofiel voor, nl.spoorzoeker.phase.Zoekprofiel na) {
        if (na == null || voor == na) {
            return RapportModel.Wijziging.GEEN;
        }
        if (voor == null) {
            return new RapportModel.Wijziging(true, List.of(), List.of());
        }
        java.util.function.Function<nl.spoorzoeker.phase.Zoekprofiel, java.util.Set<String>> actief = z ->
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

    /**
     * The milestones as they stood at {@code tot}: every one-off milestone, and of the recurring ones
     * (evaluations, progress reports) those due in the period plus the next one.
     */
    static List<RapportModel.Termijn> termijnen(List<Mijlpaal> mijlpalen, LocalDate van, LocalDate tot) {
        List<RapportModel.Termijn> lijst = new ArrayList<>();
        java.util.Set<MijlpaalSoort> volgendeGezien = java.util.EnumSet.noneOf(MijlpaalSoort.class);
        for (Mijlpaal m : mijlpalen.stream().sorted(Comparator.comparing(Mijlpaal::deadline)).toList()) {
            boolean terugkerend = m.soort() == MijlpaalSoort.VOORTGANGSRAPPORTAGE
                    || m.soort() == MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK;
            boolean tonen = !terugkerend || binnen(m.deadline(), van, tot)
                    || (m.deadline().isAfter(tot) && volgendeGezien.add(m.soort()));
            if (tonen) {
                boolean laterGedaan = m.gedaanOp() != null && m.gedaanOp().isAfter(tot);
                String status = laterGedaan ? (m.deadline().isBefore(tot) ? "TE_LAAT" : "GEPLAND") : m.status().name();
                lijst.add(new RapportModel.Termijn(m.soort().name(), m.volgnummer(), m.deadline(),
                        laterGedaan ? null : m.gedaanOp(), status));
            }
        }
        return lijst;
    }

    private static List<RapportModel.Activiteit> activiteiten(ContactService.Logboek log, LocalDate van, LocalDate tot) {
        List<RapportModel.Activiteit> lijst = new ArrayList<>();
        log.contacten().stream().filter(c -> binnen(c.moment().toLocalDate(), van, tot)).forEach(c -> lijst.add(
                new RapportModel.Activiteit(c.moment().toLocalDate(), c.duurMinuten(), c.soort().name(), c.doel(),
                        c.samenvatting(), c.afspraken(), c.vervolgactie(),
                        c.soort() == ContactSoort.WERKGEVERSCONTACT || c.soort() == ContactSoort.NETWERKCONTACT)));
        log.groepssessies().stream().filter(g -> binnen(g.sessie().moment().toLocalDate(), van, tot)).forEach(g ->
                lijst.add(new RapportModel.Activiteit(g.sessie().moment().toLocalDate(), g.aanwezigMinuten(),
                        "GROEPSSESSIE", g.sessie().titel(), g.sessie().samenvatting(), null, null, false)));
        lijst.sort(Comparator.comparing(RapportModel.Activiteit::datum));
        return lijst;
    }

    /** {@code normVanaf}: the first day the norm applies in the period, or null when it does not apply at all. */
    private static RapportModel.Sollicitaties sollicitaties(ArbeidsmarktService.Overzicht markt, LocalDate van,
                                                            LocalDate tot, LocalDate normVanaf) {
        List<Sollicitatie> inPeriode = markt.sollicitaties().stream().filter(s -> binnen(s.datum(), van, tot)
                || s.stappen().stream().anyMatch(st -> binnen(st.datum(), van, tot))).toList();
        int verstuurd = Sollicitatienorm.overzicht(markt.sollicitaties(), null, van, tot).totaal();
        Integer normTotaal = normVanaf == null || markt.normPerWeek() == null ? null
                : Sollicitatienorm.overzicht(markt.sollicitaties(), markt.normPerWeek(), normVanaf, tot).normTotaal();
        return new RapportModel.Sollicitaties(inPeriode.stream().sorted(Comparator.comparing(Sollicitatie::datum))
                .map(s -> new RapportModel.Sollicitatie(s.datum(), s.organisatie(), s.functie(), s.kanaal().name(),
                        s.status().name(), s.bewijs() != null || (s.bewijsReferentie() != null
                                && !s.bewijsReferentie().isBlank()))).toList(),
                verstuurd, markt.normPerWeek(), normTotaal, nl.spoorzoeker.jobsearch.Trechter.van(inPeriode)
                        .niveaus().stream().map(nl.spoorzoeker.jobsearch.Trechter.Niveau::aantal).toList());
    }

    private List<RapportModel.Werkervaring> werkervaring(int dossierId, LocalDate van, LocalDate tot) {
        return werkervaring.plekken(dossierId).stream()
                .filter(p -> !p.startdatum().isAfter(tot) && (p.einddatum() == null || !p.einddatum().isBefore(van)))
                .map(p -> new RapportModel.Werkervaring(p.organisatie(), p.startdatum(), p.einddatum(),
                        p.weken().stream().anyMatch(w -> w.geplandMinuten() != null),
                        p.beoogdeUitkomst() == null ? null : p.beoogdeUitkomst().name(), p.uitkomstToelichting(),
                        p.evaluaties().stream().map(Werkervaringsplek.Evaluatie::datum).filter(d -> !d.isAfter(tot))
                                .max(LocalDate::compareTo).orElse(null),
                        nl.spoorzoeker.jobsearch.Werkervaringsbewaking.weken(p, tot).stream()
                                .map(w -> new RapportModel.Week(w.maandag(), w.geplandMinuten(), w.gerealiseerdMinuten()))
                                .toList()))
                .toList();
    }

    /** Declarable hours in the period and since the start, against the budget. */
    private static RapportModel.Uren uren(ContactService.Logboek log, LocalDate van, LocalDate tot) {
        int periode = log.boekingen().stream().filter(b -> binnen(b.datum(), van, tot))
                .mapToInt(nl.spoorzoeker.activity.Urenboek.Boeking::minuten).sum();
        int totaal = log.boekingen().stream().filter(b -> !b.datum().isAfter(tot))
                .mapToInt(nl.spoorzoeker.activity.Urenboek.Boeking::minuten).sum();
        return new RapportModel.Uren(periode, totaal, log.uren().budgetMinuten());
    }

    /** The parts of the re-integratieverslag that should exist by {@code tot} and are not recorded (C17). */
    private static List<String> ontbrekend(Gebeurtenissen g, RapportSoort soort, Dossier dossier, LocalDate tot) {
        List<String> mist = new ArrayList<>();
        LocalDate e = dossier.traject().eersteZiektedag();
        voeg(mist, g.probleemanalyse(), e.plusWeeks(6), tot, GebeurtenisSoort.PROBLEEMANALYSE);
        voeg(mist, g.planVanAanpak(), e.plusWeeks(8), tot, GebeurtenisSoort.PLAN_VAN_AANPAK);
        voeg(mist, g.eerstejaarsevaluatie(), e.plusWeeks(52), tot, GebeurtenisSoort.EERSTEJAARSEVALUATIE);
        voeg(mist, g.adRapport(), e.plusWeeks(52), tot, GebeurtenisSoort.AD_RAPPORT);
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
