package nl.spoorzoeker.arbeidsmarkt;

import java.util.ArrayList;
import java.util.List;

/**
 * The funnel of applications: how many were sent, reached an interview, a second interview, an
 * offer, a job — plus how many ended rejected or withdrawn. A level counts the applications that
 * really had that step (an offer straight after the first interview does not count as a second
 * interview), so the report never claims a step that did not happen. Pure.
 */
public final class Trechter {

    /** The funnel's levels, in order. */
    public static final List<SollicitatieStatus> NIVEAUS = List.of(SollicitatieStatus.VERSTUURD,
            SollicitatieStatus.GESPREK, SollicitatieStatus.TWEEDE_GESPREK, SollicitatieStatus.AANBOD,
            SollicitatieStatus.AANGENOMEN);

    public record Niveau(SollicitatieStatus status, int aantal) {
    }

    public record Uitkomst(List<Niveau> niveaus, int afgewezen, int ingetrokken, int lopend) {
    }

    private Trechter() {
    }

    public static Uitkomst van(List<Sollicitatie> sollicitaties) {
        int[] counts = new int[NIVEAUS.size()];
        int afgewezen = 0;
        int ingetrokken = 0;
        int lopend = 0;
        for (Sollicitatie s : sollicitaties) {
            for (int i = 0; i < NIVEAUS.size(); i++) {
                if (s.bereikt(NIVEAUS.get(i))) {
                    counts[i]++;
                }
            }
            switch (s.status()) {
                case AFGEWEZEN -> afgewezen++;
                case INGETROKKEN -> ingetrokken++;
                case AANGENOMEN -> { }
                default -> lopend++;
            }
        }
        List<Niveau> niveaus = new ArrayList<>();
        for (int i = 0; i < NIVEAUS.size(); i++) {
            niveaus.add(new Niveau(NIVEAUS.get(i), counts[i]));
        }
        return new Uitkomst(niveaus, afgewezen, ingetrokken, lopend);
    }
}
