package nl.spoorzoeker.logboek;

/** Kinds of contact the coach logs (issue 4; domain.md §3.2 C, activiteitenlog). */
public enum ContactSoort {
    GESPREK_OP_LOCATIE,
    TELEFONISCH,
    VIDEO,
    EMAIL,
    WERKGEVERSCONTACT,
    NETWERKCONTACT,
    TRAINING,
    BEZOEK_WERKERVARINGSPLEK,
    OVERLEG_BEDRIJFSARTS_AD,
    RAPPORTAGE
}
