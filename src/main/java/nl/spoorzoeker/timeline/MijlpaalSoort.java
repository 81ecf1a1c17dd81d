package nl.spoorzoeker.timeline;

/**
 * The moments of the Poortwachter timeline a spoor 2 coach watches (domain.md §1.2, §2.2).
 * {@code taak} is false for dates that are facts of the timeline rather than things to do.
 */
public enum MijlpaalSoort {
    PROBLEEMANALYSE(Actor.BEDRIJFSARTS, true),
    PLAN_VAN_AANPAK(Actor.WERKGEVER_EN_WERKNEMER, true),
    EVALUATIE_PLAN_VAN_AANPAK(Actor.WERKGEVER_EN_WERKNEMER, true),
    WEEKMELDING_42(Actor.WERKGEVER, true),
    EERSTEJAARSEVALUATIE(Actor.WERKGEVER_EN_WERKNEMER, true),
    START_SPOOR_2(Actor.WERKGEVER, true),
    VOORTGANGSRAPPORTAGE(Actor.COACH, true),
    VERVROEGDE_IVA(Actor.WERKNEMER, false),
    ACTUEEL_OORDEEL(Actor.BEDRIJFSARTS, true),
    EINDRAPPORTAGE(Actor.COACH, true),
    EINDEVALUATIE(Actor.WERKGEVER_EN_WERKNEMER, true),
    WIA_AANVRAAG(Actor.WERKNEMER, true),
    /** UWV decides on the WIA benefit by the end of the wachttijd, after its RIV-toets (domain.md §1.2, 16–17). */
    EINDE_WACHTTIJD(Actor.UWV, false);

    public enum Actor {
        BEDRIJFSARTS, WERKGEVER, WERKNEMER, WERKGEVER_EN_WERKNEMER, COACH, UWV
    }

    private final Actor wie;
    private final boolean taak;

    MijlpaalSoort(Actor wie, boolean taak) {
        this.wie = wie;
        this.taak = taak;
    }

    public Actor wie() {
        return wie;
    }

    public boolean taak() {
        return taak;
    }
}
