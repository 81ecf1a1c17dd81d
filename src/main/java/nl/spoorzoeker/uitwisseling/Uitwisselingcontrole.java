package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.store.schema.Tables.RAPPORT;
import static nl.spoorzoeker.store.schema.Tables.SOLLICITATIE_BEWIJS;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.DatabaseOpenException;
import nl.spoorzoeker.store.Migrations;
import org.jooq.exception.DataAccessException;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.store.Breekpunt;

/**
 * Checks a decrypted archive in full before anything of it reaches the practice, in this order:
 * the manifest (our format, a version we know, a schema not newer than ours), every entry against
 * its size and SHA-256 (no entry missing, none unlisted), the tables and columns against our schema,
 * then every row: its JSON types, the values the app parses (dates, instants, flags), and SQLite's
 * own rules, by inserting it into a scratch database with exactly our schema in the private
 * temporary folder (types, CHECK, NOT NULL, UNIQUE); then the foreign keys of all rows together,
 * the SHA-256 of every final report's PDF and every proof file, that a dossier archive holds one
 * dossier and nothing else, and finally that every dossier reads back through the app's own
 * services. Any failure is an {@link UitwisselingFout} naming the entry, table, row and column.
 *
 * <p>What passed is handed over as a {@link Gecontroleerd} scratch database, the only source the
 * import writes from; closing it deletes it.
 */
final class Uitwisselingcontrole {

    /** Report bytes and proof files whose SHA-256 is stored beside them: they must still match. */
    private static final Map<String, String[]> HASHES = Map.of(
            RAPPORT.getName(), new String[] {RAPPORT.PDF.getName(), RAPPORT.SHA256.getName()},
            SOLLICITATIE_BEWIJS.getName(), new String[] {SOLLICITATIE_BEWIJS.INHOUD.getName(),
                    SOLLICITATIE_BEWIJS.SHA256.getName()});

    private static final int MAX_ENTRIES = 2_000_000;

    /** A checked archive: its manifest and a scratch database holding exactly its rows. */
    static final class Gecontroleerd implements AutoCloseable {

        private final Manifest manifest;
        private final Database kladblok;
        private final Path bestand;
        private final Tabelschema schema;

        private Gecontroleerd(Manifest manifest, Database kladblok, Path bestand, Tabelschema schema) {
            this.manifest = manifest;
            this.kladblok = kladblok;
            this.bestand = bestand;
            this.schema = schema;
        }

        Manifest manifest() {
            return manifest;
        }

        Database kladblok() {
            return kladblok;
        }

        Tabelschema schema() {
            return schema;
        }

        @Override
        public void close() throws IOException {
            kladblok.close();
            verwijder(bestand);
            Breekpunt.na("import.kladblok-weg");
        }
    }

    private final Database doel;
    private final Path tijdelijk;
    private final Clock clock;

    /**
     * @param doel the practice the archive is meant for: its schema is the measure
     * @param tijdelijk the private folder for the scratch database
     */
    Uitwisselingcontrole(Database doel, Path tijdelijk, Clock clock) {
        this.doel = doel;
        this.tijdelijk = tijdelijk;
        this.clock = clock;
    }

