package nl.spoorzoeker.phase;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who the werknemer is as a worker (domain.md §6.2, phase 2). Each save is a new version; the
 * version number and moment of saving are null before it is stored. Optional fields are null.
 *
 * @param riasec Holland interest code of at most three letters from RIASEC, or null
 */
public record Persoonsprofiel(
        Integer versie,
        Instant opgeslagenOp,
        String opleiding,
        String werkervaring,
        String competenties,
        String interesses,
        String riasec,
        String drijfveren,
        String waarden,
        String belemmeringen,
        String wensen) {

    public static final Persoonsprofiel LEEG = new Persoonsprofiel(null, null, null, null, null, null, null, null,
            null, null, null);

    /** The fields by their label key, in form order; used to show what changed between versions. */
    public Map<String, String> velden() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pp.opleiding", opleiding);
        fields.put("pp.werkervaring", werkervaring);
        fields.put("pp.competenties", competenties);
        fields.put("pp.interesses", interesses);
        fields.put("pp.riasec", riasec);
        fields.put("pp.drijfveren", drijfveren);
        fields.put("pp.waarden", waarden);
        fields.put("pp.belemmeringen", belemmeringen);
        fields.put("pp.wensen", wensen);
        return fields;
    }
}
