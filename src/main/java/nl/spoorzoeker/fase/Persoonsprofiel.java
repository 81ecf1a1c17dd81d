package nl.spoorzoeker.fase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who the werknemer is as a worker (domain.md §6.2, phase 2). Each save is a new version; the
 * version number and moment of saving are null before it is stored. Optional fields are null.
 *
 * @param riasec Holland interest code of at most three letters from RIASEC, or null
 * @param instrument the code of the instrument whose result made this version (as stored with its
 *                   afname, e.g. {@code ONET_IP_SF}), or null for a version the coach typed
 * @param instrumentDatum the date that instrument was completed, or null
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
        String wensen,
        String instrument,
        LocalDate instrumentDatum) {

    public static final Persoonsprofiel LEEG = new Persoonsprofiel(null, null, null, null, null, null, null, null,
            null, null, null);

    /** A version the coach typed: no instrument behind it. */
    public Persoonsprofiel(Integer versie, Instant opgeslagenOp, String opleiding, String werkervaring,
                           String competenties, String interesses, String riasec, String drijfveren, String waarden,
                           String belemmeringen, String wensen) {
        this(versie, opgeslagenOp, opleiding, werkervaring, competenties, interesses, riasec, drijfveren, waarden,
                belemmeringen, wensen, null, null);
    }

    /** This profile with another RIASEC code, taken from an instrument completed on {@code datum}. */
    public Persoonsprofiel metRiasecUit(String code, String instrumentCode, LocalDate datum) {
        return new Persoonsprofiel(null, null, opleiding, werkervaring, competenties, interesses, code, drijfveren,
                waarden, belemmeringen, wensen, instrumentCode, datum);
    }

    /** This profile with its values replaced by the result of an instrument completed on {@code datum}. */
    public Persoonsprofiel metWaardenUit(String tekst, String instrumentCode, LocalDate datum) {
        return new Persoonsprofiel(null, null, opleiding, werkervaring, competenties, interesses, riasec, drijfveren,
                tekst, belemmeringen, wensen, instrumentCode, datum);
    }

    /** This profile with its drives replaced by the result of an instrument completed on {@code datum}. */
    public Persoonsprofiel metDrijfverenUit(String tekst, String instrumentCode, LocalDate datum) {
        return new Persoonsprofiel(null, null, opleiding, werkervaring, competenties, interesses, riasec, tekst,
                waarden, belemmeringen, wensen, instrumentCode, datum);
    }

    /**
     * The field (label key) the instrument behind this version filled in: the interest test its
     * code, the values card sort the values, the drives worksheet the drives.
     */
    public String instrumentVeld() {
        if (instrument == null) {
            return null;
        }
        return switch (instrument) {
            case "WAARDENKAART" -> "pp.waarden";
            case "DRIJFVEREN" -> "pp.drijfveren";
            default -> "pp.riasec";
        };
    }

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
