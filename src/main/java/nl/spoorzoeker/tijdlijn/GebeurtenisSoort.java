package nl.spoorzoeker.tijdlijn;

import java.util.Optional;

/** The dated events of a re-integration that the clock takes into account. */
public enum GebeurtenisSoort {
    PROBLEEMANALYSE,
    PLAN_VAN_AANPAK,
    EVALUATIE_PLAN_VAN_AANPAK,
    WEEKMELDING_42,
    AD_RAPPORT,
    EERSTEJAARSEVALUATIE,
    ACTUEEL_OORDEEL,
    EINDEVALUATIE,
    WIA_AANVRAAG,
    EINDRAPPORTAGE,
    VOORTGANGSRAPPORTAGE;

    /** Which event marks a milestone as done; the start of spoor 2 is the traject's own start date. */
    public static Optional<GebeurtenisSoort> voor(MijlpaalSoort mijlpaal) {
        return switch (mijlpaal) {
            case PROBLEEMANALYSE -> Optional.of(PROBLEEMANALYSE);
            case PLAN_VAN_AANPAK -> Optional.of(PLAN_VAN_AANPAK);
            case EVALUATIE_PLAN_VAN_AANPAK -> Optional.of(EVALUATIE_PLAN_VAN_AANPAK);
            case WEEKMELDING_42 -> Optional.of(WEEKMELDING_42);
            case EERSTEJAARSEVALUATIE -> Optional.of(EERSTEJAARSEVALUATIE);
            case VOORTGANGSRAPPORTAGE -> Optional.of(VOORTGANGSRAPPORTAGE);
            case ACTUEEL_OORDEEL -> Optional.of(ACTUEEL_OORDEEL);
            case EINDRAPPORTAGE -> Optional.of(EINDRAPPORTAGE);
            case EINDEVALUATIE -> Optional.of(EINDEVALUATIE);
            case WIA_AANVRAAG -> Optional.of(WIA_AANVRAAG);
            case START_SPOOR_2, VERVROEGDE_IVA, EINDE_WACHTTIJD, EERSTEJAARS_ZW_BEOORDELING -> Optional.empty();
        };
    }
}
