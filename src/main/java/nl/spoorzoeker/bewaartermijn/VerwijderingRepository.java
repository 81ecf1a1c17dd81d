package nl.spoorzoeker.bewaartermijn;

import static nl.spoorzoeker.store.schema.Tables.AD_RAPPORT;
import static nl.spoorzoeker.store.schema.Tables.AFSPRAAK;
import static nl.spoorzoeker.store.schema.Tables.BELASTBAARHEID;
import static nl.spoorzoeker.store.schema.Tables.BEWARING;
import static nl.spoorzoeker.store.schema.Tables.CONCEPT;
import static nl.spoorzoeker.store.schema.Tables.CONTACTMOMENT;
import static nl.spoorzoeker.store.schema.Tables.DOEL;
import static nl.spoorzoeker.store.schema.Tables.DOEL_STATUS;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT_SCHAALMETING;
import static nl.spoorzoeker.store.schema.Tables.WAARDENKAART;
import static nl.spoorzoeker.store.schema.Tables.WAARDENSORTERING;
import static nl.spoorzoeker.store.schema.Tables.DRIJFVEREN;
import static nl.spoorzoeker.store.schema.Tables.INSTRUMENT_RAPPORTKEUZE;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT_UITKOMST;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT_UITKOMST_ZACHT;
import static nl.spoorzoeker.store.schema.Tables.VOOR_OPDRACHT;
import static nl.spoorzoeker.store.schema.Tables.FASE;
import static nl.spoorzoeker.store.schema.Tables.GEBEURTENIS;
import static nl.spoorzoeker.store.schema.Tables.GROEPSDEELNAME;
import static nl.spoorzoeker.store.schema.Tables.GROEPSSESSIE;
import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST;
import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST_AANWEZIGHEID;
import static nl.spoorzoeker.store.schema.Tables.GROEPSPROGRAMMA;
import static nl.spoorzoeker.store.schema.Tables.PROGRAMMA_DEELNEMER;
import static nl.spoorzoeker.store.schema.Tables.NETWERKCONTACT;
import static nl.spoorzoeker.store.schema.Tables.INSTRUMENT_AFNAME;
import static nl.spoorzoeker.store.schema.Tables.INSTRUMENT_ANTWOORD;
import static nl.spoorzoeker.store.schema.Tables.KERNKWADRANT;
import static nl.spoorzoeker.store.schema.Tables.KERNKWADRANT_VERSIE;
import static nl.spoorzoeker.store.schema.Tables.CV_HIGHLIGHT;
import static nl.spoorzoeker.store.schema.Tables.CV_VARIANT;
import static nl.spoorzoeker.store.schema.Tables.SOLLICITATIEBRIEF;
import static nl.spoorzoeker.store.schema.Tables.STARR_COMPETENTIE;
import static nl.spoorzoeker.store.schema.Tables.STARR_VERHAAL;
import static nl.spoorzoeker.store.schema.Tables.STARR_VERSIE;
import static nl.spoorzoeker.store.schema.Tables.PERSOONSPROFIEL;
import static nl.spoorzoeker.store.schema.Tables.RAPPORT;
import static nl.spoorzoeker.store.schema.Tables.RAPPORT_ERKENNING;
import static nl.spoorzoeker.store.schema.Tables.RAPPORT_KNELPUNT;
import static nl.spoorzoeker.store.schema.Tables.RAPPORT_ONTVANGER;
import static nl.spoorzoeker.store.schema.Tables.SOLLICITATIE;
import static nl.spoorzoeker.store.schema.Tables.SOLLICITATIE_BEWIJS;
import static nl.spoorzoeker.store.schema.Tables.SOLLICITATIE_STAP;
import static nl.spoorzoeker.store.schema.Tables.STAP_ANTWOORD;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.VERWIJDERING_BEZIG;
import static nl.spoorzoeker.store.schema.Tables.VERZUIMPERIODE;
import static nl.spoorzoeker.store.schema.Tables.WERKERVARINGSPLEK;
import static nl.spoorzoeker.store.schema.Tables.WERKERVARING_EVALUATIE;
import static nl.spoorzoeker.store.schema.Tables.WERKERVARING_WEEK;
import static nl.spoorzoeker.store.schema.Tables.WERKGEVER;
import static nl.spoorzoeker.store.schema.Tables.WERKNEMER;
import static nl.spoorzoeker.store.schema.Tables.ZOEKPROFIEL;
import static nl.spoorzoeker.store.schema.Tables.ZOEKRICHTING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.klad.KladSleutel;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * SQL for removing one traject with everything that hangs from it. Every table is named here,
 * children before parents, so the counts are exact and nothing depends on cascades alone (they
 * stay as the backstop). What is not linked by a key is found by what names it: drafts whose key
 * holds one of the traject's ids, the full-text index rows, group sessions left without anyone.
 */
