package nl.spoorzoeker.tijdlijn;

/**
 * Under which law a traject runs, which decides whose duties the clock and the checklist follow.
 * LOONDOORBETALING: the werkgever pays the wage (BW 7:629) and carries the duties of the Wet
 * verbetering poortwachter. ZIEKTEWET_VANGNET: a vangnetter (flex worker, contract ended while sick,
 * no-riskpolis, pregnancy-related) gets Ziektewet from UWV, which guides the re-integration itself:
 * no 42e-weeksmelding, no eerstejaarsevaluatie or eindevaluatie by an employer, no loonsanctie, and
 * UWV's eerstejaars Ziektewet-beoordeling around week 52 (docs/ziektewet-vangnet.md).
 */
public enum Regime {
    LOONDOORBETALING,
    ZIEKTEWET_VANGNET;

    /** Whether an employer carries the Poortwachter duties (and can get a loonsanctie). */
    public boolean poortwachterWerkgever() {
        return this == LOONDOORBETALING;
    }
}
