package nl.spoorzoeker.logboek.ui;

import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.ui.DossierTab;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.logboek.Urenboek;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.ui.Duur;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.Beeld;

/**
 * The dossier's log: hours against the budget (warned at 80% and 100%), every contactmoment newest
 * first, and quick entry (Ctrl+L) prefilled with now, 60 minutes and the last kind used.
 */
public final class LogboekPane implements DossierTabblad<LogboekPane.Inhoud> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm");

    private final UiContext ui;
    private final ContactService service;
    private final Runnable changed;
    /** After a contact is saved: only the log and what is computed from it need reading again. */
    private final Runnable contactGewijzigd;
    private final VBox root = new VBox(12);
    private int dossierId;
    private List<Doel> doelen = List.of();
    private final GroepssessieDialog groepDialog;
    private TableView<LogRegel> tabel;
    /** The dossier whose log the table shows (-1 before the first). */
    private int getoond = -1;

    public LogboekPane(UiContext ui, ContactService service, Runnable changed) {
        this(ui, service, changed, changed);
    }

    /**
     * @param changed          after a group session is saved (it changes other dossiers' logs and is rare)
     * @param contactGewijzigd after a contact is saved or changed: a contact only changes this dossier's
     *                         log, its hours and its gap signals, so the caller need not read the whole
     *                         dossier again (issue 21: that reload landed in the frames of the next Ctrl+L)
     */
    public LogboekPane(UiContext ui, ContactService service, Runnable changed, Runnable contactGewijzigd) {
        this.ui = ui;
        this.service = service;
        this.changed = changed;
        this.contactGewijzigd = contactGewijzigd;
        this.groepDialog = new GroepssessieDialog(ui, service);
        root.setId("logboek-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
    }

    public Node node() {
        return root;
    }

    /**
     * @param start the traject's start (for the burn-down), or null
     * @param eind  its planned end, or null
     */
    public void show(int id, ContactService.Logboek logboek, List<Doel> doelenVanDossier, LocalDate start,
                     LocalDate eind) {
        this.dossierId = id;
        this.doelen = doelenVanDossier;
        Button nieuw = new Button(I18n.t("contact.nieuw"), FontIcon.of(Material2AL.ADD, 16));
        nieuw.setId("contact-nieuw");
        nieuw.getStyleClass().add("accent");
        nieuw.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        nieuw.setOnAction(e -> nieuwContact());
        Button groep = new Button(I18n.t("groep.nieuw"), FontIcon.of(Material2AL.GROUPS, 16));
        groep.setId("groep-nieuw");
        groep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        groep.setOnAction(e -> groepDialog.nieuw(dossierId, changed));
        HBox top = new HBox(12, nieuw, groep);
        top.setAlignment(Pos.CENTER_LEFT);
        List<Node> boven = List.of(top, UrenPanel.stand(logboek.uren()), UrenPanel.burndown(logboek.uren(), start, eind,
                logboek.boekingen(), ui.today()));
        if (tabel != null && id == getoond && root.getChildren().contains(tabel)) {
            // The same dossier read again (after a save): the table stays, with its scroll position and
            // selection, and only its rows are replaced; a new 500-row table would be styled anew.
            // After a saved contact the row is usually in place already (toonOpgeslagen): rows equal to
            // the read ones are left alone, so the 500 cells are not updated for nothing.
            List<LogRegel> gelezen = regels(logboek);
            if (!tabel.getItems().equals(gelezen)) {
                LogRegel gekozen = tabel.getSelectionModel().getSelectedItem();
                tabel.getItems().setAll(gelezen);
                if (gekozen != null) {
                    tabel.getSelectionModel().select(gekozen);
                }
            }
            root.getChildren().remove(0, root.getChildren().indexOf(tabel));
            root.getChildren().addAll(0, boven);
        } else {
            TableView<LogRegel> table = table(regels(logboek));
            this.tabel = table;
            VBox.setVgrow(table, Priority.ALWAYS);
            root.getChildren().setAll(boven);
            root.getChildren().add(table);
        }
        getoond = id;
    }

    /**
     * A contact just saved, in its place in the table at once (newest first): the coach sees the row in
     * the frame after the form closes, and the dossier (hours, signals) is read again behind it.
     */
    private void toonOpgeslagen(Contactmoment contact) {
        if (tabel == null || getoond != dossierId) {
            return;
        }
        var rijen = tabel.getItems();
        rijen.removeIf(r -> r instanceof ContactRegel c && c.contact().id() != null
                && c.contact().id().equals(contact.id()));
        int plek = 0;
        while (plek < rijen.size() && !rijen.get(plek).moment().isBefore(contact.moment())) {
            plek++;
        }
        ContactRegel regel = new ContactRegel(contact);
        rijen.add(plek, regel);
        tabel.getSelectionModel().select(regel);
        tabel.scrollTo(Math.max(0, plek - 2));
    }

    /** Selects a contact or a group session (a search hit); false when it is not in this log. */
    public boolean kies(Aanwijzing wat) {
        return tabel != null && Aanwijzing.kies(tabel, r -> switch (r) {
            case ContactRegel c -> wat.soort() == Aanwijzing.Soort.CONTACTMOMENT
                    && c.contact().id() != null && c.contact().id() == wat.id();
            case GroepRegel g -> wat.soort() == Aanwijzing.Soort.GROEPSSESSIE
                    && g.groep().sessie().id() != null && g.groep().sessie().id() == wat.id();
        });
    }

    /** A row of the log: a contact of this dossier, or a group session it took part in. */
    sealed interface LogRegel permits ContactRegel, GroepRegel {
        LocalDateTime moment();
    }

    record ContactRegel(Contactmoment contact) implements LogRegel {
        public LocalDateTime moment() {
            return contact.moment();
        }
    }

    record GroepRegel(Urenboek.Groepsregel groep) implements LogRegel {
        public LocalDateTime moment() {
            return groep.sessie().moment();
        }
    }

    private static List<LogRegel> regels(ContactService.Logboek logboek) {
        List<LogRegel> regels = new java.util.ArrayList<>();
        logboek.contacten().forEach(c -> regels.add(new ContactRegel(c)));
        logboek.groepssessies().forEach(g -> regels.add(new GroepRegel(g)));
        regels.sort(java.util.Comparator.comparing(LogRegel::moment).reversed());
        return regels;
    }

    private TableView<LogRegel> table(List<LogRegel> regels) {
        TableView<LogRegel> table = new TableView<>();
        table.setId("contacten-table");
        table.getItems().setAll(regels);
        table.getColumns().setAll(List.of(
                column("contact.col.wanneer", r -> WHEN.format(r.moment()), 155),
                column("contact.col.soort", r -> switch (r) {
                    case ContactRegel c -> I18n.t("contactsoort." + c.contact().soort().name());
                    case GroepRegel g -> I18n.t("groepsoort." + g.groep().sessie().soort().name());
                }, 150),
                column("contact.col.duur", r -> switch (r) {
                    case ContactRegel c -> Duur.tekst(c.contact().duurMinuten());
                    case GroepRegel g -> I18n.t("groep.aanwezigVan", Duur.tekst(g.groep().aanwezigMinuten()),
                            Duur.tekst(g.groep().sessie().duurMinuten()));
                }, 90),
                column("contact.col.doel", r -> switch (r) {
                    case ContactRegel c -> firstLine(c.contact().doel());
                    case GroepRegel g -> I18n.t("groep.regel", g.groep().sessie().titel(),
                            g.groep().sessie().deelnames().size());
                }, 200),
                column("contact.col.samenvatting", r -> switch (r) {
                    case ContactRegel c -> firstLine(c.contact().samenvatting());
                    case GroepRegel g -> firstLine(g.groep().sessie().samenvatting());
                }, 260),
                column("contact.col.declarabel", r -> switch (r) {
                    case ContactRegel c -> I18n.t(c.contact().declarabel() ? "yes" : "no");
                    case GroepRegel g -> g.groep().sessie().declarabel()
                            ? Duur.tekst(g.groep().declarabelMinuten()) : I18n.t("no");
                }, 80)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("contact.geen")));
        table.setRowFactory(t -> {
            TableRow<LogRegel> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private void open(LogRegel regel) {
        switch (regel) {
            case ContactRegel c -> dialog(c.contact());
            case GroepRegel g -> groepDialog.wijzig(g.groep().sessie().id(), changed);
        }
    }

    private static TableColumn<LogRegel, String> column(String key, java.util.function.Function<LogRegel, String> value,
                                                        double width) {
        TableColumn<LogRegel, String> column = new TableColumn<>(I18n.t(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 155));
        return column;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }

    /**
     * An empty contact form, built and styled before Ctrl+L asks for it (issue 21 item 10: its skins
     * and CSS were most of the time from the key to the first frame). It belongs to no dossier yet:
     * the goals, the moment and the draft are set when it is shown.
     */
    private record Klaar(ContactForm form, FormDialog<Integer> dialog, java.util.Locale taal) {
    }

    private Klaar klaar;
    /** The dossier a form on screen saves into (the pane may be shown for another one behind it). */
    private int formDossier;
    /** The kind the next new contact starts with: the last kind logged, read once, then kept. */
    private ContactSoort laatsteSoort;
    private boolean voorbereiden;

    /**
     * Builds the next new-contact form ahead, so Ctrl+L only has to show it. Called a moment after a
     * dossier's screen first shows and after each contact form closes. FX thread.
     */
    public void voorbereiden() {
        if (klaar != null || voorbereiden) {
            return;
        }
        if (laatsteSoort == null) {
            voorbereiden = true;
            ui.background().run(service::standaardSoort, soort -> {
                voorbereiden = false;
                laatsteSoort = soort;
                voorbereiden();
            }, failure -> voorbereiden = false);
            return;
        }
        if (ui.window().get() != null) {
            ContactForm form = new ContactForm(LocalDateTime.now(ui.clock()), laatsteSoort, List.of());
            klaar = new Klaar(form, dialog(null, form), I18n.locale());
            klaar.dialog().voorbereiden();
        }
    }

    /**
     * Quick entry: the prefilled form, the one built ahead when there is one (for the language on
     * screen and over this main window), else built now. Shown on the next turn of the event loop, so
     * this returns at once and the caller is not held until the form closes.
     */
    public void nieuwContact() {
        Klaar k = klaar;
        klaar = null;
        if (k != null && k.taal().equals(I18n.locale()) && k.dialog().getOwner() == ui.window().get()) {
            k.form().voor(LocalDateTime.now(ui.clock()), doelen);
            ContactSoort voorgevuld = k.form().soort.get();
            // The last kind may have been logged elsewhere since (a group session, an import): read it
            // behind the form, and take it while the coach has not chosen another kind.
            ui.background().run(service::standaardSoort, soort -> {
                laatsteSoort = soort;
                if (k.form().soort.get() == voorgevuld && soort != voorgevuld) {
                    k.form().soort.set(soort);
                }
            });
            javafx.application.Platform.runLater(() -> toon(null, k.form(), k.dialog()));
        } else {
            ui.background().run(service::standaardSoort, soort -> {
                laatsteSoort = soort;
                ContactForm form = new ContactForm(LocalDateTime.now(ui.clock()), soort, doelen);
                toon(null, form, dialog(null, form));
            });
        }
    }

    private void dialog(Contactmoment existing) {
        ContactForm form = new ContactForm(LocalDateTime.now(ui.clock()), existing.soort(), doelen);
        form.load(existing, doelen);
        toon(existing, form, dialog(existing, form));
    }

    private FormDialog<Integer> dialog(Contactmoment existing, ContactForm form) {
        FormView view = new FormView();
        view.date(form.datum);
        view.text(form.tijd);
        view.text(form.duur);
        ComboBox<ContactSoort> soort = Choices.of(ContactSoort.values(),
                "contactsoort.");
        soort.valueProperty().bindBidirectional(form.soort);
        view.combo("contact-soort", "contact.soort", soort);
        view.text(form.deelnemers);
        ui.privacy().tekst(view.text(form.doel));
        ComboBox<Doel> doel = new ComboBox<>(form.doelKeuzes);
        doel.setButtonCell(new DoelCell(true));
        doel.setCellFactory(v -> new DoelCell(false));
        doel.valueProperty().bindBidirectional(form.gekoppeldDoel);
        view.combo("contact-gekoppeld-doel", "contact.gekoppeldDoel", doel);
        view.check("contact-declarabel", "contact.declarabel", form.declarabel);
        view.newColumn();
        view.note("contact.privacy");
        var samenvatting = ui.privacy().tekst(view.area(form.samenvatting));
        samenvatting.setPrefRowCount(4);
        // Date, time, kind and duration come filled in: the summary is what the coach types (Ctrl+L, text, Ctrl+Enter).
        view.eersteVeld(samenvatting);
        ui.privacy().tekst(view.area(form.afspraken)).setPrefRowCount(3);
        ui.privacy().tekst(view.text(form.vervolgactie));
        view.date(form.vervolgDatum);
        return new FormDialog<>(ui.window().get(),
                I18n.t(existing == null ? "contact.nieuw.titel" : "contact.wijzig.titel"), "contact-dialog", form, view,
                ui.background(), () -> {
                    Contactmoment contact = form.contact(existing == null ? null : existing.id());
                    int id = formDossier;
                    return () -> {
                        if (existing == null) {
                            return service.log(id, contact);
                        }
                        service.wijzig(id, contact);
                        return contact.id();
                    };
                });
    }

    private void toon(Contactmoment existing, ContactForm form, FormDialog<Integer> dialog) {
        formDossier = dossierId;
        // Every field, typed or chosen, is in the draft (the form model names its choices).
        dialog.autosave(ui.kladden(), existing == null ? "contact:nieuw:" + dossierId : "contact:" + existing.id());
        var resultaat = dialog.showAndWait();
        resultaat.ifPresent(id -> {
            ui.navigator().status(I18n.t("contact.opgeslagen"));
            if (existing == null) {
                laatsteSoort = form.soort.get();
            }
            toonOpgeslagen(form.contact(existing == null ? id : existing.id()));
            contactGewijzigd.run();
        });
        naHetVolgendeBeeld(this::voorbereiden);
    }

    /**
     * Runs {@code werk} once the main window has drawn its next frame: the next form is built after the
     * frame that shows this one closed and the saved row, not inside it (a timer of a few ms fired in
     * that very frame on a busy machine and held it up by the whole build).
     */
    private void naHetVolgendeBeeld(Runnable werk) {
        javafx.stage.Window venster = ui.window().get();
        Beeld.naHetVolgende(venster == null ? null : venster.getScene(), werk);
    }

    private static final class DoelCell extends ListCell<Doel> {
        /** The closed list shows "geen doel" when nothing is chosen; the open list never a blank row. */
        private final boolean knop;

        DoelCell(boolean knop) {
            this.knop = knop;
        }

        @Override
        protected void updateItem(Doel item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty && !knop ? null : item == null ? I18n.t("contact.geenDoel") : item.omschrijving());
        }
    }

    @Override
    public DossierTab plek() {
        return DossierTab.LOGBOEK;
    }

    @Override
    public String titelSleutel() {
        return "dossier.tab.logboek";
    }

    /**
     * What the logbook shows of one dossier: the log, the goals a contact can be linked to, and the
     * traject's start and planned end (for the burn-down; either may be null).
     */
    public record Inhoud(ContactService.Logboek logboek, List<Doel> doelen, LocalDate start, LocalDate eind) {
    }

    @Override
    public void toon(int dossierId, Inhoud inhoud) {
        show(dossierId, inhoud.logboek(), inhoud.doelen(), inhoud.start(), inhoud.eind());
    }

    @Override
    public java.util.Set<Aanwijzing.Soort> aanwijzingen() {
        return java.util.Set.of(Aanwijzing.Soort.CONTACTMOMENT, Aanwijzing.Soort.GROEPSSESSIE);
    }

    @Override
    public boolean wijsAan(Aanwijzing wat) {
        return kies(wat);
    }
}
