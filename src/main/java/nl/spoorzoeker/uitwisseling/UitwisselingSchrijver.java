package nl.spoorzoeker.uitwisseling;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.taak.Voortgang;

/**
 * Writes the plain content of an archive (docs/archief-formaat.md): per table one JSON entry of
 * its rows, every BLOB as an entry of its own, and last {@code manifest.json} with the size and
 * SHA-256 of each entry. Rows come in key order and names follow from the data, so the same data
 * always gives the same entries: a practice can be compared with an archive by digests alone.
 */
final class UitwisselingSchrijver {

    /** Where the entries go: a ZIP, or nowhere (only their digests are wanted). */
    static final class Uitvoer implements AutoCloseable {

        private final ZipOutputStream zip;
        private final List<Manifest.Bestand> bestanden = new ArrayList<>();

        private Uitvoer(ZipOutputStream zip) {
            this.zip = zip;
        }

        static Uitvoer zip(OutputStream uit) {
            ZipOutputStream zip = new ZipOutputStream(uit, java.nio.charset.StandardCharsets.UTF_8);
            zip.setLevel(6);
            return new Uitvoer(zip);
        }

        static Uitvoer alleenDigests() {
            return new Uitvoer(null);
        }

        List<Manifest.Bestand> bestanden() {
            return List.copyOf(bestanden);
        }

        /** Writes one entry; its size and digest are recorded for the manifest. */
        void entry(String naam, Inhoud inhoud) throws IOException {
            if (zip != null) {
                ZipEntry e = new ZipEntry(naam);
                // A fixed time: the same data gives the same bytes, and no clock leaks into the entry.
                e.setTime(0);
                zip.putNextEntry(e);
            }
            MessageDigest sha = sha256();
            long[] aantal = {0};
            OutputStream doel = zip == null ? OutputStream.nullOutputStream() : zip;
            OutputStream teller = new FilterOutputStream(doel) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    sha.update((byte) b);
                    aantal[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    sha.update(b, off, len);
                    aantal[0] += len;
                }

                @Override
                public void close() {
                    // The ZIP stays open for the next entry.
                }
            };
            inhoud.schrijf(teller);
            teller.flush();
            if (zip != null) {
                zip.closeEntry();
            }
            bestanden.add(new Manifest.Bestand(naam, aantal[0], HexFormat.of().formatHex(sha.digest())));
        }

        void manifest(Manifest m) throws IOException {
            if (zip != null) {
                ZipEntry e = new ZipEntry(Manifest.NAAM);
                e.setTime(0);
                zip.putNextEntry(e);
                m.schrijf(zip);
                zip.closeEntry();
            }
        }

