package nl.spoorzoeker.instrument;

/**
 * One item of an instrument: a work activity the werknemer says they would like or not.
 *
 * @param nummer its place on the form, from 1
 * @param schaal the Holland scale it counts for
 * @param nl the Dutch wording (taalniveau B1)
 * @param en the English wording
 */
public record Vraag(int nummer, Holland schaal, String nl, String en) {

    /** The wording in the language of the screen: Dutch unless the language is English. */
    public String tekst(java.util.Locale taal) {
        return "en".equals(taal.getLanguage()) ? en : nl;
    }
}
