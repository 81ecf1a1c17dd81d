package nl.spoorzoeker.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Migrations;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.taal.Teksten;

/**
 * Hand-made archives with one thing wrong are refused with a Dutch message that names the entry,
 * table, row and column, and nothing is written: not a row, not the backup before it.
 */
class UitwisselingWeigeringTest {

    @TempDir
    Path dir;
    Database bron;
    Database doel;
    byte[] goed;
    String vingerafdruk;

    @BeforeEach
    void open() throws Exception {
        bron = Database.open(dir.resolve("bron/spoorzoeker.db"));
        Praktijkdata.Gevuld gevuld = Praktijkdata.vul(bron, dir);
        Path plat = dir.resolve("dossier.zip");
        UitwisselingServiceTest.service(bron, dir.resolve("bron")).schrijfPlat(plat, Reikwijdte.DOSSIER,
                List.of((long) gevuld.dossier()));
        goed = Files.readAllBytes(plat);
        doel = Database.open(dir.resolve("doel/spoorzoeker.db"));
        TestDossiers.create(doel, "Bestaande Klant");
        vingerafdruk = Praktijkdata.vingerafdruk(doel);
    }

    @AfterEach
    void sluit() {
        bron.close();
        doel.close();
    }

    /** Imports the forgery; returns the refusal after checking that nothing was written. */
    private UitwisselingFout geweigerd(UnaryOperator<Vervalser> vervalsing, boolean passend) throws Exception {
        Path p = vervalsing.apply(Vervalser.lees(goed)).schrijf(dir.resolve("vals.zip"), passend);
        UitwisselingFout f = assertThrows(UitwisselingFout.class, () -> UitwisselingServiceTest.service(doel, dir.resolve("doel"))
                .importeerPlat(p, "vals.zip", () -> {
                    throw new AssertionError("the backup runs only after every check passed");
                }));
        assertEquals(vingerafdruk, Praktijkdata.vingerafdruk(doel), "nothing written");
        String tekst = I18n.t(f.messageKey(), f.args());
        assertTrue(!tekst.startsWith("!") && tekst.contains("Er is niets geïmporteerd"), tekst);
        return f;
    }

    @Test
    void hetOngewijzigdeArchiefIsGoed() throws Exception {
        Path p = Vervalser.lees(goed).schrijf(dir.resolve("zelfde.zip"), true);
        assertEquals(Reikwijdte.DOSSIER, UitwisselingServiceTest.service(doel, dir.resolve("doel")).controleerPlat(p).reikwijdte());
        assertEquals(vingerafdruk, Praktijkdata.vingerafdruk(doel));
    }

    @Test
    void eenManifestDatVoorbijHetEindeVanHetBestandWijstWordtGeweigerd() throws Exception {
        // Found by the full I6 count (seed 23308549287098, input 19): the manifest's local header points past
        // the end of the file, and reading it threw a bare EOFException instead of our refusal.
        Path p = dir.resolve("voorbij-einde.zip");
        try (var in = getClass().getResourceAsStream("manifest-voorbij-einde.zip")) {
            Files.write(p, in.readAllBytes());
        }
        UitwisselingFout f = assertThrows(UitwisselingFout.class, () -> UitwisselingServiceTest.service(doel, dir.resolve("doel"))
                .controleerPlat(p));
        assertEquals("archief.fout.hash", f.messageKey());
    }

    @Test
    void eenRijDieDeDatabaseWeigertWordtBijNaamGenoemd() throws Exception {
        UitwisselingFout f = geweigerd(v -> v.vervang("tabellen/contactmoment.json", "\"soort\":\"[A-Z_]+\"",
                "\"soort\":\"ONBEKEND\""), true);
        assertEquals("archief.fout.rij", f.messageKey());
        assertEquals("contactmoment", f.args()[0]);
        assertEquals(1L, f.args()[1], "row 1");
        assertTrue(I18n.t(f.messageKey(), f.args()).contains("CHECK"), I18n.t(f.messageKey(), f.args()));
    }

    @Test
    void eenOnbekendeFormaatversieOfEenNieuwerSchema() throws Exception {
        assertEquals("archief.fout.formaatversie", geweigerd(v -> v.manifest(m -> Vervalser.met(m, 2, m.schemaversie())),
                true).messageKey());
        UitwisselingFout nieuwer = geweigerd(v -> v.manifest(m -> Vervalser.met(m, 1, Migrations.LATEST + 1)), true);
        assertEquals("archief.fout.schemaNieuwer", nieuwer.messageKey());
    }

    @Test
    void eenVerwijzingNaarEenRijDieNietInHetArchiefZit() throws Exception {
        UitwisselingFout f = geweigerd(v -> v.vervang("tabellen/contactmoment.json", "\"traject_id\":\\d+",
                "\"traject_id\":999999"), true);
        assertEquals("archief.fout.verwijzing", f.messageKey());
        assertEquals("contactmoment", f.args()[0]);
        assertEquals("traject", f.args()[2]);
    }

