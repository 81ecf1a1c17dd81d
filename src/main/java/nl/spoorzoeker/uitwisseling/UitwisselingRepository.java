package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST;
import static nl.spoorzoeker.store.schema.Tables.GROEPSPROGRAMMA;
import static nl.spoorzoeker.store.schema.Tables.GROEPSSESSIE;
import static nl.spoorzoeker.store.schema.Tables.STAP;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.WERKGEVER;
import static nl.spoorzoeker.store.schema.Tables.WERKNEMER;
import static nl.spoorzoeker.store.schema.Tables.AFSPRAAK;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import nl.spoorzoeker.store.schema.DefaultSchema;

/**
 * The archive's SQL: the schema as SQLite reports it, rows of any table selected by reach, generic
 * inserts, the foreign-key check, and the lookups that match a dossier's employer, guided steps
 * and group sessions in the receiving practice. Table and column names come from the database's
 * own catalogue, never from the archive (an archive only names tables this schema has).
 */
final class UitwisselingRepository {

    /** Which rows: a whole practice, or what belongs to these trajecten. */
    record Selectie(Reikwijdte reikwijdte, Collection<Long> trajecten) {
    }

    /** Reads one row's values, in the order of the table's columns. */
    @FunctionalInterface
    interface Rijverwerker {
        void rij(Object[] waarden) throws java.io.IOException;
    }

    private final DSLContext ctx;

    UitwisselingRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    // ---------------------------------------------------------------------------------------------
    // The schema

    List<Tabelschema.Ruw> ruweTabellen() {
        List<Tabelschema.Ruw> uit = new ArrayList<>();
        for (Record t : ctx.fetch("select name, type from pragma_table_list where schema = 'main' order by name")) {
            String naam = t.get(0, String.class);
            String soort = t.get(1, String.class);
            if (!"table".equals(soort) && !"virtual".equals(soort) && !"shadow".equals(soort)) {
                continue;
            }
            List<Tabelschema.Kolom> kolommen = ctx.fetch(
                    "select name, type, \"notnull\", pk from pragma_table_info(?) order by cid", naam)
                    .map(r -> new Tabelschema.Kolom(r.get(0, String.class), r.get(1, String.class),
                            r.get(2, Integer.class) == 1, r.get(3, Integer.class)));
            List<Tabelschema.Verwijzing> verwijzingen = new ArrayList<>();
            for (Record f : ctx.fetch("select \"table\", \"from\", \"to\", on_delete, seq, id from pragma_foreign_key_list(?)",
                    naam)) {
                if (f.get(4, Integer.class) > 0) {
                    throw new IllegalStateException("composite foreign key in " + naam + " is not supported by the archive");
                }
                String naar = f.get(0, String.class);
                String naarKolom = f.get(2, String.class);
                if (naarKolom == null) {
                    naarKolom = ctx.fetchOne("select name from pragma_table_info(?) where pk = 1", naar).get(0, String.class);
                }
                verwijzingen.add(new Tabelschema.Verwijzing(f.get(1, String.class), naar, naarKolom,
                        "CASCADE".equalsIgnoreCase(f.get(3, String.class))));
            }
            uit.add(new Tabelschema.Ruw(naam, soort, kolommen, verwijzingen));
        }
        return uit;
    }

    Tabelschema schema() {
        return Tabelschema.van(ruweTabellen());
    }

