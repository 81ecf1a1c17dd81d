package nl.spoorzoeker.groep;

import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST;
import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST_AANWEZIGHEID;
import static nl.spoorzoeker.store.schema.Tables.GROEPSPROGRAMMA;
import static nl.spoorzoeker.store.schema.Tables.PROGRAMMA_DEELNEMER;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.WERKNEMER;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.groep.Groepsprogramma.Aanwezigheid;
import nl.spoorzoeker.groep.Groepsprogramma.Bijeenkomst;
import nl.spoorzoeker.groep.Groepsprogramma.Deelnemer;
import nl.spoorzoeker.store.schema.tables.records.BijeenkomstRecord;
import nl.spoorzoeker.store.schema.tables.records.GroepsprogrammaRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for programmes, their participants, meetings and attendance; moments are local date-times as text. */
final class GroepsprogrammaRepository {

    private static final Comparator<String> NAAM = Collator.getInstance(Locale.of("nl"))::compare;

    private final DSLContext ctx;

    GroepsprogrammaRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    List<Groepsprogramma.Regel> lijst(LocalDateTime nu) {
        var deelnemers = DSL.selectCount().from(PROGRAMMA_DEELNEMER)
                .where(PROGRAMMA_DEELNEMER.PROGRAMMA_ID.eq(GROEPSPROGRAMMA.ID)).<Integer>asField();
        var bijeenkomsten = DSL.selectCount().from(BIJEENKOMST)
                .where(BIJEENKOMST.PROGRAMMA_ID.eq(GROEPSPROGRAMMA.ID)).<Integer>asField();
        var gehouden = DSL.selectCount().from(BIJEENKOMST)
                .where(BIJEENKOMST.PROGRAMMA_ID.eq(GROEPSPROGRAMMA.ID), BIJEENKOMST.GROEPSSESSIE_ID.isNotNull())
                .<Integer>asField();
        var volgende = DSL.select(DSL.min(BIJEENKOMST.BEGIN_MOMENT)).from(BIJEENKOMST)
                .where(BIJEENKOMST.PROGRAMMA_ID.eq(GROEPSPROGRAMMA.ID), BIJEENKOMST.BEGIN_MOMENT.ge(tekst(nu)))
                .<String>asField();
        var laatste = DSL.select(DSL.max(BIJEENKOMST.BEGIN_MOMENT)).from(BIJEENKOMST)
                .where(BIJEENKOMST.PROGRAMMA_ID.eq(GROEPSPROGRAMMA.ID)).<String>asField();
        return ctx.select(GROEPSPROGRAMMA.asterisk(), deelnemers, bijeenkomsten, gehouden, volgende, laatste)
                .from(GROEPSPROGRAMMA).orderBy(GROEPSPROGRAMMA.STARTDATUM.desc(), GROEPSPROGRAMMA.ID.desc())
                .fetch(r -> new Groepsprogramma.Regel(programma(r.into(GROEPSPROGRAMMA)), r.get(deelnemers),
                        r.get(bijeenkomsten), r.get(gehouden),
                        r.get(volgende) == null ? null : LocalDateTime.parse(r.get(volgende)),
                        r.get(laatste) == null ? null : LocalDateTime.parse(r.get(laatste)).toLocalDate()));
    }

    Optional<Groepsprogramma> find(int id) {
        return ctx.fetchOptional(GROEPSPROGRAMMA, GROEPSPROGRAMMA.ID.eq(id)).map(GroepsprogrammaRepository::programma);
    }

    private static Groepsprogramma programma(GroepsprogrammaRecord r) {
        return new Groepsprogramma(r.getId(), r.getNaam(), r.getStartdatum(), r.getLocatie(),
                Arrays.asList(r.getTrainers().split("\n")), r.getEinddatum());
    }

    int insert(Groepsprogramma p, Instant now) {
        GroepsprogrammaRecord r = ctx.newRecord(GROEPSPROGRAMMA);
        fill(r, p);
        // Its identity in every archive of a participant: name and start date may be shared or change.
        r.setUid(java.util.UUID.randomUUID() + "@spoorzoeker");
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        return r.getId();
    }

    boolean update(Groepsprogramma p, Instant now) {
        GroepsprogrammaRecord r = ctx.fetchOne(GROEPSPROGRAMMA, GROEPSPROGRAMMA.ID.eq(p.id()));
        if (r == null) {
            return false;
        }
        fill(r, p);
        r.setGewijzigdOp(now);
        r.store();
        return true;
    }

    void delete(int id) {
        ctx.deleteFrom(GROEPSPROGRAMMA).where(GROEPSPROGRAMMA.ID.eq(id)).execute();
    }

    private static void fill(GroepsprogrammaRecord r, Groepsprogramma p) {
        r.setNaam(p.naam().strip());
        r.setStartdatum(p.startdatum());
        r.setLocatie(p.locatie());
        r.setTrainers(String.join("\n", p.trainers()));
        r.setEinddatum(p.einddatum());
    }

    List<Deelnemer> deelnemers(int programmaId) {
        return ctx.select(PROGRAMMA_DEELNEMER.TRAJECT_ID, WERKNEMER.NAAM, PROGRAMMA_DEELNEMER.VANAF_DATUM,
                        PROGRAMMA_DEELNEMER.TOT_DATUM)
                .from(PROGRAMMA_DEELNEMER).join(TRAJECT).on(TRAJECT.ID.eq(PROGRAMMA_DEELNEMER.TRAJECT_ID))
                .join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .where(PROGRAMMA_DEELNEMER.PROGRAMMA_ID.eq(programmaId))
                .fetch(r -> new Deelnemer(r.value1(), r.value2(), r.value3(), r.value4())).stream()
                .sorted(Comparator.comparing(Deelnemer::naam, NAAM).thenComparingInt(Deelnemer::dossierId)).toList();
    }

