package nl.spoorzoeker.app;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs several command lines through {@link Launcher#run} in one child JVM, so a case that needs a
 * JVM of its own (LANG=C, capabilities dropped) costs one start for every command instead of one
 * each. Arguments: a result folder (ASCII), the passphrase lines for standard input, then the
 * command lines separated by {@code ;;}; each command's arguments arrive through argv, decoded by
 * the JVM as the installed command's would be. Writes {@code N.code}, {@code N.out}, {@code N.err}.
 */
public final class OpdrachtenMain {

    private OpdrachtenMain() {
    }

    public static void main(String[] args) throws Exception {
        Path uit = Path.of(args[0]);
        String invoer = args[1].replace("\\n", "\n");
        List<List<String>> opdrachten = new ArrayList<>();
        List<String> huidige = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals(";;")) {
                opdrachten.add(huidige);
                huidige = new ArrayList<>();
            } else {
                huidige.add(args[i]);
            }
        }
        opdrachten.add(huidige);
        for (int n = 0; n < opdrachten.size(); n++) {
            System.setIn(new ByteArrayInputStream(invoer.getBytes(StandardCharsets.UTF_8)));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Launcher.run(opdrachten.get(n).toArray(String[]::new), new PrintWriter(out, true),
                    new PrintWriter(err, true));
            Files.writeString(uit.resolve(n + ".out"), out.toString(), StandardCharsets.UTF_8);
            Files.writeString(uit.resolve(n + ".err"), err.toString(), StandardCharsets.UTF_8);
            Files.writeString(uit.resolve(n + ".code"), Integer.toString(code), StandardCharsets.UTF_8);
        }
        System.exit(0);
    }
}
