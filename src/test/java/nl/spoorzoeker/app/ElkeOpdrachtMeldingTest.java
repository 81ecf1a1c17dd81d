package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import nl.spoorzoeker.praktijk.Taalkeuze;

/**
 * The message table is not only for {@code dossiers} (issue 23 item 5): every command of the
 * command line, given a data folder whose database was cut short, prints the one sentence that names
 * the cause and the next step — in the folder's chosen language — and nothing else: no stack trace,
 * no second line, the file left as it was. Runs in this JVM through {@link Launcher#run} (the same
 * entry point as the installed command; MeldingenTest drives child JVMs for the cases that need a
 * disk, a mount or a locale of their own).
 */
class ElkeOpdrachtMeldingTest {

    @TempDir
    Path dir;

    private final InputStream origineel = System.in;

    @AfterEach
    void terug() {
        System.setIn(origineel);
        Taalkeuze.pasToe(I18n.DUTCH);
    }

    /**
     * The commands that do not open the practice's database, so a damaged one is not theirs to
     * report: {@code version} reads the schema from the file's header and writes nothing
     * (MeldingenTest), {@code timeline} computes deadlines from its options alone, {@code wachtwoord}
     * writes the key ring only, and {@code restore} reads the backup and replaces the database —
     * the way out this very message names.
     */
    private static final java.util.Set<String> ZONDER_DATABASE = java.util.Set.of("version", "timeline", "wachtwoord", "restore");

    /** Every command that opens the practice, with the arguments it needs to get there. */
    private Map<String, List<String>> opdrachten(Path uit) throws Exception {
        Path archief = Files.writeString(dir.resolve("archief.szx"), "niet echt");
        Map<String, List<String>> m = new TreeMap<>();
        m.put("demo", List.of("demo"));
        m.put("init", List.of("init"));
        m.put("dossiers", List.of("dossiers"));

        m.put("report", List.of("report", "--dossier", "1", "--type", "eind", "--out", uit.resolve("r.pdf").toString()));

        m.put("backup", List.of("backup"));
        m.put("verify", List.of("verify"));

        m.put("bewaartermijnen", List.of("bewaartermijnen"));
        m.put("export", List.of("export", "--dossier", "1", "--out", uit.resolve("x.szx").toString()));
        m.put("import", List.of("import", archief.toString()));
        java.util.Set<String> alle = new java.util.TreeSet<>(m.keySet());
        alle.addAll(ZONDER_DATABASE);
        assertEquals(new java.util.TreeSet<>(SpoorzoekerCommand.SUBCOMMANDS.keySet()), alle, "every command is in this table");
        return m;
    }

    private static String verwacht(String taal, String key, Object... args) {
        java.util.Locale locale = taal.equals("en") ? I18n.ENGLISH : I18n.DUTCH;
        ResourceBundle bundel = ResourceBundle.getBundle(I18n.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundel.getString(key), locale).format(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyCommandOnADatabaseCutShortSaysSoInOneLine(String taal) throws Exception {
        Path bron = dir.resolve("bron");
        assertEquals(0, Launcher.run(new String[] {"demo", "--data-dir", bron.toString()},
                new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter())));
        byte[] heel = Files.readAllBytes(bron.resolve("spoorzoeker.db"));
        Path map = dir.resolve("afgekapt");
        Files.createDirectories(map);
        byte[] kort = java.util.Arrays.copyOf(heel, heel.length / 2);
        Path db = map.resolve("spoorzoeker.db");
        Files.write(db, kort);
        Files.writeString(map.resolve(Taalkeuze.BESTAND), taal + "\n");
        String zin = verwacht(taal, "db.open.truncated", db);
        Path uit = Files.createDirectories(dir.resolve("uit"));

        List<String> anders = new ArrayList<>();
        for (Map.Entry<String, List<String>> o : opdrachten(uit).entrySet()) {
            List<String> args = new ArrayList<>(o.getValue());
            args.addAll(List.of("--data-dir", map.toString()));
            System.setIn(new ByteArrayInputStream("een lang praktijkwachtwoord\neen lang praktijkwachtwoord\n"
                    .getBytes(StandardCharsets.UTF_8)));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Launcher.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
            String fout = err.toString().strip();
            if (code != Cli.EXIT_DATABASE || !fout.equals(zin)) {
                anders.add(o.getKey() + " (exit " + code + "): " + fout + " | " + out.toString().strip());
            }
            assertFalse(fout.contains("\tat ") || fout.contains("Exception") || fout.contains("SQLITE_"), o.getKey() + ": " + fout);
            assertArrayEquals(kort, Files.readAllBytes(db), o.getKey() + " left the file as it was");
        }
        assertEquals(List.of(), anders, "every command says: " + zin);
    }

    private static final class Writer {
        static java.io.Writer nullWriter() {
            return java.io.Writer.nullWriter();
        }
    }
}
