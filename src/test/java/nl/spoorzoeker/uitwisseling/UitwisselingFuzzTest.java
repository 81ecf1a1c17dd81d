package nl.spoorzoeker.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * I6 (reliability.md §5): mutated decrypted archives through the import's checks. A third are
 * damaged as bytes (flips, cuts, appendices); the rest are forged with the manifest's sizes and
 * digests made to fit, so they reach the deeper checks: values of another kind, out of range,
 * absurdly long or deeply nested, rows doubled or dropped, references bent, manifest fields
 * changed, entries added or removed, attachments altered. Every input must end in our Dutch refusal
 * or pass; nothing else may escape, none may take 2 s, and the practice must not change.
 * {@code -Dspoorzoeker.i6.invoer=N} sets the count (default 300 in the test run; 2,000 for the full count), {@code -Dspoorzoeker.i6.zaad=S} the seed.
 */
@Tag("fuzz")
class UitwisselingFuzzTest {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static final Pattern WAARDE = Pattern.compile("\":(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|null)");
    private static final String[] VERVANGERS = {"null", "\"\"", "0", "-1", "9223372036854775808", "1.5", "\"x\"", "true",
        "[]", "{}", "\"2025-02-30\"", "\"2025-01-01T25:00\"", "\"\\u0000\"", "\"Çiğdem 🙂 \\u202e\"", "99999999999",
        "\"DEFINITIEF\"", "\"bijlagen/rapport/pdf/1.pdf\"", "1e400"};

    @TempDir
    Path dir;

    @Test
    void gemuteerdeArchievenWordenNetjesGeweigerdOfGoedGekeurd() throws Exception {
        int aantal = Integer.getInteger("spoorzoeker.i6.invoer", 300);
        long zaad = Long.getLong("spoorzoeker.i6.zaad", System.nanoTime());
        Random r = new Random(zaad);
        byte[] basis;
        try (Database bron = Database.open(dir.resolve("bron/spoorzoeker.db"))) {
            Praktijkdata.Gevuld gevuld = Praktijkdata.vul(bron, dir);
            Path plat = dir.resolve("dossier.zip");
            UitwisselingServiceTest.service(bron, dir.resolve("bron")).schrijfPlat(plat, Reikwijdte.DOSSIER,
                    List.of((long) gevuld.dossier()));
            basis = Files.readAllBytes(plat);
        }
        try (Database doel = Database.open(dir.resolve("doel/spoorzoeker.db"))) {
            TestDossiers.create(doel, "Bestaande Klant");
            String vingerafdruk = Praktijkdata.vingerafdruk(doel);
            UitwisselingService service = UitwisselingServiceTest.service(doel, dir.resolve("doel"));
            Map<String, Integer> redenen = new TreeMap<>();
            int geweigerd = 0;
            int goed = 0;
            long langste = 0;
            int traagste = -1;
            int traagsteBytes = 0;
            long totaal = 0;
            Path invoer = dir.resolve("invoer.zip");
            // Once unmutated first: class loading and the JIT's warm-up are not an input's time.
            Files.write(invoer, basis);
            service.controleerPlat(invoer);
            for (int i = 0; i < aantal; i++) {
                byte[] bytes = muteer(basis, r);
                Files.write(invoer, bytes);
                // The thread's CPU time, not the clock's: the bound is for an input that makes the check work
                // too long (a bomb), and two test JVMs on two cores made the wall clock of an ordinary one 2.3 s.
                long begin = CPU.getCurrentThreadCpuTime();
                try {
                    service.controleerPlat(invoer);
                    goed++;
                } catch (UitwisselingFout e) {
                    geweigerd++;
                    redenen.merge(e.messageKey().substring("archief.fout.".length()), 1, Integer::sum);
                } catch (Throwable e) {
                    Path bewaard = Path.of("target", "i6-" + zaad + "-" + i + ".zip");
                    Files.createDirectories(bewaard.getParent());
                    Files.write(bewaard, bytes);
                    fail("input " + i + " (seed " + zaad + ", kept as " + bewaard + ") escaped with " + e, e);
                }
                long ms = (CPU.getCurrentThreadCpuTime() - begin) / 1_000_000;
                totaal += ms;
                if (ms > langste) {
                    langste = ms;
                    traagste = i;
                    traagsteBytes = bytes.length;
                }
                assertTrue(ms < 2000, "input " + i + " took " + ms + " ms of CPU (seed " + zaad + ")");
            }
            assertEquals(vingerafdruk, Praktijkdata.vingerafdruk(doel), "the practice never changed");
            try (var s = Files.list(dir.resolve("doel/tijdelijk"))) {
                assertEquals(List.of(), s.toList(), "no scratch database is left behind");
            }
            System.out.printf("I6 archive fuzzing: %d inputs (seed %d): %d refused, %d accepted; %d ms longest "
                    + "(input %d, %d bytes), %d ms mean%n", aantal, zaad, geweigerd, goed, langste, traagste, traagsteBytes,
                    totaal / Math.max(1, aantal));
            System.out.println("I6 refusals by reason: " + redenen);
            assertEquals(aantal, geweigerd + goed);
        }
    }

