package nl.spoorzoeker.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spoorzoeker.help.Licenties.Bibliotheek;
import org.junit.jupiter.api.Test;

/**
 * The licence list that the build generates (license-maven-plugin) and ships in every artefact:
 * read from target/classes, as the jar carries it.
 */
class LicentiesTest {

    private final List<Bibliotheek> lijst = Licenties.inDezeBuild();

    @Test
    void everyShippedLibraryIsListedAndNoTestLibrary() {
        Set<String> namen = lijst.stream().map(b -> b.groupId() + ":" + b.artifactId()).collect(Collectors.toSet());
        for (String verwacht : List.of("org.openjfx:javafx-graphics", "org.xerial:sqlite-jdbc", "ch.qos.logback:logback-core",
                "net.sf.offo:fop-hyph", "org.apache.xmlgraphics:fop-core", "org.controlsfx:controlsfx",
                "io.github.mkpaz:atlantafx-base", "org.bouncycastle:bcprov-jdk18on")) {
            assertTrue(namen.contains(verwacht), verwacht + " ships, so it is listed: " + namen);
        }
        for (String test : List.of("com.ibm.icu:icu4j", "org.junit.jupiter:junit-jupiter-api", "org.testfx:testfx-core")) {
            assertFalse(namen.contains(test), test + " is for the tests only and does not ship");
        }
    }

    @Test
    void everyLicenceNamedHasItsFullTextAndEveryLibraryItsCopyrightLines() {
        assertFalse(lijst.isEmpty());
        for (Bibliotheek b : lijst) {
            assertFalse(b.licenties().isEmpty(), b.artifactId());
            for (String licentie : b.licenties()) {
                assertTrue(Licenties.licentietekst(licentie).isPresent(), "text of " + licentie + " for " + b.artifactId());
            }
            assertTrue(Licenties.eigenLicentie(b).isPresent() || Licenties.notitie(b).isPresent(),
                    b.groupId() + ":" + b.artifactId() + " ships no licence file: add src/license/notices/" + b.groupId()
                            + ".txt with its copyright lines");
        }
    }

    @Test
    void theTextOfALibraryShowsItsOwnFilesOrTheKeptCopyrightAndTheLicence() {
        Bibliotheek controlsfx = lijst.stream().filter(b -> b.artifactId().equals("controlsfx")).findFirst().orElseThrow();
        String tekst = Licenties.volledigeTekst(controlsfx);
        assertTrue(tekst.contains("Copyright (c) 2013, 2018 ControlsFX"), tekst);
        assertTrue(tekst.contains("Redistribution and use in source and binary forms"), tekst);

        Bibliotheek pdfbox = lijst.stream().filter(b -> b.artifactId().equals("pdfbox")).findFirst().orElseThrow();
        String apache = Licenties.volledigeTekst(pdfbox);
        assertTrue(apache.contains("Apache PDFBox") && apache.contains("The Apache Software Foundation"), "NOTICE kept");
        assertTrue(apache.contains("TERMS AND CONDITIONS FOR USE"), "own LICENSE kept");

        Bibliotheek javafx = lijst.stream().filter(b -> b.artifactId().equals("javafx-base")).findFirst().orElseThrow();
        assertTrue(Licenties.volledigeTekst(javafx).contains("\"CLASSPATH\" EXCEPTION TO THE GPL"));
    }

    @Test
    void readsTheGeneratedFormatAndRefusesAnythingElse() {
        List<Bibliotheek> l = Licenties.lees("""
                # comment
                ch.qos.logback:logback-core:1.5.38\tLogback Core Module\tEPL-2.0 | LGPL-2.1-only\thttp://logback.qos.ch

                """);
        assertEquals(List.of(new Bibliotheek("ch.qos.logback", "logback-core", "1.5.38", "Logback Core Module",
                List.of("EPL-2.0", "LGPL-2.1-only"), "http://logback.qos.ch")), l);
        assertThrows(IllegalArgumentException.class, () -> Licenties.lees("(Apache-2.0) jOOQ (org.jooq:jooq:3.21.9 - x)"));
    }
}
