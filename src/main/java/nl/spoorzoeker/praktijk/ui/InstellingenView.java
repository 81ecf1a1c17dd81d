package nl.spoorzoeker.praktijk.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.FormModel;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Instellingen: the practice details, and where the data lives. */
public final class InstellingenView implements Page {

    private final UiContext ui;
    private final PraktijkService service;
    private final String dataInfo;
    private final List<Page> sections;
    private final VBox root = new VBox(16);

    /** {@code sections} are further settings (clock warnings, guided steps) shown below the practice. */
    public InstellingenView(UiContext ui, PraktijkService service, String dataInfo, List<Page> sections) {
        this.ui = ui;
        this.service = service;
        this.dataInfo = dataInfo;
        this.sections = List.copyOf(sections);
        root.setId("instellingen");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(service::get, this::show);
        sections.forEach(Page::refresh);
    }

    private void show(java.util.Optional<Praktijk> current) {
        PraktijkForm form = new PraktijkForm();
        current.ifPresent(form::load);
        FormView view = PraktijkFormView.build(ui, form);
        Label errors = new Label();
        errors.setId("praktijk-errors");
        errors.getStyleClass().add("form-errors");
        errors.setWrapText(true);
        Button save = new Button(I18n.t("action.save"), FontIcon.of(Material2MZ.SAVE, 16));
        save.setId("praktijk-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            List<FormModel.FormError> problems = form.errors();
            if (!problems.isEmpty()) {
                view.showAllErrors();
                errors.setText(I18n.t("form.fixErrors"));
                return;
            }
            errors.setText("");
            Praktijk praktijk = form.praktijk();
            ui.background().run(() -> {
                service.save(praktijk);
                return praktijk;
            }, saved -> ui.navigator().status(I18n.t("praktijk.saved")));
        });

        Label title = new Label(I18n.t("nav.instellingen").replace("_", ""));
        title.getStyleClass().add("title-2");
        Label dataTitle = new Label(I18n.t("instellingen.data"));
        dataTitle.getStyleClass().add("title-4");
        Label data = new Label(dataInfo);
        data.setId("instellingen-data");
        data.setWrapText(true);
        VBox content = new VBox(12, view.node(), errors, save);
        sections.forEach(section -> content.getChildren().add(section.node()));
        content.getChildren().addAll(dataTitle, data);
        content.setMaxWidth(720);
        content.setPadding(new Insets(0, 16, 16, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.getChildren().setAll(title, scroll);
    }
}
