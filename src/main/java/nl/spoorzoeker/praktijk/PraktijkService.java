package nl.spoorzoeker.praktijk;

import static nl.spoorzoeker.store.schema.Tables.PRAKTIJK;

import java.time.Clock;
import java.util.Optional;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.schema.tables.records.PraktijkRecord;

/** Reads and saves the single practice profile (one row, id 1). */
public final class PraktijkService {

    private static final int SINGLE_ROW = 1;

    private final Database db;
    private final Clock clock;

    public PraktijkService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Praktijk> get() {
        return db.read(ctx -> ctx.fetchOptional(PRAKTIJK, PRAKTIJK.ID.eq(SINGLE_ROW)).map(PraktijkService::toPraktijk));
    }

    public void save(Praktijk praktijk) {
        var now = clock.instant();
        db.write(cfg -> {
            PraktijkRecord r = cfg.dsl().newRecord(PRAKTIJK);
            r.setId(SINGLE_ROW);
            r.setNaam(praktijk.naam());
            r.setPraktijknaam(praktijk.praktijknaam());
            r.setKvkNummer(praktijk.kvkNummer());
            r.setStraat(praktijk.adres().straat());
            r.setPostcode(praktijk.adres().postcode());
            r.setPlaats(praktijk.adres().plaats());
            r.setTelefoon(praktijk.telefoon());
            r.setEmail(praktijk.email());
            r.setLogo(praktijk.logo());
            r.setLogoMime(praktijk.logoMime());
            r.setGewijzigdOp(now);
            return cfg.dsl().insertInto(PRAKTIJK).set(r).onDuplicateKeyUpdate().set(r).execute();
        });
    }

    /** The coach's signature as PNG or JPEG bytes, printed under every final report; empty when none. */
    public Optional<byte[]> handtekening() {
        return db.read(ctx -> Optional.ofNullable(ctx.select(PRAKTIJK.HANDTEKENING).from(PRAKTIJK)
                .where(PRAKTIJK.ID.eq(SINGLE_ROW)).fetchOne(PRAKTIJK.HANDTEKENING)));
    }

    /**
     * Stores (or with null removes) the coach's signature. Refused before the practice details are
     * saved, and for anything but a PNG or JPEG of at most 2 MB.
     */
    public void zetHandtekening(byte[] beeld) {
        if (beeld != null) {
            Logo.problem(beeld).ifPresent(key -> {
                throw new Weigering(key);
            });
        }
        int rijen = db.write(cfg -> cfg.dsl().update(PRAKTIJK).set(PRAKTIJK.HANDTEKENING, beeld)
                .set(PRAKTIJK.GEWIJZIGD_OP, clock.instant()).where(PRAKTIJK.ID.eq(SINGLE_ROW)).execute());
        if (rijen == 0) {
            throw new Weigering("praktijk.handtekening.eerstPraktijk");
        }
    }

    private static Praktijk toPraktijk(PraktijkRecord r) {
        return new Praktijk(r.getNaam(), r.getPraktijknaam(), r.getKvkNummer(),
                new Adres(r.getStraat(), r.getPostcode(), r.getPlaats()),
                r.getTelefoon(), r.getEmail(), r.getLogo(), r.getLogoMime());
    }
}
