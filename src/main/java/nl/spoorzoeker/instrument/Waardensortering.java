package nl.spoorzoeker.instrument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sitting of the values card sort (issue 19 item 2): each card the werknemer sorted lies on one
 * of three piles, and from the "heel belangrijk" pile up to five are ranked as the top five. A card
 * not yet sorted is on no pile. Immutable: every change gives a new sorting, so the screen can keep
 * the last good one.
 *
 * @param id     null before it is stored
 * @param stapels card code → pile, in the order the cards were sorted
 * @param top    card codes, most important first
 */
public record Waardensortering(Integer id, LocalDate datum, Map<String, Stapel> stapels, List<String> top) {

    /** How many values make the top. */
    public static final int TOP = 5;

    public enum Stapel { HEEL_BELANGRIJK, BELANGRIJK, MINDER_BELANGRIJK }

    public Waardensortering {
        stapels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stapels));
        top = List.copyOf(top);
    }

    public static Waardensortering nieuw(LocalDate datum) {
        return new Waardensortering(null, datum, Map.of(), List.of());
    }

    /**
     * The card laid on a pile (null: taken back, unsorted). A card that leaves the "heel
     * belangrijk" pile leaves the top as well: the top is chosen from that pile only.
     */
    public Waardensortering leg(String kaart, Stapel stapel) {
        Map<String, Stapel> nieuw = new LinkedHashMap<>(stapels);
        nieuw.remove(kaart);
        if (stapel != null) {
            nieuw.put(kaart, stapel);
        }
        List<String> t = stapel == Stapel.HEEL_BELANGRIJK ? top : top.stream().filter(k -> !k.equals(kaart)).toList();
        return new Waardensortering(id, datum, nieuw, t);
    }

    /**
     * The card added to the end of the top, or taken out of it when it is there. Refused (the same
     * sorting back) for a card not on the "heel belangrijk" pile or when the top is full.
     */
    public Waardensortering wisselTop(String kaart) {
        if (top.contains(kaart)) {
            return new Waardensortering(id, datum, stapels, top.stream().filter(k -> !k.equals(kaart)).toList());
        }
        if (stapels.get(kaart) != Stapel.HEEL_BELANGRIJK || top.size() >= TOP) {
            return this;
        }
        List<String> t = new ArrayList<>(top);
        t.add(kaart);
        return new Waardensortering(id, datum, stapels, t);
    }

    /** The card moved one place up (-1) or down (+1) in the top; unchanged at either end. */
    public Waardensortering schuif(String kaart, int richting) {
        int i = top.indexOf(kaart);
        int j = i + Integer.signum(richting);
        if (i < 0 || j < 0 || j >= top.size()) {
            return this;
        }
        List<String> t = new ArrayList<>(top);
        t.set(i, t.get(j));
        t.set(j, kaart);
        return new Waardensortering(id, datum, stapels, t);
    }

    public Waardensortering opDatum(LocalDate dag) {
        return new Waardensortering(id, dag, stapels, top);
    }

    /** The cards on a pile, in the order of the card set. */
    public List<String> op(Stapel stapel) {
        return Waardenkaarten.alle().stream().map(Waardenkaarten.Kaart::code).filter(c -> stapels.get(c) == stapel)
                .toList();
    }

    /** The cards of the set not yet on any pile, in the set's order. */
    public List<String> ongesorteerd() {
        return Waardenkaarten.alle().stream().map(Waardenkaarten.Kaart::code).filter(c -> !stapels.containsKey(c))
                .toList();
    }

    /** How many cards the top should hold: five, or fewer when fewer were called very important. */
    public int topNodig() {
        return Math.min(TOP, op(Stapel.HEEL_BELANGRIJK).size());
    }

    /** Whether the top is chosen in full, so the result can go into the persoonsprofiel. */
    public boolean topKompleet() {
        return !top.isEmpty() && top.size() == topNodig();
    }

    /**
     * What is wrong with a sorting as stored (message keys; empty: fine): an unknown card, a top
     * card that is not on the "heel belangrijk" pile, a card twice in the top, a top over five.
     * The screen cannot make these; a stored sorting is checked again, since the database is not
     * the only way in (an import).
     */
    public List<String> fouten() {
        List<String> fouten = new ArrayList<>();
        if (datum == null) {
            fouten.add("waarden.fout.datum");
        }
        if (stapels.keySet().stream().anyMatch(k -> Waardenkaarten.kaart(k).isEmpty())) {
            fouten.add("waarden.fout.kaart");
        }
        Set<String> gezien = new HashSet<>();
        if (top.size() > TOP || !top.stream().allMatch(gezien::add)) {
            fouten.add("waarden.fout.top");
        } else if (top.stream().anyMatch(k -> stapels.get(k) != Stapel.HEEL_BELANGRIJK)) {
            fouten.add("waarden.fout.topStapel");
        }
        return fouten;
    }
}