final class VerwijderingRepository {

    /** The index table is virtual (FTS5): jOOQ has no generated class for it. */
    private static final String ZOEK_FTS = "zoek_fts";

    private final DSLContext ctx;

    VerwijderingRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The figures for the confirmation. */
    Omvang omvang(BewaringRepository.Gegevens g, Bewaarstaat staat) {
        int id = g.trajectId();
        int contactmomenten = ctx.fetchCount(CONTACTMOMENT, CONTACTMOMENT.TRAJECT_ID.eq(id));
        int sollicitaties = ctx.fetchCount(SOLLICITATIE, SOLLICITATIE.TRAJECT_ID.eq(id));
        int bijlagen = ctx.fetchCount(SOLLICITATIE_BEWIJS, SOLLICITATIE_BEWIJS.SOLLICITATIE_ID.in(sollicitaties(id)));
        int rapporten = ctx.fetchCount(RAPPORT, RAPPORT.TRAJECT_ID.eq(id));
        int definitief = ctx.fetchCount(RAPPORT, RAPPORT.TRAJECT_ID.eq(id).and(RAPPORT.STATUS.eq("DEFINITIEF")));
        int afspraken = ctx.fetchCount(AFSPRAAK, AFSPRAAK.TRAJECT_ID.eq(id));
        int alles = tel(id).values().stream().mapToInt(Integer::intValue).sum();
        int overig = alles - contactmomenten - sollicitaties - bijlagen - rapporten - afspraken;
        var traject = ctx.fetchOne(TRAJECT, TRAJECT.ID.eq(id));
        boolean werknemerGaatMee = ctx.fetchCount(TRAJECT, TRAJECT.WERKNEMER_ID.eq(traject.getWerknemerId())
                .and(TRAJECT.ID.ne(id))) == 0;
        boolean werkgeverAlleen = traject.getWerkgeverId() != null
                && ctx.fetchCount(TRAJECT, TRAJECT.WERKGEVER_ID.eq(traject.getWerkgeverId()).and(TRAJECT.ID.ne(id))) == 0;
        return new Omvang(id, g.werknemer(), g.werkgever(), contactmomenten, sollicitaties, bijlagen, rapporten,
                definitief, afspraken, overig, werknemerGaatMee, werkgeverAlleen, staat);
    }

