package nl.spoorzoeker.tijdlijn;

/**
 * How the coach wants the clock to warn.
 *
 * @param margeDagen            the target date lies this many days before the legal deadline
 * @param binnenkortDagen       an open moment counts as "binnenkort" this many days before its deadline
 * @param voortgangIntervalWeken a voortgangsrapportage is due this many weeks after the previous one
 */
public record KlokInstellingen(int margeDagen, int binnenkortDagen, int voortgangIntervalWeken) {

    public static final KlokInstellingen STANDAARD = new KlokInstellingen(7, 28, 6);

    public KlokInstellingen {
        if (margeDagen < 0 || binnenkortDagen < 0 || voortgangIntervalWeken < 1) {
            throw new IllegalArgumentException("invalid clock settings");
        }
    }
}
