package nl.spoorzoeker.cv;

import static nl.spoorzoeker.store.schema.Tables.CV_HIGHLIGHT;
import static nl.spoorzoeker.store.schema.Tables.CV_VARIANT;
import static nl.spoorzoeker.store.schema.Tables.SOLLICITATIEBRIEF;
import static nl.spoorzoeker.store.schema.Tables.STARR_VERHAAL;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** SQL for the CV variants of a traject and the letters of its sollicitaties. */
final class CvRepository {

    private final DSLContext ctx;

    CvRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    List<CvVariant> varianten(int trajectId) {
        Map<Integer, List<Integer>> gekozen = ctx.select(CV_HIGHLIGHT.CV_VARIANT_ID, CV_HIGHLIGHT.STARR_ID)
                .from(CV_HIGHLIGHT).join(CV_VARIANT).on(CV_VARIANT.ID.eq(CV_HIGHLIGHT.CV_VARIANT_ID))
                .where(CV_VARIANT.TRAJECT_ID.eq(trajectId)).orderBy(CV_HIGHLIGHT.CV_VARIANT_ID, CV_HIGHLIGHT.VOLGORDE)
                .fetch().stream().collect(Collectors.groupingBy(Record2::value1,
                        Collectors.mapping(Record2::value2, Collectors.toList())));
        return ctx.selectFrom(CV_VARIANT).where(CV_VARIANT.TRAJECT_ID.eq(trajectId)).orderBy(CV_VARIANT.ID)
                .fetch(r -> new CvVariant(r.getId(), r.getZoekrichting(), r.getProfielzin(),
                        r.getCompetenties() == null ? List.of() : r.getCompetenties().lines().toList(),
                        gekozen.getOrDefault(r.getId(), List.of())));
    }

    int voegToe(int trajectId, CvVariant v, Instant now) {
        int id = ctx.insertInto(CV_VARIANT).set(CV_VARIANT.TRAJECT_ID, trajectId)
                .set(CV_VARIANT.ZOEKRICHTING, v.zoekrichting()).set(CV_VARIANT.PROFIELZIN, v.profielzin())
                .set(CV_VARIANT.COMPETENTIES, regels(v.competenties()))
                .set(CV_VARIANT.AANGEMAAKT_OP, now).set(CV_VARIANT.GEWIJZIGD_OP, now)
                .returningResult(CV_VARIANT.ID).fetchOne().value1();
        zetHighlights(trajectId, id, v.highlights());
        return id;
    }

    boolean wijzig(int trajectId, CvVariant v, Instant now) {
        boolean gevonden = ctx.update(CV_VARIANT).set(CV_VARIANT.ZOEKRICHTING, v.zoekrichting())
                .set(CV_VARIANT.PROFIELZIN, v.profielzin()).set(CV_VARIANT.COMPETENTIES, regels(v.competenties()))
                .set(CV_VARIANT.GEWIJZIGD_OP, now)
                .where(CV_VARIANT.ID.eq(v.id()).and(CV_VARIANT.TRAJECT_ID.eq(trajectId))).execute() == 1;
        if (gevonden) {
            ctx.deleteFrom(CV_HIGHLIGHT).where(CV_HIGHLIGHT.CV_VARIANT_ID.eq(v.id())).execute();
            zetHighlights(trajectId, v.id(), v.highlights());
        }
        return gevonden;
    }

    boolean verwijder(int trajectId, int id) {
        return ctx.deleteFrom(CV_VARIANT).where(CV_VARIANT.ID.eq(id).and(CV_VARIANT.TRAJECT_ID.eq(trajectId)))
                .execute() == 1;
    }

    /** Only the traject's own stories: an id of another dossier's story is not linked. */
    private void zetHighlights(int trajectId, int variantId, List<Integer> starrIds) {
        List<Integer> eigen = ctx.select(STARR_VERHAAL.ID).from(STARR_VERHAAL)
                .where(STARR_VERHAAL.TRAJECT_ID.eq(trajectId)).fetch(Record1Value::of);
        int volgorde = 0;
        for (Integer starr : starrIds) {
            if (eigen.contains(starr)) {
                ctx.insertInto(CV_HIGHLIGHT).set(CV_HIGHLIGHT.CV_VARIANT_ID, variantId)
                        .set(CV_HIGHLIGHT.STARR_ID, starr).set(CV_HIGHLIGHT.VOLGORDE, volgorde++)
                        .onConflictDoNothing().execute();
            }
        }
    }

    private static String regels(List<String> tags) {
        return tags.isEmpty() ? null : String.join("\n", tags);
    }

    Optional<String> brief(int sollicitatieId) {
        return ctx.select(SOLLICITATIEBRIEF.TEKST).from(SOLLICITATIEBRIEF)
                .where(SOLLICITATIEBRIEF.SOLLICITATIE_ID.eq(sollicitatieId)).fetchOptional(Record1Value::of);
    }

    void bewaarBrief(int sollicitatieId, String tekst, Instant now) {
        ctx.insertInto(SOLLICITATIEBRIEF).set(SOLLICITATIEBRIEF.SOLLICITATIE_ID, sollicitatieId)
                .set(SOLLICITATIEBRIEF.TEKST, tekst).set(SOLLICITATIEBRIEF.AANGEMAAKT_OP, now)
                .set(SOLLICITATIEBRIEF.GEWIJZIGD_OP, now)
                .onConflict(SOLLICITATIEBRIEF.SOLLICITATIE_ID).doUpdate()
                .set(SOLLICITATIEBRIEF.TEKST, tekst).set(SOLLICITATIEBRIEF.GEWIJZIGD_OP, now).execute();
    }

    /** The value of a one-column record. */
    private static final class Record1Value {
        static <T> T of(org.jooq.Record1<T> r) {
            return r.value1();
        }
    }
}