    void vervangDeelnemers(int programmaId, List<Deelnemer> deelnemers) {
        ctx.deleteFrom(PROGRAMMA_DEELNEMER).where(PROGRAMMA_DEELNEMER.PROGRAMMA_ID.eq(programmaId)).execute();
        for (Deelnemer d : deelnemers) {
            ctx.insertInto(PROGRAMMA_DEELNEMER, PROGRAMMA_DEELNEMER.PROGRAMMA_ID, PROGRAMMA_DEELNEMER.TRAJECT_ID,
                    PROGRAMMA_DEELNEMER.VANAF_DATUM, PROGRAMMA_DEELNEMER.TOT_DATUM)
                    .values(programmaId, d.dossierId(), d.vanaf(), d.tot()).execute();
        }
    }

    List<Bijeenkomst> bijeenkomsten(int programmaId) {
        return ctx.selectFrom(BIJEENKOMST).where(BIJEENKOMST.PROGRAMMA_ID.eq(programmaId))
                .orderBy(BIJEENKOMST.BEGIN_MOMENT, BIJEENKOMST.ID).fetch(GroepsprogrammaRepository::bijeenkomst);
    }

    Optional<Bijeenkomst> bijeenkomst(int id) {
        return ctx.fetchOptional(BIJEENKOMST, BIJEENKOMST.ID.eq(id)).map(GroepsprogrammaRepository::bijeenkomst);
    }

    private static Bijeenkomst bijeenkomst(BijeenkomstRecord r) {
        return new Bijeenkomst(r.getId(), r.getProgrammaId(), LocalDateTime.parse(r.getBeginMoment()), r.getDuurMinuten(),
                Groepssessie.Soort.valueOf(r.getSoort()), r.getOnderwerp(), r.getLocatie(), r.getTrainer(),
                r.getGroepssessieId(), r.getUid());
    }

    int insertBijeenkomst(Bijeenkomst b, Instant now) {
        BijeenkomstRecord r = ctx.newRecord(BIJEENKOMST);
        r.setProgrammaId(b.programmaId());
        fillBijeenkomst(r, b);
        r.setUid(b.uid());
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        return r.getId();
    }

    boolean updateBijeenkomst(Bijeenkomst b, Instant now) {
        BijeenkomstRecord r = ctx.fetchOne(BIJEENKOMST, BIJEENKOMST.ID.eq(b.id()));
        if (r == null) {
            return false;
        }
        fillBijeenkomst(r, b);
        if (r.changed()) {
            r.setGewijzigdOp(now);
            r.store();
        }
        return true;
    }

    void deleteBijeenkomst(int id) {
        ctx.deleteFrom(BIJEENKOMST).where(BIJEENKOMST.ID.eq(id)).execute();
    }

    private static void fillBijeenkomst(BijeenkomstRecord r, Bijeenkomst b) {
        r.setBeginMoment(tekst(b.begin()));
        r.setDuurMinuten(b.duurMinuten());
        r.setSoort(b.soort().name());
        r.setOnderwerp(b.onderwerp().strip());
        r.setLocatie(b.locatie());
        r.setTrainer(b.trainer());
        r.setGroepssessieId(b.groepssessieId());
    }

    List<Aanwezigheid> aanwezigheid(int bijeenkomstId) {
        return ctx.select(BIJEENKOMST_AANWEZIGHEID.TRAJECT_ID, WERKNEMER.NAAM, BIJEENKOMST_AANWEZIGHEID.IS_AANWEZIG,
                        BIJEENKOMST_AANWEZIGHEID.REDEN)
                .from(BIJEENKOMST_AANWEZIGHEID).join(TRAJECT).on(TRAJECT.ID.eq(BIJEENKOMST_AANWEZIGHEID.TRAJECT_ID))
                .join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .where(BIJEENKOMST_AANWEZIGHEID.BIJEENKOMST_ID.eq(bijeenkomstId))
                .fetch(r -> new Aanwezigheid(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3()), r.value4())).stream()
                .sorted(Comparator.comparing(Aanwezigheid::naam, NAAM)).toList();
    }

    void vervangAanwezigheid(int bijeenkomstId, List<Aanwezigheid> lijst) {
        ctx.deleteFrom(BIJEENKOMST_AANWEZIGHEID).where(BIJEENKOMST_AANWEZIGHEID.BIJEENKOMST_ID.eq(bijeenkomstId)).execute();
        for (Aanwezigheid a : lijst) {
            ctx.insertInto(BIJEENKOMST_AANWEZIGHEID, BIJEENKOMST_AANWEZIGHEID.BIJEENKOMST_ID,
                    BIJEENKOMST_AANWEZIGHEID.TRAJECT_ID, BIJEENKOMST_AANWEZIGHEID.IS_AANWEZIG, BIJEENKOMST_AANWEZIGHEID.REDEN)
                    .values(bijeenkomstId, a.dossierId(), a.aanwezig(),
                            a.aanwezig() || a.reden() == null || a.reden().isBlank() ? null : a.reden().strip())
                    .execute();
        }
    }

    static String tekst(LocalDateTime moment) {
        return moment.withSecond(0).withNano(0).toString();
    }

}
