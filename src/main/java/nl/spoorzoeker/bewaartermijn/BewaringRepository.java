package nl.spoorzoeker.bewaartermijn;

import static nl.spoorzoeker.store.schema.Tables.BEWARING;
import static nl.spoorzoeker.store.schema.Tables.INSTELLING;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.VERWIJDERD_AANTAL;
import static nl.spoorzoeker.store.schema.Tables.WERKGEVER;
import static nl.spoorzoeker.store.schema.Tables.WERKNEMER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for the retention settings: the practice's default terms and each traject's choices. */
final class BewaringRepository {

    static final String JAREN = "bewaar_jaren";
    static final String JAREN_ERD = "bewaar_jaren_eigenrisicodrager";

    /** A traject as the rules need it, before today is applied. */
    record Gegevens(int trajectId, String werknemer, String werkgever, boolean eigenrisicodrager, String status,
                    LocalDate einddatum, LocalDate eigenDatum, Bewaarplicht bewaarplicht) {
    }

    private final DSLContext ctx;

    BewaringRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    Optional<Integer> instelling(String sleutel) {
        return ctx.select(INSTELLING.WAARDE).from(INSTELLING).where(INSTELLING.SLEUTEL.eq(sleutel))
                .fetchOptional(r -> Integer.parseInt(r.value1()));
    }

    void zetInstelling(String sleutel, int waarde) {
        String tekst = Integer.toString(waarde);
        ctx.insertInto(INSTELLING).set(INSTELLING.SLEUTEL, sleutel).set(INSTELLING.WAARDE, tekst)
                .onConflict(INSTELLING.SLEUTEL).doUpdate().set(INSTELLING.WAARDE, tekst).execute();
    }

    /** Every traject that has ended (active ones have no term yet), by end date. */
    List<Gegevens> beeindigd() {
        return lijst(TRAJECT.STATUS.ne("ACTIEF"));
    }

    Optional<Gegevens> find(int trajectId) {
        return lijst(TRAJECT.ID.eq(trajectId)).stream().findFirst();
    }

    private List<Gegevens> lijst(Condition conditie) {
        // A vangnet traject may have no werkgever: then the opdrachtgever names the row.
        var naam = DSL.coalesce(WERKGEVER.NAAM, TRAJECT.OPDRACHTGEVER_NAAM, DSL.inline("UWV"));
        return ctx.select(TRAJECT.ID, WERKNEMER.NAAM, naam, WERKGEVER.IS_EIGENRISICODRAGER, TRAJECT.STATUS,
                        TRAJECT.EINDDATUM, BEWARING.BEWAREN_TOT_DATUM, BEWARING.BEWAARPLICHT_REDEN,
                        BEWARING.BEWAARPLICHT_TOELICHTING, BEWARING.BEWAARPLICHT_DATUM)
                .from(TRAJECT)
                .join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .leftJoin(WERKGEVER).on(WERKGEVER.ID.eq(TRAJECT.WERKGEVER_ID))
                .leftJoin(BEWARING).on(BEWARING.TRAJECT_ID.eq(TRAJECT.ID))
                .where(conditie)
                .orderBy(TRAJECT.EINDDATUM, TRAJECT.ID)
                .fetch(r -> new Gegevens(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4()), r.value5(),
                        r.value6(), r.value7(), r.value8() == null ? null
                        : new Bewaarplicht(Bewaarplicht.Reden.valueOf(r.value8()), r.value9(), r.value10())));
    }

    /** The coach's own date instead of the default term; null returns to the default. */
    void zetEigenDatum(int trajectId, LocalDate datum, Instant nu) {
        zorgVoorRij(trajectId, nu);
        ctx.update(BEWARING).set(BEWARING.BEWAREN_TOT_DATUM, datum).set(BEWARING.GEWIJZIGD_OP, nu)
                .where(BEWARING.TRAJECT_ID.eq(trajectId)).execute();
    }

    /** Sets the bewaarplicht, or lifts it with null. */
    void zetBewaarplicht(int trajectId, Bewaarplicht plicht, Instant nu) {
        zorgVoorRij(trajectId, nu);
        ctx.update(BEWARING)
                .set(BEWARING.BEWAARPLICHT_REDEN, plicht == null ? null : plicht.reden().name())
                .set(BEWARING.BEWAARPLICHT_TOELICHTING, plicht == null ? null : plicht.toelichting())
                .set(BEWARING.BEWAARPLICHT_DATUM, plicht == null ? null : plicht.sinds())
                .set(BEWARING.GEWIJZIGD_OP, nu)
                .where(BEWARING.TRAJECT_ID.eq(trajectId)).execute();
    }

    boolean zetEinddatum(int trajectId, LocalDate einddatum) {
        return ctx.update(TRAJECT).set(TRAJECT.EINDDATUM, einddatum)
                .where(TRAJECT.ID.eq(trajectId).and(TRAJECT.STATUS.ne("ACTIEF"))).execute() == 1;
    }

    private void zorgVoorRij(int trajectId, Instant nu) {
        ctx.insertInto(BEWARING).set(BEWARING.TRAJECT_ID, trajectId).set(BEWARING.GEWIJZIGD_OP, nu)
                .onConflictDoNothing().execute();
    }

    /** The anonymous counts of deleted trajecten: year of deletion, year the traject ended, reason, count. */
    List<VerwijderdAantal> verwijderdeAantallen() {
        return ctx.select(VERWIJDERD_AANTAL.VERWIJDERD_JAAR, VERWIJDERD_AANTAL.EIND_JAAR, VERWIJDERD_AANTAL.REDEN,
                        VERWIJDERD_AANTAL.AANTAL)
                .from(VERWIJDERD_AANTAL)
                .orderBy(VERWIJDERD_AANTAL.VERWIJDERD_JAAR.desc(), VERWIJDERD_AANTAL.EIND_JAAR.desc(),
                        VERWIJDERD_AANTAL.REDEN)
                .fetch(r -> new VerwijderdAantal(r.value1(), r.value2(),
                        Verwijdering.Reden.valueOf(r.value3()), r.value4()));
    }

    void telVerwijderd(int verwijderdJaar, int eindJaar, Verwijdering.Reden reden) {
        ctx.insertInto(VERWIJDERD_AANTAL)
                .set(VERWIJDERD_AANTAL.VERWIJDERD_JAAR, verwijderdJaar)
                .set(VERWIJDERD_AANTAL.EIND_JAAR, eindJaar)
                .set(VERWIJDERD_AANTAL.REDEN, reden.name())
                .set(VERWIJDERD_AANTAL.AANTAL, 1)
                .onConflict(VERWIJDERD_AANTAL.VERWIJDERD_JAAR, VERWIJDERD_AANTAL.EIND_JAAR, VERWIJDERD_AANTAL.REDEN)
                .doUpdate().set(VERWIJDERD_AANTAL.AANTAL, VERWIJDERD_AANTAL.AANTAL.plus(DSL.inline(1)))
                .execute();
    }
}
