package nl.spoorzoeker.fase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.spoorzoeker.ui.I18n;

/**
 * The guided steps Spoorzoeker ships, drawn from domain.md §6: their order and phase are read from
 * {@code standaard-stappen.txt} ({@code FASE|sleutel} per line), their title and questions from the
 * bundles ({@code standaardstap.<sleutel>.titel} and {@code .vragen}, one question per line).
 *
 * <p>The database holds the steps in Dutch, as seeded, because the coach may rewrite them. A shipped
 * step the coach left as shipped is shown in the chosen language ({@link #inTaal}); what the coach
 * wrote is shown as written.
 */
public final class StandaardStappen {

    private static final String RESOURCE = "standaard-stappen.txt";
    private static final String PREFIX = "standaardstap.";
    /** The key of the first intake step (the coach's first conversation). */
    public static final String INTAKE_VERHAAL = "intake.verhaal";

    private record Regel(FaseSoort fase, String sleutel) {
    }

    private StandaardStappen() {
    }

    /** The shipped steps in Dutch, as they are stored. */
    public static List<Stap> alle() {
        List<Stap> steps = new ArrayList<>();
        int order = 0;
        for (Regel r : regels()) {
            steps.add(new Stap(null, r.fase(), r.sleutel(), ++order, titel(r.sleutel(), I18n.DUTCH),
                    vragen(r.sleutel(), I18n.DUTCH), true));
        }
        return steps;
    }

    /** The keys of the shipped steps, in order. */
    public static List<String> sleutels() {
        return regels().stream().map(Regel::sleutel).toList();
    }

    /**
     * The step as the coach reads it now: a shipped title or question list still as shipped (in
     * Dutch, as stored) comes in the chosen language; the coach's own steps and rewritten texts stay.
     */
    public static Stap inTaal(Stap stap) {
        if (stap.sleutel() == null || !sleutels().contains(stap.sleutel())) {
            return stap;
        }
        Locale taal = I18n.locale();
        String titel = stap.titel().equals(titel(stap.sleutel(), I18n.DUTCH)) ? titel(stap.sleutel(), taal) : stap.titel();
        List<String> vragen = stap.vragen().equals(vragen(stap.sleutel(), I18n.DUTCH)) ? vragen(stap.sleutel(), taal)
                : stap.vragen();
        return new Stap(stap.id(), stap.fase(), stap.sleutel(), stap.volgorde(), titel, vragen, stap.actief());
    }

    /**
     * The step as it is stored: a shipped text the coach saved unchanged in another language goes back
     * to the stored Dutch, so it keeps following the chosen language instead of becoming the coach's own.
     */
    public static Stap opslag(Stap stap) {
        if (stap.sleutel() == null || !sleutels().contains(stap.sleutel())) {
            return stap;
        }
        Locale taal = I18n.locale();
        String titel = stap.titel() != null && stap.titel().equals(titel(stap.sleutel(), taal))
                ? titel(stap.sleutel(), I18n.DUTCH) : stap.titel();
        List<String> vragen = stap.vragen().equals(vragen(stap.sleutel(), taal)) ? vragen(stap.sleutel(), I18n.DUTCH)
                : stap.vragen();
        return new Stap(stap.id(), stap.fase(), stap.sleutel(), stap.volgorde(), titel, vragen, stap.actief());
    }

    private static String titel(String sleutel, Locale taal) {
        return I18n.in(taal, PREFIX + sleutel + ".titel");
    }

    private static List<String> vragen(String sleutel, Locale taal) {
        return Arrays.stream(I18n.in(taal, PREFIX + sleutel + ".vragen").split("\n")).map(String::strip)
                .filter(q -> !q.isEmpty()).toList();
    }

    private static List<Regel> regels() {
        var in = StandaardStappen.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<Regel> regels = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                if (parts.length != 2) {
                    throw new IllegalStateException("bad default step line: " + line);
                }
                regels.add(new Regel(FaseSoort.valueOf(parts[0].strip()), parts[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(regels);
    }
}
