package nl.spoorzoeker.agenda.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nl.spoorzoeker.ui.I18n;

/** How appointment times read in the agenda: Dutch day names, 24-hour clock. */
final class AgendaFormat {

    private AgendaFormat() {
    }

    static String moment(LocalDateTime moment) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", I18n.locale()).format(moment);
    }

    static String tijd(LocalDateTime moment) {
        return DateTimeFormatter.ofPattern("HH:mm").format(moment);
    }
}
