package nl.spoorzoeker.uitwisseling;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Forges decrypted archives: reads one into its entries, lets a test change an entry or the
 * manifest, and writes it again with the manifest's sizes and digests made to fit (or not), so a
 * forgery gets past the digests and reaches the deeper checks.
 */
final class Vervalser {

    final Map<String, byte[]> entries = new LinkedHashMap<>();
    Manifest manifest;

    static Vervalser lees(byte[] zip) {
        Vervalser v = new Vervalser();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                v.entries.put(e.getName(), in.readAllBytes());
            }
            v.manifest = Manifest.lees(new ByteArrayInputStream(v.entries.remove(Manifest.NAAM)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    String tekst(String naam) {
        return new String(entries.get(naam), StandardCharsets.UTF_8);
    }

    Vervalser tekst(String naam, String inhoud) {
        entries.put(naam, inhoud.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Replaces the first match of a regular expression in an entry. */
    Vervalser vervang(String naam, String regex, String door) {
        String oud = tekst(naam);
        String nieuw = oud.replaceFirst(regex, door);
        if (oud.equals(nieuw)) {
            throw new AssertionError("no " + regex + " in " + naam);
        }
        return tekst(naam, nieuw);
    }

    Vervalser manifest(java.util.function.UnaryOperator<Manifest> wijziging) {
        manifest = wijziging.apply(manifest);
        return this;
    }

    static Manifest met(Manifest m, int formaatversie, int schemaversie) {
        return new Manifest(formaatversie, m.appversie(), schemaversie, m.gemaaktOp(), m.reikwijdte(), m.trajecten(),
                m.tabellen(), m.sequenties(), m.bestanden());
    }

    /** The archive's bytes; with {@code passend} the manifest lists every entry's true size and digest. */
    byte[] bytes(boolean passend) {
        Manifest m = manifest;
        if (passend) {
            List<Manifest.Bestand> bestanden = new ArrayList<>();
            entries.forEach((naam, b) -> bestanden.add(new Manifest.Bestand(naam, b.length, UitwisselingSchrijver.sha256(b))));
            m = new Manifest(m.formaatversie(), m.appversie(), m.schemaversie(), m.gemaaktOp(), m.reikwijdte(),
                    m.trajecten(), m.tabellen(), m.sequenties(), bestanden);
        }
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(Manifest.NAAM));
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            m.schrijf(json);
            zip.write(json.toByteArray());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    Path schrijf(Path doel, boolean passend) throws IOException {
        Files.write(doel, bytes(passend));
        return doel;
    }

    static void kopieer(byte[] bytes, OutputStream uit) throws IOException {
        uit.write(bytes);
    }
}
