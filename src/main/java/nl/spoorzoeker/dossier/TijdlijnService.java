package nl.spoorzoeker.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.Gebeurtenis;
import nl.spoorzoeker.tijdlijn.GebeurtenisSoort;
import nl.spoorzoeker.tijdlijn.LateStartUitzondering;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.Periode;
import nl.spoorzoeker.tijdlijn.Tijdlijn;
import nl.spoorzoeker.tijdlijn.Overname;

/** The Poortwachter clock of each dossier: reading it, and recording what happened. */
public final class TijdlijnService {

    private static final String MARGE = "klok_marge_dagen";
    private static final String BINNENKORT = "klok_binnenkort_dagen";
    private static final String CONTACT_DREMPEL = "gat_contact_dagen";
    private static final String MARKT_DREMPEL = "gat_markt_dagen";

    /** After how many days without contact (any / employer or network) the record shows a gap. */
    public record GatDrempels(int contactDagen, int marktDagen) {

        /**
         * Days without contact, and without an employer or network contact, before the dossier shows a gap.
         * Held here, with the setting they default, so the timeline does not reach into the logbook's package.
         */
        public static final int STANDAARD_CONTACT_DAGEN = 21;
        public static final int STANDAARD_MARKT_DAGEN = 14;

        public GatDrempels {
            if (contactDagen < 1 || marktDagen < 1) {
                throw new IllegalArgumentException("thresholds must be at least one day");
            }
        }
    }

    private final Database db;
    private final Clock clock;
    private final KlokInstellingen standaard;

    /** {@code standaard} holds until the coach changes the warning settings in Instellingen. */
    public TijdlijnService(Database db, Clock clock, KlokInstellingen standaard) {
        this.db = db;
        this.clock = clock;
        this.standaard = standaard;
    }

    /** The coach's warning settings: days of margin before a deadline, and how early "binnenkort" starts. */
    public KlokInstellingen klokInstellingen() {
        return db.read(this::klokInstellingen);
    }

    private KlokInstellingen klokInstellingen(org.jooq.DSLContext ctx) {
        InstellingRepository repo = new InstellingRepository(ctx);
        int marge = repo.get(MARGE).map(Integer::parseInt).orElse(standaard.margeDagen());
        int binnenkort = repo.get(BINNENKORT).map(Integer::parseInt).orElse(standaard.binnenkortDagen());
        return new KlokInstellingen(marge, binnenkort, standaard.voortgangIntervalWeken());
    }

    public GatDrempels gatDrempels() {
        return db.read(ctx -> {
            InstellingRepository repo = new InstellingRepository(ctx);
            return new GatDrempels(
                    repo.get(CONTACT_DREMPEL).map(Integer::parseInt).orElse(GatDrempels.STANDAARD_CONTACT_DAGEN),
                    repo.get(MARKT_DREMPEL).map(Integer::parseInt).orElse(GatDrempels.STANDAARD_MARKT_DAGEN));
        });
    }

    public void bewaarGatDrempels(GatDrempels drempels) {
        db.write(cfg -> {
            InstellingRepository repo = new InstellingRepository(cfg.dsl());
            repo.put(CONTACT_DREMPEL, Integer.toString(drempels.contactDagen()));
            repo.put(MARKT_DREMPEL, Integer.toString(drempels.marktDagen()));
            return null;
        });
    }

    public void bewaarKlokInstellingen(int margeDagen, int binnenkortDagen) {
        new KlokInstellingen(margeDagen, binnenkortDagen, 1); // validates
        db.write(cfg -> {
            InstellingRepository repo = new InstellingRepository(cfg.dsl());
            repo.put(MARGE, Integer.toString(margeDagen));
            repo.put(BINNENKORT, Integer.toString(binnenkortDagen));
            return null;
        });
    }

    public Tijdlijn tijdlijn(int dossierId) {
        return db.read(ctx -> new TijdlijnRepository(ctx).find(dossierId))
                .orElseThrow(() -> new NoSuchElementException("dossier " + dossierId));
    }

    public List<Mijlpaal> mijlpalen(int dossierId) {
        return mijlpalen(tijdlijn(dossierId));
    }

