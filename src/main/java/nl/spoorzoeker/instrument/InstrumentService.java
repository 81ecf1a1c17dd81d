package nl.spoorzoeker.instrument;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.spoorzoeker.input.MessageKeyed;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * The interest test of a traject: start or resume, store each answer as it is given (a test may
 * be paused at any item and nothing is lost), and complete it. Completing writes the three-letter
 * code into the persoonsprofiel as a new version naming the instrument and the date, in the same
 * transaction as the afname's status, so the two cannot disagree after a crash.
 */
public final class InstrumentService {

    private static final ZoneId ZONE = Tijdzone.PRAKTIJK;

    private final Database db;
    private final Clock clock;
    private final ProfielService profielen;

    public InstrumentService(Database db, Clock clock, ProfielService profielen) {
        this.db = db;
        this.clock = clock;
        this.profielen = profielen;
    }

    /** A request the state of the afname does not allow; {@code messageKey} says why. */
    public static final class Geweigerd extends RuntimeException implements MessageKeyed {
        private final String messageKey;

        Geweigerd(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }
    }

    /** Every afname of the dossier, newest first. */
    public List<Afname> afnames(int dossierId) {
        return db.read(ctx -> new InstrumentRepository(ctx).vanDossier(dossierId));
    }

    /** The open interest test of the dossier, or a new one started today. */
    public Afname hervatOfStart(int dossierId) {
        Instant now = clock.instant();
        return db.write(cfg -> {
            InstrumentRepository repo = new InstrumentRepository(cfg.dsl());
            return repo.lopend(dossierId, Interessetest.CODE).orElseGet(() ->
                    repo.find(repo.start(dossierId, Interessetest.CODE, LocalDate.ofInstant(now, ZONE), now))
                            .orElseThrow());
        });
    }

    /** Stores (or changes) the answer 1..5 to one item of an open afname. */
    public void antwoord(int afnameId, int item, int waarde) {
        if (item < 1 || item > Interessetest.AANTAL || waarde < Interessetest.LAAGSTE
                || waarde > Interessetest.HOOGSTE) {
            throw new IllegalArgumentException("item " + item + ", answer " + waarde);
        }
        Instant now = clock.instant();
        db.write(cfg -> {
            InstrumentRepository repo = new InstrumentRepository(cfg.dsl());
            open(repo, afnameId);
            repo.antwoord(afnameId, item, waarde, now);
            return null;
        });
    }

    /**
     * Completes an afname whose every item is answered: the code is kept with it and, unless the
     * profile is flat (no code), written into the persoonsprofiel as a new version.
     */
    public Afname voltooi(int afnameId) {
        Instant now = clock.instant();
        LocalDate vandaag = LocalDate.ofInstant(now, ZONE);
        return db.write(cfg -> {
            InstrumentRepository repo = new InstrumentRepository(cfg.dsl());
            Afname afname = open(repo, afnameId);
            RiasecScoring.Uitslag uitslag = afname.uitslag();
            if (!uitslag.volledig()) {
                throw new Geweigerd("instrument.fout.onvolledig");
            }
            String code = uitslag.code().orElse(null);
            Integer versie = code == null ? null
                    : profielen.bewaarRiasecUitInstrument(cfg, afname.dossierId(), code, Interessetest.CODE, vandaag);
            repo.voltooi(afnameId, vandaag, code, versie, now);
            return repo.find(afnameId).orElseThrow();
        });
    }

    private static Afname open(InstrumentRepository repo, int afnameId) {
        Afname afname = repo.find(afnameId).orElseThrow(() -> new Geweigerd("instrument.fout.weg"));
        if (afname.status() != Afname.Status.LOPEND) {
            throw new Geweigerd("instrument.fout.voltooid");
        }
        return afname;
    }
}
