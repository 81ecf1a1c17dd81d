package nl.spoorzoeker.uitkomst;

import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST;
import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST_AANWEZIGHEID;
import static nl.spoorzoeker.store.schema.Tables.GROEPSPROGRAMMA;
import static nl.spoorzoeker.store.schema.Tables.PROGRAMMA_DEELNEMER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for the figures per group programme: who took part and how the meetings were attended, as counts. */
final class ProgrammacijferRepository {

    private final DSLContext ctx;

    ProgrammacijferRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** A programme with its trajecten and the attendance of its held meetings, counted. */
    record Programma(int id, String naam, List<Integer> trajecten, int verwacht, int aanwezig) {
    }

    /** Every programme by name (then start), in three queries. */
    List<Programma> alle() {
        Map<Integer, List<Integer>> deelnemers = new LinkedHashMap<>();
        ctx.select(PROGRAMMA_DEELNEMER.PROGRAMMA_ID, PROGRAMMA_DEELNEMER.TRAJECT_ID).from(PROGRAMMA_DEELNEMER)
                .orderBy(PROGRAMMA_DEELNEMER.TRAJECT_ID)
                .forEach(r -> deelnemers.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Integer, int[]> aanwezigheid = new LinkedHashMap<>();
        ctx.select(BIJEENKOMST.PROGRAMMA_ID, DSL.count(),
                        DSL.sum(DSL.when(BIJEENKOMST_AANWEZIGHEID.IS_AANWEZIG.isTrue(), 1).otherwise(0)))
                .from(BIJEENKOMST_AANWEZIGHEID).join(BIJEENKOMST).on(BIJEENKOMST.ID.eq(BIJEENKOMST_AANWEZIGHEID.BIJEENKOMST_ID))
                .groupBy(BIJEENKOMST.PROGRAMMA_ID)
                .forEach(r -> aanwezigheid.put(r.value1(), new int[] {r.value2(), r.value3() == null ? 0 : r.value3().intValue()}));
        return ctx.select(GROEPSPROGRAMMA.ID, GROEPSPROGRAMMA.NAAM).from(GROEPSPROGRAMMA)
                .orderBy(GROEPSPROGRAMMA.NAAM, GROEPSPROGRAMMA.STARTDATUM, GROEPSPROGRAMMA.ID)
                .fetch(r -> {
                    int[] a = aanwezigheid.getOrDefault(r.value1(), new int[2]);
                    return new Programma(r.value1(), r.value2(), deelnemers.getOrDefault(r.value1(), List.of()), a[0], a[1]);
                });
    }
}
