package nl.spoorzoeker.rapportage;

import java.util.List;
import java.util.Map;

/**
 * What the coach writes into a report, beside what is generated from the dossier: the narrative
 * sections, the state of spoor 1, the werknemer's visie and agreement, the distribution, the
 * bottlenecks, and the exception for a late start (C01).
 */
public record Rapportinvoer(Map<Sectie, String> teksten, String statusSpoor1, RapportModel.Akkoord akkoord,
                            List<RapportModel.Ontvanger> distributie, List<RapportModel.Knelpunt> knelpunten,
                            String uitzonderingLateStart, String uitzonderingDocument) {

    public static final Rapportinvoer LEEG = new Rapportinvoer(Map.of(), null, null, List.of(), List.of(), null, null);

    public Rapportinvoer {
        teksten = Map.copyOf(teksten);
        distributie = List.copyOf(distributie);
        knelpunten = List.copyOf(knelpunten);
    }
}
