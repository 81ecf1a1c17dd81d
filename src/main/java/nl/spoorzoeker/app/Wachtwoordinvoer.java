package nl.spoorzoeker.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.spoorzoeker.input.Weigering;

/**
 * Asks for the practice passphrase on the command line: hidden when a terminal is attached, else one
 * line from standard input (scripts, tests). Never from an option or environment variable: those end
 * up in shell history and process lists.
 */
final class Wachtwoordinvoer {

    private static InputStream bron;
    private static BufferedReader lezer;

    private Wachtwoordinvoer() {
    }

    static synchronized char[] vraag(String prompt, PrintWriter out) throws IOException {
        java.io.Console console = System.console();
        if (console != null && console.isTerminal()) {
            char[] w = console.readPassword("%s", prompt);
            if (w == null) {
                throw new Weigering("cli.wachtwoord.geen");
            }
            return w;
        }
        out.print(prompt);
        out.flush();
        // One reader per standard input: a new reader for every question would swallow the next line.
        if (bron != System.in) {
            bron = System.in;
            lezer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        String regel = lezer.readLine();
        out.println();
        if (regel == null) {
            throw new Weigering("cli.wachtwoord.geen");
        }
        return regel.toCharArray();
    }
}
