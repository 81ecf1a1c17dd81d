package nl.spoorzoeker.praktijk;

import static nl.spoorzoeker.store.schema.Tables.PRAKTIJK;

import java.time.Instant;
import java.util.Optional;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.store.schema.tables.records.PraktijkRecord;
import org.jooq.DSLContext;

/** SQL for the single practice profile row (id 1). */
final class PraktijkRepository {

    private static final int SINGLE_ROW = 1;

    private final DSLContext ctx;

    PraktijkRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    Optional<Praktijk> get() {
        return ctx.fetchOptional(PRAKTIJK, PRAKTIJK.ID.eq(SINGLE_ROW)).map(PraktijkRepository::toPraktijk);
    }

    int save(Praktijk praktijk, Instant now) {
        PraktijkRecord r = ctx.newRecord(PRAKTIJK);
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
        return ctx.insertInto(PRAKTIJK).set(r).onDuplicateKeyUpdate().set(r).execute();
    }

    Optional<byte[]> handtekening() {
        return Optional.ofNullable(ctx.select(PRAKTIJK.HANDTEKENING).from(PRAKTIJK)
                .where(PRAKTIJK.ID.eq(SINGLE_ROW)).fetchOne(PRAKTIJK.HANDTEKENING));
    }

    /** The number of rows changed: 0 when the practice details were never saved. */
    int zetHandtekening(byte[] beeld, Instant now) {
        return ctx.update(PRAKTIJK).set(PRAKTIJK.HANDTEKENING, beeld)
                .set(PRAKTIJK.GEWIJZIGD_OP, now).where(PRAKTIJK.ID.eq(SINGLE_ROW)).execute();
    }

    private static Praktijk toPraktijk(PraktijkRecord r) {
        return new Praktijk(r.getNaam(), r.getPraktijknaam(), r.getKvkNummer(),
                new Adres(r.getStraat(), r.getPostcode(), r.getPlaats()),
                r.getTelefoon(), r.getEmail(), r.getLogo(), r.getLogoMime());
    }
}
