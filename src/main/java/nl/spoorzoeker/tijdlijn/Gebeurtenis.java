package nl.spoorzoeker.tijdlijn;

import java.time.LocalDate;

/** One recorded event; {@code id} is the stored row's id (null before it is stored). */
public record Gebeurtenis(Integer id, GebeurtenisSoort soort, LocalDate datum) {
}
