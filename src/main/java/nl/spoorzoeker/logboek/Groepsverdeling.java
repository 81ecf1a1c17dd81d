package nl.spoorzoeker.logboek;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a group session's declarable time is charged to each participant's budget. Pure.
 * <ul>
 * <li>VOLLEDIG: every participant is charged the minutes they attended.</li>
 * <li>GEDEELD: the coach's time is shared in proportion to attendance: together the participants
 * are charged the session's duration (or their total attendance, when that is less), and no one
 * more than they attended. Whole minutes, by largest remainder, so the shares add up exactly.</li>
 * </ul>
 */
public final class Groepsverdeling {

    private Groepsverdeling() {
    }

    /** Declarable minutes per dossier, in the order of the participants; all zero when not declarable. */
    public static Map<Integer, Integer> declarabeleMinuten(Groepssessie sessie) {
        Map<Integer, Integer> result = new LinkedHashMap<>();
        List<Groepssessie.Deelname> deelnames = sessie.deelnames();
        if (!sessie.declarabel()) {
            deelnames.forEach(d -> result.put(d.dossierId(), 0));
            return result;
        }
        if (sessie.verdeling() == Groepssessie.Verdeling.VOLLEDIG) {
            deelnames.forEach(d -> result.put(d.dossierId(), d.aanwezigMinuten()));
            return result;
        }
        long aanwezig = deelnames.stream().mapToLong(Groepssessie.Deelname::aanwezigMinuten).sum();
        if (aanwezig == 0) {
            deelnames.forEach(d -> result.put(d.dossierId(), 0));
            return result;
        }
        long totaal = Math.min(sessie.duurMinuten(), aanwezig);
        record Deel(int dossierId, long heel, long rest) {
        }
        List<Deel> delen = new ArrayList<>();
        long verdeeld = 0;
        for (Groepssessie.Deelname d : deelnames) {
            long teller = d.aanwezigMinuten() * totaal;
            delen.add(new Deel(d.dossierId(), teller / aanwezig, teller % aanwezig));
            verdeeld += teller / aanwezig;
        }
        List<Deel> opRest = new ArrayList<>(delen);
        opRest.sort(Comparator.comparingLong(Deel::rest).reversed().thenComparingInt(Deel::dossierId));
        java.util.Set<Integer> extra = new java.util.HashSet<>();
        for (int i = 0; i < totaal - verdeeld; i++) {
            extra.add(opRest.get(i).dossierId());
        }
        delen.forEach(d -> result.put(d.dossierId(), (int) d.heel() + (extra.contains(d.dossierId()) ? 1 : 0)));
        return result;
    }
}
