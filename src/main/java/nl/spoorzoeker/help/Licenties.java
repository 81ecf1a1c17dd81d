package nl.spoorzoeker.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The third-party libraries shipped in this build and their licences, as the build generated them
 * (license-maven-plugin, src/license/third-party.ftl) into META-INF/third-party/ of every artefact.
 * Read by Help › Over Spoorzoeker › Licenties; no JavaFX here, so the reading is tested on its own.
 */
public final class Licenties {

    /** Where the build puts the list, the licence texts and each library's own files. */
    public static final String MAP = "/META-INF/third-party/";

    /** One shipped library: Maven coordinates, its name, its licences (SPDX names) and home page. */
    public record Bibliotheek(String groupId, String artifactId, String versie, String naam, List<String> licenties,
            String url) {
    }

    private Licenties() {
    }

    /** The list in this build; empty when run from sources that have not been through the build. */
    public static List<Bibliotheek> inDezeBuild() {
        return tekst("THIRD-PARTY.txt").map(Licenties::lees).orElse(List.of());
    }

    /**
     * Reads the generated list: one library a line, tab-separated
     * ({@code group:artifact:version, name, licence | licence, url}); lines starting with # explain the file.
     */
    public static List<Bibliotheek> lees(String lijst) {
        List<Bibliotheek> uit = new ArrayList<>();
        for (String regel : lijst.split("\\R")) {
            if (regel.isBlank() || regel.startsWith("#")) {
                continue;
            }
            String[] velden = regel.split("\t", -1);
            String[] gav = velden[0].split(":");
            if (velden.length != 4 || gav.length != 3) {
                throw new IllegalArgumentException("not a library line: " + regel);
            }
            List<String> licenties = Arrays.stream(velden[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            uit.add(new Bibliotheek(gav[0], gav[1], gav[2], velden[1].strip(), licenties, velden[3].strip()));
        }
        return List.copyOf(uit);
    }

    /** The full text of a licence by its name in the list. */
    public static Optional<String> licentietekst(String licentie) {
        return tekst("licences/" + licentie + ".txt");
    }

    /** Copyright lines for a library whose own jar carries no licence file (src/license/notices/). */
    public static Optional<String> notitie(Bibliotheek b) {
        return tekst("notices/" + b.groupId() + ".txt");
    }

    /** The licence file the library itself ships (LICENSE, LICENSE.txt, LICENSE.md), if it ships one. */
    public static Optional<String> eigenLicentie(Bibliotheek b) {
        String map = b.artifactId() + "/META-INF/";
        for (String naam : List.of("LICENSE", "LICENSE.txt", "LICENSE.md",
                "maven/" + b.groupId() + "/" + b.artifactId() + "/LICENSE")) {
            Optional<String> t = tekst(map + naam);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** The library's NOTICE file, which the Apache licence requires to travel with it. */
    public static Optional<String> eigenNotice(Bibliotheek b) {
        String map = b.artifactId() + "/META-INF/";
        return tekst(map + "NOTICE").or(() -> tekst(map + "NOTICE.txt"));
    }

    /**
     * All that the coach (or a packager) needs to read for one library: its own notice and licence
     * file where it has them, otherwise the copyright lines kept for it, then the full licence texts.
     */
    public static String volledigeTekst(Bibliotheek b) {
        StringBuilder s = new StringBuilder();
        s.append(b.naam()).append(" ").append(b.versie()).append(" (").append(b.groupId()).append(':')
                .append(b.artifactId()).append(")\n").append(String.join(" | ", b.licenties())).append('\n');
        eigenNotice(b).ifPresent(t -> s.append("\n").append(t.strip()).append('\n'));
        Optional<String> eigen = eigenLicentie(b);
        notitie(b).ifPresent(t -> s.append("\n").append(t.strip()).append('\n'));
        if (eigen.isPresent()) {
            s.append("\n").append(eigen.get().strip()).append('\n');
        } else {
            for (String l : b.licenties()) {
                licentietekst(l).ifPresent(t -> s.append("\n———— ").append(l).append(" ————\n\n").append(t.strip())
                        .append('\n'));
            }
        }
        return s.toString();
    }

    private static Optional<String> tekst(String pad) {
        try (InputStream in = Licenties.class.getResourceAsStream(MAP + pad)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