    /**
     * The milestones of many dossiers in one read (a fixed number of queries however many there
     * are), as {@link #mijlpalen(int)} gives them one by one: for figures across the practice,
     * where a read per traject took most of the time. Unknown ids are left out.
     */
    public Map<Integer, List<Mijlpaal>> mijlpalen(java.util.Collection<Integer> dossierIds) {
        if (dossierIds.isEmpty()) {
            return Map.of();
        }
        LocalDate vandaag = LocalDate.now(clock);
        return db.read(ctx -> {
            KlokInstellingen instellingen = klokInstellingen(ctx);
            Map<Integer, List<Mijlpaal>> uit = new java.util.HashMap<>();
            new TijdlijnRepository(ctx).loadAll(dossierIds)
                    .forEach((id, tijdlijn) -> uit.put(id, tijdlijn.mijlpalen(instellingen, vandaag)));
            return uit;
        });
    }

    /** The milestones of a clock already loaded, with the coach's warning settings. */
    public List<Mijlpaal> mijlpalen(Tijdlijn tijdlijn) {
        return mijlpalen(tijdlijn, LocalDate.now(clock));
    }

    /** The milestones as they stood on {@code peildatum} (a report's last day). */
    public List<Mijlpaal> mijlpalen(Tijdlijn tijdlijn, LocalDate peildatum) {
        return tijdlijn.mijlpalen(klokInstellingen(), peildatum);
    }

    /**
     * One open milestone of an active dossier, for the Vandaag overview, with who does it under the
     * dossier's regime (for a vangnetter UWV rather than the werkgever or bedrijfsarts).
     */
    public record Termijn(DossierRegel dossier, Mijlpaal mijlpaal, MijlpaalSoort.Actor wie) {

        public Termijn(DossierRegel dossier, Mijlpaal mijlpaal) {
            this(dossier, mijlpaal, mijlpaal.soort().wie());
        }
    }

    /**
     * Every open task of every active dossier that is late or due within {@code dagen} days, the
     * latest first: what the coach must act on.
     */
    public List<Termijn> openTermijnen(int dagen) {
        return startscherm(dagen).termijnen();
    }

    /**
     * The start screen's two lists from one read: every dossier with its sick week (as
     * {@link DossierService#list()}) and the open tasks of the active ones (as {@link #openTermijnen}).
     * Each clock is loaded once: the two separate calls loaded the 1,000 clocks of a large practice
     * twice while the coach waited for the first screen after unlocking.
     */
    public record Startscherm(List<DossierRegel> dossiers, List<Termijn> termijnen) {
    }

