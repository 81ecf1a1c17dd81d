package nl.spoorzoeker.logboek;

/**
 * Hours used against the budget of a traject, in minutes: declarable contacts, reporting time
 * (contacts of the kind RAPPORTAGE) and this dossier's share of group sessions. The coach is warned
 * at 80% and when the budget is used up.
 */
public record Urenstand(Integer budgetMinuten, int contactMinuten, int rapportageMinuten, int groepMinuten) {

    public enum Signaal {
        GEEN, BIJNA_OP, OP
    }

    public int gerealiseerdMinuten() {
        return contactMinuten + rapportageMinuten + groepMinuten;
    }

    public Integer resterendMinuten() {
        return budgetMinuten == null ? null : budgetMinuten - gerealiseerdMinuten();
    }

    /** Share of the budget used (0.0–…); null without a budget. */
    public Double fractie() {
        return budgetMinuten == null || budgetMinuten == 0 ? null : gerealiseerdMinuten() / (double) budgetMinuten;
    }

    public Signaal signaal() {
        Double f = fractie();
        if (f == null) {
            return budgetMinuten != null && gerealiseerdMinuten() > 0 ? Signaal.OP : Signaal.GEEN;
        }
        return f >= 1.0 ? Signaal.OP : f >= 0.8 ? Signaal.BIJNA_OP : Signaal.GEEN;
    }
}
