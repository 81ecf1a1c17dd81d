package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST;
import static nl.spoorzoeker.store.schema.Tables.GROEPSDEELNAME;
import static nl.spoorzoeker.store.schema.Tables.GROEPSPROGRAMMA;
import static nl.spoorzoeker.store.schema.Tables.PROGRAMMA_DEELNEMER;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.WERKGEVER;
import static nl.spoorzoeker.store.schema.Tables.WERKNEMER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The names a group text in one werknemer's report is read against (issue 18): who shared a group
 * session or a programme with them, and the people and organisations around the groups who are no
 * participant (trainers, employers and their contacts), whose names may stand in such a text.
 */
final class GroepsnamenRepository {

    private final DSLContext ctx;

    GroepsnamenRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The werknemers who shared a group session or a programme with traject {@code trajectId}, not its own. */
    List<String> medeDeelnemers(int trajectId) {
        var sessies = DSL.select(GROEPSDEELNAME.GROEPSSESSIE_ID).from(GROEPSDEELNAME)
                .where(GROEPSDEELNAME.TRAJECT_ID.eq(trajectId));
        var programmas = DSL.select(PROGRAMMA_DEELNEMER.PROGRAMMA_ID).from(PROGRAMMA_DEELNEMER)
                .where(PROGRAMMA_DEELNEMER.TRAJECT_ID.eq(trajectId));
        var anderen = DSL.select(GROEPSDEELNAME.TRAJECT_ID).from(GROEPSDEELNAME)
                .where(GROEPSDEELNAME.GROEPSSESSIE_ID.in(sessies))
                .union(DSL.select(PROGRAMMA_DEELNEMER.TRAJECT_ID).from(PROGRAMMA_DEELNEMER)
                        .where(PROGRAMMA_DEELNEMER.PROGRAMMA_ID.in(programmas)));
        return ctx.selectDistinct(WERKNEMER.NAAM).from(TRAJECT).join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .where(TRAJECT.ID.in(anderen)).and(TRAJECT.ID.ne(trajectId))
                .and(TRAJECT.WERKNEMER_ID.ne(DSL.select(TRAJECT.WERKNEMER_ID).from(TRAJECT).where(TRAJECT.ID.eq(trajectId))))
                .orderBy(WERKNEMER.NAAM).fetch(WERKNEMER.NAAM);
    }

    /** Every programme's trainers and who ran a meeting, the employers and their contacts, the case managers. */
    List<String> nietDeelnemers() {
        Set<String> uit = new LinkedHashSet<>();
        for (String regels : ctx.select(GROEPSPROGRAMMA.TRAINERS).from(GROEPSPROGRAMMA).fetch(GROEPSPROGRAMMA.TRAINERS)) {
            uit.addAll(Arrays.asList(regels.split("\\R")));
        }
        uit.addAll(ctx.selectDistinct(BIJEENKOMST.TRAINER).from(BIJEENKOMST).where(BIJEENKOMST.TRAINER.isNotNull())
                .fetch(BIJEENKOMST.TRAINER));
        ctx.select(WERKGEVER.NAAM, WERKGEVER.CONTACTPERSOON_NAAM, WERKGEVER.CASEMANAGER_NAAM).from(WERKGEVER)
                .forEach(r -> {
                    uit.add(r.value1());
                    uit.add(r.value2());
                    uit.add(r.value3());
                });
        List<String> schoon = new ArrayList<>();
        uit.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(schoon::add);
        return schoon;
    }
}