    @Test
    void eenDatumDieGeenDatumIsEnEenWaardeVanHetVerkeerdeSoort() throws Exception {
        UitwisselingFout datum = geweigerd(v -> v.vervang("tabellen/traject.json", "\"eerste_ziektedag\":\"[^\"]+\"",
                "\"eerste_ziektedag\":\"2025-13-45\""), true);
        assertEquals("archief.fout.waarde", datum.messageKey());
        assertEquals(List.of("traject", 1L, "eerste_ziektedag"), List.of(datum.args()));
        UitwisselingFout soort = geweigerd(v -> v.vervang("tabellen/contactmoment.json", "\"duur_minuten\":\\d+",
                "\"duur_minuten\":\"zestig\""), true);
        assertEquals("archief.fout.type", soort.messageKey());
    }

    @Test
    void eenWaardeDieSqliteToelaatMaarDeAppNietKanLezen() throws Exception {
        UitwisselingFout f = geweigerd(v -> v.vervang("tabellen/doel.json", "\"fase\":\"[A-Z]+\"", "\"fase\":\"NIEUWE_FASE\""), true);
        assertEquals("archief.fout.onleesbaarDossier", f.messageKey());
    }

    @Test
    void eenGewijzigdeDefinitieveRapportageOfEenGewijzigdOnderdeel() throws Exception {
        UitwisselingFout pdf = geweigerd(v -> {
            String naam = v.entries.keySet().stream().filter(n -> n.startsWith("bijlagen/rapport/pdf/")).findFirst()
                    .orElseThrow();
            byte[] b = v.entries.get(naam).clone();
            b[b.length / 2] ^= 1;
            v.entries.put(naam, b);
            return v;
        }, true);
        assertEquals("archief.fout.pdfHash", pdf.messageKey());
        assertEquals("rapport", pdf.args()[0]);

        UitwisselingFout onderdeel = geweigerd(v -> v.vervang("tabellen/werknemer.json", "\"naam\":\"", "\"naam\":\"X"), false);
        assertEquals("archief.fout.hash", onderdeel.messageKey());
        assertEquals("tabellen/werknemer.json", onderdeel.args()[0]);
    }

    @Test
    void eenOnderdeelTeveelOfTeweinigOfEenRijTeveel() throws Exception {
        assertEquals("archief.fout.onbekendBestand", geweigerd(v -> v.tekst("extra/kwaadaardig.sh", "rm -rf /"),
                true).messageKey());
        assertEquals("archief.fout.bestandOntbreekt", geweigerd(v -> {
            v.entries.remove("tabellen/afspraak.json");
            return v;
        }, true).messageKey());
        UitwisselingFout aantal = geweigerd(v -> v.vervang("tabellen/fase.json", "\\[\\n(\\{[^\\n]*\\})",
                "[\n$1,\n$1"), true);
        assertTrue(List.of("archief.fout.aantal", "archief.fout.rij").contains(aantal.messageKey()), aantal.messageKey());
    }

    /**
     * A ZIP with one name twice (issue 23 item 7): a reader could take either copy, so it is refused — and told as
     * what it is, not as "an entry not in the table of contents" (the entry is in it). ZipOutputStream refuses a
     * second entry of a name, so the second is written under a name of the same length and renamed in the bytes.
     */
    @Test
    void eenOnderdeelDatTweeKeerInHetArchiefStaatWordtAlsZodanigGeweigerd() throws Exception {
        String naam = "tabellen/werknemer.json";
        String tijdelijk = "tabellen/werknemer.jsoX";
        Vervalser v = Vervalser.lees(goed);
        v.entries.put(tijdelijk, v.entries.get(naam));
        byte[] zip = v.bytes(false);
        byte[] van = tijdelijk.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] naar = naam.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int vervangen = 0;
        for (int i = 0; i + van.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + van.length, van, 0, van.length)) {
                System.arraycopy(naar, 0, zip, i, naar.length);
                vervangen++;
            }
        }
        assertEquals(2, vervangen, "the name in the local header and in the central directory");
        Path p = Files.write(dir.resolve("dubbel.zip"), zip);
        UitwisselingFout f = assertThrows(UitwisselingFout.class, () -> UitwisselingServiceTest.service(doel, dir.resolve("doel"))
                .importeerPlat(p, "dubbel.zip", () -> {
                    throw new AssertionError("the backup runs only after every check passed");
                }));
        assertEquals(vingerafdruk, Praktijkdata.vingerafdruk(doel), "nothing written");
        assertEquals("archief.fout.dubbelBestand", f.messageKey());
        assertEquals(naam, f.args()[0]);
        for (var taal : List.of(Teksten.nederlands(), Teksten.engels())) {
            String tekst = taal.t(f.messageKey(), f.args());
            assertTrue(tekst.contains(naam) && !tekst.startsWith("!") && !tekst.startsWith(f.messageKey()), tekst);
        }
    }
}
