package nl.spoorzoeker.praktijk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language file in the data folder: read before the database opens, Dutch whenever in doubt. */
class TaalkeuzeTest {

    @TempDir
    Path dir;

    @AfterEach
    void dutchAgain() {
        System.clearProperty("spoorzoeker.locale");
        Taalkeuze.pasToe(I18n.DUTCH);
    }

    @Test
    void withoutAFileItIsDutch() {
        assertEquals(I18n.DUTCH, new Taalkeuze(dir).lees());
    }

    @Test
    void aSavedChoiceIsReadBackAsAWholeFile() throws IOException {
        Taalkeuze keuze = new Taalkeuze(dir);
        keuze.bewaar(I18n.ENGLISH);
        assertEquals(I18n.ENGLISH, new Taalkeuze(dir).lees());
        assertEquals("en\n", Files.readString(dir.resolve(Taalkeuze.BESTAND)));
        keuze.bewaar(I18n.DUTCH);
        assertEquals(I18n.DUTCH, new Taalkeuze(dir).lees());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(Taalkeuze.BESTAND), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void anUnknownOrDamagedFileFallsBackToDutch() throws IOException {
        Path file = dir.resolve(Taalkeuze.BESTAND);
        for (byte[] content : List.of("fr\n".getBytes(StandardCharsets.UTF_8), "".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}, "en\nen\n".getBytes(StandardCharsets.UTF_8))) {
            Files.write(file, content);
            assertEquals(I18n.DUTCH, new Taalkeuze(dir).lees(), new String(content, StandardCharsets.ISO_8859_1));
        }
        Files.delete(file);
        Files.createDirectory(file); // not even a file
        assertEquals(I18n.DUTCH, new Taalkeuze(dir).lees());
    }

    @Test
    void theStartPropertyWinsOverTheFile() throws IOException {
        new Taalkeuze(dir).bewaar(I18n.ENGLISH);
        assertEquals(I18n.ENGLISH, new Taalkeuze(dir).bijStart());
        System.setProperty("spoorzoeker.locale", "nl");
        assertEquals(I18n.DUTCH, new Taalkeuze(dir).bijStart());
    }

    @Test
    void applyingMakesTextsAndTheDefaultLocaleFollow() {
        Taalkeuze.pasToe(I18n.ENGLISH);
        assertEquals("Language", I18n.t("taal.sectie"));
        assertEquals("en", Locale.getDefault().getLanguage());
        assertEquals("Cancel", I18n.t("action.cancel"));
        Taalkeuze.pasToe(I18n.DUTCH);
        assertEquals("Annuleren", I18n.t("action.cancel"));
        assertEquals(I18n.DUTCH, Locale.getDefault());
    }
}
