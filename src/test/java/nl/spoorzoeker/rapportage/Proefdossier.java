package nl.spoorzoeker.rapportage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Kanaal;
import nl.spoorzoeker.arbeidsmarkt.Netwerkcontact;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.GebeurtenisSoort;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.testsupport.TestDossiers;

/**
 * A generated dossier for the figure-consistency property: what a coach could have recorded, with
 * concrete dates, entered through the real services, and what its reports should then say,
 * worked out here from the recorded facts (not from the report model). Dates are generated as
 * places in the traject or pinned to a report period's first or last day (or the day around it),
 * so events on the edges of a period are common rather than rare.
 */
final class Proefdossier {

    static final Clock CLOCK = TestDossiers.CLOCK;
    static final LocalDate VANDAAG = LocalDate.now(CLOCK);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    // ---- what jqwik generates: numbers, not dates (dates depend on each other) ----

    /** A day: a place (per mille) in the traject, or pinned to a period's edge ({@code anker} 1–4) of report type {@code soort}. */
    record Moment(int plek, int anker, int soort) {
    }

    record PeriodeRuw(boolean vanStart, int plek, int lengte) {
    }

    record ContactRuw(Moment wanneer, int minuten, ContactSoort soort, boolean declarabel, int uur) {
    }

    record GroepRuw(Moment wanneer, int duur, Groepssessie.Verdeling verdeling, boolean declarabel, int eigenPromille,
                    List<Integer> anderenPromille) {
    }

    record StapRuw(int keuze, int dagen) {
    }

    record SollicitatieRuw(Moment wanneer, boolean verstuurd, List<StapRuw> stappen, Kanaal kanaal) {
    }

    record DoelRuw(Moment gemaakt, FaseSoort fase, DoelStatus begin, List<StapRuw> wijzigingen, Integer streefNa) {
    }

    record Basis(int ziekDagen, int startPlek, int opdrachtVoor, boolean afgerond, Integer budgetUren, Integer norm,
                 int fasenVoorMarkt, Moment marktStart) {
    }

    record Ruw(Basis basis, List<PeriodeRuw> perioden, List<ContactRuw> contacten, List<GroepRuw> groepen,
               List<Moment> netwerk, List<SollicitatieRuw> sollicitaties, List<DoelRuw> doelen,
               List<Integer> gebeurtenissen) {
    }

    /** Uniform over the range: jqwik's default leans to small numbers, which left late starts and second years rare. */
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    private static Arbitrary<Integer> tussen(int van, int tot) {
        return Arbitraries.integers().between(van, tot).withDistribution(UNIFORM);
    }

