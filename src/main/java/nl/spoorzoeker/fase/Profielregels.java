package nl.spoorzoeker.fase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Pure rules for the profiles: what changed between versions, and what a zoekprofiel may hold. */
public final class Profielregels {

    private Profielregels() {
    }

    /** The label keys of the fields whose value differs between two versions. */
    public static List<String> gewijzigd(Map<String, String> oud, Map<String, String> nieuw) {
        List<String> changed = new ArrayList<>();
        for (var entry : nieuw.entrySet()) {
            if (!Objects.equals(blankToNull(oud.get(entry.getKey())), blankToNull(entry.getValue()))) {
                changed.add(entry.getKey());
            }
        }
        return changed;
    }

    /**
     * Why a zoekprofiel cannot be saved, as a message key; empty when it can. A direction may not ask
     * more hours per week than the latest belastbaarheid allows (C05).
     */
    public static Optional<String> probleem(Zoekprofiel profiel, Optional<Belastbaarheid> laatste) {
        if (profiel.richtingen().isEmpty()) {
            return Optional.of("zp.fout.geen");
        }
        if (profiel.richtingen().size() > Zoekprofiel.MAX_RICHTINGEN) {
            return Optional.of("zp.fout.teVeel");
        }
        Integer max = laatste.map(Belastbaarheid::urenPerWeekMinuten).orElse(null);
        if (max != null && profiel.richtingen().stream().anyMatch(r -> r.urenPerWeekMinuten() != null
                && r.urenPerWeekMinuten() > max)) {
            return Optional.of("zp.fout.teVeelUren");
        }
        return Optional.empty();
    }

    /** A RIASEC code: at most three of the letters R, I, A, S, E, C, each once. */
    public static boolean geldigeRiasec(String code) {
        if (code == null) {
            return true;
        }
        return code.matches("[RIASEC]{1,3}") && code.chars().distinct().count() == code.length();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
