package nl.spoorzoeker.phase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The guided steps Spoorzoeker ships, drawn from domain.md §6: read from
 * {@code standaard-stappen.txt}, one step per line as {@code FASE|sleutel|titel|vraag;vraag;…}.
 */
public final class StandaardStappen {

    private static final String RESOURCE = "standaard-stappen.txt";
    /** The key of the first intake step (the coach's first conversation). */
    public static final String INTAKE_VERHAAL = "intake.verhaal";

    private StandaardStappen() {
    }

    public static List<Stap> alle() {
        var in = StandaardStappen.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<Stap> steps = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int order = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                if (parts.length != 4) {
                    throw new IllegalStateException("bad default step line: " + line);
                }
                List<String> questions = Arrays.stream(parts[3].split(";")).map(String::strip)
                        .filter(q -> !q.isEmpty()).toList();
                steps.add(new Stap(null, FaseSoort.valueOf(parts[0].strip()), parts[1].strip(), ++order,
                        parts[2].strip(), questions, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return steps;
    }
}