    /** Rows per table that belong to the traject alone (what {@link #verwijder} will remove of it). */
    private Map<String, Integer> tel(int id) {
        Map<String, Integer> rijen = new LinkedHashMap<>();
        List<Integer> rapporten = rapporten(id);
        List<Integer> sollicitaties = sollicitaties(id);
        List<Integer> plekken = plekken(id);
        rijen.put(RAPPORT_ONTVANGER.getName(), ctx.fetchCount(RAPPORT_ONTVANGER, RAPPORT_ONTVANGER.RAPPORT_ID.in(rapporten)));
        rijen.put(RAPPORT_KNELPUNT.getName(), ctx.fetchCount(RAPPORT_KNELPUNT, RAPPORT_KNELPUNT.RAPPORT_ID.in(rapporten)));
        rijen.put(RAPPORT_ERKENNING.getName(), ctx.fetchCount(RAPPORT_ERKENNING, RAPPORT_ERKENNING.RAPPORT_ID.in(rapporten)));
        rijen.put(RAPPORT.getName(), rapporten.size());
        rijen.put(SOLLICITATIE_BEWIJS.getName(), ctx.fetchCount(SOLLICITATIE_BEWIJS,
                SOLLICITATIE_BEWIJS.SOLLICITATIE_ID.in(sollicitaties)));
        rijen.put(SOLLICITATIE_STAP.getName(), ctx.fetchCount(SOLLICITATIE_STAP,
                SOLLICITATIE_STAP.SOLLICITATIE_ID.in(sollicitaties)));
        rijen.put(SOLLICITATIEBRIEF.getName(), ctx.fetchCount(SOLLICITATIEBRIEF,
                SOLLICITATIEBRIEF.SOLLICITATIE_ID.in(sollicitaties)));
        rijen.put(SOLLICITATIE.getName(), sollicitaties.size());
        rijen.put(WERKERVARING_WEEK.getName(), ctx.fetchCount(WERKERVARING_WEEK,
                WERKERVARING_WEEK.WERKERVARINGSPLEK_ID.in(plekken)));
        rijen.put(WERKERVARING_EVALUATIE.getName(), ctx.fetchCount(WERKERVARING_EVALUATIE,
                WERKERVARING_EVALUATIE.WERKERVARINGSPLEK_ID.in(plekken)));
        rijen.put(WERKERVARINGSPLEK.getName(), plekken.size());
        rijen.put(ZOEKRICHTING.getName(), ctx.fetchCount(ZOEKRICHTING, ZOEKRICHTING.ZOEKPROFIEL_ID.in(
                ctx.select(ZOEKPROFIEL.ID).from(ZOEKPROFIEL).where(ZOEKPROFIEL.TRAJECT_ID.eq(id)))));
        for (var eigen : eigenTabellen()) {
            rijen.put(eigen.tabel().getName(), ctx.fetchCount(eigen.tabel(), eigen.vanTraject(id)));
        }
        return rijen;
    }

    /** A table whose rows name the traject directly, with the condition that picks them. */
    private record EigenTabel(Table<?> tabel, java.util.function.IntFunction<Condition> conditie) {
        Condition vanTraject(int id) {
            return conditie.apply(id);
        }
    }

