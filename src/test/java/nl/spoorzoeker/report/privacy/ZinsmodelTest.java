package nl.spoorzoeker.report.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sentence classifier of the sixth round ({@link Zinsmodel}). The sentences here are written for this
 * test, not taken from any corpus.
 */
class ZinsmodelTest {

    static final Zinsmodel M = Zinsmodel.standaard();

    /**
     * The shipped model is exactly what the training tool makes from the development sets: it cannot drift
     * from them, and a changed set needs a new model. On a difference the fresh file is in
     * target/zinsmodel.txt: review and copy it over.
     */
    @Test
    void theShippedModelIsWhatTheToolMakesFromTheDevelopmentSets() throws IOException {
        String vers = ZinsmodelTraining.bouw();
        String geleverd;
        try (InputStream in = Zinsmodel.class.getResourceAsStream(Zinsmodel.BRON)) {
            geleverd = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!vers.equals(geleverd)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/zinsmodel.txt"), vers, StandardCharsets.UTF_8);
        }
        assertEquals(vers, geleverd, "zinsmodel.txt differs from what ZinsmodelTraining makes (fresh one in target/zinsmodel.txt)");
    }
}