    /** Checks the plain archive at {@code zip}; the caller closes the result. */
    Gecontroleerd controleer(Path zip) throws IOException {
        try (ZipFile bestand = open(zip)) {
            Manifest m = leesManifest(bestand);
            if (m.schemaversie() > Migrations.LATEST) {
                throw new UitwisselingFout("archief.fout.schemaNieuwer", m.schemaversie(), Migrations.LATEST);
            }
            controleerEntries(bestand, m);
            Tabelschema schema = doel.read(ctx -> new UitwisselingRepository(ctx).schema());
            controleerTabellen(m, schema);
            return laad(bestand, m, schema);
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile());
        } catch (java.util.zip.ZipException | java.io.EOFException | IllegalArgumentException e) {
            // Not a ZIP, cut off before its directory, or a directory naming entries in bytes that are no names.
            throw new UitwisselingFout("archief.fout.geenArchief", zip.getFileName());
        }
    }

    private static Manifest leesManifest(ZipFile zip) throws IOException {
        ZipEntry e = zip.getEntry(Manifest.NAAM);
        if (e == null) {
            throw new UitwisselingFout("archief.fout.geenArchief", Manifest.NAAM);
        }
        try (InputStream in = new Begrensd(zip.getInputStream(e), Manifest.MAX_MANIFEST, Manifest.NAAM)) {
            return Manifest.lees(in);
        } catch (java.util.zip.ZipException | java.io.EOFException ex) {
            // A damaged entry, or a local header pointing past the end of the file (fuzz input I6, kept as a fixture).
            throw new UitwisselingFout("archief.fout.hash", Manifest.NAAM);
        }
    }

    /** Every entry listed, present, of its size and digest; nothing unlisted. */
    private static void controleerEntries(ZipFile zip, Manifest m) throws IOException {
        Map<String, Manifest.Bestand> genoemd = new HashMap<>();
        m.bestanden().forEach(b -> genoemd.put(b.naam(), b));
        Enumeration<? extends ZipEntry> alle = zip.entries();
        int aantal = 0;
        Set<String> aanwezig = new HashSet<>();
        while (alle.hasMoreElements()) {
            String naam = alle.nextElement().getName();
            if (++aantal > MAX_ENTRIES) {
                throw new UitwisselingFout("archief.fout.teVeelOnderdelen", MAX_ENTRIES);
            }
            if (!aanwezig.add(naam)) {
                // A reader could take either copy: refused, and said as what it is (the name is in the table of contents).
                throw new UitwisselingFout("archief.fout.dubbelBestand", naam);
            }
            if (!naam.equals(Manifest.NAAM) && !genoemd.containsKey(naam)) {
                throw new UitwisselingFout("archief.fout.onbekendBestand", naam);
            }
        }
        for (Manifest.Bestand b : m.bestanden()) {
            ZipEntry e = zip.getEntry(b.naam());
            if (e == null || !aanwezig.contains(b.naam())) {
                throw new UitwisselingFout("archief.fout.bestandOntbreekt", b.naam());
            }
            long max = b.naam().startsWith(Manifest.BIJLAGEN) ? Manifest.MAX_BIJLAGE : Manifest.MAX_TABEL;
            if (b.bytes() > max) {
                throw new UitwisselingFout("archief.fout.teGroot", b.naam());
            }
            MessageDigest sha = UitwisselingSchrijver.sha256();
            long gelezen = 0;
            try (InputStream in = zip.getInputStream(e)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    gelezen += n;
                    if (gelezen > b.bytes()) {
                        throw new UitwisselingFout("archief.fout.hash", b.naam());
                    }
                    sha.update(buffer, 0, n);
                }
            } catch (java.util.zip.ZipException | java.io.EOFException ex) {
                throw new UitwisselingFout("archief.fout.hash", b.naam());
            }
            if (gelezen != b.bytes() || !HexFormat.of().formatHex(sha.digest()).equals(b.sha256())) {
                throw new UitwisselingFout("archief.fout.hash", b.naam());
            }
        }
    }

    /** The tables and columns the manifest names must be ours, of the same type, allowed in its reach. */
    private static void controleerTabellen(Manifest m, Tabelschema schema) {
        if (m.reikwijdte() == Reikwijdte.WERKNEMER) {
            throw new UitwisselingFout("archief.fout.inzage");
        }
        List<Tabelschema.Tabel> toegestaan = schema.voor(m.reikwijdte());
        Set<String> tabelBestanden = new HashSet<>();
        for (Manifest.TabelInhoud ti : m.tabellen()) {
            Tabelschema.Tabel t = schema.tabel(ti.naam()).filter(toegestaan::contains)
                    .orElseThrow(() -> new UitwisselingFout("archief.fout.tabel", ti.naam()));
            for (var k : ti.kolommen().entrySet()) {
                Tabelschema.Kolom kolom = t.kolom(k.getKey())
                        .orElseThrow(() -> new UitwisselingFout("archief.fout.kolom", ti.naam(), k.getKey()));
                if (!kolom.type().equalsIgnoreCase(k.getValue())) {
                    throw new UitwisselingFout("archief.fout.kolomtype", ti.naam(), k.getKey());
                }
            }
            if (ti.rijen() < 0) {
                throw new UitwisselingFout("archief.fout.manifest", ti.naam());
            }
            tabelBestanden.add(Manifest.tabelBestand(ti.naam()));
        }
        for (Manifest.Bestand b : m.bestanden()) {
            if (!b.naam().startsWith(Manifest.BIJLAGEN) && !tabelBestanden.contains(b.naam())) {
                throw new UitwisselingFout("archief.fout.onbekendBestand", b.naam());
            }
        }
        for (String t : tabelBestanden) {
            if (m.bestanden().stream().noneMatch(b -> b.naam().equals(t))) {
                throw new UitwisselingFout("archief.fout.bestandOntbreekt", t);
            }
        }
        if (m.reikwijdte() == Reikwijdte.DOSSIER && m.tabellen().stream().noneMatch(t -> t.naam().equals(Tabelschema.STAM))) {
            throw new UitwisselingFout("archief.fout.dossierAantal", 0);
        }
        for (var s : m.sequenties().entrySet()) {
            if (m.reikwijdte() != Reikwijdte.PRAKTIJK || schema.tabel(s.getKey()).isEmpty() || s.getValue() < 0) {
                throw new UitwisselingFout("archief.fout.manifest", "sequenties");
            }
        }
    }

    /** Loads every row into a scratch database with our schema; SQLite's rules and ours decide. */
    private Gecontroleerd laad(ZipFile zip, Manifest m, Tabelschema schema) throws IOException {
        Bestanden.maakPriveMap(tijdelijk);
        Path kladbestand = tijdelijk.resolve(".archief-" + UUID.randomUUID() + ".db");
        Database kladblok = null;
        try {
            Path k = kladbestand;
            doel.read(ctx -> {
                try {
                    new UitwisselingRepository(ctx).maakLegeKopie(k, Database.APPLICATION_ID, doel.schemaVersion());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("scratch database", e);
                }
                return null;
            });
            kladblok = Database.open(kladbestand);
            Map<String, Manifest.Bestand> bijlagen = new LinkedHashMap<>();
            m.bestanden().stream().filter(b -> b.naam().startsWith(Manifest.BIJLAGEN)).forEach(b -> bijlagen.put(b.naam(), b));
            kladblok.write(cfg -> {
                UitwisselingRepository repo = new UitwisselingRepository(cfg.dsl());
                repo.stelForeignKeysUit();
                for (Tabelschema.Tabel t : schema.alle()) {
                    var inhoud = m.tabellen().stream().filter(ti -> ti.naam().equals(t.naam())).findFirst();
                    if (inhoud.isPresent()) {
                        laadTabel(zip, repo, t, inhoud.get(), bijlagen);
                    }
                }
                if (!bijlagen.isEmpty()) {
                    throw new UitwisselingFout("archief.fout.onbekendBestand", bijlagen.keySet().iterator().next());
                }
                for (UitwisselingRepository.Wees w : repo.foreignKeyCheck()) {
                    throw new UitwisselingFout("archief.fout.verwijzing", w.tabel(), w.rowid(), w.naar());
                }
                controleerKringen(repo, schema);
                return null;
            });
            controleerReikwijdte(kladblok, m, schema);
            new Leescontrole(kladblok, clock).controleer();
            Breekpunt.na("import.kladblok-gevuld");
            return new Gecontroleerd(m, kladblok, kladbestand, schema);
        } catch (DatabaseOpenException e) {
            throw new IllegalStateException("scratch database", e);
        } catch (RuntimeException e) {
            if (kladblok != null) {
                kladblok.close();
            }
            verwijder(kladbestand);
            throw e;
        }
    }

    private static void laadTabel(ZipFile zip, UitwisselingRepository repo, Tabelschema.Tabel t, Manifest.TabelInhoud inhoud,
                                  Map<String, Manifest.Bestand> bijlagen) {
        String naam = Manifest.tabelBestand(t.naam());
        List<Tabelschema.Kolom> kolommen = inhoud.kolommen().keySet().stream().map(k -> t.kolom(k).orElseThrow()).toList();
        Map<String, Integer> positie = new HashMap<>();
        for (int i = 0; i < kolommen.size(); i++) {
            positie.put(kolommen.get(i).naam(), i);
        }
        long rij = 0;
        try (InputStream in = zip.getInputStream(zip.getEntry(naam)); JsonParser p = Manifest.json().createParser(in)) {
            verwacht(p.nextToken() == JsonToken.START_OBJECT, naam, p);
            verwacht(p.nextToken() == JsonToken.FIELD_NAME && "tabel".equals(p.currentName()), naam, p);
            verwacht(p.nextToken() == JsonToken.VALUE_STRING && t.naam().equals(p.getText()), naam, p);
            verwacht(p.nextToken() == JsonToken.FIELD_NAME && "rijen".equals(p.currentName()), naam, p);
            verwacht(p.nextToken() == JsonToken.START_ARRAY, naam, p);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                rij++;
                if (rij > inhoud.rijen()) {
                    throw new UitwisselingFout("archief.fout.aantal", t.naam(), inhoud.rijen(), rij);
                }
                verwacht(p.currentToken() == JsonToken.START_OBJECT, naam, p);
                Object[] waarden = new Object[kolommen.size()];
                boolean[] gezien = new boolean[kolommen.size()];
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String kolom = p.currentName();
                    Integer i = positie.get(kolom);
                    if (i == null) {
                        throw new UitwisselingFout("archief.fout.rijKolom", t.naam(), rij, kolom);
                    }
                    p.nextToken();
                    gezien[i] = true;
                    waarden[i] = waarde(zip, p, t, kolommen.get(i), rij, bijlagen);
                }
                for (int i = 0; i < gezien.length; i++) {
                    if (!gezien[i]) {
                        throw new UitwisselingFout("archief.fout.rijKolom", t.naam(), rij, kolommen.get(i).naam());
                    }
                }
                controleerHash(t, kolommen, waarden, rij);
                try {
                    repo.voegIn(t, kolommen, waarden);
                } catch (DataAccessException e) {
                    throw new UitwisselingFout("archief.fout.rij", t.naam(), rij, reden(e));
                }
            }
            verwacht(p.nextToken() == JsonToken.END_OBJECT && p.nextToken() == null, naam, p);
        } catch (JacksonException e) {
            throw new UitwisselingFout("archief.fout.json", naam, e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (IOException e) {
            throw new UitwisselingFout("archief.fout.hash", naam);
        }
        if (rij != inhoud.rijen()) {
            throw new UitwisselingFout("archief.fout.aantal", t.naam(), inhoud.rijen(), rij);
        }
    }

    private static Object waarde(ZipFile zip, JsonParser p, Tabelschema.Tabel t, Tabelschema.Kolom k, long rij,
                                 Map<String, Manifest.Bestand> bijlagen) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        Object w;
        if (k.geheelGetal() && token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            w = p.getLongValue();
        } else if (k.reeel() && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
                && Double.isFinite(p.getDoubleValue())) {
            w = p.getDoubleValue();
        } else if (k.tekst() && token == JsonToken.VALUE_STRING) {
            w = p.getText();
        } else if (k.blob() && token == JsonToken.VALUE_STRING) {
            String naam = p.getText();
            Manifest.Bestand b = naam.startsWith(Manifest.BIJLAGEN + t.naam() + "/" + k.naam() + "/") ? bijlagen.remove(naam)
                    : null;
            if (b == null) {
                throw new UitwisselingFout("archief.fout.bijlage", t.naam(), rij, k.naam());
            }
            try (InputStream in = zip.getInputStream(zip.getEntry(naam))) {
                byte[] bytes = in.readNBytes((int) Math.min(b.bytes(), Manifest.MAX_BIJLAGE));
                if (bytes.length != b.bytes() || !UitwisselingSchrijver.sha256(bytes).equals(b.sha256())) {
                    throw new UitwisselingFout("archief.fout.hash", naam);
                }
                w = bytes;
            }
        } else {
            throw new UitwisselingFout("archief.fout.type", t.naam(), rij, k.naam());
        }
        if (UitwisselingRepository.conversieFout(t.naam(), k.naam(), w).isPresent()) {
            throw new UitwisselingFout("archief.fout.waarde", t.naam(), rij, k.naam());
        }
        return w;
    }

    private static void controleerHash(Tabelschema.Tabel t, List<Tabelschema.Kolom> kolommen, Object[] waarden, long rij) {
        String[] paar = HASHES.get(t.naam());
        if (paar == null) {
            return;
        }
        Object bytes = null;
        Object sha = null;
        for (int i = 0; i < kolommen.size(); i++) {
            if (kolommen.get(i).naam().equals(paar[0])) {
                bytes = waarden[i];
            } else if (kolommen.get(i).naam().equals(paar[1])) {
                sha = waarden[i];
            }
        }
        if (bytes instanceof byte[] b && (sha == null || !UitwisselingSchrijver.sha256(b).equals(sha))) {
            throw new UitwisselingFout("archief.fout.pdfHash", t.naam(), rij, paar[0]);
        }
    }

    /** A row may not (through others) name itself: such rows could not be inserted in any order. */
    private static void controleerKringen(UitwisselingRepository repo, Tabelschema schema) {
        for (Tabelschema.Tabel t : schema.alle()) {
            for (Tabelschema.Verwijzing v : t.verwijzingen()) {
                if (v.naar().equals(t.naam()) && t.eigenNummer().isPresent()) {
                    Map<Long, Long> naar = repo.paren(t, t.eigenNummer().get(), v.kolom());
                    for (Long begin : naar.keySet()) {
                        Set<Long> pad = new HashSet<>();
                        Long x = begin;
                        while (x != null) {
                            if (!pad.add(x)) {
                                throw new UitwisselingFout("archief.fout.kring", t.naam(), begin);
                            }
                            x = naar.get(x);
                        }
                    }
                }
            }
        }
    }

    /** A dossier archive holds one traject and only rows that belong to it. */
    private static void controleerReikwijdte(Database kladblok, Manifest m, Tabelschema schema) {
        if (m.reikwijdte() != Reikwijdte.DOSSIER) {
            return;
        }
        kladblok.read(ctx -> {
            UitwisselingRepository repo = new UitwisselingRepository(ctx);
            List<Long> trajecten = repo.nummers(schema.tabel(Tabelschema.STAM).orElseThrow());
            if (trajecten.size() != 1 || !m.trajecten().equals(trajecten)) {
                throw new UitwisselingFout("archief.fout.dossierAantal", trajecten.size());
            }
            var selectie = new UitwisselingRepository.Selectie(Reikwijdte.DOSSIER, trajecten);
            for (Tabelschema.Tabel t : schema.voor(Reikwijdte.DOSSIER)) {
                if (repo.aantal(t) != repo.aantal(schema, t, selectie)) {
                    throw new UitwisselingFout("archief.fout.losseRij", t.naam());
                }
            }
            return null;
        });
    }

    private static void verwacht(boolean goed, String naam, JsonParser p) {
        if (!goed) {
            throw new UitwisselingFout("archief.fout.json", naam, p.currentLocation().getLineNr());
        }
    }

    /** SQLite's reason without the driver's prefix; it names constraints and columns, never values. */
    private static String reden(DataAccessException e) {
        Throwable oorzaak = e.getCause() != null ? e.getCause() : e;
        String tekst = String.valueOf(oorzaak.getMessage());
        int haakje = tekst.indexOf('(');
        if (haakje >= 0 && tekst.endsWith(")")) {
            tekst = tekst.substring(haakje + 1, tekst.length() - 1);
        }
        return tekst.length() > 200 ? tekst.substring(0, 200) : tekst;
    }

    static void verwijder(Path db) throws IOException {
        for (String achtervoegsel : new String[] {"", "-wal", "-shm", "-journal", "-sessie", "-schoon"}) {
            Files.deleteIfExists(Path.of(db + achtervoegsel));
        }
    }

    /** Reads at most {@code max} bytes; more is a refusal, not an allocation. */
    static final class Begrensd extends java.io.FilterInputStream {
        private long over;
        private final String naam;

        Begrensd(InputStream in, long max, String naam) {
            super(in);
            this.over = max;
            this.naam = naam;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --over < 0) {
                throw new UitwisselingFout("archief.fout.teGroot", naam);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                over -= n;
                if (over < 0) {
                    throw new UitwisselingFout("archief.fout.teGroot", naam);
                }
            }
            return n;
        }
    }
}
