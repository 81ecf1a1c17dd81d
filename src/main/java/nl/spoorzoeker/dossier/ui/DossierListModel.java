package nl.spoorzoeker.dossier.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.TrajectStatus;

/**
 * The dossier list as the coach filters it: every word typed must occur in the name or employer
 * (case and accents ignored); archived dossiers only when asked for.
 */
public final class DossierListModel {

    private final ObservableList<DossierRij> rows = FXCollections.observableArrayList();
    private final FilteredList<DossierRij> filtered = new FilteredList<>(rows);
    private final SortedList<DossierRij> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);

    public DossierListModel() {
        filter.addListener((obs, old, now) -> applyFilter());
        showArchived.addListener((obs, old, now) -> applyFilter());
        applyFilter();
    }

    public void setRows(List<DossierRegel> regels, LocalDate today) {
        rows.setAll(regels.stream().map(r -> DossierRij.of(r, today)).toList());
    }

    private void applyFilter() {
        String folded = SearchKey.of(filter.get());
        String[] terms = folded.isEmpty() ? new String[0] : folded.split(" ");
        boolean archived = showArchived.get();
        filtered.setPredicate(row -> (archived || row.regel().status() != TrajectStatus.GEARCHIVEERD)
                && row.matches(terms));
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public SortedList<DossierRij> visibleRows() {
        return sorted;
    }

    public int totalCount() {
        return rows.size();
    }
}