    static byte[] muteer(byte[] basis, Random r) {
        int soort = r.nextInt(12);
        if (soort < 3) {
            return bytes(basis, r, soort);
        }
        Vervalser v = Vervalser.lees(basis);
        List<String> tabellen = v.entries.keySet().stream().filter(n -> n.startsWith("tabellen/")).sorted().toList();
        String tabel = tabellen.get(r.nextInt(tabellen.size()));
        String tekst = v.tekst(tabel);
        switch (soort) {
            case 3, 4, 5 -> {
                List<int[]> plekken = new ArrayList<>();
                Matcher m = WAARDE.matcher(tekst);
                while (m.find()) {
                    plekken.add(new int[] {m.start(1), m.end(1)});
                }
                if (!plekken.isEmpty()) {
                    int[] p = plekken.get(r.nextInt(plekken.size()));
                    String door = switch (r.nextInt(5)) {
                        case 0 -> "\"" + "a".repeat(r.nextInt(5_000_000)) + "\"";
                        case 1 -> "[".repeat(10_000);
                        case 2 -> Integer.toString(r.nextInt(2000) - 1000);
                        default -> VERVANGERS[r.nextInt(VERVANGERS.length)];
                    };
                    v.tekst(tabel, tekst.substring(0, p[0]) + door + tekst.substring(p[1]));
                }
            }
            case 6 -> {
                int plek = r.nextInt(Math.max(1, tekst.length()));
                v.tekst(tabel, r.nextBoolean() ? tekst.substring(0, plek) + tekst.substring(Math.min(tekst.length(), plek + 1))
                        : tekst.substring(0, plek) + "\",{}[]:0\\\n".charAt(r.nextInt(10)) + tekst.substring(plek));
            }
            case 7 -> {
                String[] regels = tekst.split("\n", -1);
                if (regels.length > 3) {
                    int i = 1 + r.nextInt(regels.length - 2);
                    List<String> lijst = new ArrayList<>(List.of(regels));
                    if (r.nextBoolean()) {
                        lijst.add(i, regels[i].endsWith(",") ? regels[i] : regels[i] + ",");
                    } else {
                        lijst.remove(i);
                    }
                    v.tekst(tabel, String.join("\n", lijst));
                }
            }
            case 8 -> v.manifest(m -> switch (r.nextInt(6)) {
                case 0 -> Vervalser.met(m, r.nextInt(4), m.schemaversie());
                case 1 -> Vervalser.met(m, 1, r.nextInt(16));
                case 2 -> new Manifest(1, m.appversie(), m.schemaversie(), m.gemaaktOp(),
                        Reikwijdte.values()[r.nextInt(3)], m.trajecten(), m.tabellen(), m.sequenties(), m.bestanden());
                case 3 -> new Manifest(1, m.appversie(), m.schemaversie(), m.gemaaktOp(), m.reikwijdte(),
                        List.of((long) r.nextInt(50)), m.tabellen(), m.sequenties(), m.bestanden());
                case 4 -> new Manifest(1, m.appversie(), m.schemaversie(), m.gemaaktOp(), m.reikwijdte(), m.trajecten(),
                        m.tabellen().stream().map(t -> new Manifest.TabelInhoud(t.naam(), t.rijen() + (r.nextInt(10) == 0
                                ? r.nextInt(3) - 1 : 0), t.kolommen())).toList(), m.sequenties(), m.bestanden());
                default -> new Manifest(1, m.appversie(), m.schemaversie(), m.gemaaktOp(), m.reikwijdte(), m.trajecten(),
                        m.tabellen().stream().map(t -> r.nextInt(8) != 0 ? t : new Manifest.TabelInhoud(
                                r.nextBoolean() ? t.naam() : "sqlite_master", t.rijen(), Map.of("id", "TEXT"))).toList(),
                        Map.of("traject", 5L), m.bestanden());
            });
            case 9 -> {
                if (r.nextBoolean()) {
                    v.entries.remove(new ArrayList<>(v.entries.keySet()).get(r.nextInt(v.entries.size())));
                } else {
                    v.entries.put(r.nextBoolean() ? "bijlagen/rapport/pdf/99.pdf" : "../../buiten.txt", new byte[r.nextInt(100)]);
                }
            }
            case 10 -> {
                List<String> bijlagen = v.entries.keySet().stream().filter(n -> n.startsWith("bijlagen/")).toList();
                if (!bijlagen.isEmpty()) {
                    String naam = bijlagen.get(r.nextInt(bijlagen.size()));
                    byte[] b = v.entries.get(naam).clone();
                    b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                    v.entries.put(naam, b);
                }
            }
            default -> {
                // A value moved to another row: references bent, keys doubled.
                Matcher m = Pattern.compile("\"(\\w+_id|id)\":(\\d+)").matcher(tekst);
                List<int[]> plekken = new ArrayList<>();
                while (m.find()) {
                    plekken.add(new int[] {m.start(2), m.end(2)});
                }
                if (!plekken.isEmpty()) {
                    int[] p = plekken.get(r.nextInt(plekken.size()));
                    v.tekst(tabel, tekst.substring(0, p[0]) + (r.nextInt(40)) + tekst.substring(p[1]));
                }
            }
        }
        return v.bytes(r.nextInt(20) != 0);
    }

    private static byte[] bytes(byte[] basis, Random r, int soort) {
        byte[] b = basis.clone();
        switch (soort) {
            case 0 -> {
                for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                }
                return b;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            default -> {
                byte[] extra = new byte[1 + r.nextInt(5000)];
                r.nextBytes(extra);
                byte[] uit = java.util.Arrays.copyOf(b, b.length + extra.length);
                System.arraycopy(extra, 0, uit, b.length, extra.length);
                return r.nextBoolean() ? uit : "PK\u0003\u0004 no zip".getBytes(StandardCharsets.US_ASCII);
            }
        }
    }
}