    /** Children before the rows they point at (a contactmoment points at a doel). */
    private static List<EigenTabel> eigenTabellen() {
        return List.of(
                new EigenTabel(CONTACTMOMENT, CONTACTMOMENT.TRAJECT_ID::eq),
                new EigenTabel(NETWERKCONTACT, NETWERKCONTACT.TRAJECT_ID::eq),
                new EigenTabel(AFSPRAAK, AFSPRAAK.TRAJECT_ID::eq),
                new EigenTabel(GROEPSDEELNAME, GROEPSDEELNAME.TRAJECT_ID::eq),
                new EigenTabel(BIJEENKOMST_AANWEZIGHEID, BIJEENKOMST_AANWEZIGHEID.TRAJECT_ID::eq),
                new EigenTabel(PROGRAMMA_DEELNEMER, PROGRAMMA_DEELNEMER.TRAJECT_ID::eq),
                new EigenTabel(STAP_ANTWOORD, STAP_ANTWOORD.TRAJECT_ID::eq),
                new EigenTabel(ZOEKPROFIEL, ZOEKPROFIEL.TRAJECT_ID::eq),
                new EigenTabel(INSTRUMENT_ANTWOORD, id -> INSTRUMENT_ANTWOORD.AFNAME_ID.in(org.jooq.impl.DSL
                        .select(INSTRUMENT_AFNAME.ID).from(INSTRUMENT_AFNAME).where(INSTRUMENT_AFNAME.TRAJECT_ID.eq(id)))),
                new EigenTabel(INSTRUMENT_AFNAME, INSTRUMENT_AFNAME.TRAJECT_ID::eq),
                // The text history (V27) before what it is the history of.
                new EigenTabel(KERNKWADRANT_VERSIE, id -> KERNKWADRANT_VERSIE.KERNKWADRANT_ID.in(org.jooq.impl.DSL
                        .select(KERNKWADRANT.ID).from(KERNKWADRANT).where(KERNKWADRANT.TRAJECT_ID.eq(id)))),
                new EigenTabel(KERNKWADRANT, KERNKWADRANT.TRAJECT_ID::eq),
                new EigenTabel(WAARDENKAART, id -> WAARDENKAART.SORTERING_ID.in(org.jooq.impl.DSL
                        .select(WAARDENSORTERING.ID).from(WAARDENSORTERING).where(WAARDENSORTERING.TRAJECT_ID.eq(id)))),
                new EigenTabel(WAARDENSORTERING, WAARDENSORTERING.TRAJECT_ID::eq),
                new EigenTabel(DRIJFVEREN, DRIJFVEREN.TRAJECT_ID::eq),
                new EigenTabel(INSTRUMENT_RAPPORTKEUZE, INSTRUMENT_RAPPORTKEUZE.TRAJECT_ID::eq),
                // A CV's highlights name both the CV and a story: before either.
                new EigenTabel(CV_HIGHLIGHT, id -> CV_HIGHLIGHT.CV_VARIANT_ID.in(org.jooq.impl.DSL
                        .select(CV_VARIANT.ID).from(CV_VARIANT).where(CV_VARIANT.TRAJECT_ID.eq(id)))),
                new EigenTabel(CV_VARIANT, CV_VARIANT.TRAJECT_ID::eq),
                new EigenTabel(STARR_COMPETENTIE, id -> STARR_COMPETENTIE.STARR_ID.in(org.jooq.impl.DSL
                        .select(STARR_VERHAAL.ID).from(STARR_VERHAAL).where(STARR_VERHAAL.TRAJECT_ID.eq(id)))),
                new EigenTabel(STARR_VERSIE, id -> STARR_VERSIE.STARR_ID.in(org.jooq.impl.DSL
                        .select(STARR_VERHAAL.ID).from(STARR_VERHAAL).where(STARR_VERHAAL.TRAJECT_ID.eq(id)))),
                new EigenTabel(STARR_VERHAAL, STARR_VERHAAL.TRAJECT_ID::eq),
                new EigenTabel(PERSOONSPROFIEL, PERSOONSPROFIEL.TRAJECT_ID::eq),
                new EigenTabel(AD_RAPPORT, AD_RAPPORT.TRAJECT_ID::eq),
                new EigenTabel(BELASTBAARHEID, BELASTBAARHEID.TRAJECT_ID::eq),
                new EigenTabel(DOEL_STATUS, id -> DOEL_STATUS.DOEL_ID.in(
                        org.jooq.impl.DSL.select(DOEL.ID).from(DOEL).where(DOEL.TRAJECT_ID.eq(id)))),
                new EigenTabel(DOEL, DOEL.TRAJECT_ID::eq),
                new EigenTabel(VOOR_OPDRACHT, VOOR_OPDRACHT.TRAJECT_ID::eq),
                new EigenTabel(TRAJECT_UITKOMST_ZACHT, TRAJECT_UITKOMST_ZACHT.TRAJECT_ID::eq),
                new EigenTabel(TRAJECT_UITKOMST, TRAJECT_UITKOMST.TRAJECT_ID::eq),
                new EigenTabel(TRAJECT_SCHAALMETING, TRAJECT_SCHAALMETING.TRAJECT_ID::eq),
                new EigenTabel(FASE, FASE.TRAJECT_ID::eq),
                new EigenTabel(GEBEURTENIS, GEBEURTENIS.TRAJECT_ID::eq),
                new EigenTabel(VERZUIMPERIODE, VERZUIMPERIODE.TRAJECT_ID::eq),
                new EigenTabel(BEWARING, BEWARING.TRAJECT_ID::eq));
    }

    /**
     * Removes the traject and all that is only its own; returns rows removed per table. Must run
     * inside the caller's transaction: the marker row that lets the database accept the deletion
     * of the traject and its final reports is written and removed again within it.
     */
    /**
     * Closes a demo traject so it can be removed: the database refuses to remove an active traject
     * (a guard against any code path), and demo data is the one case where that is what is wanted.
     */
    void sluitVoorDemoVerwijdering(int id) {
        ctx.update(TRAJECT).set(TRAJECT.STATUS, "AFGEROND").where(TRAJECT.ID.eq(id)).execute();
    }