    /** The AUTOINCREMENT counters (an id once used is not given again, also after a move). */
    Map<String, Long> sequenties() {
        Map<String, Long> uit = new LinkedHashMap<>();
        if (ctx.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("sqlite_schema")))
                .where(DSL.field(DSL.name("name")).eq("sqlite_sequence")))) {
            ctx.fetch("select name, seq from sqlite_sequence order by name")
                    .forEach(r -> uit.put(r.get(0, String.class), r.get(1, Long.class)));
        }
        return uit;
    }

    void verhoogSequentie(String tabel, long seq) {
        int n = ctx.execute("update sqlite_sequence set seq = max(seq, ?) where name = ?", seq, tabel);
        if (n == 0) {
            ctx.execute("insert into sqlite_sequence (name, seq) values (?, ?)", tabel, seq);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reading rows

    List<Long> trajectenVan(long werknemerId) {
        return ctx.select(TRAJECT.ID).from(TRAJECT).where(TRAJECT.WERKNEMER_ID.eq((int) werknemerId))
                .orderBy(TRAJECT.ID).fetch(r -> r.value1().longValue());
    }

    boolean trajectBestaat(long id) {
        return ctx.fetchExists(TRAJECT, TRAJECT.ID.eq((int) id));
    }

    long aantal(Tabelschema.Tabel t) {
        return ctx.fetchCount(tabel(t));
    }

    long aantal(Tabelschema schema, Tabelschema.Tabel t, Selectie selectie) {
        return ctx.fetchCount(DSL.selectOne().from(tabel(t)).where(conditie(schema, t, selectie)));
    }

    /**
     * The selected rows in key order. A BLOB column holds its first 8 bytes only (enough to tell
     * a PDF from a PNG); {@link #blobs} streams the bytes themselves.
     */
    void rijen(Tabelschema schema, Tabelschema.Tabel t, Selectie selectie, Rijverwerker verwerker)
            throws java.io.IOException {
        List<Field<?>> velden = new ArrayList<>();
        for (Tabelschema.Kolom k : t.kolommen()) {
            Field<?> veld = veld(t, k);
            velden.add(k.blob() ? DSL.field("substr({0}, 1, 8)", SQLDataType.BLOB, veld) : veld);
        }
        try (Cursor<Record> cursor = ctx.select(velden).from(tabel(t)).where(conditie(schema, t, selectie))
                .orderBy(sortering(t)).fetchLazy()) {
            for (Record r : cursor) {
                verwerker.rij(r.intoArray());
            }
        }
    }

    /** The rows with a BLOB: their 1-based number in {@link #rijen} order, then the BLOB columns. */
    void blobs(Tabelschema schema, Tabelschema.Tabel t, Selectie selectie, Rijverwerker verwerker)
            throws java.io.IOException {
        List<Tabelschema.Kolom> blobKolommen = t.kolommen().stream().filter(Tabelschema.Kolom::blob).toList();
        if (blobKolommen.isEmpty()) {
            return;
        }
        List<Field<?>> binnen = new ArrayList<>();
        binnen.add(DSL.rowNumber().over(DSL.orderBy(sortering(t))).as("rn"));
        blobKolommen.forEach(k -> binnen.add(veld(t, k).as(k.naam())));
        Table<?> x = ctx.select(binnen).from(tabel(t)).where(conditie(schema, t, selectie)).asTable("x");
        Condition eenBlob = DSL.or(blobKolommen.stream().map(k -> x.field(k.naam()).isNotNull()).toList());
        try (Cursor<Record> cursor = ctx.select(x.fields()).from(x).where(eenBlob)
                .orderBy(x.field("rn")).fetchLazy()) {
            for (Record r : cursor) {
                verwerker.rij(r.intoArray());
            }
        }
    }

    /** All rows of a table (from a checked scratch copy), in key order, with the BLOBs in full. */
    void alleRijen(Tabelschema.Tabel t, Rijverwerker verwerker) throws java.io.IOException {
        List<Field<?>> velden = t.kolommen().stream().<Field<?>>map(k -> veld(t, k)).toList();
        try (Cursor<Record> cursor = ctx.select(velden).from(tabel(t)).orderBy(sortering(t)).fetchLazy()) {
            for (Record r : cursor) {
                verwerker.rij(r.intoArray());
            }
        }
    }

    /**
     * Which rows a reach selects. A dossier table: rows deleted with a selected row (the cascading
     * foreign keys, down from the traject). A shared table: rows a selected dossier row names, and
     * rows a selected shared row names (a held programme meeting names its group session, also when
     * this werknemer missed it and so has no part in the session itself).
     */
    Condition conditie(Tabelschema schema, Tabelschema.Tabel t, Selectie selectie) {
        return conditie(schema, t, selectie, new java.util.HashSet<>());
    }

    /** {@code onderweg}: the shared tables whose condition is being built, so a circle of references ends. */
    private Condition conditie(Tabelschema schema, Tabelschema.Tabel t, Selectie selectie, java.util.Set<String> onderweg) {
        if (selectie.reikwijdte() == Reikwijdte.PRAKTIJK) {
            return DSL.noCondition();
        }
        if (t.naam().equals(Tabelschema.STAM)) {
            return veld(t, t.kolom(TRAJECT.ID.getName()).orElseThrow()).in(selectie.trajecten());
        }
        if (t.naam().equals(Tabelschema.LOGBOEK)) {
            return DSL.field(DSL.name(t.naam(), "traject_id"), SQLDataType.BIGINT).in(selectie.trajecten());
        }
        List<Condition> of = new ArrayList<>();
        if (t.rol() == Tabelschema.Rol.DOSSIER) {
            for (Tabelschema.Verwijzing v : t.verwijzingen()) {
                Tabelschema.Tabel ouder = schema.tabel(v.naar()).orElseThrow();
                if (v.cascade() && ouder.rol() == Tabelschema.Rol.DOSSIER && !ouder.naam().equals(t.naam())) {
                    of.add(kolomveld(t, v.kolom()).in(DSL.select(kolomveld(ouder, v.naarKolom())).from(tabel(ouder))
                            .where(conditie(schema, ouder, selectie, onderweg))));
                }
            }
        } else if (t.rol() == Tabelschema.Rol.GEDEELD && onderweg.add(t.naam())) {
            for (Tabelschema.Tabel kind : schema.alle()) {
                boolean gedeeld = kind.rol() == Tabelschema.Rol.GEDEELD && !kind.naam().equals(t.naam())
                        && !onderweg.contains(kind.naam());
                if (kind.rol() != Tabelschema.Rol.DOSSIER && !gedeeld) {
                    continue;
                }
                for (Tabelschema.Verwijzing v : kind.verwijzingen()) {
                    if (v.naar().equals(t.naam())) {
                        of.add(kolomveld(t, v.naarKolom()).in(DSL.select(kolomveld(kind, v.kolom())).from(tabel(kind))
                                .where(conditie(schema, kind, selectie, onderweg))));
                    }
                }
            }
            onderweg.remove(t.naam());
        }
        return of.isEmpty() ? DSL.falseCondition() : DSL.or(of);
    }

    // ---------------------------------------------------------------------------------------------
    // Writing rows

    /** Inserts one row and returns its rowid (its new number). */
    long voegInNummer(Tabelschema.Tabel t, List<Tabelschema.Kolom> kolommen, Object[] waarden) {
        voegIn(t, kolommen, waarden);
        return ctx.lastID().longValue();
    }

    /** Inserts one row. Columns not named keep their default. */
    void voegIn(Tabelschema.Tabel t, List<Tabelschema.Kolom> kolommen, Object[] waarden) {
        List<Field<Object>> velden = new ArrayList<>();
        for (Tabelschema.Kolom k : kolommen) {
            @SuppressWarnings("unchecked")
            Field<Object> veld = (Field<Object>) DSL.field(DSL.name(k.naam()), type(k));
            velden.add(veld);
        }
        ctx.insertInto(tabel(t), velden).values(java.util.Arrays.asList(waarden)).execute();
    }

    /** The own numbers of every row of a table. */
    List<Long> nummers(Tabelschema.Tabel t) {
        String kolom = t.eigenNummer().orElseThrow();
        return ctx.select(DSL.field(DSL.name(t.naam(), kolom), SQLDataType.BIGINT)).from(tabel(t))
                .orderBy(DSL.field(DSL.name(t.naam(), kolom))).fetch(r -> r.value1());
    }

    /** Row number → the number its self-reference names, for rows that name one. */
    Map<Long, Long> paren(Tabelschema.Tabel t, String nummer, String verwijzing) {
        Map<Long, Long> uit = new java.util.HashMap<>();
        ctx.select(DSL.field(DSL.name(t.naam(), nummer), SQLDataType.BIGINT),
                        DSL.field(DSL.name(t.naam(), verwijzing), SQLDataType.BIGINT))
                .from(tabel(t)).where(DSL.field(DSL.name(t.naam(), verwijzing)).isNotNull())
                .forEach(r -> uit.put(r.value1(), r.value2()));
        return uit;
    }

    /** The text values of one column for every row (the keys of drafts). */
    List<String> teksten(Tabelschema.Tabel t, String kolom) {
        return ctx.select(DSL.field(DSL.name(t.naam(), kolom), SQLDataType.CLOB)).from(tabel(t)).fetch(r -> r.value1());
    }

    void verwijderAlles(Tabelschema.Tabel t) {
        ctx.deleteFrom(tabel(t)).execute();
    }

    /** Foreign keys are checked at commit instead of per statement (rows may come in any order). */
    void stelForeignKeysUit() {
        ctx.execute("pragma defer_foreign_keys = on");
    }

    /** A row whose foreign key names a row that does not exist. */
    record Wees(String tabel, long rowid, String naar) {
    }

    List<Wees> foreignKeyCheck() {
        return ctx.fetch("select \"table\", rowid, parent from pragma_foreign_key_check").map(r ->
                new Wees(r.get(0, String.class), r.get(1) == null ? -1 : r.get(1, Long.class), r.get(2, String.class)));
    }

    // ---------------------------------------------------------------------------------------------
    // Matching a dossier's shared rows in the receiving practice

    Optional<Long> werkgeverMetKvk(String kvk) {
        return ctx.select(WERKGEVER.ID).from(WERKGEVER).where(WERKGEVER.KVK_NUMMER.eq(kvk)).orderBy(WERKGEVER.ID)
                .limit(1).fetchOptional(r -> r.value1().longValue());
    }

    Optional<Long> werkgeverMetNaam(String naam) {
        return ctx.select(WERKGEVER.ID).from(WERKGEVER)
                .where(DSL.lower(DSL.trim(WERKGEVER.NAAM)).eq(naam.trim().toLowerCase(java.util.Locale.ROOT)))
                .orderBy(WERKGEVER.ID).limit(1).fetchOptional(r -> r.value1().longValue());
    }

    Optional<Long> stapMetSleutel(String sleutel) {
        return ctx.select(STAP.ID).from(STAP).where(STAP.SLEUTEL.eq(sleutel)).fetchOptional(r -> r.value1().longValue());
    }

    Optional<Long> stapMetTitel(String fase, String titel) {
        return ctx.select(STAP.ID).from(STAP).where(STAP.FASE.eq(fase), STAP.TITEL.eq(titel)).orderBy(STAP.ID).limit(1)
                .fetchOptional(r -> r.value1().longValue());
    }

    Optional<Long> groepssessie(String moment, String soort, String titel, long duur) {
        return ctx.select(GROEPSSESSIE.ID).from(GROEPSSESSIE).where(GROEPSSESSIE.MOMENT.eq(moment),
                        GROEPSSESSIE.SOORT.eq(soort), GROEPSSESSIE.TITEL.eq(titel), GROEPSSESSIE.DUUR_MINUTEN.eq((int) duur))
                .orderBy(GROEPSSESSIE.ID).limit(1).fetchOptional(r -> r.value1().longValue());
    }

    /** The programme here with this uid: the one a participant imported earlier brought, or made here. */
    Optional<Long> groepsprogrammaMetUid(String uid) {
        return ctx.select(GROEPSPROGRAMMA.ID).from(GROEPSPROGRAMMA).where(GROEPSPROGRAMMA.UID.eq(uid))
                .fetchOptional(r -> r.value1().longValue());
    }

    /**
     * A programme here with the same name and start, for a programme whose identity is not known on
     * one side: from an archive written before programmes had a uid, or ({@code zonderUid}) one here
     * that such an archive brought.
     */
    Optional<Long> groepsprogramma(String naam, String startdatum, boolean zonderUid) {
        return ctx.select(GROEPSPROGRAMMA.ID).from(GROEPSPROGRAMMA).where(GROEPSPROGRAMMA.NAAM.eq(naam),
                        DSL.field(GROEPSPROGRAMMA.STARTDATUM.getQualifiedName(), String.class).eq(startdatum),
                        zonderUid ? GROEPSPROGRAMMA.UID.isNull() : DSL.noCondition())
                .orderBy(GROEPSPROGRAMMA.ID).limit(1).fetchOptional(r -> r.value1().longValue());
    }

    /** Gives a programme that came without one the uid a later archive of it has. */
    void geefProgrammaUid(long id, String uid) {
        ctx.update(GROEPSPROGRAMMA).set(GROEPSPROGRAMMA.UID, uid)
                .where(GROEPSPROGRAMMA.ID.eq((int) id), GROEPSPROGRAMMA.UID.isNull()).execute();
    }

    /** The meeting here with this calendar UID: the same event (a UID is never reused for another). */
    Optional<Long> bijeenkomstMetUid(String uid) {
        return ctx.select(BIJEENKOMST.ID).from(BIJEENKOMST).where(BIJEENKOMST.UID.eq(uid))
                .fetchOptional(r -> r.value1().longValue());
    }

    boolean afspraakUidBestaat(String uid) {
        return ctx.fetchExists(AFSPRAAK, AFSPRAAK.UID.eq(uid));
    }

    Optional<Integer> werknemerVan(int trajectId) {
        return ctx.select(TRAJECT.WERKNEMER_ID).from(TRAJECT).where(TRAJECT.ID.eq(trajectId)).fetchOptional(r -> r.value1());
    }

    /** Who a dossier is about and since when: what tells two copies of one dossier apart from two dossiers. */
    record Persoon(String naam, LocalDate geboortedatum, LocalDate eersteZiektedag) {
    }

    /** The person of the only dossier (of a checked dossier archive). */
    Persoon enigDossier() {
        return ctx.select(WERKNEMER.NAAM, WERKNEMER.GEBOORTEDATUM, TRAJECT.EERSTE_ZIEKTEDAG).from(TRAJECT).join(WERKNEMER)
                .on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID)).fetchSingle(r -> new Persoon(r.value1(), r.value2(), r.value3()));
    }

    /** A dossier of the same person (name and date of birth) with the same first day of sickness. */
    Optional<Long> zelfdeDossier(String naam, LocalDate geboortedatum, LocalDate eersteZiektedag) {
        Condition geboren = geboortedatum == null ? WERKNEMER.GEBOORTEDATUM.isNull()
                : WERKNEMER.GEBOORTEDATUM.eq(geboortedatum);
        return ctx.select(TRAJECT.ID).from(TRAJECT).join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .where(WERKNEMER.NAAM.eq(naam), geboren, TRAJECT.EERSTE_ZIEKTEDAG.eq(eersteZiektedag))
                .orderBy(TRAJECT.ID).limit(1).fetchOptional(r -> r.value1().longValue());
    }

    // ---------------------------------------------------------------------------------------------
    // Values the app parses

    /**
     * Why the app could not read this stored value (a date column holding no date, a flag not 0/1),
     * or empty when it can: the value goes through the generated column's own converter.
     */
    static Optional<String> conversieFout(String tabel, String kolom, Object waarde) {
        if (waarde == null) {
            return Optional.empty();
        }
        Table<?> t = DefaultSchema.DEFAULT_SCHEMA.getTable(tabel);
        Field<?> f = t == null ? null : t.field(kolom);
        if (f == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        org.jooq.Converter<Object, ?> converter = (org.jooq.Converter<Object, ?>) f.getConverter();
        if (converter.fromType() == converter.toType()) {
            return Optional.empty();
        }
        try {
            Class<?> van = converter.fromType();
            Object raw = van == Integer.class && waarde instanceof Long l ? Integer.valueOf(Math.toIntExact(l))
                    : waarde;
            if (!van.isInstance(raw)) {
                return Optional.of(van.getSimpleName());
            }
            converter.from(raw);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(converter.toType().getSimpleName());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // A scratch database with this schema

    /**
     * Creates an empty database at {@code doel} with exactly this database's schema (tables,
     * indexes, triggers, the search index), stamped as ours at this schema version, so rows can be
     * checked by SQLite's own rules (types, CHECK, NOT NULL, UNIQUE, foreign keys) before anything
     * reaches the practice. The schema is copied from the open database, not from an archive.
     */
    void maakLegeKopie(Path doel, int applicationId, int schemaVersie) throws SQLException {
        List<String> tabellen = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        java.util.Set<String> schaduw = new java.util.HashSet<>(ctx.fetch(
                "select name from pragma_table_list where schema = 'main' and type = 'shadow'").getValues(0, String.class));
        for (Record r : ctx.fetch("select type, tbl_name, sql from sqlite_schema where sql is not null order by rowid")) {
            String soort = r.get(0, String.class);
            String tabel = r.get(1, String.class);
            // The search index stays (its triggers need it); its shadow tables come with it.
            // So does the WAL stamp: every write to any database file of ours updates it.
            boolean overslaan = tabel.startsWith("sqlite_") || schaduw.contains(tabel)
                    || (Tabelschema.UITGESLOTEN.containsKey(tabel) && !Tabelschema.ZOEKINDEX.equals(tabel)
                    && !Tabelschema.WALSTEMPEL.equals(tabel));
            if (!overslaan) {
                ("table".equals(soort) ? tabellen : rest).add(r.get(2, String.class));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + doel.toAbsolutePath());
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : tabellen) {
                s.execute(sql);
            }
            for (String sql : rest) {
                s.execute(sql);
            }
            s.execute("INSERT INTO " + Tabelschema.WALSTEMPEL + " (id, sessie, volgnummer) VALUES (1, '', 0)");
            c.commit();
            c.setAutoCommit(true);
            s.execute("pragma application_id = " + applicationId);
            s.execute("pragma user_version = " + schemaVersie);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static Table<Record> tabel(Tabelschema.Tabel t) {
        return DSL.table(DSL.name(t.naam()));
    }

    private static Field<?> veld(Tabelschema.Tabel t, Tabelschema.Kolom k) {
        return DSL.field(DSL.name(t.naam(), k.naam()), type(k));
    }

    private static Field<Object> kolomveld(Tabelschema.Tabel t, String kolom) {
        return DSL.field(DSL.name(t.naam(), kolom));
    }

    private static List<SortField<?>> sortering(Tabelschema.Tabel t) {
        List<String> sleutel = t.sleutel();
        if (sleutel.isEmpty()) {
            return List.of(DSL.field(DSL.name(t.naam(), "rowid")).asc());
        }
        return sleutel.stream().<SortField<?>>map(k -> DSL.field(DSL.name(t.naam(), k)).asc()).toList();
    }

    private static DataType<?> type(Tabelschema.Kolom k) {
        if (k.geheelGetal()) {
            return SQLDataType.BIGINT;
        }
        if (k.tekst()) {
            return SQLDataType.CLOB;
        }
        if (k.blob()) {
            return SQLDataType.BLOB;
        }
        if (k.reeel()) {
            return SQLDataType.DOUBLE;
        }
        return SQLDataType.OTHER;
    }
}
