package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.instrument.KernkwadrantService;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.instrument.Tekstversie;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import nl.spoorzoeker.taal.Teksten;

/**
 * V27 in the archive: the text history of a kernkwadrant and a STARR story travels with a dossier
 * (new numbers in the receiving practice, every version and its moment kept) and is in the
 * werknemer's inzage, as JSON and in the readable PDF.
 */
class UitwisselingTekstgeschiedenisTest extends GevuldePraktijk {

    private static Clock na(int dagen) {
        return Clock.offset(CLOCK, Duration.ofDays(dagen));
    }

    private static StarrService starr(Database db, int dagen) {
        return new StarrService(db, na(dagen), new ProfielService(db, na(dagen)));
    }

    @Test
    void deGeschiedenisGaatMeeMetEenDossierEnStaatInDeInzage() throws Exception {
        int d = gevuld.dossier();
        int kk = new KernkwadrantService(bron, na(0)).bewaar(d, new Kernkwadrant(null, "Eersteversiekwaliteit", null,
                null, null));
        new KernkwadrantService(bron, na(2)).bewaar(d, new Kernkwadrant(kk, "behulpzaam", "opdringerig", null, null));
        int s = starr(bron, 0).bewaar(d, new StarrVerhaal(null, "Eersteversieverhaal", "Drukte", null, null, null, null,
                List.of("plannen")));
        starr(bron, 3).bewaar(d, new StarrVerhaal(s, "Planning magazijn", "Drukte in december", null, null, null, null,
                List.of("plannen", "samenwerken")));
        List<Tekstversie<Kernkwadrant>> kkVoor = new KernkwadrantService(bron, CLOCK).versies(d, kk);
        List<Tekstversie<StarrVerhaal>> starrVoor = starr(bron, 0).versies(d, s);
        assertEquals(2, kkVoor.size());

        Path archief = dir.resolve("uit/dossier.szx");
        service(bron, dir.resolve("bron")).exporteer(d, archief, Praktijkdata.SLEUTELS.ring(),
                Praktijkdata.SLEUTELS.dataSleutel());
        Path andere = dir.resolve("ander");
        try (Database doel = Database.open(andere.resolve("spoorzoeker.db"))) {
            for (int i = 0; i < 5; i++) {
                TestDossiers.create(doel, "Klant " + i);
            }
            int nieuw = service(doel, andere).importeer(archief, ring -> ring.open("correct paard batterij".toCharArray()),
                    () -> { }).trajecten().getFirst();
            KernkwadrantService kkDoel = new KernkwadrantService(doel, CLOCK);
            int kkNieuw = kkDoel.lijst(nieuw).stream().filter(k -> "behulpzaam".equals(k.kwaliteit())).findFirst()
                    .orElseThrow().id();
            assertEquals(kkVoor.stream().map(v -> List.of(v.nummer(), v.opgeslagen(), v.tekst().kwaliteit())).toList(),
                    kkDoel.versies(nieuw, kkNieuw).stream().map(v -> List.of(v.nummer(), v.opgeslagen(),
                            v.tekst().kwaliteit())).toList(), "every version, with its moment");
            StarrService starrDoel = starr(doel, 0);
            int sNieuw = starrDoel.lijst(nieuw).stream().filter(v -> "Planning magazijn".equals(v.titel())).findFirst()
                    .orElseThrow().id();
            assertEquals(starrVoor.stream().map(v -> List.of(v.nummer(), v.opgeslagen(), v.tekst().titel(),
                            v.tekst().competenties())).toList(),
                    starrDoel.versies(nieuw, sNieuw).stream().map(v -> List.of(v.nummer(), v.opgeslagen(),
                            v.tekst().titel(), v.tekst().competenties())).toList());
            assertTrue(doel.read(ctx -> new UitwisselingRepository(ctx).foreignKeyCheck()).isEmpty());
        }

        Path zip = dir.resolve("uit/inzage.zip");
        service(bron, dir.resolve("bron")).inzageVoorDossier(d, zip, Teksten.nederlands());
        Map<String, byte[]> inhoud = InzageTest.uitpakken(Files.readAllBytes(zip));
        assertTrue(new String(inhoud.get("tabellen/kernkwadrant_versie.json"), StandardCharsets.UTF_8)
                .contains("Eersteversiekwaliteit"), "the earlier text is in the inzage's JSON");
        assertTrue(new String(inhoud.get("tabellen/starr_versie.json"), StandardCharsets.UTF_8)
                .contains("Eersteversieverhaal"));
        try (PDDocument pdf = Loader.loadPDF(inhoud.get("inzage.pdf"))) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+|\u00AD", "");
            assertTrue(tekst.contains("Eersteversiekwaliteit") && tekst.contains("Eersteversieverhaal"),
                    "the earlier texts are in the readable PDF");
        }
    }
}