    Map<String, Integer> verwijder(int id, boolean ookWerkgever) {
        var traject = ctx.fetchOne(TRAJECT, TRAJECT.ID.eq(id));
        if (traject == null) {
            throw new IllegalStateException("traject " + id + " does not exist");
        }
        List<String> kladden = kladSleutels(id);
        List<Integer> sessies = ctx.select(GROEPSDEELNAME.GROEPSSESSIE_ID).from(GROEPSDEELNAME)
                .where(GROEPSDEELNAME.TRAJECT_ID.eq(id)).fetch(r -> r.value1());
        List<Integer> programmas = ctx.select(PROGRAMMA_DEELNEMER.PROGRAMMA_ID).from(PROGRAMMA_DEELNEMER)
                .where(PROGRAMMA_DEELNEMER.TRAJECT_ID.eq(id)).fetch(r -> r.value1());
        List<Integer> rapporten = rapporten(id);
        List<Integer> sollicitaties = sollicitaties(id);
        List<Integer> plekken = plekken(id);

        ctx.insertInto(VERWIJDERING_BEZIG).set(VERWIJDERING_BEZIG.TRAJECT_ID, id).execute();

        Map<String, Integer> rijen = new LinkedHashMap<>();
        tel(rijen, RAPPORT_ONTVANGER, ctx.deleteFrom(RAPPORT_ONTVANGER).where(RAPPORT_ONTVANGER.RAPPORT_ID.in(rapporten)).execute());
        tel(rijen, RAPPORT_KNELPUNT, ctx.deleteFrom(RAPPORT_KNELPUNT).where(RAPPORT_KNELPUNT.RAPPORT_ID.in(rapporten)).execute());
        tel(rijen, RAPPORT_ERKENNING, ctx.deleteFrom(RAPPORT_ERKENNING).where(RAPPORT_ERKENNING.RAPPORT_ID.in(rapporten)).execute());
        // Newest first: a correction names the version it replaces (ON DELETE SET NULL), and setting
        // that on a final correction would be refused as a change to a final report.
        for (int rapport : rapporten.reversed()) {
            tel(rijen, RAPPORT, ctx.deleteFrom(RAPPORT).where(RAPPORT.ID.eq(rapport)).execute());
        }
        tel(rijen, SOLLICITATIE_BEWIJS, ctx.deleteFrom(SOLLICITATIE_BEWIJS).where(SOLLICITATIE_BEWIJS.SOLLICITATIE_ID.in(sollicitaties)).execute());
        tel(rijen, SOLLICITATIE_STAP, ctx.deleteFrom(SOLLICITATIE_STAP).where(SOLLICITATIE_STAP.SOLLICITATIE_ID.in(sollicitaties)).execute());
        tel(rijen, SOLLICITATIEBRIEF, ctx.deleteFrom(SOLLICITATIEBRIEF).where(SOLLICITATIEBRIEF.SOLLICITATIE_ID.in(sollicitaties)).execute());
        tel(rijen, SOLLICITATIE, ctx.deleteFrom(SOLLICITATIE).where(SOLLICITATIE.TRAJECT_ID.eq(id)).execute());
        tel(rijen, WERKERVARING_WEEK, ctx.deleteFrom(WERKERVARING_WEEK).where(WERKERVARING_WEEK.WERKERVARINGSPLEK_ID.in(plekken)).execute());
        tel(rijen, WERKERVARING_EVALUATIE, ctx.deleteFrom(WERKERVARING_EVALUATIE).where(WERKERVARING_EVALUATIE.WERKERVARINGSPLEK_ID.in(plekken)).execute());
        tel(rijen, WERKERVARINGSPLEK, ctx.deleteFrom(WERKERVARINGSPLEK).where(WERKERVARINGSPLEK.TRAJECT_ID.eq(id)).execute());
        tel(rijen, ZOEKRICHTING, ctx.deleteFrom(ZOEKRICHTING).where(ZOEKRICHTING.ZOEKPROFIEL_ID.in(
                ctx.select(ZOEKPROFIEL.ID).from(ZOEKPROFIEL).where(ZOEKPROFIEL.TRAJECT_ID.eq(id)))).execute());
        for (var eigen : eigenTabellen()) {
            tel(rijen, eigen.tabel(), ctx.deleteFrom(eigen.tabel()).where(eigen.vanTraject(id)).execute());
        }
        // A group session of which this was the last participant holds nobody else's record.
        if (!sessies.isEmpty()) {
            List<Integer> leeg = ctx.select(GROEPSSESSIE.ID).from(GROEPSSESSIE).where(GROEPSSESSIE.ID.in(sessies))
                    .andNotExists(ctx.selectOne().from(GROEPSDEELNAME).where(GROEPSDEELNAME.GROEPSSESSIE_ID.eq(GROEPSSESSIE.ID)))
                    .fetch(r -> r.value1());
            tel(rijen, GROEPSSESSIE, ctx.deleteFrom(GROEPSSESSIE).where(GROEPSSESSIE.ID.in(leeg)).execute());
            leeg.forEach(s -> kladden.add("groep:" + s));
        }
        // A group programme of which this was the last participant has no group left; its schedule
        // and trainers' names go with it (its meetings cascade).
        if (!programmas.isEmpty()) {
            List<Integer> zonderGroep = ctx.select(GROEPSPROGRAMMA.ID).from(GROEPSPROGRAMMA)
                    .where(GROEPSPROGRAMMA.ID.in(programmas))
                    .andNotExists(ctx.selectOne().from(PROGRAMMA_DEELNEMER)
                            .where(PROGRAMMA_DEELNEMER.PROGRAMMA_ID.eq(GROEPSPROGRAMMA.ID))).fetch(r -> r.value1());
            tel(rijen, BIJEENKOMST, ctx.deleteFrom(BIJEENKOMST).where(BIJEENKOMST.PROGRAMMA_ID.in(zonderGroep)).execute());
            tel(rijen, GROEPSPROGRAMMA, ctx.deleteFrom(GROEPSPROGRAMMA).where(GROEPSPROGRAMMA.ID.in(zonderGroep)).execute());
        }
        tel(rijen, CONCEPT, ctx.deleteFrom(CONCEPT).where(CONCEPT.SLEUTEL.in(kladden)
                .or(CONCEPT.SLEUTEL.startsWith("stap:" + id + ":"))
                .or(CONCEPT.SLEUTEL.startsWith(KladSleutel.dossierPrefix(id)))
                .or(agendaKlad(id))).execute());
        tel(rijen, TRAJECT, ctx.deleteFrom(TRAJECT).where(TRAJECT.ID.eq(id)).execute());
        if (ctx.fetchCount(TRAJECT, TRAJECT.WERKNEMER_ID.eq(traject.getWerknemerId())) == 0) {
            tel(rijen, WERKNEMER, ctx.deleteFrom(WERKNEMER).where(WERKNEMER.ID.eq(traject.getWerknemerId())).execute());
        }
        if (ookWerkgever && traject.getWerkgeverId() != null && ctx.fetchCount(TRAJECT, TRAJECT.WERKGEVER_ID.eq(traject.getWerkgeverId())) == 0) {
            tel(rijen, WERKGEVER, ctx.deleteFrom(WERKGEVER).where(WERKGEVER.ID.eq(traject.getWerkgeverId())).execute());
            // A draft of the employer's edit form holds its contacts' names.
            tel(rijen, CONCEPT, ctx.deleteFrom(CONCEPT).where(CONCEPT.SLEUTEL.eq("werkgever:" + traject.getWerkgeverId()))
                    .execute());
        }
        // The triggers (V15) took the index rows out with their records, the dossier's own row with
        // the traject itself (hence only now); this catches any written without them. A werkgever
        // the coach keeps keeps its row: it names no one of this traject.
        int index = ctx.execute("DELETE FROM " + ZOEK_FTS + " WHERE traject_id = ?", id);
        if (index > 0) {
            rijen.put(ZOEK_FTS, index);
        }

        // FTS5 deletes by adding a tombstone: the terms of a removed note, and of every earlier
        // version of an edited one, stay in the older index segments until those are merged.
        // Merging all segments into one keeps live entries only. (FTS5's secure-delete option was
        // tried: it removes the newest entry of a row but left the term of an edited note behind.)
        ctx.execute("INSERT INTO " + ZOEK_FTS + " (" + ZOEK_FTS + ") VALUES ('optimize')");
        ctx.deleteFrom(VERWIJDERING_BEZIG).where(VERWIJDERING_BEZIG.TRAJECT_ID.eq(id)).execute();
        return rijen;
    }

