package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.rapportage.RapportSoort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.uitwisseling.UitwisselingService;

/**
 * Issue 17 item 7: a coach names output files after the werknemer ("Mohammed El Amrani - burn-out.pdf");
 * neither the log nor the audit trail (which outlives the retention deletion) may keep such a name.
 * A report, an export and an inzage are written to such files, and two writes fail so the error path
 * logs; then every file of the data folder but the database and the coach's own files, the log, and
 * every audit row are searched for the name and the diagnosis.
 */
class NaamlozeSporenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final String WACHTWOORD = "een lang praktijkwachtwoord\n";
    private static final List<String> VERBODEN = List.of("Mohammed", "El Amrani", "burn-out");

    @TempDir
    Path dir;
    private final InputStream origineel = System.in;

    @AfterEach
    void herstelInvoer() {
        System.setIn(origineel);
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String invoer, String... args) {
        System.setIn(new ByteArrayInputStream(invoer.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> alle = new ArrayList<>(List.of("--data-dir", dir.toString()));
        alle.addAll(List.of(args));
        int code = Launcher.run(alle.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void filesNamedAfterAWerknemerLeaveNoNameInTheLogsTheDataFolderOrTheAuditTrail() throws Exception {
        // A marker rather than the file's size: the log rolls over at midnight (and by size), so what this
        // test appends may start in one file and end in the next.
        String merk = "naamloze-sporen-" + java.util.UUID.randomUUID();
        org.slf4j.LoggerFactory.getLogger(NaamlozeSporenTest.class).info(merk);
        int dossier;
        try (AppContext context = AppContext.open(new DataDirectory(dir), CLOCK)) {
            Demoset.load(context.database(), CLOCK);
            dossier = context.dossiers().list().stream().filter(r -> r.naam().equals("Mohammed El Amrani")).findFirst()
                    .orElseThrow().trajectId();
            context.rapportOpslag().nieuw(dossier, RapportSoort.VOORTGANG, java.time.LocalDate.of(2026, 10, 12),
                    java.time.LocalDate.of(2026, 11, 22), I18n.teksten());
        }
        assertEquals(0, run(WACHTWOORD + WACHTWOORD, "wachtwoord").code());

        // The coach's own files, in the data folder itself (so the search below has to tell them apart).
        Path uit = Files.createDirectories(dir.resolve("uit"));
        Path rapport = uit.resolve("Mohammed El Amrani - burn-out.pdf");
        Result r = run("", "report", "--dossier", Integer.toString(dossier), "--type", "voortgang", "--concept",
                "--out", rapport.toString());
        assertTrue(Files.size(rapport) > 1000, r.out() + r.err());
        Path export = uit.resolve("Mohammed El Amrani - burn-out.szx");
        Result e = run(WACHTWOORD, "export", "--dossier", Integer.toString(dossier), "--out", export.toString());
        assertEquals(0, e.code(), e.out() + e.err());
        Path inzage = uit.resolve("Mohammed El Amrani - inzage burn-out.zip");
        try (AppContext context = AppContext.open(new DataDirectory(dir), CLOCK)) {
            new UitwisselingService(context.database(), context.dataDirectory().tijdelijk(), CLOCK, "test")
                    .inzageVoorDossier(dossier, inzage, Teksten.nederlands());
        }
        // Writes that fail: the folder to write in is a file, named after the werknemer too (root may write anywhere).
        Path geenMap = Files.writeString(uit.resolve("Mohammed El Amrani"), "geen map");
        Result mislukt = run("", "report", "--dossier", Integer.toString(dossier), "--type", "voortgang", "--concept",
                "--out", geenMap.resolve("Mohammed El Amrani - burn-out.pdf").toString());
        assertNotEquals(0, mislukt.code(), mislukt.out() + mislukt.err());
        Result exportMislukt = run(WACHTWOORD, "export", "--dossier", Integer.toString(dossier), "--out",
                geenMap.resolve("Mohammed El Amrani - burn-out.szx").toString());
        assertNotEquals(0, exportMislukt.code(), exportMislukt.out() + exportMislukt.err());

        String nieuw = logNa(merk);
        // both failed writes (report --out and export --out, told as the place the coach chose) are logged
        assertEquals(2, nieuw.split("Could not write", -1).length - 1, "the failed writes are logged: " + nieuw);
        for (String woord : VERBODEN) {
            assertFalse(nieuw.contains(woord), "the log names '" + woord + "':\n" + nieuw);
        }

        Set<Path> vanDeCoach = Set.of(rapport, export, inzage, geenMap);
        List<Path> gezocht = new ArrayList<>();
        try (var bestanden = Files.walk(dir)) {
            for (Path f : bestanden.filter(Files::isRegularFile).toList()) {
                String naam = f.getFileName().toString();
                if (vanDeCoach.contains(f) || naam.matches("spoorzoeker\\.db(-wal|-shm)?")) {
                    continue;
                }
                String inhoud = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                String utf8 = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String woord : VERBODEN) {
                    assertFalse(inhoud.contains(woord) || utf8.contains(woord), f + " holds '" + woord + "'");
                }
                gezocht.add(f);
            }
        }
        assertTrue(gezocht.size() >= 2, "files searched: " + gezocht);

        try (AppContext context = AppContext.open(new DataDirectory(dir), CLOCK)) {
            List<AuditService.Regel> regels = context.audit().alle();
            assertTrue(regels.stream().anyMatch(a -> a.handeling() == Handeling.INZAGE), regels.toString());
            assertTrue(regels.stream().filter(a -> a.handeling() == Handeling.EXPORT).count() >= 2,
                    "the report and the export: " + regels);
            for (AuditService.Regel a : regels) {
                for (String woord : List.of("Mohammed", "El Amrani", "burn-out", ".pdf", ".szx", ".zip", "uit/")) {
                    assertFalse(a.omschrijving().contains(woord), "audit entry holds '" + woord + "': " + a.omschrijving());
                }
            }
        }
    }

    /** Everything logged after the marker, across the current log file and the ones rolled over since. */
    private static String logNa(String merk) throws java.io.IOException {
        List<Path> logs;
        try (var bestanden = Files.list(Logging.logDir())) {
            logs = bestanden.filter(f -> f.getFileName().toString().matches("spoorzoeker.*\\.log"))
                    .sorted(java.util.Comparator.comparing((Path f) -> f.toFile().lastModified())
                            .thenComparing(f -> f.getFileName().toString().equals("spoorzoeker.log")))
                    .toList();
        }
        StringBuilder alles = new StringBuilder();
        for (Path f : logs) {
            alles.append(Files.readString(f, StandardCharsets.UTF_8));
        }
        int waar = alles.lastIndexOf(merk);
        assertTrue(waar >= 0, "the marker is in the log " + logs);
        return alles.substring(waar + merk.length());
    }
}
