package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.testsupport.Taalproef;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The inzage's PDF and read-me are in the language their caller names, whatever the screen shows or
 * switches to meanwhile (ADR 0008): made in Dutch and English at once while the screen's language
 * flips ({@link Taalproef}). The rows are read once, as {@link UitwisselingService#inzage} reads them, and
 * printed again per language: each inzage written adds an audit entry that the next one prints.
 */
class InzageTaalTest extends GevuldePraktijk {

    @Test
    void theInzageKeepsItsCallersLanguage() throws Exception {
        int werknemer = bron.read(ctx -> new UitwisselingRepository(ctx).werknemerVan(gevuld.dossier())).orElseThrow();
        List<Long> trajecten = bron.read(ctx -> new UitwisselingRepository(ctx).trajectenVan(werknemer));
        Map<String, List<Map<String, Object>>> rijen = new LinkedHashMap<>();
        try (UitwisselingSchrijver.Uitvoer zip = UitwisselingSchrijver.Uitvoer.zip(OutputStream.nullOutputStream())) {
            bron.read(ctx -> {
                UitwisselingRepository repo = new UitwisselingRepository(ctx);
                try {
                    return UitwisselingSchrijver.schrijf(repo, repo.schema(), Reikwijdte.WERKNEMER, trajecten, zip, "test",
                            bron.schemaVersion(), CLOCK.instant(), t -> true,
                            (tabel, rij) -> rijen.computeIfAbsent(tabel, k -> new ArrayList<>()).add(rij));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Taalproef.tweeTalenTegelijk(taal -> {
            byte[] pdf = InzagePdf.render(rijen, "Spoorzoeker Coaching", CLOCK.instant(), taal);
            try (var doc = Loader.loadPDF(pdf)) {
                return InzagePdf.leesmij(taal) + "\n" + new PDFTextStripper().getText(doc);
            }
        }, List.of("inzage.", "rapport.voet", "contactsoort.", "status.", "fase."), 15);
    }
}
