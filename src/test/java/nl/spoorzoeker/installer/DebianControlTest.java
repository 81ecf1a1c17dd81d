package nl.spoorzoeker.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written Debian control (installer/linux/deb/control) installs on every release we ship
 * for: each Depends entry has, for Debian 12, Ubuntu 22.04 and Ubuntu 24.04, an alternative that is
 * a real package there (installer/linux/deb/package-names.tsv, with its sources); so has each
 * Recommends entry.
 */
class DebianControlTest {

    private static final Path DEB = Path.of("installer", "linux", "deb");

    @Test
    void everyDependencyExistsUnderSomeNameInEveryRelease() throws Exception {
        String control = Files.readString(DEB.resolve("control"));
        List<List<String>> depends = new ArrayList<>(depends(control));
        assertFalse(depends.isEmpty());
        // Recommends too: apt installs them by default, and without desktop-file-utils' cache gio finds
        // no application for a .szx (seen in a clean Debian 12 root), without shared-mime-info no type.
        List<List<String>> recommends = field(control, "Recommends");
        assertEquals(List.of(List.of("desktop-file-utils"), List.of("shared-mime-info")), recommends);
        depends.addAll(recommends);
        List<String> regels = Files.readAllLines(DEB.resolve("package-names.tsv")).stream()
                .filter(r -> !r.isBlank() && !r.startsWith("#")).toList();
        List<String> releases = Arrays.asList(regels.getFirst().split("\t")).subList(1, regels.getFirst().split("\t").length);
        Map<String, List<Boolean>> namen = new LinkedHashMap<>();
        for (String r : regels.subList(1, regels.size())) {
            String[] v = r.split("\t");
            namen.put(v[0], Arrays.stream(v).skip(1).map("1"::equals).toList());
        }
        List<String> fouten = new ArrayList<>();
        for (List<String> entry : depends) {
            for (String naam : entry) {
                if (!namen.containsKey(naam)) {
                    fouten.add(naam + " is not in package-names.tsv: look it up for every release and add it");
                }
            }
            for (int i = 0; i < releases.size(); i++) {
                int release = i;
                if (entry.stream().noneMatch(n -> namen.containsKey(n) && namen.get(n).get(release))) {
                    fouten.add(String.join(" | ", entry) + " has no package on " + releases.get(i));
                }
            }
        }
        assertEquals(List.of(), fouten);
    }

    @Test
    void theDesktopEntryOpensExactlyTheTypesThePackageDefines() throws Exception {
        String desktop = Files.readString(DEB.resolve("spoorzoeker.desktop"));
        Matcher m = Pattern.compile("(?m)^MimeType=(.*)$").matcher(desktop);
        assertTrue(m.find());
        Set<String> geopend = new TreeSet<>(Arrays.asList(m.group(1).split(";")));
        geopend.remove("");
        Set<String> gedefinieerd = new TreeSet<>();
        Matcher t = Pattern.compile("<mime-type type=\"([^\"]+)\"").matcher(Files.readString(DEB.resolve("spoorzoeker-mime.xml")));
        while (t.find()) {
            gedefinieerd.add(t.group(1));
        }
        assertEquals(gedefinieerd, geopend);
        assertEquals(Set.of("application/x-spoorzoeker-archive", "application/x-spoorzoeker-backup"), gedefinieerd);
    }

    /** Depends as a list of entries, each a list of alternatives without version constraints. */
    static List<List<String>> depends(String control) {
        return field(control, "Depends");
    }

    /** A relationship field (Depends, Recommends) as a list of entries, each a list of alternatives. */
    static List<List<String>> field(String control, String naam) {
        Matcher m = Pattern.compile("(?ms)^" + naam + ":(.*?)(?=^\\S)").matcher(control + "\nEnd:");
        if (!m.find()) {
            fail("no " + naam + " in the control");
        }
        List<List<String>> uit = new ArrayList<>();
        for (String entry : m.group(1).replace("\n", " ").split(",")) {
            List<String> alternatieven = Arrays.stream(entry.split("\\|")).map(a -> a.replaceAll("\\(.*?\\)", "").strip())
                    .filter(a -> !a.isEmpty()).toList();
            if (!alternatieven.isEmpty()) {
                uit.add(alternatieven);
            }
        }
        return uit;
    }
}
