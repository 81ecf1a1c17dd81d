package nl.spoorzoeker.fase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.input.MessageKeyed;

/** The persoonsprofiel, zoekprofiel and AD report of a traject; profiles are versioned. */
public final class ProfielService {

    private final Database db;
    private final Clock clock;

    public ProfielService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A zoekprofiel that breaks a rule; {@code messageKey} says which. */
    public static final class ZoekprofielAfgewezen extends RuntimeException
            implements MessageKeyed {
        private final String messageKey;

        ZoekprofielAfgewezen(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }
    }

    /** Everything the profile screen shows: all versions newest first, the reports, the latest snapshot. */
    public record Profielen(List<Persoonsprofiel> persoonsprofielen, List<Zoekprofiel> zoekprofielen,
                            List<AdRapport> adRapporten, Optional<Belastbaarheid> laatsteBelastbaarheid) {
    }

    public Profielen profielen(int dossierId) {
        return db.read(ctx -> {
            ProfielRepository repo = new ProfielRepository(ctx);
            return new Profielen(repo.persoonsprofielen(dossierId), repo.zoekprofielen(dossierId),
                    repo.adRapporten(dossierId), new BelastbaarheidRepository(ctx).list(dossierId).stream().findFirst());
        });
    }

    /** Saves a new version; returns its number. */
    public int bewaarPersoonsprofiel(int dossierId, Persoonsprofiel profiel) {
        if (!Profielregels.geldigeRiasec(profiel.riasec())) {
            throw new IllegalArgumentException("invalid RIASEC code");
        }
        Instant now = clock.instant();
        return db.write(cfg -> new ProfielRepository(cfg.dsl()).addPersoonsprofiel(dossierId, profiel, now));
    }

    /**
     * Saves a new version of the zoekprofiel, checked against the latest belastbaarheid inside the
     * same transaction, so a snapshot saved meanwhile cannot slip past the check.
     */
    public int bewaarZoekprofiel(int dossierId, Zoekprofiel profiel) {
        Instant now = clock.instant();
        return db.write(cfg -> {
            var laatste = new BelastbaarheidRepository(cfg.dsl()).list(dossierId).stream().findFirst();
            Profielregels.probleem(profiel, laatste).ifPresent(key -> {
                throw new ZoekprofielAfgewezen(key);
            });
            return new ProfielRepository(cfg.dsl()).addZoekprofiel(dossierId, profiel, now);
        });
    }

    /**
     * Inside the caller's transaction (an instrument's completion), a new persoonsprofiel version:
     * the newest version with its RIASEC code replaced by {@code code}, naming the instrument and
     * the date it was completed. The coach's other fields stay as they were. Returns the version.
     */
    public int bewaarRiasecUitInstrument(org.jooq.Configuration transactie, int dossierId, String code,
                                         String instrument, java.time.LocalDate datum) {
        if (code == null || !Profielregels.geldigeRiasec(code)) {
            throw new IllegalArgumentException("invalid RIASEC code");
        }
        ProfielRepository repo = new ProfielRepository(transactie.dsl());
        Persoonsprofiel laatste = repo.persoonsprofielen(dossierId).stream().findFirst().orElse(Persoonsprofiel.LEEG);
        return repo.addPersoonsprofiel(dossierId, laatste.metRiasecUit(code, instrument, datum), clock.instant());
    }

    /**
     * Inside the caller's transaction, a new persoonsprofiel version made from the newest one by an
     * instrument's result ({@link Persoonsprofiel#metWaardenUit} and the like). Returns the version.
     */
    public int bewaarUitInstrument(org.jooq.Configuration transactie, int dossierId,
                                   java.util.function.UnaryOperator<Persoonsprofiel> wijziging) {
        ProfielRepository repo = new ProfielRepository(transactie.dsl());
        Persoonsprofiel laatste = repo.persoonsprofielen(dossierId).stream().findFirst().orElse(Persoonsprofiel.LEEG);
        return repo.addPersoonsprofiel(dossierId, wijziging.apply(laatste), clock.instant());
    }

    public int voegAdRapportToe(int dossierId, AdRapport rapport) {
        Instant now = clock.instant();
        return db.write(cfg -> new ProfielRepository(cfg.dsl()).addAdRapport(dossierId, rapport, now));
    }
}
