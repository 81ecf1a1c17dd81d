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

    /**
     * A programme with its period, its trajecten and the attendance of its held meetings, counted.
     * {@code einde} is the end the coach set, else the day of its last meeting (as
     * {@code groep.Groepsprogramma#einde} says); null without either.
     */
    record Programma(int id, String naam, java.time.LocalDate start, java.time.LocalDate einde, List<Integer> trajecten,
                     int verwacht, int aanwezig) {
    }

    /** Every programme by name (then start), in four queries. */
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
        Map<Integer, String> laatste = new LinkedHashMap<>();
        ctx.select(BIJEENKOMST.PROGRAMMA_ID, DSL.max(BIJEENKOMST.BEGIN_MOMENT)).from(BIJEENKOMST)
                .groupBy(BIJEENKOMST.PROGRAMMA_ID).forEach(r -> laatste.put(r.value1(), r.value2()));
        return ctx.select(GROEPSPROGRAMMA.ID, GROEPSPROGRAMMA.NAAM, GROEPSPROGRAMMA.STARTDATUM, GROEPSPROGRAMMA.EINDDATUM)
                .from(GROEPSPROGRAMMA)
                .orderBy(GROEPSPROGRAMMA.NAAM, GROEPSPROGRAMMA.STARTDATUM, GROEPSPROGRAMMA.ID)
                .fetch(r -> {
                    int[] a = aanwezigheid.getOrDefault(r.value1(), new int[2]);
                    String l = laatste.get(r.value1());
                    java.time.LocalDate einde = r.value4() != null ? r.value4()
                            : l == null ? null : java.time.LocalDateTime.parse(l).toLocalDate();
                    return new Programma(r.value1(), r.value2(), r.value3(), einde,
                            deelnemers.getOrDefault(r.value1(), List.of()), a[0], a[1]);
                });
    }
}