    private static void tel(Map<String, Integer> rijen, Table<?> tabel, int aantal) {
        if (aantal > 0) {
            rijen.merge(tabel.getName(), aantal, Integer::sum);
        }
    }

    /**
     * Drafts (autosave) are keyed by the form they belong to, e.g. {@code contact:nieuw:<traject>}
     * or {@code sollicitatie:<id>}; the formats are those of the dossier screens' dialogs.
     */
    private List<String> kladSleutels(int id) {
        List<String> sleutels = new ArrayList<>();
        for (String soort : List.of("contact", "sollicitatie", "netwerk", "groep", "werkervaring")) {
            sleutels.add(soort + ":nieuw:" + id);
        }
        // The dossier's own form (its edit draft); the forms keyed by KladSleutel go by prefix.
        sleutels.add("dossier:" + id);
        ctx.select(CONTACTMOMENT.ID).from(CONTACTMOMENT).where(CONTACTMOMENT.TRAJECT_ID.eq(id))
                .forEach(r -> sleutels.add("contact:" + r.value1()));
        sollicitaties(id).forEach(s -> sleutels.add("sollicitatie:" + s));
        ctx.select(NETWERKCONTACT.ID).from(NETWERKCONTACT).where(NETWERKCONTACT.TRAJECT_ID.eq(id))
                .forEach(r -> sleutels.add("netwerk:" + r.value1()));
        List<Integer> plekken = plekken(id);
        plekken.forEach(p -> sleutels.add("evaluatie:nieuw:" + p));
        plekken.forEach(p -> sleutels.add("werkervaring:" + p));
        ctx.select(WERKERVARING_EVALUATIE.ID).from(WERKERVARING_EVALUATIE)
                .where(WERKERVARING_EVALUATIE.WERKERVARINGSPLEK_ID.in(plekken))
                .forEach(r -> sleutels.add("evaluatie:" + r.value1()));
        return sleutels;
    }

