package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.testsupport.Breekronde;
import nl.spoorzoeker.testsupport.KindProces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.testsupport.TestDossiers;

/**
 * Issue 23: a report saved to a place the coach chose ({@code report --concept --out}, the real
 * command in a child JVM, as "PDF opslaan als…" does it) killed at every point of the write, to a
 * target on the data folder's file system and to one on another (/dev/shm, as a USB stick is).
 * Found by {@code strace -e inject=rename:signal=KILL:when=2}: the old write left a whole plain
 * concept report beside the chosen file under a hidden temporary name, and no start removed it.
 * After the next start the target's folder holds nothing or the whole PDF, never a temporary file;
 * the private temp folder is empty and no record is left. Every other export takes the same way
 * ({@code testsupport.Uitvoerweg}, in each service's test).
 */
@Tag("crash")
class UitvoerCrashTest {

    @TempDir
    Path dir;

    @Test
    void aKillAtEveryPointOfSavingAReportLeavesNoPlaintextAfterTheNextStart() throws Exception {
        Path ongerept = dir.resolve("ongerept");
        StringWriter uit = new StringWriter();
        assertEquals(0, Launcher.run(new String[] {"demo", "--data-dir", ongerept.toString()},
                new PrintWriter(uit, true), new PrintWriter(uit, true)), uit.toString());
        int dossier;
        try (AppContext c = AppContext.open(new DataDirectory(ongerept), TestDossiers.CLOCK)) {
            dossier = c.dossiers().list().stream().filter(r -> r.naam().equals("Mohammed El Amrani")).findFirst()
                    .orElseThrow().trajectId();
            ReportCommandTest.klaarVoorDefinitief(c.rapportOpslag(), dossier); // a concept, filled in
        }
        String d = Integer.toString(dossier);
        Breekronde.Buitenronde r = Breekronde.buiten(dir, ongerept, "pdf", (map, optie, doel) -> {
            KindProces k = KindProces.start(List.of(optie), Launcher.class, "KLAAR",
                    "--data-dir", map.toString(), "report", "--dossier", d, "--type", "voortgang", "--concept",
                    "--out", doel.toString());
            int code = k.wachtOpEinde();
            if (code == ReportCommand.EXIT_BLOKKADES) {
                return 0; // written; the exit status tells the concept is not ready to be made final yet
            }
            if (code != 0 && code != Breekpunt.STATUS) {
                System.out.println("child " + optie + " ended with " + code + ":\n" + k.staart());
            }
            return code;
        }, p -> p.startsWith("uitvoer.") || p.startsWith("buiten."), List.of("uitvoer.tmp-geschreven", "buiten.naar-doel"),
                (map, wat) -> {
                    new DataDirectory(map).ruimOpBijStart();
                    return null;
                }, b -> {
                    String pdf = new String(b, StandardCharsets.ISO_8859_1);
                    return pdf.startsWith("%PDF") && pdf.stripTrailing().endsWith("%%EOF");
                }, "whole report");
        System.out.printf("Report save kill points: %d killed (%s), 0 plaintext files left after the next start: %s%n",
                r.uitslagen().size(), r.systemen(), r.uitslagen());
    }
}
