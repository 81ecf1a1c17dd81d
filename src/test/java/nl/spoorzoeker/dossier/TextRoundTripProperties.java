package nl.spoorzoeker.dossier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Assertions;

/**
 * Whatever valid Unicode a coach types comes back byte for byte: every script, emoji, combining
 * marks, control characters like NUL, tab and CR/LF, and long texts.
 */
class TextRoundTripProperties {

    private static Path dir;
    private static Database db;
    private static DossierService dossiers;
    private static int werkgeverId;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("roundtrip");
        db = Database.open(dir.resolve("spoorzoeker.db"));
        dossiers = new DossierService(db, DossierServiceTest.CLOCK);
        werkgeverId = new WerkgeverService(db, DossierServiceTest.CLOCK).create(DossierServiceTest.werkgever("W"));
    }

    @AfterContainer
    static void close() throws Exception {
        db.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0xA0, 0x2FF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x300, 0x36F)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x600, 0x6FF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x0, 0x9, 0xA, 0xD, 0x200B, 0xFEFF, 0x10FFFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x4E00, 0x9FFF)));
        return codePoint.list().ofMinSize(1).ofMaxSize(300)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()))
                .map(s -> "N" + s); // the name column refuses names that are only blanks
    }

    @Property(tries = 300)
    void anyTextRoundTripsByteForByte(@ForAll("text") String naam, @ForAll("text") String functie) {
        Werknemer in = new Werknemer(null, naam, null, null, null, new Adres(functie, null, naam), functie, null,
                false, null);
        Traject traject = new Traject(null, LocalDate.of(2025, 1, 6), null, null, null, null, null, TrajectStatus.ACTIEF);
        int id = dossiers.create(in, werkgeverId, traject);
        Werknemer out = dossiers.find(id).orElseThrow().werknemer();
        Assertions.assertArrayEquals(naam.getBytes(StandardCharsets.UTF_8), out.naam().getBytes(StandardCharsets.UTF_8));
        Assertions.assertArrayEquals(functie.getBytes(StandardCharsets.UTF_8), out.functie().getBytes(StandardCharsets.UTF_8));
        Assertions.assertEquals(naam, out.adres().plaats());
    }

    @Property(tries = 5)
    void aHundredThousandCharactersRoundTrip(@ForAll("text") String seed) {
        String longText = seed.repeat(100_000 / seed.length() + 1).substring(0, 100_000);
        if (Character.isHighSurrogate(longText.charAt(longText.length() - 1))) {
            longText = longText.substring(0, longText.length() - 1);
        }
        Werknemer in = new Werknemer(null, "Lang", null, null, null, Adres.LEEG, longText, null, false, null);
        int id = dossiers.create(in, werkgeverId,
                new Traject(null, LocalDate.of(2025, 1, 6), null, null, null, null, null, TrajectStatus.ACTIEF));
        Assertions.assertEquals(longText, dossiers.find(id).orElseThrow().werknemer().functie());
    }
}
