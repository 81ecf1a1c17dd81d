package nl.spoorzoeker.praktijk.ui;

import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.FormDialog;

/** Asked once at the first start: the practice details reports will carry. Can be filled in later. */
public final class PraktijkDialog {

    private PraktijkDialog() {
    }

    public static void ask(UiContext ui, PraktijkService service) {
        PraktijkForm form = new PraktijkForm();
        FormDialog<Praktijk> dialog = new FormDialog<>(ui.window().get(), I18n.t("praktijk.firstStart.title"),
                "praktijk-dialog", form, PraktijkFormView.build(ui, form), ui.background(), () -> {
                    Praktijk praktijk = form.praktijk();
                    return () -> {
                        service.save(praktijk);
                        return praktijk;
                    };
                });
        dialog.setHeaderText(I18n.t("praktijk.firstStart.header"));
        dialog.showAndWait().ifPresent(p -> ui.navigator().status(I18n.t("praktijk.saved")));
    }
}
