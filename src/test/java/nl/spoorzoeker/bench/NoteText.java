package nl.spoorzoeker.bench;

import java.util.Random;

/**
 * Generated Dutch-looking notes with a realistic spread of word frequencies: a few hundred common
 * words make up most of every note (Zipf-like), a few thousand compounds some of it, and tens of
 * thousands of rare words the rest — so a search for a rare word has a handful of hits and one
 * for "voortgang" tens of thousands, as in a real practice after ten years.
 */
final class NoteText {

    static final String[] GEWOON = {"de", "het", "een", "en", "van", "met", "op", "is", "voor", "in", "werknemer",
            "gesprek", "voortgang", "besproken", "afspraken", "sollicitatie", "cv", "motivatie", "werkgever", "uren",
            "belastbaarheid", "week", "volgende", "coach", "vacature", "netwerk", "brief", "opgestuurd", "gemotiveerd",
            "energie", "grenzen", "rust", "planning", "doel", "zoekrichting", "werkervaringsplek", "evaluatie",
            "opleiding", "ervaring", "competenties", "interesse", "gebeld", "gemaild", "reactie", "afgewezen",
            "uitgenodigd", "sollicitatiegesprek", "tweede", "ronde", "aanbod", "contract", "proefplaatsing",
            "arbeidsdeskundige", "bedrijfsarts", "re-integratie", "traject", "rapportage", "plan", "aanpak", "zorg",
            "logistiek", "administratie", "klantcontact", "receptie", "detailhandel", "facilitair", "onderwijs",
            "techniek", "schoonmaak", "beveiliging", "horeca", "transport", "magazijn", "thuis", "telefonisch",
            "video", "samen", "zelf", "gaat", "goed", "moeilijk", "stap", "oefenen", "pitch", "linkedin",
            "profiel", "bijgewerkt", "werkzoekende", "regio", "reistijd", "fiets", "auto", "openbaar", "vervoer"};
    private static final String[] BEGIN = {"magazijn", "kantoor", "klant", "zorg", "school", "bouw", "winkel",
            "balie", "post", "data", "order", "voorraad", "plan", "dienst", "keuken", "tuin", "fiets", "boek",
            "bus", "trein", "haven", "markt", "service", "team", "project", "kwaliteit", "veiligheid", "rooster"};
    private static final String[] EIND = {"medewerker", "assistent", "leider", "planner", "beheer", "kunde",
            "werk", "functie", "afdeling", "opleiding", "cursus", "training", "ervaring", "gesprek", "overleg",
            "taak", "ruimte", "systeem", "proces", "rol"};
    private static final String LETTERS = "bdfghjklmnprstvwz";
    private static final String KLINKERS = "aeiou";

    static final String[] ORGANISATIES;
    static final String[] ZELDZAAM;

    static {
        Random random = new Random(20261124);
        String[] sectoren = {"Zorggroep", "Bouwbedrijf", "Logistiek", "Gemeente", "Stichting", "Transport",
                "Schoonmaakbedrijf", "Installatiebedrijf", "Onderwijsgroep", "Bakkerij", "Supermarkt", "Hotel"};
        String[] plaatsen = {"Utrecht", "Amersfoort", "Groningen", "Tiel", "Den Haag", "Zwolle", "Arnhem", "Breda",
                "Leeuwarden", "Enschede", "Almere", "Delft", "Gouda", "Zeist", "Ede", "Apeldoorn"};
        ORGANISATIES = new String[400];
        ORGANISATIES[0] = "Albert Heijn";
        for (int i = 1; i < ORGANISATIES.length; i++) {
            ORGANISATIES[i] = sectoren[random.nextInt(sectoren.length)] + " " + plaatsen[random.nextInt(plaatsen.length)]
                    + " " + woord(random, 2);
        }
        ZELDZAAM = new String[40_000];
        for (int i = 0; i < ZELDZAAM.length; i++) {
            ZELDZAAM[i] = woord(random, 3 + random.nextInt(2));
        }
    }

    private NoteText() {
    }

    private static String woord(Random random, int lettergrepen) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < lettergrepen; i++) {
            w.append(LETTERS.charAt(random.nextInt(LETTERS.length()))).append(KLINKERS.charAt(random.nextInt(5)));
            if (random.nextBoolean()) {
                w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return w.toString();
    }

    /** A note of {@code min}–{@code max} words. */
    static String notitie(Random random, int min, int max) {
        int lengte = min + random.nextInt(max - min + 1);
        StringBuilder tekst = new StringBuilder();
        for (int i = 0; i < lengte; i++) {
            if (i > 0) {
                tekst.append(i % 12 == 0 ? ". " : " ");
            }
            double r = random.nextDouble();
            if (r < 0.70) {
                // Zipf-like: low indices much more often.
                int index = (int) Math.min(GEWOON.length - 1, Math.floor(Math.pow(random.nextDouble(), 2.2) * GEWOON.length));
                tekst.append(GEWOON[index]);
            } else if (r < 0.93) {
                tekst.append(BEGIN[random.nextInt(BEGIN.length)]).append(EIND[random.nextInt(EIND.length)]);
            } else if (r < 0.98) {
                tekst.append(ZELDZAAM[random.nextInt(ZELDZAAM.length)]);
            } else {
                tekst.append(ORGANISATIES[random.nextInt(ORGANISATIES.length)]);
            }
        }
        return tekst.append('.').toString();
    }
}
