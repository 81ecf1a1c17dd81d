package nl.spoorzoeker.logboek.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.FaseSoort;
import org.junit.jupiter.api.Test;

/** The contact form's view model (Ctrl+L), without a stage or a toolkit: plain JUnit. */
class ContactFormTest {

    private static final LocalDateTime NU = LocalDateTime.of(2026, 11, 4, 14, 35);

    private static Doel doel(int id, String omschrijving) {
        return new Doel(id, FaseSoort.ACCEPTATIE, omschrijving, null, null, DoelStatus.values()[0]);
    }

    @Test
    void quickEntryIsPrefilledWithNowAnHourAndTheLastKind() {
        ContactForm form = new ContactForm(NU, ContactSoort.TELEFONISCH, List.of());
        form.samenvatting.setText("Vacatures besproken.");
        assertTrue(form.errors().isEmpty());
        Contactmoment c = form.contact(null);
        assertEquals(NU, c.moment());
        assertEquals(60, c.duurMinuten());
        assertEquals(ContactSoort.TELEFONISCH, c.soort());
        assertEquals("Vacatures besproken.", c.samenvatting());
        assertTrue(c.declarabel());
        assertNull(c.doelId());
    }

    @Test
    void aFormBuiltAheadTakesTheMomentAndTheGoalsOfWhenAndWhereItIsShown() {
        // Built ahead, for no dossier yet.
        ContactForm form = new ContactForm(NU.minusHours(3), ContactSoort.TELEFONISCH, List.of());
        assertEquals(Arrays.asList((Doel) null), form.doelKeuzes);
        Doel cv = doel(7, "Cv bijgewerkt");
        form.voor(NU, List.of(doel(6, "Netwerk in kaart"), cv));
        assertEquals("04-11-2026", form.datum.textProperty().get());
        assertEquals("14:35", form.tijd.textProperty().get());
        // "geen doel" first, so a linked goal can be taken off again; then the dossier's goals.
        assertNull(form.doelKeuzes.getFirst());
        assertEquals(3, form.doelKeuzes.size());
        // A draft names its goal by id: it is found among this dossier's goals.
        form.keuzes().get("contact-gekoppeld-doel").set("7");
        assertEquals(cv, form.gekoppeldDoel.get());
        assertEquals(7, form.contact(null).doelId());
    }

    @Test
    void aDateThatDoesNotReadIsRefusedNotSavedAsToday() {
        ContactForm form = new ContactForm(NU, ContactSoort.TELEFONISCH, List.of());
        form.datum.setText("31-02-2026");
        assertFalse(form.errors().isEmpty());
        assertEquals("contact-datum", form.errors().getFirst().fieldId());
        form.datum.setText("03-11-2026");
        assertTrue(form.errors().isEmpty());
        assertEquals(LocalDate.of(2026, 11, 3), form.contact(null).moment().toLocalDate());
    }
}
