package nl.spoorzoeker.tijdlijn;

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
    EINDE_WACHTTIJD(Actor.UWV, false),
    /**
     * Ziektewet-vangnet only: UWV's eerstejaars Ziektewet-beoordeling (EZWb), from week 44, decided
     * before the second Ziektewet year; UWV's act, so a fact on the clock rather than a task.
     */
    EERSTEJAARS_ZW_BEOORDELING(Actor.UWV, false);

    public enum Actor {
        BEDRIJFSARTS, WERKGEVER, WERKNEMER, WERKGEVER_EN_WERKNEMER, COACH, UWV, UWV_EN_WERKNEMER
    }

    /**
     * Who does it under {@code regime}: for a vangnetter UWV forms the judgement in week 6 and draws
     * up and evaluates the plan van aanpak with the werknemer (no werkgever carries these duties).
     */
    public Actor wie(Regime regime) {
        if (regime != Regime.ZIEKTEWET_VANGNET) {
            return wie;
        }
        return switch (this) {
            case PROBLEEMANALYSE -> Actor.UWV;
            case PLAN_VAN_AANPAK, EVALUATIE_PLAN_VAN_AANPAK -> Actor.UWV_EN_WERKNEMER;
            default -> wie;
        };
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
