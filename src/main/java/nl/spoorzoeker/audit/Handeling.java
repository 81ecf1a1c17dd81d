package nl.spoorzoeker.audit;

/** What the audit log records. */
public enum Handeling {
    RAPPORT_DEFINITIEF, EXPORT, BACKUP, HERSTEL, VERWIJDERING, IMPORT, INZAGE
}
