package nl.spoorzoeker.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.timeline.GebeurtenisSoort;
import nl.spoorzoeker.timeline.KlokInstellingen;
import nl.spoorzoeker.timeline.Mijlpaal;
import nl.spoorzoeker.timeline.Periode;
import nl.spoorzoeker.timeline.Tijdlijn;

/** The Poortwachter clock of each dossier: reading it, and recording what happened. */
public final class TijdlijnService {

    private static final String MARGE = "klok_marge_dagen";
    private static final String BINNENKORT = "klok_binnenkort_dagen";
    private static final String CONTACT_DREMPEL = "gat_contact_dagen";
    private static final String MARKT_DREMPEL = "gat_markt_dagen";

    /** After how many days without contact (any / employer or network) the record shows a gap. */
    public record GatDrempels(int contactDagen, int marktDagen) {

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
                    repo.get(CONTACT_DREMPEL).map(Integer::parseInt).orElse(nl.spoorzoeker.activity.Contactgat.STANDAARD_CONTACT_DAGEN),
                    repo.get(MARKT_DREMPEL).map(Integer::parseInt).orElse(nl.spoorzoeker.activity.Contactgat.STANDAARD_MARKT_DAGEN));
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

    /** The milestones of a clock already loaded, with the coach's warning settings. */
    public List<Mijlpaal> mijlpalen(Tijdlijn tijdlijn) {
        return mijlpalen(tijdlijn, LocalDate.now(clock));
    }

    /** The milestones as they stood on {@code peildatum} (a report's last day). */
    public List<Mijlpaal> mijlpalen(Tijdlijn tijdlijn, LocalDate peildatum) {
        return tijdlijn.mijlpalen(klokInstellingen(), peildatum);
    }

    /** One open milestone of an active dossier, for the Vandaag overview. */
    public record Termijn(DossierRegel dossier, Mijlpaal mijlpaal) {
    }

    /**
     * Every open task of every active dossier that is late or due within {@code dagen} days, the
     * latest first: what the coach must act on.
     */
    public List<Termijn> openTermijnen(int dagen) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(dagen);
        return db.read(ctx -> {
            KlokInstellingen instellingen = klokInstellingen(ctx);
            List<DossierRegel> actief = new DossierRepository(ctx).list(
                    nl.spoorzoeker.store.schema.Tables.TRAJECT.STATUS.eq(TrajectStatus.ACTIEF.name()));
            Map<Integer, Tijdlijn> klokken = new TijdlijnRepository(ctx)
                    .loadAll(actief.stream().map(DossierRegel::trajectId).toList());
            return actief.stream()
                    .flatMap(d -> klokken.get(d.trajectId()).mijlpalen(instellingen, today).stream()
                            .filter(m -> m.soort().taak() && m.open() && !m.deadline().isAfter(horizon))
                            .map(m -> new Termijn(d, m)))
                    .sorted(Comparator.comparing((Termijn t) -> t.mijlpaal().deadline())
                            .thenComparing(t -> t.dossier().naam()))
                    .toList();
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

    public void zetVoortgangInterval(int dossierId, int weken) {
        db.write(cfg -> {
            new TijdlijnRepository(cfg.dsl()).setInterval(dossierId, weken);
            return null;
        });
    }
}
