package nl.spoorzoeker.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The memory row of the performance budget measures the app with {@link BudgetBenchmark#GEHEUGEN_OPTIES};
 * a coach gets the installers' options, a developer the pom's. They must be the same options.
 */
class GeheugenoptiesTest {

    @Test
    void theBudgetTheInstallersAndJavafxRunUseTheSameMemoryOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String installer = Files.readString(Path.of("installer", "build.sh"));
        for (String optie : BudgetBenchmark.GEHEUGEN_OPTIES) {
            assertTrue(pom.contains("<option>" + optie + "</option>"), "pom.xml javafx:run lacks " + optie);
            assertTrue(installer.contains("--java-options '" + optie + "'"), "installer/build.sh lacks " + optie);
        }
        long inPom = pom.lines().filter(r -> r.matches("\\s*<option>-(Xms|XX:|Dprism\\.).*")).count();
        long inInstaller = installer.lines().filter(r -> r.matches("\\s*--java-options '-(Xms|XX:|Dprism\\.).*")).count();
        assertTrue(inPom == BudgetBenchmark.GEHEUGEN_OPTIES.size() && inInstaller == inPom,
                "a memory option in one place only: pom " + inPom + ", installer " + inInstaller + ", budget "
                        + BudgetBenchmark.GEHEUGEN_OPTIES.size());
    }
}