    /**
     * The agenda's appointment draft when the dossier chosen in it is this one. The draft is stored
     * as a properties text, which escapes every '=' in a value, so "field=number" followed by the end
     * of its line can only be that field.
     */
    private static Condition agendaKlad(int id) {
        String veld = KladSleutel.AGENDA_DOSSIER_VELD + "=" + id;
        return CONCEPT.SLEUTEL.eq(KladSleutel.AGENDA_AFSPRAAK)
                .and(CONCEPT.INHOUD.contains(veld + "\n").or(CONCEPT.INHOUD.contains(veld + "\r")));
    }

    private List<Integer> rapporten(int id) {
        return ctx.select(RAPPORT.ID).from(RAPPORT).where(RAPPORT.TRAJECT_ID.eq(id)).orderBy(RAPPORT.ID)
                .fetch(r -> r.value1());
    }

    private List<Integer> sollicitaties(int id) {
        return ctx.select(SOLLICITATIE.ID).from(SOLLICITATIE).where(SOLLICITATIE.TRAJECT_ID.eq(id)).fetch(r -> r.value1());
    }

    private List<Integer> plekken(int id) {
        return ctx.select(WERKERVARINGSPLEK.ID).from(WERKERVARINGSPLEK).where(WERKERVARINGSPLEK.TRAJECT_ID.eq(id))
                .fetch(r -> r.value1());
    }
}
