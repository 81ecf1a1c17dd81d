package nl.spoorzoeker.fase;

public enum DoelStatus {
    OPEN,
    BEZIG,
    BEHAALD,
    VERVALLEN
}
