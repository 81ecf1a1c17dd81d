package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spoorzoeker export and import, run as a coach would: from one laptop's data folder to another's. */
class UitwisselingCommandTest {

    @TempDir
    Path dir;
    private final InputStream origineel = System.in;

    record Result(int code, String out, String err) {
    }

    @AfterEach
    void herstelInvoer() {
        System.setIn(origineel);
    }

    private Result run(String data, String invoer, String... args) {
        System.setIn(new ByteArrayInputStream(invoer.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve(data).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Launcher.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void eenPraktijkVerhuistEnEenDossierGaatNaarEenAnderePraktijk() throws Exception {
        assertEquals(0, run("oud", "", "demo").code());
        Result zonder = run("oud", "wachtwoord\n", "export", "--out", dir.resolve("p.szx").toString());
        assertEquals(1, zonder.code());
        assertTrue(zonder.err().contains("nog geen praktijkwachtwoord"), zonder.err());
        assertEquals(0, run("oud", "oud wachtwoord lang\noud wachtwoord lang\n", "wachtwoord").code());

        // export --out writes into an existing folder (one that is not there is refused: ElkeOpdrachtOorzaakTest)
        Path praktijk = java.nio.file.Files.createDirectories(dir.resolve("uit")).resolve("praktijk.szx");
        Result export = run("oud", "oud wachtwoord lang\n", "export", "--out", praktijk.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("versleuteld en gecontroleerd"), export.out());
        Result fout = run("oud", "verkeerd wachtwoord\n", "export", "--out", dir.resolve("x.szx").toString());
        assertEquals(1, fout.code());
        assertTrue(fout.err().contains("klopt niet"), fout.err());

        // The new laptop has its own passphrase: the archive's is asked first, then this practice's for the backup.
        assertEquals(0, run("nieuw", "nieuw wachtwoord lang\nnieuw wachtwoord lang\n", "wachtwoord").code());
        Result verkeerd = run("nieuw", "helemaal fout hoor\n", "import", praktijk.toString());
        assertEquals(1, verkeerd.code());
        assertTrue(verkeerd.err().contains("klopt niet"), verkeerd.err());
        Result inlezen = run("nieuw", "oud wachtwoord lang\nnieuw wachtwoord lang\n", "import", praktijk.toString());
        assertEquals(0, inlezen.code(), inlezen.err() + inlezen.out());
        assertTrue(inlezen.out().contains("back-up vooraf gemaakt") && inlezen.out().contains("Praktijk ingelezen: 9 dossiers"),
                inlezen.out());
        try (var s = Files.list(dir.resolve("nieuw/backups"))) {
            assertEquals(1, s.count(), "a verified backup before the import");
        }
        Result dossiers = run("nieuw", "", "dossiers");
        assertTrue(dossiers.out().contains("9 dossiers"), dossiers.out());

        // One dossier back into the old practice: it is there already, and the message says so in Dutch.
        Path dossier = dir.resolve("uit/dossier-3.szx");
        assertEquals(0, run("nieuw", "nieuw wachtwoord lang\n", "export", "--dossier", "3", "--out", dossier.toString()).code());
        Result dubbel = run("oud", "nieuw wachtwoord lang\noud wachtwoord lang\n", "import", dossier.toString());
        assertEquals(1, dubbel.code());
        assertTrue(dubbel.err().contains("staat al in deze praktijk (dossier 3"), dubbel.err());
        Result geen = run("nieuw", "nieuw wachtwoord lang\n", "export", "--dossier", "99", "--out", dossier.toString());
        assertEquals(1, geen.code());
        assertTrue(geen.err().contains("geen dossier met nummer 99"), geen.err());
    }
}
