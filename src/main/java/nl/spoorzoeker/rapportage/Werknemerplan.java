package nl.spoorzoeker.rapportage;

import java.time.LocalDate;
import java.util.List;

/**
 * The werknemer's own copy of the trajectplan in plain language (taalniveau B1, issue 19 item 6):
 * the same plan the employer gets — its phases, goals, agreements and dates — as data taken from
 * the trajectplan's model, never a text the coach types a second time. Codes (phases, statuses,
 * milestones) are enum names the plain-language wording is looked up by; texts are as the coach
 * typed them. Null where not recorded; lists are never null.
 *
 * @param naam          the werknemer's name, on the cover
 * @param datum         the day the copy was made
 * @param start         the day the traject started, or null
 * @param einde         the traject's planned end, or null
 * @param werkgever     the employer's name, or null (none, or a vangnet traject without one)
 * @param contactpersoon the employer's contact person, or null
 * @param opdrachtgever who pays for the traject when that is not the employer (UWV), or null
 * @param huidigeFase   the phase running at the plan's end date ({@code FaseSoort} name), or null
 * @param fasen         the phases of the plan in their order, each with its goals
 * @param normPerWeek   the agreed sollicitaties per week, or null when none was agreed
 * @param zoekrichtingen the functions the werknemer looks for work in (the zoekprofiel's active directions)
 * @param afspraken     the agreements as the coach wrote them in the trajectplan, or null
 * @param visie         what the werknemer said about the plan (their own words), or null
 * @param data          the dates that matter from the plan's end date on, by date
 */
public record Werknemerplan(String naam, LocalDate datum, LocalDate start, LocalDate einde, String werkgever,
                            String contactpersoon, String opdrachtgever, String huidigeFase, List<Fase> fasen,
                            Integer normPerWeek, List<String> zoekrichtingen, String afspraken, String visie,
                            List<Datum> data, Coach coach) {

    public Werknemerplan {
        fasen = List.copyOf(fasen);
        zoekrichtingen = List.copyOf(zoekrichtingen);
        data = List.copyOf(data);
    }

    /** A phase of the plan ({@code fase} a {@code FaseSoort} name; null for goals without a phase). */
    public record Fase(String fase, List<Doel> doelen) {
        public Fase {
            doelen = List.copyOf(doelen);
        }
    }

    /** A goal in the coach's words, its target date (or null) and its status ({@code DoelStatus} name). */
    public record Doel(String omschrijving, LocalDate streefdatum, String status) {
    }

    /**
     * A date that matters: {@code soort} says what happens ({@code MijlpaalSoort} name, or
     * {@link #DOEL} with the goal in {@code omschrijving}, or {@link #EINDE} for the plan's end).
     */
    public record Datum(LocalDate datum, String soort, String omschrijving) {
        public static final String DOEL = "DOEL";
        public static final String EINDE = "EINDE";
    }

    /** Who the werknemer asks: the coach's name, practice, telephone and e-mail (each null when not set). */
    public record Coach(String coach, String praktijknaam, String telefoon, String email) {
    }
}