    static Arbitrary<Ruw> ruw() {
        Arbitrary<Moment> moment = Combinators.combine(tussen(0, 1000),
                Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1),
                        Tuple.of(1, 2), Tuple.of(1, 3), Tuple.of(1, 4)),
                tussen(0, 3)).as(Moment::new);
        Arbitrary<Basis> basis = Combinators.combine(
                // In the first year, in the second, and beyond it (a late or long traject).
                tussen(21, 900),
                tussen(0, 1000),
                tussen(0, 30),
                Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true)),
                tussen(4, 80).injectNull(0.3),
                tussen(1, 4).injectNull(0.25),
                tussen(1, 4),
                moment.injectNull(0.2)).as(Basis::new);
        Arbitrary<PeriodeRuw> periode = Combinators.combine(Arbitraries.of(true, false),
                tussen(0, 1000), tussen(0, 200)).as(PeriodeRuw::new);
        Arbitrary<ContactRuw> contact = Combinators.combine(moment, tussen(1, 240),
                Arbitraries.of(ContactSoort.class),
                Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                tussen(7, 22)).as(ContactRuw::new);
        Arbitrary<GroepRuw> groep = Combinators.combine(moment, tussen(30, 240),
                Arbitraries.of(Groepssessie.Verdeling.class),
                Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                tussen(1, 1000),
                tussen(1, 1000).list().ofMinSize(1).ofMaxSize(3)).as(GroepRuw::new);
        Arbitrary<StapRuw> stap = Combinators.combine(tussen(0, 3),
                Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(5, 1)).flatMap(nul ->
                        nul == 0 ? Arbitraries.just(0) : tussen(1, 45))).as(StapRuw::new);
        Arbitrary<SollicitatieRuw> sollicitatie = Combinators.combine(moment, Arbitraries.frequency(
                Tuple.of(3, true), Tuple.of(1, false)), stap.list().ofMaxSize(4),
                Arbitraries.of(Kanaal.class)).as(SollicitatieRuw::new);
        Arbitrary<DoelRuw> doel = Combinators.combine(moment,
                Arbitraries.of(FaseSoort.INTAKE, FaseSoort.ROEPING, FaseSoort.ZOEKPROFIEL, FaseSoort.ARBEIDSMARKT),
                Arbitraries.of(DoelStatus.class), stap.list().ofMaxSize(3),
                tussen(0, 150).injectNull(0.2)).as(DoelRuw::new);
        return Combinators.combine(basis, periode.list().ofSize(4),
                contact.list().ofMaxSize(30).withSizeDistribution(UNIFORM),
                groep.list().ofMaxSize(3).withSizeDistribution(UNIFORM), moment.list().ofMaxSize(3),
                sollicitatie.list().ofMaxSize(20).withSizeDistribution(UNIFORM), doel.list().ofMaxSize(4),
                tussen(-4, 10).injectNull(0.4).list().ofSize(GEBEURTENISSEN.length))
                .as(Ruw::new);
    }

    /** The events a coach may record on the timeline, each around its usual week of sickness. */
    private static final GebeurtenisSoort[] GEBEURTENISSEN = {GebeurtenisSoort.PROBLEEMANALYSE,
            GebeurtenisSoort.PLAN_VAN_AANPAK, GebeurtenisSoort.WEEKMELDING_42, GebeurtenisSoort.AD_RAPPORT,
            GebeurtenisSoort.EERSTEJAARSEVALUATIE, GebeurtenisSoort.ACTUEEL_OORDEEL, GebeurtenisSoort.EINDRAPPORTAGE,
            GebeurtenisSoort.EINDEVALUATIE, GebeurtenisSoort.WIA_AANVRAAG};
    private static final int[] WEEK = {6, 8, 42, 46, 52, 87, 89, 91, 93};

    // ---- the dossier with concrete dates ----

    record ContactFeit(LocalDate dag, int minuten, ContactSoort soort, boolean declarabel, int uur) {
    }

    /** A group session: this dossier's minutes attended and its declarable share, worked out here. */
    record GroepFeit(LocalDate dag, int duur, Groepssessie.Verdeling verdeling, boolean declarabel, int eigen,
                     List<Integer> anderen, int aandeel) {
    }

    record SollicitatieFeit(int nr, LocalDate datum, List<Sollicitatie.Stap> stappen, Kanaal kanaal) {

        /** The day it went to the employer (its VERSTUURD step), if by {@code dag}. */
        LocalDate verstuurdOp(LocalDate dag) {
            return stappen.stream().filter(s -> s.status() == SollicitatieStatus.VERSTUURD && !s.datum().isAfter(dag))
                    .map(Sollicitatie.Stap::datum).findFirst().orElse(null);
        }

        boolean bereikt(SollicitatieStatus status, LocalDate dag) {
            return stappen.stream().anyMatch(s -> s.status() == status && !s.datum().isAfter(dag));
        }

        boolean stapIn(LocalDate van, LocalDate tot) {
            return stappen.stream().anyMatch(s -> binnen(s.datum(), van, tot));
        }
    }

    /** A goal: made on a day with a status, then changed on later days (possibly the same day). */
    record DoelFeit(String teken, FaseSoort fase, LocalDate gemaakt, LocalDate streefdatum,
                    List<Map.Entry<LocalDate, DoelStatus>> statussen) {

        /** The status on {@code dag} and the day it took it: the last change on or before that day; null before it existed. */
        Map.Entry<LocalDate, DoelStatus> op(LocalDate dag) {
            Map.Entry<LocalDate, DoelStatus> op = null;
            for (Map.Entry<LocalDate, DoelStatus> w : statussen) {
                if (!w.getKey().isAfter(dag)) {
                    op = w;
                }
            }
            return op;
        }
    }

    record Fasefeit(FaseSoort soort, LocalDate start, LocalDate eind) {
    }

    final int nummer;
    final String naam;
    final LocalDate eersteZiektedag;
    final LocalDate start;
    final LocalDate opdracht;
    final boolean afgerond;
    final Integer budgetMinuten;
    final Integer norm;
    final Map<RapportSoort, LocalDate[]> perioden = new EnumMap<>(RapportSoort.class);
    final List<ContactFeit> contacten = new ArrayList<>();
    final List<GroepFeit> groepen = new ArrayList<>();
    final List<LocalDate> netwerk = new ArrayList<>();
    final List<SollicitatieFeit> sollicitaties = new ArrayList<>();
    final List<DoelFeit> doelen = new ArrayList<>();
    final List<Fasefeit> fasen = new ArrayList<>();
    final LocalDate marktStart;
    /** The day the job-market phase ended (the closing phase began), or null while it runs. */
    LocalDate marktEind;
    final Map<GebeurtenisSoort, LocalDate> gebeurtenissen = new EnumMap<>(GebeurtenisSoort.class);
    /** The other participants of group sessions: dossiers of the practice made once for all tries. */
    private final List<Integer> anderenIds;

    Proefdossier(Ruw r, int nummer, List<Integer> anderenIds) {
        this.nummer = nummer;
        this.anderenIds = anderenIds;
        this.naam = "Proef " + nummer;
        Basis b = r.basis();
        eersteZiektedag = VANDAAG.minusDays(b.ziekDagen());
        start = eersteZiektedag.plusDays((long) b.startPlek() * (b.ziekDagen() - 7) / 1000);
        opdracht = start.minusDays(b.opdrachtVoor()).isBefore(eersteZiektedag) ? eersteZiektedag
                : start.minusDays(b.opdrachtVoor());
        afgerond = b.afgerond();
        budgetMinuten = b.budgetUren() == null ? null : b.budgetUren() * 60;
        norm = b.norm();
        LocalDate vroegst = later(eersteZiektedag, start.minusDays(14));
        for (RapportSoort soort : RapportSoort.values()) {
            PeriodeRuw p = r.perioden().get(soort.ordinal());
            LocalDate van = p.vanStart() ? start : dagIn(vroegst, VANDAAG, p.plek());
            perioden.put(soort, new LocalDate[] {van, eerder(van.plusDays(p.lengte()), VANDAAG)});
        }
        LocalDate lo = later(eersteZiektedag, start.minusDays(21));
        for (ContactRuw c : r.contacten()) {
            contacten.add(new ContactFeit(dag(c.wanneer(), lo), c.minuten(), c.soort(), c.declarabel(), c.uur()));
        }
        for (GroepRuw g : r.groepen()) {
            int eigen = Math.max(1, g.duur() * g.eigenPromille() / 1000);
            List<Integer> anderen = g.anderenPromille().stream().map(x -> g.duur() * x / 1000).toList();
            groepen.add(new GroepFeit(dag(g.wanneer(), lo), g.duur(), g.verdeling(), g.declarabel(), eigen, anderen,
                    aandeel(g.duur(), g.verdeling(), g.declarabel(), eigen, anderen)));
        }
        r.netwerk().forEach(m -> netwerk.add(dag(m, lo)));
        int nr = 0;
        for (SollicitatieRuw s : r.sollicitaties()) {
            LocalDate datum = dag(s.wanneer(), lo);
            List<Sollicitatie.Stap> stappen = new ArrayList<>();
            stappen.add(new Sollicitatie.Stap(SollicitatieStatus.VOORBEREID, datum));
            if (s.verstuurd()) {
                stappen.add(new Sollicitatie.Stap(SollicitatieStatus.VERSTUURD, datum));
            }
            LocalDate d = datum;
            for (StapRuw st : s.stappen()) {
                List<SollicitatieStatus> kan = stappen.getLast().status().volgende();
                if (kan.isEmpty() || d.plusDays(st.dagen()).isAfter(VANDAAG)) {
                    break;
                }
                d = d.plusDays(st.dagen());
                stappen.add(new Sollicitatie.Stap(kan.get(st.keuze() % kan.size()), d));
            }
            sollicitaties.add(new SollicitatieFeit(++nr, datum, List.copyOf(stappen), s.kanaal()));
        }
        int dn = 0;
        for (DoelRuw dr : r.doelen()) {
            LocalDate gemaakt = later(dag(dr.gemaakt(), lo), start);
            List<Map.Entry<LocalDate, DoelStatus>> statussen = new ArrayList<>();
            statussen.add(Map.entry(gemaakt, dr.begin()));
            LocalDate d = gemaakt;
            for (StapRuw w : dr.wijzigingen()) {
                if (d.plusDays(w.dagen()).isAfter(VANDAAG)) {
                    break;
                }
                d = d.plusDays(w.dagen());
                DoelStatus nieuw = DoelStatus.values()[(statussen.getLast().getValue().ordinal() + 1 + w.keuze() % 3) % 4];
                statussen.add(Map.entry(d, nieuw));
            }
            dn++;
            doelen.add(new DoelFeit("Q" + nummer + "G" + dn + "x", dr.fase(), gemaakt,
                    dr.streefNa() == null ? null : gemaakt.plusDays(dr.streefNa()), List.copyOf(statussen)));
        }
        // Phases: the first ones one after another from the start, then the job market from its own day.
        marktStart = b.marktStart() == null ? null : later(dag(b.marktStart(), start), start);
        LocalDate tot = marktStart != null ? marktStart : VANDAAG;
        FaseSoort[] voor = {FaseSoort.INTAKE, FaseSoort.ACCEPTATIE, FaseSoort.ROEPING, FaseSoort.ZOEKPROFIEL};
        long stuk = ChronoUnit.DAYS.between(start, tot) / b.fasenVoorMarkt();
        for (int i = 0; i < b.fasenVoorMarkt(); i++) {
            LocalDate van = start.plusDays(stuk * i);
            boolean laatste = i == b.fasenVoorMarkt() - 1;
            fasen.add(new Fasefeit(voor[i], van, laatste ? marktStart : start.plusDays(stuk * (i + 1))));
        }
        if (marktStart != null) {
            LocalDate eind = afgerond ? dagIn(marktStart, VANDAAG, b.startPlek()) : null;
            marktEind = eind;
            fasen.add(new Fasefeit(FaseSoort.ARBEIDSMARKT, marktStart, eind));
            if (eind != null) {
                fasen.add(new Fasefeit(FaseSoort.AFSLUITING, eind, null));
            }
        }
        for (int i = 0; i < GEBEURTENISSEN.length; i++) {
            Integer delta = r.gebeurtenissen().get(i);
            if (delta != null) {
                LocalDate d = eersteZiektedag.plusWeeks(WEEK[i] + delta);
                if (!d.isAfter(VANDAAG)) {
                    gebeurtenissen.put(GEBEURTENISSEN[i], d);
                }
            }
        }
    }

    private LocalDate dag(Moment m, LocalDate lo) {
        LocalDate d = switch (m.anker()) {
            case 1 -> perioden.get(RapportSoort.values()[m.soort()])[0];
            case 2 -> perioden.get(RapportSoort.values()[m.soort()])[1];
            case 3 -> perioden.get(RapportSoort.values()[m.soort()])[0].minusDays(1);
            case 4 -> perioden.get(RapportSoort.values()[m.soort()])[1].plusDays(1);
            default -> dagIn(lo, VANDAAG, m.plek());
        };
        return eerder(later(d, eersteZiektedag), VANDAAG);
    }

    private static LocalDate dagIn(LocalDate lo, LocalDate hi, int promille) {
        return lo.plusDays(ChronoUnit.DAYS.between(lo, hi) * promille / 1000);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate eerder(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static boolean binnen(LocalDate d, LocalDate van, LocalDate tot) {
        return d != null && !d.isBefore(van) && !d.isAfter(tot);
    }

    /**
     * This dossier's declarable minutes of a group session, by the rule the coach agreed: attended
     * minutes when charged in full; when shared, the session's time (at most everyone's attendance)
     * split in proportion to attendance, whole minutes by largest remainder (ties to the lowest
     * dossier number — this dossier is the newest, so the highest).
     */
    private int aandeel(int duur, Groepssessie.Verdeling verdeling, boolean declarabel, int eigen, List<Integer> anderen) {
        if (!declarabel) {
            return 0;
        }
        if (verdeling == Groepssessie.Verdeling.VOLLEDIG) {
            return eigen;
        }
        List<Integer> alle = new ArrayList<>(anderen);
        alle.add(eigen); // last: this dossier's id is higher than the others'
        long som = alle.stream().mapToLong(Integer::longValue).sum();
        long totaal = Math.min(duur, som);
        long[] heel = new long[alle.size()];
        long[] rest = new long[alle.size()];
        long verdeeld = 0;
        for (int i = 0; i < alle.size(); i++) {
            heel[i] = alle.get(i) * totaal / som;
            rest[i] = alle.get(i) * totaal % som;
            verdeeld += heel[i];
        }
        List<Integer> volgorde = new ArrayList<>();
        for (int i = 0; i < alle.size(); i++) {
            volgorde.add(i);
        }
        volgorde.sort(Comparator.comparingLong((Integer i) -> -rest[i]).thenComparingInt(i -> i));
        int mij = alle.size() - 1;
        boolean extra = volgorde.subList(0, (int) (totaal - verdeeld)).contains(mij);
        return (int) heel[mij] + (extra ? 1 : 0);
    }

    // ---- entering it through the services ----

    private static Clock op(LocalDate dag) {
        return Clock.fixed(dag.atTime(11, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
    }

    /** Enters the dossier as a coach would, through the services; returns its id. */
    int legVast(Database db, int werkgeverId) {
        int id = new DossierService(db, CLOCK).create(new Werknemer(null, naam, null, null, null, Adres.LEEG,
                        "Medewerker", 32 * 60, false, null), werkgeverId,
                new Traject(null, eersteZiektedag, opdracht, start, start.plusWeeks(40), budgetMinuten, null,
                        afgerond ? TrajectStatus.AFGEROND : TrajectStatus.ACTIEF));
        TijdlijnService tijdlijn = new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD);
        gebeurtenissen.forEach((soort, dag) -> tijdlijn.registreer(id, soort, dag));
        FaseService fase = new FaseService(db, CLOCK);
        // One after another: each phase ends the day the next starts (the chain the coach clicks through).
        Integer lopend = null;
        for (Fasefeit f : fasen) {
            lopend = lopend == null ? fase.start(id, f.soort(), f.start()) : fase.volgende(id, lopend, f.soort(), f.start());
        }
        for (DoelFeit d : doelen) {
            var eerste = d.statussen().getFirst();
            int doelId = new FaseService(db, op(eerste.getKey())).voegDoelToe(id, new Doel(null, d.fase(),
                    "Doel " + d.teken(), "Meetpunt", d.streefdatum(), eerste.getValue()));
            for (var w : d.statussen().subList(1, d.statussen().size())) {
                new FaseService(db, op(w.getKey())).wijzigDoel(id, new Doel(doelId, d.fase(), "Doel " + d.teken(),
                        "Meetpunt", d.streefdatum(), w.getValue()));
            }
        }
        ContactService contact = new ContactService(db, CLOCK);
        for (ContactFeit c : contacten) {
            contact.log(id, new Contactmoment(null, c.dag().atTime(c.uur(), 15), c.minuten(), c.soort(), "werknemer, coach",
                    "Voortgang", "Besproken hoe het gaat.", "Verder volgens plan", null, null, null, c.declarabel()));
        }
        for (GroepFeit g : groepen) {
            List<Groepssessie.Deelname> deelnames = new ArrayList<>();
            for (int i = 0; i < g.anderen().size(); i++) {
                deelnames.add(new Groepssessie.Deelname(anderenIds.get(i), null, g.anderen().get(i)));
            }
            deelnames.add(new Groepssessie.Deelname(id, null, g.eigen()));
            contact.logGroepssessie(new Groepssessie(null, g.dag().atTime(13, 30), g.duur(), Groepssessie.Soort.WORKSHOP,
                    "Workshop netwerken", "Buurthuis", "Pitch geoefend.", g.verdeling(), g.declarabel(), deelnames));
        }
        ArbeidsmarktService markt = new ArbeidsmarktService(db, CLOCK);
        if (norm != null) {
            markt.zetNorm(id, norm);
        }
        for (LocalDate n : netwerk) {
            markt.logNetwerk(id, new Netwerkcontact(null, n, "Piet de Groot", "Rotary", "Introductie", "Twee namen",
                    null, null));
        }
        for (SollicitatieFeit s : sollicitaties) {
            boolean verstuurd = s.stappen().size() > 1 && s.stappen().get(1).status() == SollicitatieStatus.VERSTUURD
                    && s.stappen().get(1).datum().equals(s.datum());
            int sid = markt.nieuweSollicitatie(id, new Sollicitatie(null, s.datum(), "Bedrijf " + s.nr(), "Functie " + s.nr(),
                    null, s.kanaal(), null, null, List.of(), null),
                    verstuurd ? SollicitatieStatus.VERSTUURD : SollicitatieStatus.VOORBEREID);
            for (Sollicitatie.Stap st : s.stappen().subList(verstuurd ? 2 : 1, s.stappen().size())) {
                markt.zetStap(sid, st.status(), st.datum());
            }
        }
        return id;
    }

    // ---- what the reports should say, from the recorded facts ----

    /** Contactmomenten in the log between two days: contacts and the group sessions attended. */
    /** The day of every contactmoment, group sessions included, one entry per contact. */
    List<LocalDate> contactdagen() {
        List<LocalDate> dagen = new ArrayList<>();
        contacten.forEach(c -> dagen.add(c.dag()));
        groepen.forEach(g -> dagen.add(g.dag()));
        return dagen;
    }

    int contacten(LocalDate van, LocalDate tot) {
        return (int) (contacten.stream().filter(c -> binnen(c.dag(), van, tot)).count()
                + groepen.stream().filter(g -> binnen(g.dag(), van, tot)).count());
    }

    int marktcontacten(LocalDate van, LocalDate tot) {
        return (int) contacten.stream().filter(c -> binnen(c.dag(), van, tot) && (c.soort() == ContactSoort.WERKGEVERSCONTACT
                || c.soort() == ContactSoort.NETWERKCONTACT)).count();
    }

    int netwerk(LocalDate van, LocalDate tot) {
        return (int) netwerk.stream().filter(d -> binnen(d, van, tot)).count();
    }

    /** Declarable minutes between two days: declarable contacts and this dossier's share of group sessions. */
    int minuten(LocalDate van, LocalDate tot) {
        return contacten.stream().filter(c -> c.declarabel() && binnen(c.dag(), van, tot)).mapToInt(ContactFeit::minuten).sum()
                + groepen.stream().filter(g -> binnen(g.dag(), van, tot)).mapToInt(GroepFeit::aandeel).sum();
    }

    /** The sollicitaties that ran in a period: made by its end, and made or moved on in it. */
    List<SollicitatieFeit> sollicitaties(LocalDate van, LocalDate tot) {
        return sollicitaties.stream().filter(s -> !s.datum().isAfter(tot)
                && (binnen(s.datum(), van, tot) || s.stapIn(van, tot))).toList();
    }

    /** The norm for the period: per week, for each week (Monday to Sunday) from the job market's start (or the period's). */
    Integer normInPeriode(LocalDate van, LocalDate tot) {
        if (norm == null || marktStart == null || marktStart.isAfter(tot)) {
            return null;
        }
        // The norm runs while the job-market phase does: to its end when that lies in the period.
        LocalDate eind = marktEind != null && marktEind.isBefore(tot) ? marktEind : tot;
        if (eind.isBefore(later(marktStart, van))) {
            return null;
        }
        LocalDate vanaf = later(marktStart, van).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return norm * (int) (ChronoUnit.WEEKS.between(vanaf, eind) + 1);
    }

    boolean arbeidsmarktfase(LocalDate van, LocalDate tot) {
        return fasen.stream().anyMatch(f -> f.soort() == FaseSoort.ARBEIDSMARKT && !f.start().isAfter(tot)
                && (f.eind() == null || !f.eind().isBefore(van)));
    }

    /** The week of sickness on a day (the first sick day is day 1 of week 1). */
    int verzuimweek(LocalDate dag) {
        return (int) (ChronoUnit.DAYS.between(eersteZiektedag, dag) / 7) + 1;
    }

    @Override
    public String toString() {
        return naam + " (ziek " + eersteZiektedag + ", start " + start + (afgerond ? ", afgerond" : "") + ", "
                + contacten.size() + " contacten, " + groepen.size() + " groepen, " + sollicitaties.size()
                + " sollicitaties, " + doelen.size() + " doelen, markt " + marktStart + ")";
    }
}
