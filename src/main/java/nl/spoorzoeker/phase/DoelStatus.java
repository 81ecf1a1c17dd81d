package nl.spoorzoeker.phase;

public enum DoelStatus {
    OPEN,
    BEZIG,
    BEHAALD,
    VERVALLEN
}