    /** @see Startscherm */
    public Startscherm startscherm(int dagen) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(dagen);
        return db.read(ctx -> {
            KlokInstellingen instellingen = klokInstellingen(ctx);
            List<DossierRegel> alle = new DossierRepository(ctx).all();
            Map<Integer, Tijdlijn> klokken = new TijdlijnRepository(ctx)
                    .loadAll(alle.stream().map(DossierRegel::trajectId).toList());
            List<Termijn> termijnen = alle.stream()
                    .filter(d -> d.status() == TrajectStatus.ACTIEF)
                    .flatMap(d -> klokken.get(d.trajectId()).mijlpalen(instellingen, today).stream()
                            .filter(m -> m.soort().taak() && m.open() && !m.deadline().isAfter(horizon))
                            .map(m -> new Termijn(d, m, m.soort().wie(klokken.get(d.trajectId()).regime()))))
                    .sorted(Comparator.comparing((Termijn t) -> t.mijlpaal().deadline())
                            .thenComparing(t -> t.dossier().naam()))
                    .toList();
            return new Startscherm(DossierService.metWeken(alle, klokken, today), termijnen);
        });
    }

    /** Records that something happened on a date (a milestone done). */
    public int registreer(int dossierId, GebeurtenisSoort soort, LocalDate datum) {
        Instant now = clock.instant();
        return db.write(cfg -> new TijdlijnRepository(cfg.dsl()).addGebeurtenis(dossierId, soort, datum, now));
    }

    public void verwijderGebeurtenis(int dossierId, int gebeurtenisId) {
        if (!db.write(cfg -> new TijdlijnRepository(cfg.dsl()).removeGebeurtenis(dossierId, gebeurtenisId))) {
            throw new NoSuchElementException("gebeurtenis " + gebeurtenisId);
        }
    }

    /** Adds a period of sickness or WAZO leave; the dossier's first sick day follows the clock. */
    public int voegPeriodeToe(int dossierId, boolean wazo, Periode periode) {
        Instant now = clock.instant();
        return db.write(cfg -> {
            TijdlijnRepository repo = new TijdlijnRepository(cfg.dsl());
            int id = repo.addPeriode(dossierId, wazo, periode);
            repo.syncEersteZiektedag(dossierId, repo.find(dossierId).orElseThrow().klok().eersteZiektedag(), now);
            return id;
        });
    }

    public void verwijderPeriode(int dossierId, int periodeId) {
        Instant now = clock.instant();
        boolean removed = db.write(cfg -> {
            TijdlijnRepository repo = new TijdlijnRepository(cfg.dsl());
            boolean done = repo.removePeriode(dossierId, periodeId);
            repo.syncEersteZiektedag(dossierId, repo.find(dossierId).orElseThrow().klok().eersteZiektedag(), now);
            return done;
        });
        if (!removed) {
            throw new NoSuchElementException("periode " + periodeId);
        }
    }

    /**
     * The takeover step of a case taken on part-way, in one write: each statutory milestone before
     * the assignment either with the date it was done (recorded as an event, when not recorded yet)
     * or declared as done by others on an unknown date. Milestones not named keep what they had.
     *
     * @param gedaan       milestone → the date it was done
     * @param onbekend     milestones done by others before the assignment, date unknown / not the coach's
     */
    public void legOvernameVast(int dossierId, Map<MijlpaalSoort, LocalDate> gedaan, java.util.Set<MijlpaalSoort> onbekend) {
        for (MijlpaalSoort soort : gedaan.keySet()) {
            if (GebeurtenisSoort.voor(soort).isEmpty()) {
                throw new IllegalArgumentException("no event for " + soort);
            }
        }
        if (!onbekend.stream().allMatch(Overname::verklaarbaar)) {
            throw new IllegalArgumentException("only statutory tasks of others can lie before the assignment");
        }
        Instant now = clock.instant();
        db.write(cfg -> {
            TijdlijnRepository repo = new TijdlijnRepository(cfg.dsl());
            Tijdlijn huidig = repo.find(dossierId).orElseThrow(() -> new NoSuchElementException("dossier " + dossierId));
            java.util.Set<GebeurtenisSoort> al = huidig.gebeurtenissen().stream().map(Gebeurtenis::soort)
                    .collect(java.util.stream.Collectors.toSet());
            gedaan.forEach((soort, datum) -> {
                GebeurtenisSoort g = GebeurtenisSoort.voor(soort).orElseThrow();
                // A series (evaluations) may hold many; a one-off event is recorded once.
                if (soort == MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK || !al.contains(g)) {
                    repo.addGebeurtenis(dossierId, g, datum, now);
                }
            });
            java.util.Set<MijlpaalSoort> voor = java.util.EnumSet.noneOf(MijlpaalSoort.class);
            voor.addAll(huidig.overname().voorOpdracht());
            voor.removeAll(gedaan.keySet());
            voor.addAll(onbekend);
            repo.setVoorOpdracht(dossierId, voor);
            return null;
        });
    }

    /** Withdraws a "before my assignment" declaration: the milestone counts as open again. */
    public void trekVoorOpdrachtIn(int dossierId, MijlpaalSoort soort) {
        db.write(cfg -> {
            TijdlijnRepository repo = new TijdlijnRepository(cfg.dsl());
            java.util.Set<MijlpaalSoort> voor = java.util.EnumSet.noneOf(MijlpaalSoort.class);
            voor.addAll(repo.find(dossierId).orElseThrow(() -> new NoSuchElementException("dossier " + dossierId))
                    .overname().voorOpdracht());
            voor.remove(soort);
            repo.setVoorOpdracht(dossierId, voor);
            return null;
        });
    }

    /** Records (or with null clears) the documented exception for a late start of spoor 2 (C01). */
    public void legUitzonderingVast(int dossierId, LateStartUitzondering uitzondering) {
        if (uitzondering != null && !uitzondering.volledig()) {
            throw new IllegalArgumentException("an exception needs its reason and its document");
        }
        Instant now = clock.instant();
        db.write(cfg -> {
            new TijdlijnRepository(cfg.dsl()).setUitzondering(dossierId, uitzondering, now);
            return null;
        });
    }

    public void zetVoortgangInterval(int dossierId, int weken) {
        db.write(cfg -> {
            new TijdlijnRepository(cfg.dsl()).setInterval(dossierId, weken);
            return null;
        });
    }
}
