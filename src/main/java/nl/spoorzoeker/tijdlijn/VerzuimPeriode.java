package nl.spoorzoeker.tijdlijn;

/** A stored period of sickness or of WAZO leave; {@code id} is null before it is stored. */
public record VerzuimPeriode(Integer id, boolean wazo, Periode periode) {
}