        @Override
        public void close() throws IOException {
            if (zip != null) {
                zip.finish();
                zip.flush();
            }
        }
    }

    /** Sees every row as written (BLOBs as the names of their entries): the inzage PDF is made from these. */
    @FunctionalInterface
    interface Meelezer {
        void rij(String tabel, Map<String, Object> rij);
    }

    @FunctionalInterface
    interface Inhoud {
        void schrijf(OutputStream uit) throws IOException;
    }

    /** One row per line: readable for a person, and a diff of two archives shows rows. */
    private static final com.fasterxml.jackson.core.PrettyPrinter EEN_RIJ_PER_REGEL =
            new com.fasterxml.jackson.core.util.MinimalPrettyPrinter() {
                @Override
                public void beforeArrayValues(JsonGenerator g) throws IOException {
                    g.writeRaw('\n');
                }

                @Override
                public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
                    g.writeRaw(",\n");
                }

                @Override
                public void writeEndArray(JsonGenerator g, int aantal) throws IOException {
                    g.writeRaw(aantal > 0 ? "\n]" : "]");
                }
            };

    private UitwisselingSchrijver() {
    }

    /**
     * Writes the rows a reach selects (read inside the caller's read, so they are one consistent
     * state) and returns the manifest, already written as the last entry.
     */
    static Manifest schrijf(UitwisselingRepository repo, Tabelschema schema, Reikwijdte reikwijdte, List<Long> trajecten,
                            Uitvoer uit, String appversie, int schemaversie, Instant nu) throws IOException {
        return schrijf(repo, schema, reikwijdte, trajecten, uit, appversie, schemaversie, nu, t -> true, null,
                Voortgang.GEEN);
    }

    /** As above, for only the tables {@code welke} accepts, showing each row to {@code meelezer} (may be null). */
    static Manifest schrijf(UitwisselingRepository repo, Tabelschema schema, Reikwijdte reikwijdte, List<Long> trajecten,
                            Uitvoer uit, String appversie, int schemaversie, Instant nu,
                            java.util.function.Predicate<Tabelschema.Tabel> welke, Meelezer meelezer) throws IOException {
        return schrijf(repo, schema, reikwijdte, trajecten, uit, appversie, schemaversie, nu, welke, meelezer,
                Voortgang.GEEN);
    }

    /** As above, telling {@code voortgang} after each table the part of the tables written (a stopping point). */
    static Manifest schrijf(UitwisselingRepository repo, Tabelschema schema, Reikwijdte reikwijdte, List<Long> trajecten,
                            Uitvoer uit, String appversie, int schemaversie, Instant nu,
                            java.util.function.Predicate<Tabelschema.Tabel> welke, Meelezer meelezer,
                            Voortgang voortgang) throws IOException {
        UitwisselingRepository.Selectie selectie = new UitwisselingRepository.Selectie(reikwijdte, trajecten);
        List<Manifest.TabelInhoud> tabellen = new ArrayList<>();
        List<Tabelschema.Tabel> gekozen = schema.voor(reikwijdte).stream().filter(welke).toList();
        for (Tabelschema.Tabel t : gekozen) {
            tabellen.add(schrijfTabel(repo, schema, t, selectie, uit, meelezer));
            Breekpunt.na("uitwisseling.tabel-geschreven");
            // Between two tables: the part done, and a point where a cancel may stop (the caller removes the output).
            voortgang.stap((double) tabellen.size() / gekozen.size());
        }
        Map<String, Long> sequenties = new LinkedHashMap<>();
        if (reikwijdte == Reikwijdte.PRAKTIJK) {
            repo.sequenties().forEach((naam, seq) -> {
                if (schema.tabel(naam).isPresent()) {
                    sequenties.put(naam, seq);
                }
            });
        }
        Manifest m = new Manifest(Manifest.VERSIE, appversie, schemaversie, nu, reikwijdte,
                reikwijdte == Reikwijdte.PRAKTIJK ? List.of() : List.copyOf(trajecten), tabellen, sequenties,
                uit.bestanden());
        uit.manifest(m);
        return m;
    }

    private static Manifest.TabelInhoud schrijfTabel(UitwisselingRepository repo, Tabelschema schema, Tabelschema.Tabel t,
                                                     UitwisselingRepository.Selectie selectie, Uitvoer uit, Meelezer meelezer)
            throws IOException {
        Map<String, String> kolommen = new LinkedHashMap<>();
        for (Tabelschema.Kolom k : t.kolommen()) {
            if (!k.geheelGetal() && !k.tekst() && !k.blob() && !k.reeel()) {
                throw new IllegalStateException("column type " + k.type() + " of " + t.naam() + " has no archive form");
            }
            kolommen.put(k.naam(), k.type().toUpperCase(java.util.Locale.ROOT));
        }
        long[] rijen = {0};
        uit.entry(Manifest.tabelBestand(t.naam()), stroom -> {
            try (JsonGenerator g = Manifest.json().createGenerator(stroom)) {
                g.setPrettyPrinter(EEN_RIJ_PER_REGEL);
                g.writeStartObject();
                g.writeStringField("tabel", t.naam());
                g.writeArrayFieldStart("rijen");
                repo.rijen(schema, t, selectie, waarden -> {
                    rijen[0]++;
                    g.writeStartObject();
                    Map<String, Object> gezien = meelezer == null ? null : new LinkedHashMap<>();
                    for (int i = 0; i < waarden.length; i++) {
                        Tabelschema.Kolom k = t.kolommen().get(i);
                        g.writeFieldName(k.naam());
                        Object w = waarden[i] instanceof byte[] begin ? bijlageNaam(t.naam(), k.naam(), rijen[0], begin)
                                : waarden[i];
                        schrijfWaarde(g, t, k, w);
                        if (gezien != null) {
                            gezien.put(k.naam(), w);
                        }
                    }
                    g.writeEndObject();
                    if (meelezer != null) {
                        meelezer.rij(t.naam(), gezien);
                    }
                });
                g.writeEndArray();
                g.writeEndObject();
            }
        });
        List<Tabelschema.Kolom> blobKolommen = t.kolommen().stream().filter(Tabelschema.Kolom::blob).toList();
        repo.blobs(schema, t, selectie, waarden -> {
            long rij = ((Number) waarden[0]).longValue();
            for (int j = 0; j < blobKolommen.size(); j++) {
                byte[] bytes = (byte[]) waarden[j + 1];
                if (bytes != null) {
                    uit.entry(bijlageNaam(t.naam(), blobKolommen.get(j).naam(), rij, bytes), s -> s.write(bytes));
                }
            }
        });
        return new Manifest.TabelInhoud(t.naam(), rijen[0], kolommen);
    }

    private static void schrijfWaarde(JsonGenerator g, Tabelschema.Tabel t, Tabelschema.Kolom k, Object w)
            throws IOException {
        switch (w) {
            case null -> g.writeNull();
            case Long l -> g.writeNumber(l);
            case Integer i -> g.writeNumber(i);
            case Double d -> g.writeNumber(d);
            case String s -> g.writeString(s);
            default -> throw new IllegalStateException("value of " + t.naam() + "." + k.naam() + " has no archive form");
        }
    }

    /**
     * {@code bijlagen/<table>/<column>/<row number>.<ext>}: the extension from the first bytes, so
     * that the person receiving an inzage can open a PDF or image as it is.
     */
    static String bijlageNaam(String tabel, String kolom, long rij, byte[] begin) {
        return Manifest.BIJLAGEN + tabel + "/" + kolom + "/" + rij + extensie(begin);
    }

    static String extensie(byte[] b) {
        if (begintMet(b, 0x25, 0x50, 0x44, 0x46)) {
            return ".pdf";
        }
        if (begintMet(b, 0x89, 0x50, 0x4E, 0x47)) {
            return ".png";
        }
        if (begintMet(b, 0xFF, 0xD8, 0xFF)) {
            return ".jpg";
        }
        return ".bin";
    }

    private static boolean begintMet(byte[] b, int... kop) {
        if (b.length < kop.length) {
            return false;
        }
        for (int i = 0; i < kop.length; i++) {
            if ((b[i] & 0xFF) != kop[i]) {
                return false;
            }
        }
        return true;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
